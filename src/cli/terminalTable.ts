// Lays out text for a terminal: what a cell holds is shown, never obeyed (control characters and bidi overrides escaped),
// long values are cut with "…", and widths are counted as a terminal draws them (Thai vowel and tone marks take no column).

/** The width human output is laid out for. */
export const TERMINAL_WIDTH = 120;
/** The longest a value quoted in human output may be; --json keeps it whole. */
export const VALUE_MAX = 60;
/** The longest any one cell (a message, the last column) may be in human output. */
const CELL_MAX = 400;

// combining marks (Thai above and below vowels, tone marks) and zero-width characters share the column of the letter before them
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200B-\u200D\u2060\uFEFF]/gu;
// C0 and C1 controls (ESC starts the terminal's own commands; CR and BS overwrite what was printed) and the bidi controls
// that reorder what follows them on the line
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /[\t\n\v\f\r\u2028\u2029]+/g;

export function displayWidth(text: string): number {
  return text.replace(ZERO_WIDTH, '').length;
}

/** The text with every control and bidi character written as its code (ESC as \x1B, U+202E as \u202E), line breaks as spaces. */
export function escapeControls(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
      : `\\u${code.toString(16).toUpperCase()}`;
  });
}

/** Text cut to at most `width` columns, ending in "…" when cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  // the loop stops at a letter, so the marks of the last letter kept are kept with it
  return `${out}…`;
}

/** A value from a file, safe to print: escaped, one line, at most `width` columns. */
export function shownValue(text: string, width = VALUE_MAX): string {
  return truncate(escapeControls(text).replace(/ {2,}/g, ' '), width);
}

/** Rows of cells as aligned lines; every column but the last is padded, cells longer than maxWidth are cut. */
export function formatTable(
  rows: readonly (readonly string[])[],
  maxWidth = 32,
  rightAligned: readonly number[] = [],
): string[] {
  const cells = rows.map((row) => row.map((cell, i) => shownValue(cell, i < row.length - 1 ? maxWidth : CELL_MAX)));
  const widths: number[] = [];
  for (const row of cells)
    for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
  return cells.map((row) =>
    row
      .map((cell, i) => {
        if (i === row.length - 1) return cell;
        return pad(cell, widths[i], rightAligned.includes(i));
      })
      .join('  ')
      .trimEnd(),
  );
}

function pad(cell: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(cell)));
  return right ? fill + cell : cell + fill;
}

/** Prose broken at spaces into lines of at most `width` columns (a word longer than a line is cut). */
export function wrapText(text: string, width = TERMINAL_WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of shownValue(text, Number.MAX_SAFE_INTEGER).split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (displayWidth(next) <= width) line = next;
    else {
      if (line !== '') lines.push(line);
      line = truncate(word, width);
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

export interface PanelColumn {
  readonly header: string;
  readonly right: boolean;
}

/**
 * A wide table as panels that each fit `width` columns: the leading `keys` columns (number, name) start every panel and
 * the other columns follow in order as far as they fit; headers are wrapped at their spaces onto several lines.
 * `rows` holds the body; a heading row (a zone's title) is printed across the panel.
 */
export function tablePanels(
  columns: readonly PanelColumn[],
  rows: readonly (readonly string[] | { readonly heading: string })[],
  keys: number,
  options: { maxWidth: number; width?: number },
): string[][] {
  const width = options.width ?? TERMINAL_WIDTH;
  const body = rows.map((r) => ('heading' in r ? r : r.map((c) => shownValue(c, options.maxWidth))));
  const headerWords = columns.map((c) =>
    shownValue(c.header, Number.MAX_SAFE_INTEGER)
      .split(' ')
      .map((w) => truncate(w, options.maxWidth)),
  );
  const widths = columns.map((_, i) =>
    Math.max(...headerWords[i].map(displayWidth), ...body.map((r) => ('heading' in r ? 0 : displayWidth(r[i] ?? '')))),
  );
  const headers = columns.map((_, i) => wrapWords(headerWords[i], widths[i]));
  const keyWidth = widths.slice(0, keys).reduce((a, w) => a + w + 2, 0);
  const panels: number[][] = [];
  let current: number[] = [];
  let used = keyWidth;
  for (let i = keys; i < columns.length; i++) {
    if (current.length > 0 && used + widths[i] > width) {
      panels.push(current);
      current = [];
      used = keyWidth;
    }
    current.push(i);
    used += widths[i] + 2;
  }
  if (current.length > 0 || panels.length === 0) panels.push(current);
  return panels.map((panel) => {
    const shown = [...Array.from({ length: keys }, (_, i) => i), ...panel];
    const headerLines = Math.max(...shown.map((i) => headers[i].length));
    const line = (cells: (i: number) => string) =>
      shown
        .map((i) => pad(cells(i), widths[i], columns[i].right))
        .join('  ')
        .trimEnd();
    const out: string[] = [];
    // headers sit on their last line, as a spreadsheet aligns a wrapped header to the bottom
    for (let l = 0; l < headerLines; l++)
      out.push(line((i) => headers[i][l - (headerLines - headers[i].length)] ?? ''));
    for (const r of body)
      out.push('heading' in r ? truncate(shownValue(r.heading, width), width) : line((i) => r[i] ?? ''));
    return out;
  });
}

function wrapWords(words: readonly string[], width: number): string[] {
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.length - 1;
    if (last >= 0 && displayWidth(`${lines[last]} ${word}`) <= width) lines[last] = `${lines[last]} ${word}`;
    else lines.push(word);
  }
  return lines.length === 0 ? [''] : lines;
}
