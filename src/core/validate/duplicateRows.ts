// The one definition of an exact duplicate row, used by a sheet's check and by a province's roll-up of several sheets: the
// same อปท. (as matched), date, set of canonical links, figures and other text columns (product, note). It counts once.

import type { EntryTable, TableRow } from './entryTable';
import type { RepeatedLink } from './repeatedLinks';

const FNV = 0x811c9dc5 | 0;
const PRIME = 0x01000193;
const TWO_32 = 4294967296;

function mix(h: number, v: number): number {
  return Math.imul(h ^ v, PRIME);
}

/** A figure (up to 2^53: money in satang) into the hash, both halves; blank as −1. */
function mixFigure(h: number, v: number | null): number {
  if (v === null) return mix(h, -1);
  return mix(mix(h, (v % TWO_32) | 0), (v / TWO_32) | 0);
}

/**
 * A hash of what `sameRow` compares (cheap parts only: equal rows hash alike, unequal ones mostly not). `byNumber`: the
 * rows compared share one link numbering, so link numbers can be hashed; otherwise only whether there are links.
 */
export function rowHash(row: TableRow, byNumber: boolean): number {
  const key = row.identity?.key ?? '';
  let h = mix(mix(FNV, key.length), key.charCodeAt(key.length - 1) | 0);
  const d = row.date;
  h = mix(h, d === null ? -1 : d.year * 416 + d.month * 32 + (d.day ?? 0));
  for (let k = 0; k < row.table.figureKeys.length; k++) h = mixFigure(h, row.figureAt(k));
  for (const text of row.table.textKeys) h = mix(h, row.text(text)?.length ?? -1);
  const links = row.linkCount;
  if (!byNumber || links === 0) return mix(h, links === 0 ? 0 : 1);
  // the least and greatest numbers: the same for every way of writing one set of links (order, repeats)
  let low = row.linkNumber(0);
  let high = low;
  for (let k = 1; k < links; k++) {
    const id = row.linkNumber(k);
    if (id < low) low = id;
    else if (id > high) high = id;
  }
  return mix(mix(h, low), high);
}

/**
 * Whether two rows (of one table or two) are the same report: อปท. (and, without a registry match, the typed district,
 * which places it), date, set of canonical links, every figure and every other text column (a column a sheet lacks is
 * blank).
 */
export function sameRow(a: TableRow, b: TableRow): boolean {
  const ia = a.identity;
  if ((ia?.key ?? null) !== (b.identity?.key ?? null) || (!ia?.lao && a.district !== b.district)) return false;
  const da = a.date;
  const db = b.date;
  if (da !== db && (da === null || db === null || da.year !== db.year || da.month !== db.month || da.day !== db.day))
    return false;
  for (const key of new Set([...a.table.figureKeys, ...b.table.figureKeys]))
    if (a.figure(key) !== b.figure(key)) return false;
  for (const key of new Set([...a.table.textKeys, ...b.table.textKeys])) if (a.text(key) !== b.text(key)) return false;
  const byNumber = a.table.linkNumbers === b.table.linkNumbers;
  return linkSet(a, byNumber) === linkSet(b, byNumber);
}

/** A row's distinct links, in one text: by number when compared within one numbering, else by canonical text. */
function linkSet(row: TableRow, byNumber: boolean): string {
  const keys = new Set<string>();
  for (let k = 0; k < row.linkCount; k++) {
    const id = row.linkNumber(k);
    keys.add(byNumber ? String(id) : row.table.linkNumbers.canonical(id));
  }
  return [...keys].sort().join(' ');
}

/** A row of a sheet that repeats an earlier row of the same sheet exactly, and that earlier row (the first of them). */
export interface DuplicateRow {
  readonly entry: number;
  readonly first: number;
}

/**
 * The exact duplicates among a sheet's rows, once its links are numbered and its repeated links found. A row with a link
 * new to the sheet cannot repeat an earlier row, so only rows whose every link is a repeat (or that have none) are looked
 * up: in most sheets there are none, and the rows are not hashed at all.
 */
export function duplicateRows(t: EntryTable, repeats: readonly RepeatedLink[]): DuplicateRow[] {
  const candidates: number[] = [];
  let r = 0;
  for (const row of t.rows()) {
    const i = row.index;
    let repeated = 0;
    for (; r < repeats.length && repeats[r].entry === i; r++) if (repeats[r].first !== i) repeated++;
    if (repeated === row.linkCount && row.countable) candidates.push(i);
  }
  if (candidates.length === 0) return [];
  const wanted = new Set(candidates.map((c) => rowHash(t.row(c), true)));
  // countable rows so far whose hash a candidate has, by hash: the rows a later candidate may repeat
  const earlier = new Map<number, number[]>();
  const found: DuplicateRow[] = [];
  const last = candidates[candidates.length - 1];
  const row = t.row(0);
  const other = t.row(0);
  for (let i = 0, next = 0; i <= last; i++) {
    row.index = i;
    if (!row.countable) continue;
    const h = rowHash(row, true);
    if (!wanted.has(h)) continue;
    const rows = earlier.get(h);
    if (candidates[next] === i) {
      next++;
      const first = rows?.find((j) => sameRow(other.at(j), row));
      if (first !== undefined) {
        found.push({ entry: i, first });
        continue;
      }
    }
    if (rows) rows.push(i);
    else earlier.set(h, [i]);
  }
  return found;
}
