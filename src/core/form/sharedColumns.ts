// Columns that mean the same in every programme's form: the province a row belongs to, named once for all of them.

import type { ColumnSpec } from './types';

/** The province: often written once at the top of a block and left blank below, so it fills down. */
export const PROVINCE_COLUMN: ColumnSpec = {
  key: 'province',
  header: 'จังหวัด',
  label: { th: 'จังหวัด', en: 'Province' },
  role: 'province',
  variants: ['Province'],
  type: 'text',
  required: false,
  fillDown: true,
};
