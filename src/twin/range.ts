// A rectangle of one sheet (RangeApi). Every method is a Spreadsheet call; the 2-D ones also count the cells they
// move. Writes outside the sheet, of the wrong size, or into a protection the user may not edit throw as Apps Script does.

import type { CellInput, DataValidationApi, RangeApi, SheetApi } from '../addon/adapter/services';
import { a1Notation, type Rect } from './a1';
import { type Cell, formulaValue, fromScript, isFormula, normaliseColor } from './cells';
import type { TwinEnv } from './env';
import { fail, MESSAGES } from './errors';
import { DEFAULTS, type Grid } from './grid';
import type { SheetMerges } from './merges';
import type { TwinProtection } from './protection';
import type { SheetProtections } from './sheetProtections';

type Block<T> = readonly (readonly T[])[];

/** What a range needs of its sheet besides SheetApi (declared here so that range.ts does not import the sheet back). */
export interface RangeSheet extends SheetApi {
  readonly env: TwinEnv;
  readonly name: string;
  readonly grid: Grid;
  readonly merges: SheetMerges;
  readonly protections: SheetProtections;
  /** throws for a write outside the sheet or into a protection the current user may not edit */
  assertWritable(r: Rect): void;
}

export class TwinRange implements RangeApi, Rect {
  constructor(
    readonly sheet: RangeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  private count(method: string): void {
    this.sheet.env.counter.call('Range', method);
  }

  /** Checks a 2-D argument against the range's size, as Apps Script does before writing anything. */
  private checkSize(block: Block<unknown>): void {
    if (!Array.isArray(block) || block.length !== this.numRows)
      fail(MESSAGES.rowsMismatch(Array.isArray(block) ? block.length : 0, this.numRows));
    for (const line of block) {
      const n = Array.isArray(line) ? line.length : 0;
      if (n !== this.numColumns) fail(MESSAGES.columnsMismatch(n, this.numColumns));
    }
  }

  private read<T>(
    method: string,
    layer: { read(r0: number, c0: number, nr: number, nc: number, copy?: (v: T) => T): T[][] },
    copy?: (v: T) => T,
  ): T[][] {
    this.count(method);
    this.sheet.env.counter.read(this.numRows * this.numColumns);
    return layer.read(this.row - 1, this.column - 1, this.numRows, this.numColumns, copy);
  }

  private write2d<I>(method: string, block: Block<I>, apply: () => void): this {
    this.count(method);
    this.checkSize(block);
    this.sheet.assertWritable(this);
    this.sheet.env.counter.wrote(this.numRows * this.numColumns);
    apply();
    return this;
  }

  private fill(method: string, apply: (r0: number, c0: number) => void): this {
    this.count(method);
    this.sheet.assertWritable(this);
    apply(this.row - 1, this.column - 1);
    return this;
  }

  getValues(): Cell[][] {
    this.count('getValues');
    return this.values();
  }

  /** The values, cells counted, for reads the sheet or spreadsheet makes itself (getSheetValues): not a call of its own. */
  values(): Cell[][] {
    const D = this.sheet.env.DateCtor;
    this.sheet.env.counter.read(this.numRows * this.numColumns);
    return this.sheet.grid.values.read(this.row - 1, this.column - 1, this.numRows, this.numColumns, (v) =>
      typeof v === 'object' ? new D(v.getTime()) : v,
    );
  }

  setValues(values: Block<CellInput | null | undefined>): this {
    return this.write2d('setValues', values, () => {
      const { values: cells, formulas } = this.sheet.grid;
      const parseText = this.sheet.env.parseText;
      const r0 = this.row - 1;
      const c0 = this.column - 1;
      const end = c0 + this.numColumns;
      for (let i = 0; i < values.length; i++) {
        const src = values[i];
        const r = r0 + i;
        const valueRow = cells.row(r, end);
        let formulaRow = formulas.rows[r];
        for (let j = 0; j < src.length; j++) {
          const v = src[j];
          const c = c0 + j;
          if (isFormula(v)) {
            formulaRow = formulas.row(r, end);
            formulaRow[c] = v;
            valueRow[c] = formulaValue(v);
          } else {
            valueRow[c] = fromScript(v, parseText);
            if (formulaRow !== undefined && c < formulaRow.length) formulaRow[c] = '';
          }
        }
      }
      this.sheet.merges.keepTopLeftOnly(this);
    });
  }

  getBackgrounds(): string[][] {
    return this.read('getBackgrounds', this.sheet.grid.backgrounds);
  }

  setBackgrounds(color: Block<string | null>): this {
    return this.write2d('setBackgrounds', color, () =>
      this.sheet.grid.backgrounds.write(this.row - 1, this.column - 1, color, normaliseColor),
    );
  }

  getNotes(): string[][] {
    return this.read('getNotes', this.sheet.grid.notes);
  }

  setNotes(notes: Block<string | null>): this {
    return this.write2d('setNotes', notes, () =>
      this.sheet.grid.notes.write(this.row - 1, this.column - 1, notes, (n) =>
        n === null || n === undefined ? DEFAULTS.note : String(n),
      ),
    );
  }

  setNumberFormats(numberFormats: Block<string>): this {
    return this.write2d('setNumberFormats', numberFormats, () =>
      this.sheet.grid.numberFormats.write(this.row - 1, this.column - 1, numberFormats, (f) =>
        f === null || f === undefined ? DEFAULTS.numberFormat : String(f),
      ),
    );
  }

  setNumberFormat(numberFormat: string): this {
    return this.fill('setNumberFormat', (r0, c0) =>
      this.sheet.grid.numberFormats.fill(r0, c0, this.numRows, this.numColumns, String(numberFormat)),
    );
  }

  setFontWeights(fontWeights: Block<string | null>): this {
    return this.write2d('setFontWeights', fontWeights, () =>
      this.sheet.grid.fontWeights.write(this.row - 1, this.column - 1, fontWeights, fontWeight),
    );
  }

  setFontWeight(weight: string | null): this {
    return this.fill('setFontWeight', (r0, c0) =>
      this.sheet.grid.fontWeights.fill(r0, c0, this.numRows, this.numColumns, fontWeight(weight)),
    );
  }

  setWrap(isWrapEnabled: boolean): this {
    return this.fill('setWrap', (r0, c0) =>
      this.sheet.grid.wraps.fill(r0, c0, this.numRows, this.numColumns, isWrapEnabled),
    );
  }

  setHorizontalAlignment(alignment: string | null): this {
    const value =
      alignment === null || alignment === undefined ? DEFAULTS.horizontalAlignment : alignment.toLowerCase();
    return this.fill('setHorizontalAlignment', (r0, c0) =>
      this.sheet.grid.horizontalAlignments.fill(r0, c0, this.numRows, this.numColumns, value),
    );
  }

  setBackground(color: string | null): this {
    return this.fill('setBackground', (r0, c0) =>
      this.sheet.grid.backgrounds.fill(r0, c0, this.numRows, this.numColumns, normaliseColor(color)),
    );
  }

  setDataValidation(rule: DataValidationApi | null): this {
    return this.fill('setDataValidation', (r0, c0) =>
      this.sheet.grid.validations.fill(r0, c0, this.numRows, this.numColumns, rule ?? null),
    );
  }

  /** Keeps the top-left value only, as Apps Script does; merging across part of an existing merge throws. */
  merge(): this {
    return this.fill('merge', () => this.sheet.merges.merge(this));
  }

  breakApart(): this {
    return this.fill('breakApart', () => this.sheet.merges.breakApart(this));
  }

  /** Contents and formats; notes, data validations and merges stay. */
  clear(): this {
    return this.fill('clear', (r0, c0) => this.sheet.grid.clear(r0, c0, this.numRows, this.numColumns));
  }

  getRow(): number {
    this.count('getRow');
    return this.row;
  }

  getColumn(): number {
    this.count('getColumn');
    return this.column;
  }

  getNumRows(): number {
    this.count('getNumRows');
    return this.numRows;
  }

  getNumColumns(): number {
    this.count('getNumColumns');
    return this.numColumns;
  }

  getA1Notation(): string {
    this.count('getA1Notation');
    return a1Notation(this);
  }

  getSheet(): RangeSheet {
    this.count('getSheet');
    return this.sheet;
  }

  protect(): TwinProtection {
    this.count('protect');
    return this.sheet.protections.add(this);
  }

  /** twin-only, uncounted: "Sheet name!A1:B2" */
  qualifiedA1(): string {
    return `${this.sheet.name}!${a1Notation(this)}`;
  }
}

function fontWeight(w: string | null | undefined): string {
  return w === null || w === undefined ? DEFAULTS.fontWeight : String(w).toLowerCase();
}
