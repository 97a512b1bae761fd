// A1 notation: column letters, a rectangle's A1 text, and parsing "B2" / "A1:C3" back to 1-based coordinates; and the
// rectangle arithmetic sheets and ranges share (overlap, containment, moving for inserted rows).

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

/** A1 text as Spreadsheet.getRange takes it: an optional sheet name ('Tab name'! or Tab!) and open ends (A:Z, A2:Z, 3:5). */
export interface SheetA1 {
  readonly sheet: string | null;
  /** 1-based; null where the text leaves the end open (whole columns or rows) */
  readonly firstRow: number | null;
  readonly lastRow: number | null;
  readonly firstColumn: number | null;
  readonly lastColumn: number | null;
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

function letters(text: string): number | null {
  if (text === '') return null;
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function parseSheetA1(text: string): SheetA1 {
  let sheet: string | null = null;
  let range = text.trim();
  const bang = range.lastIndexOf('!');
  if (bang >= 0) {
    const name = range.slice(0, bang);
    range = range.slice(bang + 1);
    sheet =
      name.startsWith("'") && name.endsWith("'") && name.length >= 2 ? name.slice(1, -1).replace(/''/g, "'") : name;
  }
  const [from, to = from] = range.split(':');
  const a = PART.exec(from);
  const b = PART.exec(to);
  if (!a || !b || (a[1] === '' && a[2] === '') || (b[1] === '' && b[2] === ''))
    throw new Error(`Range not found: ${text}`);
  const num = (s: string) => (s === '' ? null : Number(s));
  return {
    sheet,
    firstRow: num(a[2]) ?? (a[1] === '' ? null : 1),
    lastRow: num(b[2]),
    firstColumn: letters(a[1]) ?? 1,
    lastColumn: letters(b[1]),
  };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}

/** `r` after inserting `howMany` rows below row `afterPosition`: moved down when below, grown when it spans the insertion. */
export function shiftForInsertedRows(r: Rect, afterPosition: number, howMany: number): Rect {
  if (r.row > afterPosition) return { ...r, row: r.row + howMany };
  if (r.row + r.numRows - 1 > afterPosition) return { ...r, numRows: r.numRows + howMany };
  return r;
}
