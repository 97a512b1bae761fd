// Turns a block from Range.getValues() into core cell values; the one place Apps Script Date objects are read.

import type { CellValue } from '../../core/cell';
import type { SheetApi, SpreadsheetApi } from './services';
import type { SheetDays } from './sheetDays';

/** A date cell becomes the calendar day a person sees in the spreadsheet (its own time zone, not the script's). */
export function toCellValues(values: readonly unknown[][], days: SheetDays): CellValue[][] {
  return values.map((row) => row.map((v) => toCellValue(v, days)));
}

/**
 * The used block of a sheet, or of a spreadsheet's active (first) sheet, in one call: getSheetValues with -1 reaches the
 * last row and column with content. An empty sheet has no such row and Sheets refuses the read; one call more tells
 * that apart from a real failure, which is thrown on.
 */
export function readUsedBlock(
  source: Pick<SheetApi | SpreadsheetApi, 'getSheetValues' | 'getLastRow'>,
  days: SheetDays,
): CellValue[][] {
  try {
    return toCellValues(source.getSheetValues(1, 1, -1, -1), days);
  } catch (e) {
    if (source.getLastRow() === 0) return [];
    throw e;
  }
}

function toCellValue(v: unknown, days: SheetDays): CellValue {
  if (v instanceof Date) return { kind: 'date', ...days.dayOf(v) };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return '';
}
