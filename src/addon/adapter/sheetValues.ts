// Turns a block from Range.getValues() into core cell values; the one place Apps Script Date objects are read.

import type { CellValue } from '../../core/cell';
import type { SheetApi, SpreadsheetApi } from './services';

/**
 * getValues gives midnight in the spreadsheet's time zone; the manifest sets the script's zone to Asia/Bangkok,
 * the zone of every report sheet, so the local getters give the calendar day the person typed.
 */
export function toCellValues(values: readonly unknown[][]): CellValue[][] {
  return values.map((row) => row.map(toCellValue));
}

/**
 * The used block of a sheet, or of a spreadsheet's active (first) sheet, in one call: getSheetValues with -1 reaches the
 * last row and column with content. An empty sheet has no such row and Sheets refuses the read; one call more tells
 * that apart from a real failure, which is thrown on.
 */
export function readUsedBlock(source: Pick<SheetApi | SpreadsheetApi, 'getSheetValues' | 'getLastRow'>): CellValue[][] {
  try {
    return toCellValues(source.getSheetValues(1, 1, -1, -1));
  } catch (e) {
    if (source.getLastRow() === 0) return [];
    throw e;
  }
}

function toCellValue(v: unknown): CellValue {
  if (v instanceof Date) return { kind: 'date', year: v.getFullYear(), month: v.getMonth() + 1, day: v.getDate() };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return '';
}

export function todayLocal(now: Date = new Date()): { year: number; month: number; day: number } {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
