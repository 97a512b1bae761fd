// Twin-only, uncounted: cells placed on a grid as if a person had typed them (Workbook.addSheet, TwinSheet.seed).

import { type Cell, formulaValue, fromSeed, isFormula } from './cells';
import type { Grid } from './grid';

/** A cell given to seed/addSheet: a value, '=…' formula text, or a formula with the value it should show. */
export type SeedCell = Cell | null | undefined | { readonly formula: string; readonly value: Cell };

/**
 * Writes `rows` from (row, column), 1-based: values as given (no text parsing), '=…' text as a formula, `{ formula, value }`
 * as a formula showing `value`. The caller makes sure the block fits its sheet.
 */
export function seedCells(grid: Grid, row: number, column: number, rows: readonly (readonly SeedCell[])[]): void {
  const { values, formulas } = grid;
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
}
