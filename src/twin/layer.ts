// One property of every cell of a sheet (values, formulas, backgrounds, …), stored as sparse row arrays with a
// default: no per-cell objects, untouched rows cost nothing, so 100,000 × 12 cells stay cheap. Indexes are 0-based.

export class Layer<T> {
  rows: (T[] | undefined)[] = [];

  constructor(readonly blank: T) {}

  get(r: number, c: number): T {
    const row = this.rows[r];
    return row !== undefined && c < row.length ? row[c] : this.blank;
  }

  /** The row array, created and padded with the default up to `width` cells. */
  row(r: number, width: number): T[] {
    let row = this.rows[r];
    if (row === undefined) {
      row = [];
      this.rows[r] = row;
    }
    while (row.length < width) row.push(this.blank);
    return row;
  }

  set(r: number, c: number, v: T): void {
    this.row(r, c + 1)[c] = v;
  }

  /** A fresh block; `copy` maps each stored value (e.g. to copy Dates). */
  read(r0: number, c0: number, nr: number, nc: number, copy?: (v: T) => T): T[][] {
    const out: T[][] = new Array(nr);
    for (let i = 0; i < nr; i++) {
      const src = this.rows[r0 + i];
      const line: T[] = new Array(nc);
      for (let j = 0; j < nc; j++) {
        const c = c0 + j;
        const v = src !== undefined && c < src.length ? src[c] : this.blank;
        line[j] = copy ? copy(v) : v;
      }
      out[i] = line;
    }
    return out;
  }

  /** Writes a block of the range's exact size; `map` turns each input into the stored value. */
  write<I>(r0: number, c0: number, block: readonly (readonly I[])[], map: (v: I) => T): void {
    for (let i = 0; i < block.length; i++) {
      const src = block[i];
      const row = this.row(r0 + i, c0 + src.length);
      for (let j = 0; j < src.length; j++) row[c0 + j] = map(src[j]);
    }
  }

  fill(r0: number, c0: number, nr: number, nc: number, v: T): void {
    const clearing = v === this.blank;
    for (let r = r0; r < r0 + nr; r++) {
      if (clearing) {
        const row = this.rows[r];
        if (row === undefined) continue;
        const end = Math.min(row.length, c0 + nc);
        for (let c = c0; c < end; c++) row[c] = v;
      } else {
        const row = this.row(r, c0 + nc);
        for (let c = c0; c < c0 + nc; c++) row[c] = v;
      }
    }
  }

  /** Inserts `n` default rows before row index `at`. */
  insertRows(at: number, n: number): void {
    if (at >= this.rows.length) return;
    this.rows = this.rows.slice(0, at).concat(new Array<T[] | undefined>(n), this.rows.slice(at));
  }

  clearAll(): void {
    this.rows = [];
  }

  /** Whether any cell differs from the default. */
  isTouched(): boolean {
    return this.rows.length > 0;
  }
}
