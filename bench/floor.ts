// Bench floor: a bare pass over the same rows that reads every cell and normalises its text, nothing else. Each
// section prints its time beside this floor's, so a ratio compares across runs on a noisy shared host.

import type { CellValue } from '../src/core/cell';
import { normaliseText } from '../src/core/normalise/text';

/** Reads every cell of every row; returns the total text length so the engine cannot drop the work. */
export function floorPass(rows: readonly (readonly CellValue[])[]): number {
  let length = 0;
  for (const row of rows) {
    for (const cell of row) {
      if (typeof cell === 'string') length += normaliseText(cell).length;
      else if (typeof cell === 'number') length += 1;
    }
  }
  return length;
}

/** The fastest of three floor passes, in milliseconds: one pass alone moved by a quarter between runs. */
export function floorMs(rows: readonly (readonly CellValue[])[]): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < 3; pass++) {
    const start = process.hrtime.bigint();
    floorPass(rows);
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return fastest;
}

/** "1,234 ms = 3.21 × floor" */
export function againstFloor(ms: number, floor: number): string {
  return `${ms.toFixed(0)} ms = ${(ms / floor).toFixed(2)} × floor (${floor.toFixed(0)} ms)`;
}
