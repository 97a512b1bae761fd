// A twin spreadsheet (SpreadsheetApi): id, name, time zone, URL, ordered sheets, named ranges, toasts, document
// properties and lock. API methods are Spreadsheet calls; twin-only helpers (addSheet, sheet(), …) are not counted.

import type { RangeApi, SpreadsheetApi } from '../addon/adapter/services';
import { type CellValue, isCellDate } from '../core/cell';
import { parseSheetA1, type Rect } from './a1';
import type { Cell } from './cells';
import type { TwinEnv } from './env';
import { fail, MESSAGES } from './errors';
import { DocumentLockState } from './lock';
import { TwinRange } from './range';
import type { SeedCell } from './seed';
import { DEFAULT_MAX_COLUMNS, DEFAULT_MAX_ROWS, TwinSheet } from './sheet';
import { wallClock, zoneMidnight } from './zone';

export interface WorkbookOptions {
  id?: string;
  name?: string;
  /** 'Asia/Bangkok' unless given */
  timeZone?: string;
  url?: string;
}

export interface AddSheetOptions {
  /** at least the seeded rows; 1000 by default */
  maxRows?: number;
  /** at least the widest seeded row; 26 by default */
  maxColumns?: number;
}

export interface Toast {
  readonly msg: string;
  readonly title: string;
  readonly timeoutSeconds: number | undefined;
}

export class Workbook implements SpreadsheetApi {
  readonly id: string;
  name: string;
  timeZone: string;
  readonly url: string;
  readonly sheets: TwinSheet[] = [];
  /** null until the first sheet is added */
  activeSheet: TwinSheet | null = null;
  readonly toasts: Toast[] = [];
  readonly documentProperties = new Map<string, string>();
  readonly lock: DocumentLockState;
  /** lower-cased name → the named range (kept in step with insertRowsAfter) */
  readonly namedRanges = new Map<string, { name: string; sheet: TwinSheet; rect: Rect }>();
  /** who may edit protected ranges besides each protection's creator; null = everyone (see restrictProtectedEditing) */
  protectedEditors: ReadonlySet<string> | null = null;
  /** who owns the spreadsheet ('' unknown) and who else may edit it: a protection whose editors a script changed starts from them */
  owner = '';
  editors: readonly string[] = [];
  /** openById fails with a permission error (see denyAccess) */
  accessDenied = false;
  private sheetsMade = 0;

  constructor(
    readonly env: TwinEnv,
    options: WorkbookOptions = {},
  ) {
    this.id = options.id ?? 'twin-spreadsheet';
    this.name = options.name ?? 'Untitled spreadsheet';
    this.timeZone = options.timeZone ?? 'Asia/Bangkok';
    this.url = options.url ?? `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
    this.lock = new DocumentLockState(env);
  }

  private count(method: string): void {
    this.env.counter.call('Spreadsheet', method);
  }

  getId(): string {
    this.count('getId');
    return this.id;
  }

  /** The active sheet's id (Spreadsheet methods of a sheet act on the active sheet). */
  getSheetId(): number {
    this.count('getSheetId');
    return this.active().id;
  }

  /** The active sheet's data range. */
  getDataRange(): TwinRange {
    this.count('getDataRange');
    return this.active().dataRange();
  }

  /** The active sheet's values. */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): Cell[][] {
    this.count('getSheetValues');
    return this.active().sheetValues(startRow, startColumn, numRows, numColumns);
  }

  /** The active sheet's last row with content (0 when it is empty). */
  getLastRow(): number {
    this.count('getLastRow');
    return this.active().grid.lastRow();
  }

  getName(): string {
    this.count('getName');
    return this.name;
  }

  getSheets(): TwinSheet[] {
    this.count('getSheets');
    return [...this.sheets];
  }

  /** Case-insensitive, as sheet names are in Sheets; null when absent. */
  getSheetByName(name: string): TwinSheet | null {
    this.count('getSheetByName');
    return this.find(name);
  }

  /** The sheet with this id, or null. */
  getSheetById(id: number): TwinSheet | null {
    this.count('getSheetById');
    return this.sheets.find((s) => s.id === id) ?? null;
  }

  /** The named range, or null when no range has that name (names are case-insensitive) or its sheet is gone. */
  getRangeByName(name: string): TwinRange | null {
    this.count('getRangeByName');
    const named = this.namedRanges.get(String(name).toLowerCase());
    if (!named || !this.sheets.includes(named.sheet)) return null;
    return named.sheet.rangeAt(named.rect);
  }

  /**
   * A range by A1 text, on the named sheet or the active one: "'Tab'!A:Z" runs to the sheet's last row. A missing sheet,
   * or a block reaching past the sheet's rows or columns, fails with "Range not found" (the pessimistic reading of Sheets).
   */
  getRange(a1Notation: string): TwinRange {
    this.count('getRange');
    let a1: ReturnType<typeof parseSheetA1>;
    try {
      a1 = parseSheetA1(String(a1Notation));
    } catch {
      fail(MESSAGES.rangeNotFound);
    }
    const sheet = a1.sheet === null ? this.active() : this.find(a1.sheet);
    if (!sheet) fail(MESSAGES.rangeNotFound);
    const firstRow = a1.firstRow ?? 1;
    const lastRow = a1.lastRow ?? sheet.maxRows;
    const firstColumn = a1.firstColumn ?? 1;
    const lastColumn = a1.lastColumn ?? sheet.maxColumns;
    const rect = {
      row: firstRow,
      column: firstColumn,
      numRows: lastRow - firstRow + 1,
      numColumns: lastColumn - firstColumn + 1,
    };
    if (rect.numRows < 1 || rect.numColumns < 1 || !sheet.inside(rect)) fail(MESSAGES.rangeNotFound);
    return sheet.rangeAt(rect);
  }

  /** Names a range; a name in use is moved to the new range. */
  setNamedRange(name: string, range: RangeApi): void {
    this.count('setNamedRange');
    if (!(range instanceof TwinRange) || !(range.sheet instanceof TwinSheet))
      throw new Error('twin: setNamedRange needs a range of this twin');
    if (range.sheet.workbook !== this) throw new Error('twin: setNamedRange needs a range of this spreadsheet');
    this.namedRanges.set(String(name).toLowerCase(), {
      name: String(name),
      sheet: range.sheet,
      rect: { row: range.row, column: range.column, numRows: range.numRows, numColumns: range.numColumns },
    });
  }

  /**
   * A 1000 × 26 sheet placed after the active sheet; "the new sheet becomes the active sheet", so the person is left on it
   * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String)).
   */
  insertSheet(sheetName: string): TwinSheet {
    this.count('insertSheet');
    this.assertNameFree(sheetName);
    const sheet = this.makeSheet(sheetName, DEFAULT_MAX_ROWS, DEFAULT_MAX_COLUMNS);
    const at = this.activeSheet ? this.sheets.indexOf(this.activeSheet) + 1 : this.sheets.length;
    this.sheets.splice(at, 0, sheet);
    this.activeSheet = sheet;
    return sheet;
  }

  getActiveSheet(): TwinSheet {
    this.count('getActiveSheet');
    return this.active();
  }

  toast(msg: string, title: string, timeoutSeconds?: number): void {
    this.count('toast');
    this.toasts.push({ msg, title, timeoutSeconds });
  }

  /** The spreadsheet's own zone, which may differ from the script's: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone() */
  getSpreadsheetTimeZone(): string {
    this.count('getSpreadsheetTimeZone');
    return this.timeZone;
  }

  /** Twin-only: the date cell a person makes by typing this day here, the first instant of the day in the spreadsheet's zone. */
  typedDate(day: { year: number; month: number; day: number }): Date {
    return new Date(zoneMidnight(day, this.timeZone));
  }

  /** Twin-only: rows of core cell values as a person types them here (dates as typedDate makes them), for addSheet. */
  typedRows(rows: readonly (readonly CellValue[])[]): SeedCell[][] {
    return rows.map((r) => r.map((v) => (isCellDate(v) ? this.typedDate(v) : (v ?? ''))));
  }

  /** Twin-only: the calendar day a person sees in a date cell here (date cells are instants shown in the spreadsheet's zone). */
  shownDay(date: Date): { year: number; month: number; day: number } {
    const { year, month, day } = wallClock(date.getTime(), this.timeZone);
    return { year, month, day };
  }

  getUrl(): string {
    this.count('getUrl');
    return this.url;
  }

  // ---- used by sheets (uncounted) ----------------------------------------------------------------------------

  assertNameFree(name: string, except?: TwinSheet): void {
    const existing = this.find(name);
    if (existing && existing !== except) fail(MESSAGES.sheetExists(name));
  }

  active(): TwinSheet {
    if (!this.activeSheet)
      throw new Error(`twin: workbook "${this.name}" has no sheets; add one with workbook.addSheet(name, rows)`);
    return this.activeSheet;
  }

  private find(name: string): TwinSheet | null {
    const key = String(name).toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key) ?? null;
  }

  private makeSheet(name: string, maxRows: number, maxColumns: number): TwinSheet {
    const n = this.sheetsMade++;
    // the first sheet of a spreadsheet has id 0; later ones get large ids unrelated to their position
    const id = n === 0 ? 0 : 100_000_000 + ((n * 738_197_807) % 1_900_000_000);
    return new TwinSheet(this, name, id, maxRows, maxColumns);
  }

  // ---- twin-only helpers for tests (uncounted) ---------------------------------------------------------------

  /**
   * Appends a sheet holding `rows` from A1 (see TwinSheet.seed: '=…' text is a formula, no text parsing). The
   * first sheet added becomes the active one. Throws on a duplicate name like insertSheet.
   */
  addSheet(name: string, rows: readonly (readonly SeedCell[])[] = [], options: AddSheetOptions = {}): TwinSheet {
    this.assertNameFree(name);
    const width = rows.reduce((w, line) => Math.max(w, line.length), 0);
    const sheet = this.makeSheet(
      name,
      Math.max(options.maxRows ?? DEFAULT_MAX_ROWS, rows.length),
      Math.max(options.maxColumns ?? DEFAULT_MAX_COLUMNS, width),
    );
    sheet.seed(1, 1, rows);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  /** What a person deleting a sheet tab does; the last sheet cannot go. */
  deleteSheet(sheet: TwinSheet | string): void {
    const target = typeof sheet === 'string' ? this.sheet(sheet) : sheet;
    const i = this.sheets.indexOf(target);
    if (i < 0) throw new Error(`twin: sheet "${target.name}" is not in workbook "${this.name}"`);
    if (this.sheets.length === 1) fail(MESSAGES.removeAllSheets);
    this.sheets.splice(i, 1);
    if (this.activeSheet === target) this.activeSheet = this.sheets[Math.max(0, i - 1)];
  }

  /** The sheet with this name; throws when absent. */
  sheet(name: string): TwinSheet {
    const found = this.find(name);
    if (!found)
      throw new Error(
        `twin: no sheet "${name}" in workbook "${this.name}" (sheets: ${this.sheets.map((s) => s.name).join(', ')})`,
      );
    return found;
  }

  /** Named ranges as name → "Sheet!A1:B2". */
  rangeNames(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const n of this.namedRanges.values()) out[n.name] = n.sheet.rangeAt(n.rect).qualifiedA1();
    return out;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** What a person clicking a sheet tab does (uncounted; Spreadsheet.setActiveSheet is not in the add-on's subset). */
  setActiveSheet(sheet: TwinSheet | string): this {
    this.activeSheet = typeof sheet === 'string' ? this.sheet(sheet) : sheet;
    return this;
  }

  /** openById of this workbook fails with Apps Script's permission error. */
  denyAccess(denied = true): this {
    this.accessDenied = denied;
    return this;
  }

  /** The spreadsheet's owner and its other editors (twin-only). */
  sharedWith(owner: string, editors: readonly string[] = []): this {
    this.owner = owner;
    this.editors = editors;
    return this;
  }

  /** Only these users (plus each protection's creator) may edit non-warning protections; null lifts it. */
  restrictProtectedEditing(emails: readonly string[] | null): this {
    this.protectedEditors = emails === null ? null : new Set(emails);
    return this;
  }
}
