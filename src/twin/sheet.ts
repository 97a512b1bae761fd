// One sheet of a twin workbook (SheetApi): grid, size, frozen rows, widths, hidden flag, metadata, charts, and the
// merges (merges.ts) and protections (sheetProtections.ts) it holds. API methods are Spreadsheet calls; the twin-only
// helpers at the bottom are not counted.

import type { SheetApi, SpreadsheetApi } from '../addon/adapter/services';
import { a1Notation, parseA1, type Rect, shiftForInsertedRows } from './a1';
import type { Cell } from './cells';
import { type TwinChart, TwinChartBuilder } from './chart';
import type { TwinEnv } from './env';
import { fail, MESSAGES } from './errors';
import { Grid } from './grid';
import { SheetMerges } from './merges';
import { TwinDeveloperMetadata } from './metadata';
import type { TwinProtection } from './protection';
import { TwinRange } from './range';
import { type SeedCell, seedCells } from './seed';
import { SheetProtections } from './sheetProtections';
import { CellsView } from './view';

export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

/** What a sheet needs of its spreadsheet besides SpreadsheetApi (declared here so that sheet.ts does not import it back). */
export interface SheetWorkbook extends SpreadsheetApi {
  readonly env: TwinEnv;
  readonly sheets: readonly TwinSheet[];
  activeSheet: TwinSheet | null;
  /** kept in step with insertRowsAfter */
  readonly namedRanges: ReadonlyMap<string, { readonly sheet: TwinSheet; rect: Rect }>;
  /** who may edit protected ranges besides each protection's creator; null = everyone */
  readonly protectedEditors: ReadonlySet<string> | null;
  /** the owner ('' unknown) and the other editors of the spreadsheet */
  readonly owner: string;
  readonly editors: readonly string[];
  /** throws as Apps Script does when another sheet than `except` has this name */
  assertNameFree(name: string, except?: TwinSheet): void;
}

export class TwinSheet implements SheetApi {
  readonly grid = new Grid();
  frozenRows = 0;
  hidden = false;
  readonly columnWidths = new Map<number, number>();
  readonly merges = new SheetMerges(this.grid);
  readonly metadata: TwinDeveloperMetadata[] = [];
  readonly protections = new SheetProtections(this);
  readonly charts: TwinChart[] = [];

  constructor(
    readonly workbook: SheetWorkbook,
    public name: string,
    readonly id: number,
    public maxRows = DEFAULT_MAX_ROWS,
    public maxColumns = DEFAULT_MAX_COLUMNS,
  ) {}

  get env(): TwinEnv {
    return this.workbook.env;
  }

  private count(method: string): void {
    this.env.counter.call('Sheet', method);
  }

  getName(): string {
    this.count('getName');
    return this.name;
  }

  setName(name: string): this {
    this.count('setName');
    this.workbook.assertNameFree(name, this);
    this.name = name;
    return this;
  }

  getSheetId(): number {
    this.count('getSheetId');
    return this.id;
  }

  getParent(): SheetWorkbook {
    this.count('getParent');
    return this.workbook;
  }

  /** A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange(): TwinRange {
    this.count('getDataRange');
    return this.dataRange();
  }

  /** 1-based; -1 rows or columns reach the last row or column with content. */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): Cell[][] {
    this.count('getSheetValues');
    return this.sheetValues(startRow, startColumn, numRows, numColumns);
  }

  /** (row, column, numRows, numColumns), 1-based; at run time also (row, column), (row, column, numRows) and ('A1:B2'). */
  getRange(row: number | string, column?: number, numRows = 1, numColumns = 1): TwinRange {
    this.count('getRange');
    const rect = typeof row === 'string' ? parseA1(row) : { row, column: column ?? NaN, numRows, numColumns };
    for (const n of [rect.row, rect.column, rect.numRows, rect.numColumns]) {
      if (!Number.isInteger(n))
        throw new Error(`twin: getRange needs whole numbers, got (${row}, ${column}, ${numRows}, ${numColumns})`);
    }
    assertStartAndSize(rect);
    if (this.env.strictBounds && !this.inside(rect)) fail(MESSAGES.outsideSheet);
    return this.rangeAt(rect);
  }

  getLastRow(): number {
    this.count('getLastRow');
    return this.grid.lastRow();
  }

  getLastColumn(): number {
    this.count('getLastColumn');
    return this.grid.lastColumn();
  }

  getMaxRows(): number {
    this.count('getMaxRows');
    return this.maxRows;
  }

  getMaxColumns(): number {
    this.count('getMaxColumns');
    return this.maxColumns;
  }

  /** Inserts empty rows; content, merges and protections below move down. */
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.count('insertRowsAfter');
    if (
      !Number.isInteger(afterPosition) ||
      !Number.isInteger(howMany) ||
      afterPosition < 1 ||
      afterPosition > this.maxRows ||
      howMany < 1
    )
      fail(MESSAGES.rowsOutOfBounds);
    this.grid.insertRows(afterPosition, howMany);
    this.maxRows += howMany;
    const shift = (r: Rect): Rect => shiftForInsertedRows(r, afterPosition, howMany);
    this.merges.insertRows(afterPosition, howMany);
    for (const p of this.protections.ranges) if (p.rect) p.rect = shift(p.rect);
    for (const n of this.workbook.namedRanges.values()) if (n.sheet === this) n.rect = shift(n.rect);
    return this;
  }

  /** Every value, formula and format; frozen rows, merges, notes, validations, protections and charts stay. */
  clear(): this {
    this.count('clear');
    this.assertWritable({ row: 1, column: 1, numRows: this.maxRows, numColumns: this.maxColumns });
    this.grid.clearSheet();
    return this;
  }

  /** Every value and formula; formats, frozen rows, merges, notes, validations, protections and charts stay. */
  clearContents(): this {
    this.count('clearContents');
    this.assertWritable({ row: 1, column: 1, numRows: this.maxRows, numColumns: this.maxColumns });
    this.grid.values.clearAll();
    this.grid.formulas.clearAll();
    return this;
  }

  setFrozenRows(rows: number): void {
    this.count('setFrozenRows');
    this.frozenRows = rows;
  }

  getFrozenRows(): number {
    this.count('getFrozenRows');
    return this.frozenRows;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.count('setColumnWidths');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }

  /** twin-only: 1-based indexes of the hidden columns */
  readonly hiddenColumns = new Set<number>();

  hideColumns(columnIndex: number, numColumns = 1): void {
    this.count('hideColumns');
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenColumns.add(c);
  }

  /** twin-only: the tab colour set by setTabColor */
  tabColor: string | null = null;

  hideSheet(): this {
    this.count('hideSheet');
    if (this.workbook.sheets.every((s) => s === this || s.hidden)) fail(MESSAGES.hideAllSheets);
    this.hidden = true;
    return this;
  }

  setTabColor(color: string | null): this {
    this.count('setTabColor');
    this.tabColor = color;
    return this;
  }

  showSheet(): this {
    this.count('showSheet');
    this.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    this.count('isSheetHidden');
    return this.hidden;
  }

  /** Makes this the active sheet, the one the person then sees (https://developers.google.com/apps-script/reference/spreadsheet/sheet#activate()). */
  activate(): this {
    this.count('activate');
    this.workbook.activeSheet = this;
    return this;
  }

  addDeveloperMetadata(key: string, value: string): this {
    this.count('addDeveloperMetadata');
    this.metadata.push(
      new TwinDeveloperMetadata(this.env.counter, key, value, (m) => {
        const i = this.metadata.indexOf(m);
        if (i >= 0) this.metadata.splice(i, 1);
      }),
    );
    return this;
  }

  getDeveloperMetadata(): TwinDeveloperMetadata[] {
    this.count('getDeveloperMetadata');
    return [...this.metadata];
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): TwinProtection[] {
    this.count('getProtections');
    return this.protections.ofType(type);
  }

  /** The sheet's protection: the existing one when the sheet is already protected, as in Apps Script. */
  protect(): TwinProtection {
    this.count('protect');
    return this.protections.add(null);
  }

  newChart(): TwinChartBuilder {
    this.count('newChart');
    return new TwinChartBuilder(this.env.counter);
  }

  insertChart(chart: TwinChart): void {
    this.count('insertChart');
    if (!this.charts.includes(chart)) this.charts.push(chart);
  }

  getCharts(): TwinChart[] {
    this.count('getCharts');
    return [...this.charts];
  }

  removeChart(chart: TwinChart): void {
    this.count('removeChart');
    const i = this.charts.indexOf(chart);
    if (i >= 0) this.charts.splice(i, 1);
  }

  // ---- used by ranges and protections (uncounted) ------------------------------------------------------------

  /**
   * getSheetValues without the call. An empty sheet has no last row, so -1 resolves to 0 rows and the read is refused
   * (assumed, so that callers prove they cope).
   */
  sheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): Cell[][] {
    const rect = {
      row: startRow,
      column: startColumn,
      numRows: numRows === -1 ? this.grid.lastRow() - startRow + 1 : numRows,
      numColumns: numColumns === -1 ? this.grid.lastColumn() - startColumn + 1 : numColumns,
    };
    assertStartAndSize(rect);
    if (!this.inside(rect)) fail(MESSAGES.outsideSheet);
    return this.rangeAt(rect).values();
  }

  dataRange(): TwinRange {
    return this.rangeAt(this.dataRect());
  }

  dataRect(): Rect {
    return {
      row: 1,
      column: 1,
      numRows: Math.max(1, this.grid.lastRow()),
      numColumns: Math.max(1, this.grid.lastColumn()),
    };
  }

  rangeAt(r: Rect): TwinRange {
    return new TwinRange(this, r.row, r.column, r.numRows, r.numColumns);
  }

  inside(r: Rect): boolean {
    return r.row + r.numRows - 1 <= this.maxRows && r.column + r.numColumns - 1 <= this.maxColumns;
  }

  /** Throws as Apps Script does for a write outside the sheet or into a protection the current user may not edit. */
  assertWritable(r: Rect): void {
    if (!this.inside(r)) fail(MESSAGES.outsideSheet);
    this.protections.assertEditable(r);
  }

  // ---- twin-only helpers for tests (uncounted) ---------------------------------------------------------------

  /** Places cells as if a person had typed them, from (row, column) (see seedCells); grows the sheet when they do not fit. */
  seed(row: number, column: number, rows: readonly (readonly SeedCell[])[]): this {
    const width = rows.reduce((w, line) => Math.max(w, line.length), 0);
    this.maxRows = Math.max(this.maxRows, row + rows.length - 1);
    this.maxColumns = Math.max(this.maxColumns, column + width - 1);
    seedCells(this.grid, row, column, rows);
    return this;
  }

  /** Every property of a block of cells: peek() is the data range, peek('A1:C3') or peek(row, column, numRows, numColumns) any block. */
  peek(row?: number | string, column = 1, numRows = 1, numColumns = 1): CellsView {
    const rect =
      row === undefined
        ? this.dataRect()
        : typeof row === 'string'
          ? parseA1(row)
          : { row, column, numRows, numColumns };
    return new CellsView(this.grid, rect);
  }

  /** The data range's values (Dates are copies). */
  values(): Cell[][] {
    return this.peek().values;
  }

  valueAt(row: number, column: number): Cell {
    return this.peek(row, column).values[0][0];
  }

  /** The formula text of a cell ('' when it holds a plain value). */
  formulaAt(row: number, column: number): string {
    return this.grid.formulas.get(row - 1, column - 1);
  }

  /** Merged ranges as A1 text, in the order they were made. */
  mergedRanges(): string[] {
    return this.merges.blocks.map(a1Notation);
  }

  columnWidth(column: number): number {
    return this.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }

  metadataEntries(): { key: string; value: string | null }[] {
    return this.metadata.map((m) => ({ key: m.key, value: m.value }));
  }

  /** The sheet protection first (if any), then range protections. */
  allProtections(): TwinProtection[] {
    return this.protections.all();
  }

  /** Sets the sheet's size (as a person adding rows or columns by hand would). */
  resize(maxRows: number, maxColumns = this.maxColumns): this {
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
    return this;
  }
}

/** Apps Script's refusals of a block that starts before row or column 1 or has no rows or columns. */
function assertStartAndSize(rect: Rect): void {
  if (rect.row < 1) fail(MESSAGES.rowTooSmall);
  if (rect.column < 1) fail(MESSAGES.columnTooSmall);
  if (rect.numRows < 1) fail(MESSAGES.tooFewRows);
  if (rect.numColumns < 1) fail(MESSAGES.tooFewColumns);
}
