// One sheet of a twin workbook (SheetApi): grid, size, merges, frozen rows, widths, hidden flag, metadata,
// protections, charts. API methods are Spreadsheet calls; the twin-only helpers at the bottom are not counted.

import type { SheetApi } from '../addon/adapter/services';
import { a1Notation, overlaps, parseA1, type Rect } from './a1';
import { type Cell, formulaValue, fromSeed, isFormula } from './cells';
import { type TwinChart, TwinChartBuilder } from './chart';
import { ProtectionType } from './enums';
import type { TwinEnv } from './env';
import { fail, MESSAGES } from './errors';
import { Grid } from './grid';
import { TwinDeveloperMetadata } from './metadata';
import { TwinProtection } from './protection';
import { TwinRange } from './range';
import { CellsView } from './view';
import type { Workbook } from './workbook';

export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

/** A cell given to seed/addSheet: a value, '=…' formula text, or a formula with the value it should show. */
export type SeedCell = Cell | null | undefined | { readonly formula: string; readonly value: Cell };

export class TwinSheet implements SheetApi {
  readonly grid = new Grid();
  frozenRows = 0;
  hidden = false;
  readonly columnWidths = new Map<number, number>();
  readonly merges: Rect[] = [];
  readonly metadata: TwinDeveloperMetadata[] = [];
  /** range protections, in creation order */
  readonly protections: TwinProtection[] = [];
  sheetProtection: TwinProtection | null = null;
  readonly charts: TwinChart[] = [];

  constructor(
    readonly workbook: Workbook,
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

  getParent(): Workbook {
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
    if (rect.row < 1) fail(MESSAGES.rowTooSmall);
    if (rect.column < 1) fail(MESSAGES.columnTooSmall);
    if (rect.numRows < 1) fail(MESSAGES.tooFewRows);
    if (rect.numColumns < 1) fail(MESSAGES.tooFewColumns);
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
    const shift = (r: Rect): Rect =>
      r.row > afterPosition
        ? { ...r, row: r.row + howMany }
        : r.row + r.numRows - 1 > afterPosition
          ? { ...r, numRows: r.numRows + howMany }
          : r;
    this.merges.splice(0, this.merges.length, ...this.merges.map(shift));
    for (const p of this.protections) if (p.rect) p.rect = shift(p.rect);
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
    if (type === ProtectionType.SHEET) return this.sheetProtection ? [this.sheetProtection] : [];
    return [...this.protections];
  }

  /** The sheet's protection: the existing one when the sheet is already protected, as in Apps Script. */
  protect(): TwinProtection {
    this.count('protect');
    return this.addProtection(null);
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
    if (rect.row < 1) fail(MESSAGES.rowTooSmall);
    if (rect.column < 1) fail(MESSAGES.columnTooSmall);
    if (rect.numRows < 1) fail(MESSAGES.tooFewRows);
    if (rect.numColumns < 1) fail(MESSAGES.tooFewColumns);
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
    const email = this.env.userEmail;
    if (this.sheetProtection && !this.sheetProtection.allows(email)) fail(MESSAGES.protectedCell);
    for (const p of this.protections)
      if (p.rect && overlaps(p.rect, r) && !p.allows(email)) fail(MESSAGES.protectedCell);
  }

  /** Empties every merged cell but the top-left one, in the merges touching `r`. */
  keepMergedTopLeftOnly(r: Rect): void {
    for (const m of this.merges) {
      if (!overlaps(m, r)) continue;
      const r0 = m.row - 1;
      const c0 = m.column - 1;
      if (m.numColumns > 1) this.grid.clearContent(r0, c0 + 1, 1, m.numColumns - 1);
      if (m.numRows > 1) this.grid.clearContent(r0 + 1, c0, m.numRows - 1, m.numColumns);
    }
  }

  addProtection(r: Rect | null): TwinProtection {
    if (r === null && this.sheetProtection) return this.sheetProtection;
    const p = new TwinProtection(
      this,
      r && { row: r.row, column: r.column, numRows: r.numRows, numColumns: r.numColumns },
      this.env.userEmail,
    );
    if (r === null) this.sheetProtection = p;
    else this.protections.push(p);
    return p;
  }

  detachProtection(p: TwinProtection): void {
    p.removed = true;
    if (this.sheetProtection === p) this.sheetProtection = null;
    const i = this.protections.indexOf(p);
    if (i >= 0) this.protections.splice(i, 1);
  }

  // ---- twin-only helpers for tests (uncounted) ---------------------------------------------------------------

  /**
   * Places cells as if a person had typed them, from (row, column): values as given (no text parsing), '=…' text as a
   * formula, `{ formula, value }` as a formula showing `value`. Grows the sheet when the block does not fit.
   */
  seed(row: number, column: number, rows: readonly (readonly SeedCell[])[]): this {
    const width = rows.reduce((w, line) => Math.max(w, line.length), 0);
    this.maxRows = Math.max(this.maxRows, row + rows.length - 1);
    this.maxColumns = Math.max(this.maxColumns, column + width - 1);
    const { values, formulas } = this.grid;
    for (let i = 0; i < rows.length; i++) {
      const line = rows[i];
      for (let j = 0; j < line.length; j++) {
        const v = line[j];
        const r = row - 1 + i;
        const c = column - 1 + j;
        if (isFormula(v)) {
          formulas.set(r, c, v);
          values.set(r, c, formulaValue(v));
        } else if (typeof v === 'object' && v !== null && 'formula' in v) {
          formulas.set(r, c, v.formula);
          values.set(r, c, fromSeed(v.value));
        } else {
          values.set(r, c, fromSeed(v));
          if (formulas.get(r, c) !== '') formulas.set(r, c, '');
        }
      }
    }
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
    return new CellsView(this, rect);
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
    return this.merges.map(a1Notation);
  }

  columnWidth(column: number): number {
    return this.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }

  metadataEntries(): { key: string; value: string | null }[] {
    return this.metadata.map((m) => ({ key: m.key, value: m.value }));
  }

  /** The sheet protection first (if any), then range protections. */
  allProtections(): TwinProtection[] {
    return this.sheetProtection ? [this.sheetProtection, ...this.protections] : [...this.protections];
  }

  /** Sets the sheet's size (as a person adding rows or columns by hand would). */
  resize(maxRows: number, maxColumns = this.maxColumns): this {
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
    return this;
  }
}
