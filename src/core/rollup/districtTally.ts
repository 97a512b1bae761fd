// Counts one province's checked rows into its districts: entries, rows with problems, undated rows, summed figures and
// distinct links, each link counted by its number in one numbering where it is first seen.

import { compareDate } from '../normalise/dates';
import { PLATFORMS, type Platform, platformCode } from '../normalise/links';
import type { EntryTable, TableRow } from '../validate/entryTable';
import type { LinkNumbering } from '../validate/linkNumbering';
import type { CalendarDay } from '../validate/validateSheet';
import type { Group } from './types';

/** A district as the count sees it: its group, its counts and figures, written into the group once the rows are counted. */
export interface Place {
  readonly group: Group;
  readonly index: number;
  entries: number;
  rowsWithErrors: number;
  rowsWithWarnings: number;
  undated: number;
  rowsReturned: number;
  rowsPending: number;
  rowsWithoutSubmissionTime: number;
  /** by metric, in the order the tally was given: money in satang, beyond the small integers an ordinary array holds */
  readonly sums: Float64Array;
  /** distinct links by platform, in PLATFORMS order */
  readonly links: Int32Array;
}

/** The district group of a row: by the registry's district code of its อปท., else by the district it names. */
export type DistrictOf = (code: string | undefined, typed: string | null) => Group;

/** A sheet to count: its rows, the rows an earlier sheet holds (left out), and its link numbers in the tally's numbering. */
export interface TallySheet {
  readonly table: EntryTable;
  readonly skip: Uint8Array | null;
  readonly numberOf: (id: number) => number;
}

export interface TallyOptions {
  readonly metricKeys: readonly string[];
  readonly range: { readonly start: CalendarDay; readonly end: CalendarDay } | null;
  readonly districtOf: DistrictOf;
  /** told of every counted row (not a repeat, an error or out of the period), once its figures are added */
  readonly onCounted?: (row: TableRow, place: Place) => void;
  /** count approved rows only: pending ones are left out (and counted as rowsPending either way) */
  readonly approvedOnly?: boolean;
}

export class DistrictTally {
  readonly places: Place[] = [];
  /** each อปท.'s district: the one of its first counted row */
  readonly laoDistrict = new Map<string, Group>();
  /** each อปท.'s earliest submission time among its counted rows (ms since 1970, UTC); absent when none has one */
  readonly laoFirstSubmitted = new Map<string, number>();
  /** the distinct links counted, in the order first counted: their numbers and platforms */
  readonly linkIds: Int32Array;
  readonly linkPlatforms: Platform[];
  linkCount = 0;
  /** distinct links of the whole province, by platform */
  readonly provinceLinks = new Int32Array(PLATFORMS.length);
  // rows name their district the same way again and again: each spelling's place is remembered
  private readonly bySpelling = new Map<string, Place>();
  private readonly placeOf = new Map<Group, Place>();
  /** by link number − lowest: the place where the link was first counted, + 1 (0: not yet seen) */
  private readonly firstPlace: Int32Array;
  private readonly lowest: number;
  /** a link counted under more than one district: the places after its first */
  private readonly laterPlaces = new Map<number, Place[]>();

  constructor(
    private readonly options: TallyOptions,
    sheets: readonly TallySheet[],
  ) {
    const { lowest, highest, count } = numberRange(sheets);
    this.lowest = lowest;
    this.firstPlace = new Int32Array(Math.max(0, highest - lowest + 1));
    // at most every link of the sheets: made at that length, then cut to the links counted
    this.linkIds = new Int32Array(count);
    this.linkPlatforms = new Array<Platform>(count);
    for (const sheet of sheets) this.addSheet(sheet);
    this.linkPlatforms.length = this.linkCount;
  }

  private addSheet(sheet: TallySheet): void {
    const { table, skip, numberOf } = sheet;
    // each metric's place among the table's figures (-1: the sheet lacks the column)
    const figures = this.options.metricKeys.map((key) => table.figureKeys.indexOf(key));
    for (const row of table.rows()) {
      const place = this.addRow(row, skip !== null && skip[row.index] === 1, figures);
      if (place === null) continue;
      for (let k = 0, links = row.linkCount; k < links; k++)
        this.addLink(numberOf(row.linkNumber(k)), row.linkPlatform(k), place);
    }
  }

  /** Counts a row where it belongs; returns its place when its figures and links count (else null). */
  private addRow(row: TableRow, heldEarlier: boolean, figures: readonly number[]): Place | null {
    const status = row.status;
    if (status === 'not-reported') return null;
    const range = this.options.range;
    const date = row.date;
    const inPeriod =
      !range || (date !== null && compareDate(range.start, date) <= 0 && compareDate(date, range.end) <= 0);
    const identity = row.identity;
    const place = this.placeFor(identity?.lao?.districtCode, row.district);
    // counted once: an exact repeat of an earlier row of its sheet, or a row an earlier sheet holds (see readOnce)
    const repeat = row.repeatsEarlierRow || heldEarlier;
    if (status === 'error') {
      // an error row whose date cannot place it is counted wherever a period is asked, so it is not hidden
      if (!range || date === null || inPeriod) {
        place.rowsWithErrors++;
        if (row.warned) place.rowsWithWarnings++;
        if (row.review === 'returned' && !repeat) place.rowsReturned++;
      }
      return null;
    }
    if (range && date === null) {
      if (!repeat) place.undated++;
      return null;
    }
    if (!inPeriod || !this.reviewed(row, repeat, place)) return null;
    // a repeat's warnings are its sheet's, listed with the sheet's problems: only they are counted
    if (row.warned) place.rowsWithWarnings++;
    if (repeat) return null;
    place.entries++;
    if (identity) this.addOwner(identity.key, place.group, row.submittedAt);
    if (row.submittedAt === null) place.rowsWithoutSubmissionTime++;
    for (let m = 0; m < figures.length; m++) {
      const v = figures[m] < 0 ? null : row.figureAt(figures[m]);
      if (v !== null) place.sums[m] += v;
    }
    this.options.onCounted?.(row, place);
    return place;
  }

  /** Whether a row in the period counts as reviewed: a returned row never does, a pending one unless approvedOnly. */
  private reviewed(row: TableRow, repeat: boolean, place: Place): boolean {
    const review = row.review;
    if (review === 'approved') return true;
    if (review === 'returned') {
      if (!repeat) place.rowsReturned++;
      return false;
    }
    if (!repeat) place.rowsPending++;
    return this.options.approvedOnly !== true;
  }

  /** The อปท. of a counted row: its district (of its first row) and its earliest submission time. */
  private addOwner(key: string, group: Group, submittedAt: number | null): void {
    if (!this.laoDistrict.has(key)) this.laoDistrict.set(key, group);
    if (submittedAt === null) return;
    const first = this.laoFirstSubmitted.get(key);
    if (first === undefined || submittedAt < first) this.laoFirstSubmitted.set(key, submittedAt);
  }

  private addLink(id: number, platform: Platform, place: Place): void {
    const p = platformCode(platform);
    const first = this.firstPlace[id - this.lowest] - 1;
    if (first < 0) {
      this.firstPlace[id - this.lowest] = place.index + 1;
      this.linkIds[this.linkCount] = id;
      this.linkPlatforms[this.linkCount++] = platform;
      place.links[p]++;
      this.provinceLinks[p]++;
    } else if (first !== place.index) {
      // the same post under a second district: counted once more, for that district only (rare)
      const later = this.laterPlaces.get(id) ?? [];
      if (!later.includes(place)) {
        later.push(place);
        this.laterPlaces.set(id, later);
        place.links[p]++;
      }
    }
  }

  private placeFor(code: string | undefined, typed: string | null): Place {
    const spelling = code ?? `?${typed ?? ''}`;
    let place = this.bySpelling.get(spelling);
    if (!place) {
      const group = this.options.districtOf(code, typed);
      place = this.placeOf.get(group) ?? this.newPlace(group);
      this.bySpelling.set(spelling, place);
    }
    return place;
  }

  private newPlace(group: Group): Place {
    const place: Place = {
      group,
      index: this.places.length,
      entries: 0,
      rowsWithErrors: 0,
      rowsWithWarnings: 0,
      undated: 0,
      rowsReturned: 0,
      rowsPending: 0,
      rowsWithoutSubmissionTime: 0,
      sums: new Float64Array(this.options.metricKeys.length),
      links: new Int32Array(PLATFORMS.length),
    };
    this.places.push(place);
    this.placeOf.set(group, place);
    return place;
  }
}

/**
 * The lowest and highest link numbers of the sheets, and how many links they have: a province's links are mostly
 * numbered together, so where each was first seen fits an array over that range.
 */
function numberRange(sheets: readonly TallySheet[]): { lowest: number; highest: number; count: number } {
  let lowest = Infinity;
  let highest = -1;
  let count = 0;
  for (const { table, numberOf } of sheets) {
    count += table.linkCount;
    for (const row of table.rows()) {
      for (let k = 0; k < row.linkCount; k++) {
        const id = numberOf(row.linkNumber(k));
        if (id < lowest) lowest = id;
        if (id > highest) highest = id;
      }
    }
  }
  return { lowest: highest < 0 ? 0 : lowest, highest, count };
}

/**
 * A sheet's link numbers in `numbering`: its own when it was checked with that numbering, else the numbers of its
 * links' canonical texts.
 */
export function numbersIn(numbering: LinkNumbering, table: EntryTable): (id: number) => number {
  if (table.linkNumbers === numbering) return (id) => id;
  const ids = new Set<number>();
  for (const row of table.rows()) for (let k = 0; k < row.linkCount; k++) ids.add(row.linkNumber(k));
  const own = [...ids];
  const renumbered = numbering.numberTexts(own.map((id) => table.linkNumbers.canonical(id)));
  const byOwn = new Map(own.map((id, j) => [id, renumbered[j]] as const));
  return (id) => byOwn.get(id) as number;
}
