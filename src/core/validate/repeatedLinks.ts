// Finds the links a sheet reports more than once, once the sheet's links are numbered: each later appearance of a link
// is paired with the first entry that reported it. Only rows the totals count take part: a row with an error (one
// without an อปท. among them) neither owns a link nor repeats one, so no warning names a row that is not counted.

import type { EntryTable } from './entryTable';

export interface RepeatedLink {
  /** the entry reporting the link again, and the link's place among the entry's links */
  readonly entry: number;
  readonly link: number;
  /** the first entry that reported it: the same entry when a cell repeats its own link */
  readonly first: number;
}

/** `newFrom`: the first number given to this sheet's links; smaller numbers were given to earlier sheets of the run. */
export function repeatedLinks(table: EntryTable, newFrom: number): RepeatedLink[] {
  const repeats: RepeatedLink[] = [];
  // numbers new in this sheet are dense, so their first entries sit in an array (entry + 1; 0: not seen yet); links an
  // earlier sheet numbered are few in one sheet and sit in a map
  const firstOfNew = new Int32Array(Math.max(0, table.linkNumbers.size - newFrom));
  const firstOfOld = new Map<number, number>();
  for (const row of table.rows()) {
    if (row.status === 'error') continue;
    const i = row.index;
    for (let k = 0; k < row.linkCount; k++) {
      const id = row.linkNumber(k);
      const fresh = id - newFrom;
      const first = fresh >= 0 ? firstOfNew[fresh] - 1 : (firstOfOld.get(id) ?? -1);
      if (first >= 0) repeats.push({ entry: i, link: k, first });
      else if (fresh >= 0) firstOfNew[fresh] = i + 1;
      else firstOfOld.set(id, i);
    }
  }
  return repeats;
}
