// A twin-only, uncounted look at a block of cells, for assertions: values, formula text and every format.

import type { DataValidationApi } from '../addon/adapter/services';
import { a1Notation, type Rect } from './a1';
import type { Cell } from './cells';
import type { Grid } from './grid';
import type { Layer } from './layer';

export class CellsView {
  constructor(
    private readonly grid: Grid,
    readonly rect: Rect,
  ) {}

  private of<T>(layer: Layer<T>, copy?: (v: T) => T): T[][] {
    return layer.read(this.rect.row - 1, this.rect.column - 1, this.rect.numRows, this.rect.numColumns, copy);
  }

  get a1(): string {
    return a1Notation(this.rect);
  }

  /** what getValues would give (formula cells show their computed value) */
  get values(): Cell[][] {
    return this.of(this.grid.values, (v) => (typeof v === 'object' ? new Date(v.getTime()) : v));
  }

  /** formula text, '' for plain cells */
  get formulas(): string[][] {
    return this.of(this.grid.formulas);
  }

  get backgrounds(): string[][] {
    return this.of(this.grid.backgrounds);
  }

  get notes(): string[][] {
    return this.of(this.grid.notes);
  }

  get numberFormats(): string[][] {
    return this.of(this.grid.numberFormats);
  }

  get fontWeights(): string[][] {
    return this.of(this.grid.fontWeights);
  }

  get wraps(): boolean[][] {
    return this.of(this.grid.wraps);
  }

  get horizontalAlignments(): string[][] {
    return this.of(this.grid.horizontalAlignments);
  }

  get validations(): (DataValidationApi | null)[][] {
    return this.of(this.grid.validations);
  }
}
