// The cell values the core works on: what an adapter hands over after one batched read of a sheet.
// Dates arrive as calendar parts, already read in the sheet's own time zone by the adapter, so the core never touches time zones.

export interface CellDate {
  readonly kind: 'date';
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
}

export type CellValue = string | number | boolean | null | CellDate;

export function isCellDate(value: unknown): value is CellDate {
  return typeof value === 'object' && value !== null && (value as CellDate).kind === 'date';
}

/** The text a person sees in a cell, before any normalisation. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `${value.year}-${pad2(value.month)}-${pad2(value.day)}`;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
