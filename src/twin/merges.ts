// The merged blocks of one sheet: Range.merge and breakApart as Apps Script does them, the cells a merge empties,
// and the blocks moving with inserted rows (uncounted; the range makes the counted calls).

import { contains, overlaps, type Rect, shiftForInsertedRows } from './a1';
import { fail, MESSAGES } from './errors';
import type { Grid } from './grid';

export class SheetMerges {
  /** in the order they were made */
  readonly blocks: Rect[] = [];

  constructor(private readonly grid: Grid) {}

  /** Replaces the merges inside `r` by `r` (one cell is no merge), keeping the top-left value only; throws across a merge. */
  merge(r: Rect): void {
    this.breakApart(r);
    if (r.numRows === 1 && r.numColumns === 1) return;
    this.blocks.push({ row: r.row, column: r.column, numRows: r.numRows, numColumns: r.numColumns });
    this.keepTopLeftOnly(r);
  }

  /** Drops the merges inside `r`; merging or breaking apart across part of an existing merge throws. */
  breakApart(r: Rect): void {
    for (const m of this.blocks) if (overlaps(m, r) && !contains(r, m)) fail(MESSAGES.partialMerge);
    const kept = this.blocks.filter((m) => !overlaps(m, r));
    this.blocks.length = 0;
    this.blocks.push(...kept);
  }

  /** Empties every merged cell but the top-left one, in the merges touching `r`. */
  keepTopLeftOnly(r: Rect): void {
    for (const m of this.blocks) {
      if (!overlaps(m, r)) continue;
      const r0 = m.row - 1;
      const c0 = m.column - 1;
      if (m.numColumns > 1) this.grid.clearContent(r0, c0 + 1, 1, m.numColumns - 1);
      if (m.numRows > 1) this.grid.clearContent(r0 + 1, c0, m.numRows - 1, m.numColumns);
    }
  }

  insertRows(afterPosition: number, howMany: number): void {
    const moved = this.blocks.map((m) => shiftForInsertedRows(m, afterPosition, howMany));
    this.blocks.splice(0, this.blocks.length, ...moved);
  }
}
