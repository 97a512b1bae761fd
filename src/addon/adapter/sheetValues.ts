// Turns a block from Range.getValues() into core cell values; the one place Apps Script Date objects are read.

import type { CellValue } from '../../core/cell';

/**
 * getValues gives midnight in the spreadsheet's time zone; the manifest sets the script's zone to Asia/Bangkok,
 * the zone of every report sheet, so the local getters give the calendar day the person typed.
 */
export function toCellValues(values: readonly unknown[][]): CellValue[][] {
  return values.map((row) => row.map(toCellValue));
}

function toCellValue(v: unknown): CellValue {
  if (v instanceof Date) return { kind: 'date', year: v.getFullYear(), month: v.getMonth() + 1, day: v.getDate() };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return '';
}

export function todayLocal(now: Date = new Date()): { year: number; month: number; day: number } {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
