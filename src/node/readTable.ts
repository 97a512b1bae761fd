// Reads a report file (xlsx or csv) into plain 2-D arrays of core cell values: the Node side of the "one batched read".
// The arrays look like Apps Script's getValues() of each sheet; anything wrong with the file itself becomes a FileProblem with a Thai and English message.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type * as ExcelJS from 'exceljs';
import type { CellValue } from '../core/cell';
import { fileMessages } from '../core/messages/files';
import type { Text } from '../core/messages/text';
import { csvRecords } from './csvRecords';
import { type CsvEncoding, decodeCsvBytes, looksBinary } from './decodeCsv';
import { excelJs } from './excelJs';
import { xlsxCellValue } from './xlsxCells';

export interface SheetTable {
  readonly name: string;
  readonly rows: CellValue[][];
}

export interface Workbook {
  readonly file: string;
  readonly format: 'xlsx' | 'csv';
  /** Only for csv: the encoding the bytes were read in. */
  readonly encoding?: CsvEncoding;
  readonly sheets: SheetTable[];
}

export type FileProblemCode =
  | 'FILE_NOT_FOUND'
  | 'FILE_UNREADABLE'
  | 'FILE_EMPTY'
  | 'FILE_BINARY'
  | 'FILE_UNSUPPORTED'
  | 'SHEET_NOT_FOUND';

export class FileProblem extends Error {
  readonly code: FileProblemCode;
  readonly text: Text;
  /** The library or system error behind the problem, kept for debugging only. */
  readonly cause?: unknown;

  constructor(code: FileProblemCode, text: Text, cause?: unknown) {
    super(text.en);
    this.name = 'FileProblem';
    this.code = code;
    this.text = text;
    this.cause = cause;
  }
}

/**
 * Reads every sheet of an xlsx file (all worksheets in workbook order, hidden ones included; chart sheets have no cells
 * and are not listed) or the one table of a csv file, named after the file.
 * Each sheet's rows start at row 1 / column A, empty cells are '', every row has the sheet's used width, and trailing empty rows are dropped.
 */
export async function readWorkbook(file: string): Promise<Workbook> {
  const bytes = await readBytes(file);
  const book = sniffFormat(file, bytes) === 'xlsx' ? await readXlsx(file, bytes) : readCsv(file, bytes);
  if (book.sheets.every((sheet) => sheet.rows.length === 0))
    throw new FileProblem('FILE_EMPTY', fileMessages.empty(file));
  return book;
}

/** The sheet with this name; a name differing only in case or surrounding spaces is accepted when it is unambiguous. */
export function getSheet(book: Workbook, name: string): SheetTable {
  const exact = book.sheets.find((sheet) => sheet.name === name);
  if (exact) return exact;
  const loose = book.sheets.filter((sheet) => looseName(sheet.name) === looseName(name));
  if (loose.length === 1) return loose[0];
  const names = book.sheets.map((sheet) => sheet.name);
  throw new FileProblem('SHEET_NOT_FOUND', fileMessages.sheetNotFound(name, names));
}

function looseName(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}

// ---- reading the bytes -------------------------------------------------------------------------

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (err) {
    throw readError(file, err);
  }
}

function readError(file: string, err: unknown): FileProblem {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return new FileProblem('FILE_NOT_FOUND', fileMessages.notFound(file), err);
  if (code === 'EISDIR') return new FileProblem('FILE_UNREADABLE', fileMessages.isFolder(file), err);
  if (code === 'EACCES' || code === 'EPERM')
    return new FileProblem('FILE_UNREADABLE', fileMessages.noPermission(file), err);
  return new FileProblem('FILE_UNREADABLE', fileMessages.cannotOpen(file, code ?? String(err)), err);
}

// ---- deciding the format -----------------------------------------------------------------------

// Every xlsx is a zip. The full signatures matter: a CSV may well start with the letters "PK".
const ZIP_MAGICS = [
  [0x50, 0x4b, 0x03, 0x04], // a zip's first entry
  [0x50, 0x4b, 0x05, 0x06], // an empty zip
  [0x50, 0x4b, 0x07, 0x08], // a spanned zip
];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // old .xls, and password-protected .xlsx
const XLSX_EXTENSIONS = ['.xlsx', '.xlsm'];
const CSV_EXTENSIONS = ['.csv', '.txt', '.tsv', ''];

/** The content decides first (a renamed xlsx still reads); the extension only decides what a non-zip file may be. */
function sniffFormat(file: string, bytes: Buffer): 'xlsx' | 'csv' {
  if (bytes.length === 0) throw new FileProblem('FILE_EMPTY', fileMessages.empty(file));
  if (ZIP_MAGICS.some((magic) => startsWith(bytes, magic))) return 'xlsx';
  if (startsWith(bytes, OLE_MAGIC)) throw new FileProblem('FILE_UNSUPPORTED', fileMessages.oldExcel(file));
  const extension = path.extname(file).toLowerCase();
  if (XLSX_EXTENSIONS.includes(extension)) throw new FileProblem('FILE_UNREADABLE', fileMessages.notXlsx(file));
  // Many systems export an HTML table named .xls; Excel opens it, so the old-Excel advice (Save As .xlsx) fits.
  if (extension === '.xls') throw new FileProblem('FILE_UNSUPPORTED', fileMessages.oldExcel(file));
  if (!CSV_EXTENSIONS.includes(extension))
    throw new FileProblem('FILE_UNSUPPORTED', fileMessages.unsupportedType(file, extension));
  return 'csv';
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

// ---- xlsx --------------------------------------------------------------------------------------

async function readXlsx(file: string, bytes: Buffer): Promise<Workbook> {
  const workbook = new (excelJs().Workbook)();
  try {
    // exceljs types its parameter as its own Buffer interface; a Node Buffer is what it reads at run time.
    await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch (err) {
    throw new FileProblem('FILE_UNREADABLE', fileMessages.damagedXlsx(file), err);
  }
  // A zip without worksheets (a .docx, an .ods, a damaged file) is not a workbook we can use.
  if (workbook.worksheets.length === 0) throw new FileProblem('FILE_UNREADABLE', fileMessages.damagedXlsx(file));
  const sheets = workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: worksheetRows(sheet) }));
  return { file, format: 'xlsx', sheets };
}

function worksheetRows(sheet: ExcelJS.Worksheet): CellValue[][] {
  const sparse: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      values[colNumber - 1] = xlsxCellValue(cell);
    });
    sparse[rowNumber - 1] = values;
  });
  return tidyRows(sparse);
}

// ---- csv ---------------------------------------------------------------------------------------

function readCsv(file: string, bytes: Buffer): Workbook {
  const { text, encoding } = decodeCsvBytes(bytes);
  if (text.trim() === '') throw new FileProblem('FILE_EMPTY', fileMessages.empty(file));
  if (looksBinary(text)) throw new FileProblem('FILE_BINARY', fileMessages.binary(file));
  const parsed = csvRecords(text);
  if (!parsed.ok) throw new FileProblem('FILE_UNREADABLE', fileMessages.badCsv(file, parsed.openQuoteLine));
  const records = parsed.records;
  const name = path.basename(file, path.extname(file));
  return { file, format: 'csv', encoding, sheets: [{ name, rows: tidyRows(records) }] };
}

// ---- shared ------------------------------------------------------------------------------------

/**
 * Gives a sheet the rectangular shape of getValues(): holes become '', every row is as wide as the rightmost
 * non-empty cell of the sheet, and rows after the last non-empty one are dropped.
 */
function tidyRows(sparse: readonly (readonly CellValue[] | undefined)[]): CellValue[][] {
  let height = 0;
  let width = 0;
  for (let r = 0; r < sparse.length; r++) {
    const row = sparse[r] ?? [];
    for (let c = row.length - 1; c >= 0; c--) {
      if (isFilled(row[c])) {
        height = r + 1;
        width = Math.max(width, c + 1);
        break;
      }
    }
  }
  const rows: CellValue[][] = [];
  for (let r = 0; r < height; r++) rows.push(padRow(sparse[r] ?? [], width));
  return rows;
}

function padRow(cells: readonly (CellValue | undefined)[], width: number): CellValue[] {
  const row: CellValue[] = [];
  for (let c = 0; c < width; c++) row.push(cells[c] ?? '');
  return row;
}

function isFilled(value: CellValue | undefined): boolean {
  return value !== undefined && value !== null && value !== '';
}
