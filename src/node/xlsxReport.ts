// Writes a ReportDocument as an xlsx workbook in the official table layout: one sheet per table, title lines, bordered table,
// bold รวม rows, number formats, set widths and row heights, frozen header, and A4 landscape pages whose header row repeats
// and whose footer gives the source and the page number. Charts stay in the HTML page (exceljs draws none).

import type * as ExcelJS from 'exceljs';
import type { CellFormat, ReportCell, ReportDocument, ReportRow, ReportTable } from '../core/report/types';
import { excelJs } from './excelJs';
import {
  excelWidth,
  FONT_NAME,
  FONT_SIZE,
  LINE_HEIGHT,
  linesIn,
  rowHeight,
  SOURCE_SIZE,
  SUBTITLE_SIZE,
  TITLE_SIZE,
} from './xlsxLayout';

/** Excel's limit on a sheet name, in UTF-16 code units. */
export const MAX_SHEET_NAME = 31;

/** Written for an unknown figure (null): a blank or a 0 would read as "reported nothing". */
const UNKNOWN_MARK = '–';

const NUMBER_FORMATS: Record<CellFormat, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  money: '#,##0.00',
  percent: '0.0',
};

/** Points per line of the title, at TITLE_SIZE. */
const TITLE_LINE_HEIGHT = 22;

const HEADER_FILL = 'FFDFE6F0';
const SUBTOTAL_FILL = 'FFEDEDED';
const TOTAL_FILL = 'FFD0D0D0';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF777777' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Excel's A4 paper size code. */
const PAPER_A4 = 9 as ExcelJS.PaperSize;
/** 12 mm in inches, the same margin as the HTML page; the bottom one leaves room for the footer below the table. */
const MARGIN_12MM = 12 / 25.4;
const MARGIN_BOTTOM = 18 / 25.4;
const FOOTER_MARGIN = 7 / 25.4;

export async function renderXlsx(doc: ReportDocument): Promise<Buffer> {
  const workbook = new (excelJs().Workbook)();
  workbook.creator = 'khongdee';
  workbook.lastModifiedBy = 'khongdee';
  workbook.title = doc.title;
  const taken: string[] = [];
  for (const table of doc.tables) {
    const name = uniqueSheetName(sanitiseSheetName(table.sheetName), taken);
    taken.push(name);
    writeTable(workbook.addWorksheet(name), table, doc.attribution);
  }
  // a workbook with no sheet is a damaged file for Excel, so an empty document still gets one (with its title)
  if (doc.tables.length === 0) {
    writeTable(
      workbook.addWorksheet('รายงาน'),
      { sheetName: 'รายงาน', title: doc.title, subtitle: [], columns: [], rows: [], footnotes: [] },
      doc.attribution,
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A name Excel accepts: no []:*?/\ (replaced by "-"), no apostrophe at either end, not blank, not "History",
 * at most 31 UTF-16 units, cut between characters rather than inside a surrogate pair.
 */
export function sanitiseSheetName(name: string): string {
  let clean = name
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/[[\]:*?/\\]/g, '-')
    .trim();
  clean = cut(clean, MAX_SHEET_NAME)
    .replace(/^'+|'+$/g, '')
    .trim();
  if (clean === '') return 'Sheet';
  if (clean.toLowerCase() === 'history') return 'History-';
  return clean;
}

/** Sheet names are unique ignoring case; a repeated one gets " (2)", " (3)" … and still fits 31 units. */
function uniqueSheetName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${cut(name, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

function cut(text: string, maxUnits: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > maxUnits) break;
    out += ch;
  }
  return out;
}

function writeTable(sheet: ExcelJS.Worksheet, table: ReportTable, attribution: string): void {
  const width = Math.max(1, table.columns.length);
  const totalChars = table.columns.reduce((sum, c) => sum + (c.width > 0 ? c.width : 10), 0) || 40;
  table.columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = excelWidth(column.width);
  });

  let r = 1;
  mergedText(sheet, r++, width, totalChars, table.title, { bold: true, size: TITLE_SIZE }, 'center', TITLE_LINE_HEIGHT);
  for (const line of table.subtitle)
    mergedText(sheet, r++, width, totalChars, line, { size: SUBTITLE_SIZE }, 'center', LINE_HEIGHT);
  r++; // the blank row between the title block and the table

  const headerRow = r++;
  writeHeader(sheet.getRow(headerRow), table);
  for (const row of table.rows) writeRow(sheet, r++, row, table, width, totalChars);

  if (table.footnotes.length > 0) {
    r++;
    for (const note of table.footnotes) mergedText(sheet, r++, width, totalChars, note, {}, 'left', LINE_HEIGHT);
  }
  if (attribution) {
    r++;
    mergedText(sheet, r++, width, totalChars, attribution, { italic: true, size: SOURCE_SIZE }, 'left', LINE_HEIGHT);
  }

  // scrolling keeps the column headers in view; the title block scrolls away with the data above them
  sheet.views = [
    {
      state: 'frozen',
      xSplit: 0,
      ySplit: headerRow,
      topLeftCell: `A${headerRow + 1}`,
      activeCell: `A${headerRow + 1}`,
    },
  ];
  pageSetup(sheet, headerRow, attribution);
}

/** A4 landscape, one page wide and as many tall as the table needs, the header row on every page, the source and page number below. */
function pageSetup(sheet: ExcelJS.Worksheet, headerRow: number, attribution: string): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: PAPER_A4,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    // 0: as many pages tall as the table needs
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: {
      left: MARGIN_12MM,
      right: MARGIN_12MM,
      top: MARGIN_12MM,
      bottom: MARGIN_BOTTOM,
      header: FOOTER_MARGIN,
      footer: FOOTER_MARGIN,
    },
  };
  sheet.headerFooter = {
    ...sheet.headerFooter,
    differentFirst: false,
    differentOddEven: false,
    oddFooter: footer(attribution),
  };
}

/** The printed footer: the source on the left, "หน้า n / N" on the right (&P and &N are Excel's page fields). */
export function footer(attribution: string): string {
  const style = `&"${FONT_NAME},Regular"&${SOURCE_SIZE}`;
  // a literal & is && in a header or footer; Excel takes at most 255 characters
  const source = cut(attribution.replace(/&/g, '&&'), 180);
  return `&L${style}${source}&R${style}หน้า &P / &N`;
}

/** The header row: bold, centred, wrapped at its explicit line (before the unit), as tall as its longest header. */
function writeHeader(header: ExcelJS.Row, table: ReportTable): void {
  let lines = 1;
  table.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = font({ bold: true });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = solid(HEADER_FILL);
    lines = Math.max(lines, linesIn(column.header, column.width));
  });
  header.height = rowHeight(lines);
}

function writeRow(
  sheet: ExcelJS.Worksheet,
  r: number,
  row: ReportRow,
  table: ReportTable,
  width: number,
  totalChars: number,
): void {
  const excelRow = sheet.getRow(r);
  if (row.style === 'heading') {
    const cell = excelRow.getCell(1);
    const text = textValue(row.cells[0]);
    cell.value = text;
    cell.font = font({ bold: true });
    cell.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
    for (let c = 1; c <= width; c++) excelRow.getCell(c).border = BORDER;
    if (width > 1) sheet.mergeCells(r, 1, r, width);
    const lines = linesIn(String(text), totalChars);
    if (lines > 1) excelRow.height = rowHeight(lines);
    return;
  }
  const bold = row.style === 'subtotal' || row.style === 'total';
  const fill = row.style === 'subtotal' ? SUBTOTAL_FILL : row.style === 'total' ? TOTAL_FILL : undefined;
  let lines = 1;
  table.columns.forEach((column, i) => {
    const cell = excelRow.getCell(i + 1);
    const value = row.cells[i];
    writeCell(cell, value, column.format);
    cell.font = font({ bold });
    cell.border = BORDER;
    if (fill) cell.fill = solid(fill);
    // a text cell wraps: a long message or name needs a row tall enough for its lines, which no program-written row gets
    if (typeof value === 'string' && column.format === 'text') lines = Math.max(lines, linesIn(value, column.width));
  });
  if (lines > 1) excelRow.height = rowHeight(lines);
}

function writeCell(cell: ExcelJS.Cell, value: ReportCell | undefined, format: CellFormat): void {
  if (value === undefined) return;
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) {
    cell.value = UNKNOWN_MARK;
    cell.alignment = { horizontal: 'center', vertical: 'top' };
    return;
  }
  if (typeof value === 'string') {
    // a plain string is stored as a shared string, so "=HYPERLINK(…)" typed by a user stays text and never runs
    cell.value = value;
    cell.alignment = format === 'text' ? { vertical: 'top', wrapText: true } : { horizontal: 'right', vertical: 'top' };
    return;
  }
  // money is rounded to satang so a sum of the cells equals the sum of what is shown
  cell.value = format === 'money' ? Math.round(value * 100) / 100 : value;
  const numFmt = NUMBER_FORMATS[format];
  if (numFmt) cell.numFmt = numFmt;
  cell.alignment = { horizontal: format === 'text' ? 'left' : 'right', vertical: 'top' };
}

/** Title, subtitle, footnote and attribution lines: merged across the table, wrapped, with a height for the lines they need. */
function mergedText(
  sheet: ExcelJS.Worksheet,
  r: number,
  width: number,
  totalChars: number,
  text: string,
  style: Partial<ExcelJS.Font>,
  horizontal: 'left' | 'center',
  lineHeight: number,
): void {
  const row = sheet.getRow(r);
  const cell = row.getCell(1);
  cell.value = text;
  cell.font = font(style);
  cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
  if (width > 1) sheet.mergeCells(r, 1, r, width);
  // Excel does not grow merged rows to fit wrapped text, so the height is estimated from the text's width in characters
  const lines = linesIn(text, totalChars, (style.size ?? FONT_SIZE) / FONT_SIZE);
  if (lines > 1 || lineHeight !== LINE_HEIGHT) row.height = rowHeight(lines, lineHeight);
}

function textValue(value: ReportCell | undefined): string | number {
  if (value === undefined || value === null) return '';
  return value;
}

function font(style: Partial<ExcelJS.Font>): Partial<ExcelJS.Font> {
  return { name: FONT_NAME, size: FONT_SIZE, ...style };
}

function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}
