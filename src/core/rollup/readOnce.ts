// What a province's several sheets repeat of each other, so a roll-up reads the same content once: a sheet whose rows are
// those of an earlier sheet (the same file given twice, or a copy) is left out whole, and a row an earlier sheet already
// holds (files that overlap) is left out of the later sheet. Sheets are told apart by their content, never by their name.

import { rowHash, sameRow } from '../validate/duplicateRows';
import type { EntryTable } from '../validate/entryTable';
import type { SheetValidation } from '../validate/types';

export interface ReadOnce {
  /** by sheet: the earlier sheet whose content it is (so it is left out whole), or null */
  readonly sameAs: readonly (number | null)[];
  /** by sheet: its rows an earlier sheet already holds (1: left out), or null when none */
  readonly skip: readonly (Uint8Array | null)[];
  /** sheet `sheet` has `rows` rows that sheet `earlier` holds too (each counted once), in sheet order */
  readonly overlaps: readonly SheetOverlap[];
}

export interface SheetOverlap {
  readonly sheet: number;
  readonly earlier: number;
  readonly rows: number;
}

/** Finds the sheets and rows that repeat earlier ones; a single sheet repeats nothing and costs nothing. */
export function readOnce(sheets: readonly SheetValidation[]): ReadOnce {
  const sameAs: (number | null)[] = sheets.map(() => null);
  const skip: (Uint8Array | null)[] = sheets.map(() => null);
  const overlaps: SheetOverlap[] = [];
  if (sheets.length < 2) return { sameAs, skip, overlaps };
  const byNumber = sheets.every((s) => s.linkNumbers === sheets[0].linkNumbers);
  const fingerprints = sheets.map((s) => fingerprint(s.table, byNumber));
  for (let s = 1; s < sheets.length; s++) {
    for (let e = 0; e < s && sameAs[s] === null; e++) {
      if (sameAs[e] === null && fingerprints[e] === fingerprints[s] && sameContent(sheets[e], sheets[s])) sameAs[s] = e;
    }
  }
  // the countable rows of the sheets read so far, by hash
  const held = new Map<number, { readonly sheet: number; readonly row: number }[]>();
  for (let s = 0; s < sheets.length; s++) {
    if (sameAs[s] !== null) continue;
    const t = sheets[s].table;
    const counts = new Map<number, number>();
    const mine: { hash: number; row: number }[] = [];
    for (const row of t.rows()) {
      const i = row.index;
      // a row that repeats one of its own sheet is already left out, and its first is the one to look for
      if (!row.countable || row.repeatsEarlierRow) continue;
      const hash = rowHash(row, byNumber);
      const found = held.get(hash)?.find((h) => sameRow(sheets[h.sheet].table.row(h.row), row));
      if (found === undefined) {
        mine.push({ hash, row: i });
        continue;
      }
      const skipped = skip[s] ?? new Uint8Array(t.size);
      skipped[i] = 1;
      skip[s] = skipped;
      counts.set(found.sheet, (counts.get(found.sheet) ?? 0) + 1);
    }
    for (const { hash, row } of mine) {
      const list = held.get(hash);
      if (list) list.push({ sheet: s, row });
      else held.set(hash, [{ sheet: s, row }]);
    }
    for (const [earlier, rows] of [...counts].sort((a, b) => a[0] - b[0])) overlaps.push({ sheet: s, earlier, rows });
  }
  return { sameAs, skip, overlaps };
}

/** A hash of every row the check read, in order (row numbers aside: a blank line more does not make other content). */
function fingerprint(t: EntryTable, byNumber: boolean): number {
  let h = Math.imul(0x811c9dc5 ^ t.size, 0x01000193);
  for (const row of t.rows()) h = Math.imul(h ^ rowHash(row, byNumber) ^ statusHash(row.status), 0x01000193);
  return h;
}

function statusHash(status: string): number {
  return status.length * 31 + status.charCodeAt(0);
}

/** The same rows in the same order, each with the same status, typed names and problems: one report read twice. */
function sameContent(a: SheetValidation, b: SheetValidation): boolean {
  const ta = a.table;
  const tb = b.table;
  if (ta.size !== tb.size || a.problems.length !== b.problems.length) return false;
  const ra = ta.row(0);
  const rb = tb.row(0);
  for (let i = 0; i < ta.size; i++) {
    ra.index = rb.index = i;
    if (ra.status !== rb.status || ra.lao !== rb.lao || ra.district !== rb.district || !sameRow(ra, rb)) return false;
  }
  return a.problems.every(
    (p, k) => p.code === b.problems[k].code && p.value === b.problems[k].value && p.column === b.problems[k].column,
  );
}
