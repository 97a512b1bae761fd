// How big the xlsx report's cells are: the font, column widths in Excel's units, and row heights estimated from the text,
// because neither Excel nor LibreOffice grows a row to fit wrapped text written by a program (nor a merged row, ever).

/**
 * Tahoma: installed with every Windows and macOS, so Excel lays the sheet out with the metrics these estimates assume;
 * LibreOffice on Linux substitutes a metric-compatible sans and takes the Thai glyphs from its Thai fonts. TH Sarabun New
 * is on few machines outside government offices, and a missing font is replaced by one of other widths, clipping the text.
 */
export const FONT_NAME = 'Tahoma';
/** 11 pt Tahoma prints as large as 15–16 pt TH Sarabun, the size of Thai official documents. */
export const FONT_SIZE = 11;
export const TITLE_SIZE = 14;
export const SUBTITLE_SIZE = 12;
export const SOURCE_SIZE = 10;

/** Points per line of text at FONT_SIZE, room for Thai marks above and below included. */
export const LINE_HEIGHT = 17;
/** Room above and below the lines of a cell, in points. */
const ROW_PADDING = 3;

/**
 * Excel's column width unit is a digit of the workbook's default font (Calibri 11); a Thai letter of Tahoma 11 is about
 * 1.15 of those, so a column given as n Thai characters is made n × 1.15 units wide.
 */
const WIDTH_SCALE = 1.15;

/** A column's width in Excel units for a width in Thai characters (10 when not given). */
export function excelWidth(chars: number): number {
  const n = Number.isFinite(chars) && chars > 0 ? chars : 10;
  return Math.min(255, Math.round(n * WIDTH_SCALE * 10) / 10);
}

function isZeroWidth(code: number): boolean {
  // Thai vowel and tone marks above or below a letter, and zero-width spaces and joiners
  return (
    code === 0x0e31 ||
    (code >= 0x0e34 && code <= 0x0e3a) ||
    (code >= 0x0e47 && code <= 0x0e4e) ||
    (code >= 0x200b && code <= 0x200d)
  );
}

/** Width in Thai characters: marks above or below a letter take no room. */
export function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text) if (!isZeroWidth(ch.codePointAt(0) ?? 0)) n++;
  return n;
}

/** The lines `text` takes in a cell `chars` Thai characters wide (wrapped, its own line breaks kept), at `scale` × FONT_SIZE. */
export function linesIn(text: string, chars: number, scale = 1): number {
  // a character of room is the cell's padding
  const room = Math.max(1, (Number.isFinite(chars) && chars > 0 ? chars : 10) - 1);
  let lines = 0;
  for (const part of text.split('\n')) lines += Math.max(1, Math.ceil((displayWidth(part) * scale) / room));
  return lines;
}

/** A row's height in points for a number of lines of `lineHeight`. */
export function rowHeight(lines: number, lineHeight = LINE_HEIGHT): number {
  return Math.max(1, lines) * lineHeight + ROW_PADDING;
}
