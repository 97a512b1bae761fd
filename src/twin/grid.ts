// The cells of one sheet: a layer per property (value, formula text, background, note, number format, font weight,
// wrap, horizontal alignment, data validation) and the extent of the content. Indexes are 0-based.

import type { DataValidationApi } from '../addon/adapter/services';
import type { Cell } from './cells';
import { Layer } from './layer';

export const DEFAULTS = {
  value: '' as Cell,
  formula: '',
  background: '#ffffff',
  note: '',
  numberFormat: 'General',
  fontWeight: 'normal',
  wrap: false,
  horizontalAlignment: 'general',
} as const;

export class Grid {
  /** what getValues gives: the typed value, or a formula's computed value */
  readonly values = new Layer<Cell>(DEFAULTS.value);
  /** formula text ('' for plain cells) */
  readonly formulas = new Layer<string>(DEFAULTS.formula);
  readonly backgrounds = new Layer<string>(DEFAULTS.background);
  readonly notes = new Layer<string>(DEFAULTS.note);
  readonly numberFormats = new Layer<string>(DEFAULTS.numberFormat);
  readonly fontWeights = new Layer<string>(DEFAULTS.fontWeight);
  readonly wraps = new Layer<boolean>(DEFAULTS.wrap);
  readonly horizontalAlignments = new Layer<string>(DEFAULTS.horizontalAlignment);
  readonly validations = new Layer<DataValidationApi | null>(null);

  private layers(): Layer<unknown>[] {
    return [
      this.values,
      this.formulas,
      this.backgrounds,
      this.notes,
      this.numberFormats,
      this.fontWeights,
      this.wraps,
      this.horizontalAlignments,
      this.validations,
    ];
  }

  private formatLayers(): Layer<unknown>[] {
    return [this.backgrounds, this.numberFormats, this.fontWeights, this.wraps, this.horizontalAlignments];
  }

  /** 1-based number of the last row holding a value or a formula (0 when none). */
  lastRow(): number {
    return Math.max(lastRowOf(this.values, ''), lastRowOf(this.formulas, ''));
  }

  /** 1-based number of the last column holding a value or a formula (0 when none). */
  lastColumn(): number {
    return Math.max(lastColumnOf(this.values, ''), lastColumnOf(this.formulas, ''));
  }

  clearContent(r0: number, c0: number, nr: number, nc: number): void {
    this.values.fill(r0, c0, nr, nc, DEFAULTS.value);
    this.formulas.fill(r0, c0, nr, nc, DEFAULTS.formula);
  }

  /** Range.clear(): contents and formats; notes and data validations stay, as in Apps Script. */
  clear(r0: number, c0: number, nr: number, nc: number): void {
    this.clearContent(r0, c0, nr, nc);
    for (const layer of this.formatLayers()) layer.fill(r0, c0, nr, nc, layer.blank);
  }

  /** Sheet.clear(): every value, formula and format. */
  clearSheet(): void {
    this.values.clearAll();
    this.formulas.clearAll();
    for (const layer of this.formatLayers()) layer.clearAll();
  }

  insertRows(at: number, n: number): void {
    for (const layer of this.layers()) layer.insertRows(at, n);
  }
}

function lastRowOf<T>(layer: Layer<T>, empty: T): number {
  for (let r = layer.rows.length - 1; r >= 0; r--) {
    const row = layer.rows[r];
    if (row === undefined) continue;
    for (let c = row.length - 1; c >= 0; c--) if (row[c] !== empty) return r + 1;
  }
  return 0;
}

function lastColumnOf<T>(layer: Layer<T>, empty: T): number {
  let last = 0;
  for (const row of layer.rows) {
    if (row === undefined || row.length <= last) continue;
    for (let c = row.length - 1; c >= last; c--) {
      if (row[c] !== empty) {
        last = c + 1;
        break;
      }
    }
  }
  return last;
}
