// A1 notation: column letters, a rectangle's A1 text, and parsing "B2" / "A1:C3" back to 1-based coordinates.

export interface Rect {
  /** 1-based */
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function a1Notation(r: Rect): string {
  const start = `${columnLetters(r.column)}${r.row}`;
  if (r.numRows === 1 && r.numColumns === 1) return start;
  return `${start}:${columnLetters(r.column + r.numColumns - 1)}${r.row + r.numRows - 1}`;
}

function cell(ref: string): { row: number; column: number } {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`Range not found: ${ref}`);
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

/** "B2" or "A1:C3" (no sheet names, no whole rows or columns). */
export function parseA1(a1: string): Rect {
  const [from, to = from] = a1.split(':');
  const a = cell(from);
  const b = cell(to);
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return { row, column, numRows: Math.abs(a.row - b.row) + 1, numColumns: Math.abs(a.column - b.column) + 1 };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}
