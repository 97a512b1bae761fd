// A cell of an xlsx re-read with exceljs as the text a person sees: rich text joined, blank for no value.

import type ExcelJS from 'exceljs';

export const xlsxText = (v: ExcelJS.CellValue): string =>
  v === null || v === undefined
    ? ''
    : typeof v === 'object' && 'richText' in v
      ? v.richText.map((r) => r.text).join('')
      : String(v);
