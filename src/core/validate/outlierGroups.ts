// The groups outliers are sought in, made from a checked sheet: each owner's months, and the owners of one month.
// A month's value is the sum of the owner's counted rows in that month; each summed figure of the form is its own group.

import type { LaoIdentity } from './entry';
import type { EntryTable } from './entryTable';
import { type GroupStats, groupStats, isHighOutlier } from './outliers';

/** One owner's counted rows of one month, summed figure by figure. */
export interface OwnerMonth {
  /** its place in the list ownerMonths returns */
  readonly index: number;
  readonly owner: LaoIdentity;
  /** year × 12 + month − 1 */
  readonly month: number;
  /** by figure (the slots asked for, in that order): the sum of the month's rows */
  readonly sums: Float64Array;
  /** by figure: 1 when some row of the month has the figure (a month of blanks is not a value) */
  readonly seen: Uint8Array;
  /** by figure: the entry with the largest figure (the first of equals), where a warning about the month goes */
  readonly top: Int32Array;
  /** by figure: that entry's figure */
  readonly topValue: Float64Array;
  /** how many counted rows the month has */
  rows: number;
}

/** A summed figure of an owner's month that stands out against its owner's other months, its peers, or both. */
export interface OutlierFinding {
  readonly month: OwnerMonth;
  /** the figure, by its place among the slots */
  readonly figure: number;
  /** the entry warned of: the month's row with the largest figure */
  readonly entry: number;
  /** the owner's months, when the value stands out among them */
  readonly own: GroupStats | null;
  /** the month's owners, when the value stands out among them */
  readonly peers: GroupStats | null;
}

function newOwnerMonth(index: number, owner: LaoIdentity, month: number, figures: number): OwnerMonth {
  const top = new Int32Array(figures).fill(-1);
  const sums = new Float64Array(figures);
  return {
    index,
    owner,
    month,
    sums,
    seen: new Uint8Array(figures),
    top,
    topValue: new Float64Array(figures),
    rows: 0,
  };
}

/**
 * Every owner-month of the table's counted rows, in the order each first appears. Counted: reported, with an owner,
 * without an error and not an exact repeat of an earlier row; a row without a date is in no month. `slots`: the figures
 * (places in table.figureKeys) to sum.
 */
export function ownerMonths(table: EntryTable, slots: readonly number[]): OwnerMonth[] {
  const byOwner = new Map<string, Map<number, OwnerMonth>>();
  const found: OwnerMonth[] = [];
  const figures = slots.length;
  // rows of one owner often follow each other: its months are looked up once for them
  let owner: LaoIdentity | null = null;
  let months = new Map<number, OwnerMonth>();
  for (const row of table.rows()) {
    const date = row.date;
    if (date === null || row.repeatsEarlierRow || !row.countable) continue;
    const identity = row.identity as LaoIdentity; // a countable row has one
    if (identity !== owner) {
      owner = identity;
      const known = byOwner.get(identity.key);
      months = known ?? new Map();
      if (known === undefined) byOwner.set(identity.key, months);
    }
    const key = date.year * 12 + date.month - 1;
    let om = months.get(key);
    if (om === undefined) {
      om = newOwnerMonth(found.length, identity, key, figures);
      months.set(key, om);
      found.push(om);
    }
    om.rows++;
    for (let f = 0; f < figures; f++) {
      const v = row.figureAt(slots[f]);
      if (v === null) continue;
      om.sums[f] += v;
      if (om.seen[f] === 0 || v > om.topValue[f]) {
        om.top[f] = row.index;
        om.topValue[f] = v;
      }
      om.seen[f] = 1;
    }
  }
  return found;
}

/** The owner-months by a key (their owner, or their month), in the order the keys first appear. */
function groupedBy<K>(months: readonly OwnerMonth[], key: (om: OwnerMonth) => K): OwnerMonth[][] {
  const groups = new Map<K, OwnerMonth[]>();
  for (const om of months) {
    const k = key(om);
    const group = groups.get(k);
    if (group) group.push(om);
    else groups.set(k, [om]);
  }
  return [...groups.values()];
}

/**
 * Marks, in `into` (by owner-month index × figures + figure), the members of each group that stand out above it, and in
 * `judged` the members of every group large enough to judge them.
 */
function flagGroups(
  groups: readonly OwnerMonth[][],
  figures: number,
  threshold: number,
  into: (GroupStats | null)[],
  judged: Uint8Array,
): void {
  for (const group of groups) {
    for (let f = 0; f < figures; f++) {
      const members = group.filter((om) => om.seen[f] === 1);
      const stats = groupStats(members.map((om) => om.sums[f]));
      if (stats === null) continue;
      for (const om of members) {
        const i = om.index * figures + f;
        judged[i] = 1;
        if (isHighOutlier(om.sums[f], stats, threshold)) into[i] = stats;
      }
    }
  }
}

/**
 * The summed figures that stand out (see outliers.ts), each once even when both groups flag it, in the order of the
 * entries they are warned on and then of the figures. Groups: (a) each owner's months, (b) the owners of each month.
 * Its own months judge a value first: when they are enough to (six or more) and find it ordinary, its peers do not
 * flag it, since a large อปท. is above its peers every month and that is no typing mistake. The peers decide for an
 * owner with fewer months, and are named beside the own months when both find the value high.
 */
export function findOutliers(months: readonly OwnerMonth[], figures: number, threshold: number): OutlierFinding[] {
  const own: (GroupStats | null)[] = new Array(months.length * figures).fill(null);
  const peers: (GroupStats | null)[] = new Array(months.length * figures).fill(null);
  const ownJudged = new Uint8Array(months.length * figures);
  flagGroups(
    groupedBy(months, (om) => om.owner.key),
    figures,
    threshold,
    own,
    ownJudged,
  );
  flagGroups(
    groupedBy(months, (om) => om.month),
    figures,
    threshold,
    peers,
    new Uint8Array(months.length * figures),
  );
  const found: OutlierFinding[] = [];
  for (const om of months) {
    for (let f = 0; f < figures; f++) {
      const i = om.index * figures + f;
      const byPeers = ownJudged[i] === 1 && own[i] === null ? null : peers[i];
      if (own[i] !== null || byPeers !== null)
        found.push({ month: om, figure: f, entry: om.top[f], own: own[i], peers: byPeers });
    }
  }
  return found.sort((a, b) => a.entry - b.entry || a.figure - b.figure);
}
