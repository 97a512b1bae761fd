// Columns that mean the same in every programme's form (the province a row belongs to, the note), named once for all.

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

/** A free note, typed on several lines in the sidebar. */
export const NOTE_COLUMN: ColumnSpec = {
  key: 'note',
  header: 'หมายเหตุ',
  label: { th: 'หมายเหตุ', en: 'Note' },
  variants: ['Remark', 'Note'],
  type: 'text',
  required: false,
  entry: { multiline: true },
};
