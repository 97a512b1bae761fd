// The one definition of an exact duplicate row, used by a sheet's check and by a province's roll-up of several sheets: the
// same อปท. (as matched), date, set of canonical links, figures and other text columns (product, note). It counts once.

import { type EntryTable, ERROR, NOT_REPORTED } from './entryTable';
import type { RepeatedLink } from './repeatedLinks';

/** Whether a row counts in the figures, and so can repeat another: reported, without an error, with an อปท. */
export function countable(t: EntryTable, i: number): boolean {
  const s = t.status[i];
  return s !== ERROR && s !== NOT_REPORTED && t.identity[i] !== null;
}

const FNV = 0x811c9dc5 | 0;
const PRIME = 0x01000193;
const TWO_32 = 4294967296;

function mix(h: number, v: number): number {
  return Math.imul(h ^ v, PRIME);
}

/** A figure (up to 2^53: money in satang) into the hash, both halves; NaN (blank) as −1. */
function mixFigure(h: number, v: number): number {
  if (Number.isNaN(v)) return mix(h, -1);
  return mix(mix(h, (v % TWO_32) | 0), (v / TWO_32) | 0);
}

/**
 * A hash of what `sameRow` compares (cheap parts only: equal rows hash alike, unequal ones mostly not). `byNumber`: the
 * rows compared share one link numbering, so link numbers can be hashed; otherwise only whether there are links.
 */
export function rowHash(t: EntryTable, i: number, byNumber: boolean): number {
  const identity = t.identity[i];
  const key = identity?.key ?? '';
  let h = mix(mix(FNV, key.length), key.charCodeAt(key.length - 1) | 0);
  const d = t.date[i];
  h = mix(h, d === null ? -1 : d.year * 416 + d.month * 32 + (d.day ?? 0));
  for (const column of t.numbers) h = mixFigure(h, column[i]);
  for (const column of t.texts) h = mix(h, column?.[i]?.length ?? -1);
  const from = t.linkStart[i];
  const to = t.linkStart[i + 1];
  if (!byNumber || to === from) return mix(h, to - from === 0 ? 0 : 1);
  // the least and greatest numbers: the same for every way of writing one set of links (order, repeats)
  let low = t.linkId[from];
  let high = low;
  for (let l = from + 1; l < to; l++) {
    const id = t.linkId[l];
    if (id < low) low = id;
    else if (id > high) high = id;
  }
  return mix(mix(h, low), high);
}

/**
 * Whether row i of a and row j of b are the same report: อปท. (and, without a registry match, the typed district, which
 * places it), date, set of canonical links, every figure and every other text column (a column a sheet lacks is blank).
 */
export function sameRow(a: EntryTable, i: number, b: EntryTable, j: number): boolean {
  const ia = a.identity[i];
  const da = a.date[i];
  const db = b.date[j];
  if ((ia?.key ?? null) !== (b.identity[j]?.key ?? null) || (!ia?.lao && a.district[i] !== b.district[j])) return false;
  if (da !== db && (da === null || db === null || da.year !== db.year || da.month !== db.month || da.day !== db.day))
    return false;
  const figure = (t: EntryTable, key: string, r: number) => t.numbers[t.numberKeys.indexOf(key)]?.[r] ?? NaN;
  for (const key of new Set([...a.numberKeys, ...b.numberKeys])) {
    const x = figure(a, key, i);
    const y = figure(b, key, j);
    if (x !== y && !(Number.isNaN(x) && Number.isNaN(y))) return false;
  }
  const text = (t: EntryTable, key: string, r: number) => t.texts[t.textKeys.indexOf(key)]?.[r] ?? null;
  for (const key of new Set([...a.textKeys, ...b.textKeys])) if (text(a, key, i) !== text(b, key, j)) return false;
  const links = (t: EntryTable, r: number) => {
    const keys = new Set<string>();
    for (let l = t.linkStart[r]; l < t.linkStart[r + 1]; l++)
      keys.add(a.linkNumbers === b.linkNumbers ? String(t.linkId[l]) : t.linkNumbers.canonical(t.linkId[l]));
    return [...keys].sort().join(' ');
  };
  return links(a, i) === links(b, j);
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
  for (let i = 0; i < t.size; i++) {
    let repeated = 0;
    for (; r < repeats.length && repeats[r].entry === i; r++) if (repeats[r].first !== i) repeated++;
    if (repeated === t.linkStart[i + 1] - t.linkStart[i] && countable(t, i)) candidates.push(i);
  }
  if (candidates.length === 0) return [];
  const wanted = new Set(candidates.map((c) => rowHash(t, c, true)));
  // countable rows so far whose hash a candidate has, by hash: the rows a later candidate may repeat
  const earlier = new Map<number, number[]>();
  const found: DuplicateRow[] = [];
  const last = candidates[candidates.length - 1];
  for (let i = 0, next = 0; i <= last; i++) {
    if (!countable(t, i)) continue;
    const h = rowHash(t, i, true);
    if (!wanted.has(h)) continue;
    const rows = earlier.get(h);
    if (candidates[next] === i) {
      next++;
      const first = rows?.find((j) => sameRow(t, j, t, i));
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
