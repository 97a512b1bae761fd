// Rolls one province's checked report sheets up by district: the unit national consolidation is made of.
// Its result is plain data (JSON-safe), so a consolidation can save it after each province and resume later.

import type { FormSpec } from '../form/types';
import { collateThai } from '../format/collate';
import type { Province } from '../geo/types';
import { compareDate } from '../normalise/dates';
import { PLATFORMS, type Platform } from '../normalise/links';
import { normaliseText } from '../normalise/text';
import { type Period, periodRange } from '../period/period';
import { districtKey } from '../registry/districtName';
import { laoDisplayName } from '../registry/laoTypes';
import type { RegistryIndex } from '../registry/match';
import { DUPLICATE, type EntryTable, ERROR, NOT_REPORTED, WARNED } from '../validate/entryTable';
import type { LinkNumbering } from '../validate/linkNumbering';
import type { SheetValidation } from '../validate/types';
import type { CalendarDay } from '../validate/validateSheet';
import { summedMetrics } from './metrics';
import { type ReadOnce, readOnce } from './readOnce';
import type { Group, Level, NonReporter } from './types';

/** Canonical link i is on platform[i]: two lists rather than a pair per link, since a province reports tens of thousands. */
export interface LinkList {
  readonly canonical: readonly string[];
  readonly platform: readonly Platform[];
}

export interface ProvinceResult {
  readonly province: Province;
  /** the province with its districts (in DOPA order when a registry covers it) */
  readonly group: Group;
  /** distinct canonical links reported in the province, with their platform */
  readonly links: LinkList;
  /**
   * The same links by number, and the numbering they come from, when every sheet was checked with one numbering:
   * combining provinces of one run then counts distinct links by number. Run-local: not enumerable, so JSON
   * checkpoints and comparisons never see them (a resumed run counts by text).
   */
  readonly linkIds?: Int32Array;
  readonly linkNumbers?: LinkNumbering;
  /** อปท. reported where the registry covers the province (0 without one): participation compares only these */
  readonly covered: number;
  readonly nonReporters: readonly NonReporter[];
  readonly problems: {
    readonly errors: number;
    readonly warnings: number;
    readonly byCode: Readonly<Record<string, number>>;
  };
}

const UNPLACED_DISTRICT = 'ไม่ระบุอำเภอ';
const DISTRICT_PREFIX = /^(?:อำเภอ|อ\s*\.)\s*/;

/** Districts without a registry: the capital district (อำเภอเมือง…) first, the rest in Thai order, rows without one last. */
function byThaiName(a: Group, b: Group): number {
  const rank = (g: Group) => (g.name === UNPLACED_DISTRICT ? 2 : g.name.startsWith('เมือง') ? 0 : 1);
  return rank(a) - rank(b) || collateThai(a.name, b.name);
}

export function newGroup(level: Level, key: string, name: string, code: string | null): Group {
  return {
    level,
    key,
    name,
    code,
    laosTotal: null,
    laosReported: 0,
    participation: null,
    entries: 0,
    links: 0,
    linksByPlatform: {},
    sums: {},
    rowsWithErrors: 0,
    rowsWithWarnings: 0,
    undated: 0,
    targets: {},
    achievement: {},
    hasReport: false,
    children: [],
  };
}

type RowCounts = Pick<Group, 'entries' | 'rowsWithErrors' | 'rowsWithWarnings' | 'undated'>;

/** Adds a part's counted rows to a larger group's (a district's to its province, a province's to its zone). */
export function addRowCounts(g: RowCounts, part: RowCounts): void {
  g.entries += part.entries;
  g.rowsWithErrors += part.rowsWithErrors;
  g.rowsWithWarnings += part.rowsWithWarnings;
  g.undated += part.undated;
}

export function percentOf(part: number, whole: number | null): number | null {
  return whole ? Math.round((part / whole) * 1000) / 10 : null;
}

/**
 * `once`: what the sheets repeat of each other (see readOnce), when the caller has found it already to tell people: a
 * sheet with the content of an earlier one is left out whole, a row an earlier sheet holds is left out of the later one.
 */
export function rollupProvince(
  form: FormSpec,
  province: Province,
  allSheets: readonly SheetValidation[],
  registry: RegistryIndex | null,
  period: Period | null,
  once: ReadOnce = readOnce(allSheets),
): ProvinceResult {
  const sheets = allSheets.filter((_, s) => once.sameAs[s] === null);
  const skips = once.skip.filter((_, s) => once.sameAs[s] === null);
  const metrics = summedMetrics(form);
  const reg = registry?.provinces.get(province.code);
  const pg = newGroup('province', province.code, province.nameTh, province.code);
  pg.hasReport = sheets.length > 0;
  const districts = new Map<string, Group>();
  if (reg) {
    pg.laosTotal = reg.laos.length;
    for (const d of reg.districts) {
      const dg = newGroup('district', d.code, d.name, d.code);
      dg.laosTotal = reg.laos.filter((l) => l.districtCode === d.code).length;
      districts.set(d.code, dg);
    }
  }
  // rows name their district the same way again and again: remember each spelling's place
  const bySpelling = new Map<string, Place>();
  const places: Place[] = [];
  const placeOf = new Map<Group, Place>();
  const districtOf = (code: string | undefined, typed: string | null): Place => {
    const spelling = code ?? `?${typed ?? ''}`;
    let place = bySpelling.get(spelling);
    if (!place) {
      const group = placeDistrict(code, typed);
      place = placeOf.get(group);
      if (!place) {
        place = {
          group,
          index: places.length,
          entries: 0,
          rowsWithErrors: 0,
          rowsWithWarnings: 0,
          undated: 0,
          sums: new Float64Array(metrics.length),
          links: new Int32Array(PLATFORMS.length),
        };
        places.push(place);
        placeOf.set(group, place);
      }
      bySpelling.set(spelling, place);
    }
    return place;
  };
  const placeDistrict = (code: string | undefined, typed: string | null): Group => {
    const key = code ?? (typed ? districtKey(typed, province.nameTh) : '');
    const existing =
      districts.get(key) ?? (reg && typed ? districts.get(reg.districtByKey.get(key)?.code ?? '') : undefined);
    if (existing) return existing;
    const name = typed ? normaliseText(typed).replace(DISTRICT_PREFIX, '') : UNPLACED_DISTRICT;
    const dg = newGroup('district', key === '' ? '?' : `?${key}`, name, null);
    districts.set(key, dg);
    return dg;
  };

  const byCode: Record<string, number> = {};
  let errors = 0;
  let warnings = 0;
  // one map operation per อปท. and per link: an อปท. belongs to one district; a link is counted where it is first seen
  const laoDistrict = new Map<string, Group>();
  // links are told apart by number when every sheet shares one numbering (the usual case), else by their text
  const numbering =
    sheets.length > 0 && sheets.every((sh) => sh.linkNumbers === sheets[0].linkNumbers)
      ? sheets[0].linkNumbers
      : undefined;
  const firstPlace = numbering ? firstPlacesByNumber(sheets) : firstPlacesByText();
  // at most every link of the sheets: lists made at that length and cut to the links counted, rather than grown by push
  let bound = 0;
  for (const sheet of sheets) bound += sheet.table.linkCount;
  const tally: Tally = {
    districtOf,
    range: period ? periodRange(period) : null,
    byNumber: numbering !== undefined,
    laoDistrict,
    firstPlace,
    linkMore: new Map(),
    // by number, a link's text is made only if someone reads it (see linksByNumber)
    links: { canonical: numbering ? [] : new Array<string>(bound), platform: new Array<Platform>(bound) },
    linkIds: new Int32Array(bound),
    linkCount: 0,
    provinceLinks: new Int32Array(PLATFORMS.length),
  };
  for (const [s, sheet] of sheets.entries()) {
    for (const problem of sheet.problems) {
      byCode[problem.code] = (byCode[problem.code] ?? 0) + 1;
      if (problem.severity === 'error') errors++;
      else warnings++;
    }
    const t = sheet.table;
    // the sheet's column of each summed metric (null when the sheet lacks it)
    const sums = metrics.map((m) => t.numbers[t.numberKeys.indexOf(m.key)] ?? null);
    tallyRows(t, sums, tally, skips[s]);
  }
  const { links, linkIds, linkCount, provinceLinks } = tally;
  for (const place of places) {
    const g = place.group;
    addRowCounts(g, place);
    for (const [i, m] of metrics.entries()) g.sums[m.key] = place.sums[i];
    addLinkCounts(g, place.links);
  }
  addLinkCounts(pg, provinceLinks);

  const laosIn = new Map<Group, number>();
  for (const g of laoDistrict.values()) laosIn.set(g, (laosIn.get(g) ?? 0) + 1);

  // the registry's districts in DOPA order, then the rest by key; without a registry อำเภอเมือง first (as DOPA numbers it),
  // then in Thai order: the same order whatever order the rows came in
  const placed = [...districts.values()];
  const byKey = (a: Group, b: Group) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  pg.children = reg
    ? [...placed.filter((d) => d.code !== null), ...placed.filter((d) => d.code === null).sort(byKey)]
    : placed.sort(byThaiName);
  for (const dg of pg.children) {
    dg.laosReported = laosIn.get(dg) ?? 0;
    for (const m of metrics) dg.sums[m.key] ??= 0;
    dg.participation = percentOf(dg.laosReported, dg.laosTotal);
    dg.hasReport = pg.hasReport;
    addRowCounts(pg, dg);
    for (const [k, v] of Object.entries(dg.sums)) pg.sums[k] = (pg.sums[k] ?? 0) + v;
  }
  for (const m of metrics) pg.sums[m.key] ??= 0;
  pg.laosReported = laoDistrict.size;
  pg.participation = percentOf(pg.laosReported, pg.laosTotal);

  const nonReporters: NonReporter[] = [];
  if (reg) {
    for (const lao of reg.laos) {
      if (laoDistrict.has(lao.code)) continue;
      nonReporters.push({
        code: lao.code,
        type: lao.type,
        name: laoDisplayName(lao),
        district: lao.districtName,
        districtCode: lao.districtCode,
        province: province.nameTh,
        provinceCode: province.code,
      });
    }
  }
  links.canonical.length = numbering ? 0 : linkCount;
  links.platform.length = linkCount;
  const result: ProvinceResult = {
    province,
    group: pg,
    links: numbering ? linksByNumber(linkIds.subarray(0, linkCount), links.platform, numbering) : links,
    covered: reg ? pg.laosReported : 0,
    nonReporters,
    problems: { errors, warnings, byCode },
  };
  return numbering ? withRunLinks(result, linkIds.subarray(0, linkCount), numbering) : result;
}

/**
 * A province's links by number, their canonical texts made when first read (as JSON is written, or links are compared
 * across provinces by text). Roll-ups of one run count links by number, so a national roll-up never makes the million
 * texts, which the check kept as parts of the typed links.
 */
function linksByNumber(ids: Int32Array, platform: readonly Platform[], numbering: LinkNumbering): LinkList {
  let canonical: string[] | undefined;
  return {
    get canonical() {
      canonical ??= Array.from(ids, (id) => numbering.canonical(id));
      return canonical;
    },
    platform,
  };
}

/** Attaches a run's link numbers to a result without making them part of its data. */
export function withRunLinks<T extends ProvinceResult>(
  result: T,
  linkIds: Int32Array | undefined,
  linkNumbers: LinkNumbering | undefined,
): T {
  if (linkIds && linkNumbers) {
    Object.defineProperty(result, 'linkIds', { value: linkIds, enumerable: false });
    Object.defineProperty(result, 'linkNumbers', { value: linkNumbers, enumerable: false });
  }
  return result;
}

/**
 * A district as the loop sees it: its group, its number, and its counts and figures gathered here (objects of one shape,
 * sums in a float array) and written into the group once the rows are counted.
 */
interface Place {
  readonly group: Group;
  readonly index: number;
  entries: number;
  rowsWithErrors: number;
  rowsWithWarnings: number;
  undated: number;
  /** by metric, in summedMetrics order: money in satang, beyond the small integers an ordinary array holds */
  readonly sums: Float64Array;
  /** distinct links by platform, in PLATFORMS order */
  readonly links: Int32Array;
}

/** What counting a province's rows gathers, sheet after sheet. */
interface Tally {
  readonly districtOf: (code: string | undefined, typed: string | null) => Place;
  readonly range: { readonly start: CalendarDay; readonly end: CalendarDay } | null;
  /** links are told apart by number (one numbering for every sheet), else by text */
  readonly byNumber: boolean;
  /** each อปท.'s district: the one of its first counted row */
  readonly laoDistrict: Map<string, Group>;
  readonly firstPlace: FirstPlaces;
  readonly linkMore: Map<string | number, Place[]>;
  /** the links counted, by platform; their texts too when counted by text (by number, linkIds give them) */
  readonly links: { readonly canonical: string[]; readonly platform: Platform[] };
  readonly linkIds: Int32Array;
  linkCount: number;
  readonly provinceLinks: Int32Array;
}

/**
 * Counts one sheet's rows into their districts. Kept apart from rollupProvince so the engine optimises a small loop
 * early (a large function took long to compile and was compiled again and again while the first provinces ran).
 */
function tallyRows(t: EntryTable, sums: readonly (Float64Array | null)[], tally: Tally, skip: Uint8Array | null): void {
  const range = tally.range;
  for (let i = 0; i < t.size; i++) {
    const status = t.status[i];
    if (status === NOT_REPORTED) continue;
    const date = t.date[i];
    const inPeriod =
      !range || (date !== null && compareDate(range.start, date) <= 0 && compareDate(date, range.end) <= 0);
    const identity = t.identity[i];
    const place = tally.districtOf(identity?.lao?.districtCode, t.district[i]);
    const flags = t.flags[i];
    // counted once: an exact repeat of an earlier row of its sheet, or a row an earlier sheet holds (see readOnce)
    const repeat = (flags & DUPLICATE) !== 0 || (skip !== null && skip[i] === 1);
    if (status === ERROR) {
      // an error row whose date cannot place it is counted wherever a period is asked, so it is not hidden
      if (!range || date === null || inPeriod) {
        place.rowsWithErrors++;
        if (flags & WARNED) place.rowsWithWarnings++;
      }
      continue;
    }
    if (range && date === null) {
      if (!repeat) place.undated++;
      continue;
    }
    if (!inPeriod) continue;
    // a repeat's warnings are its sheet's, listed with the sheet's problems: only they are counted
    if (flags & WARNED) place.rowsWithWarnings++;
    if (repeat) continue;
    place.entries++;
    if (identity && !tally.laoDistrict.has(identity.key)) tally.laoDistrict.set(identity.key, place.group);
    for (let m = 0; m < sums.length; m++) {
      const column = sums[m];
      const v = column === null ? NaN : column[i];
      // NaN: blank or unreadable
      if (!Number.isNaN(v)) place.sums[m] += v;
    }
    for (let l = t.linkStart[i]; l < t.linkStart[i + 1]; l++) tallyLink(t, l, place, tally);
  }
}

function tallyLink(t: EntryTable, l: number, place: Place, tally: Tally): void {
  const id = t.linkId[l];
  const platform = t.linkPlatform[l];
  const key = tally.byNumber ? id : t.linkNumbers.canonical(id);
  const first = tally.firstPlace.get(key);
  if (first < 0) {
    tally.firstPlace.set(key, place.index);
    const n = tally.linkCount++;
    if (!tally.byNumber) tally.links.canonical[n] = key as string;
    tally.links.platform[n] = PLATFORMS[platform];
    tally.linkIds[n] = id;
    place.links[platform]++;
    tally.provinceLinks[platform]++;
  } else if (first !== place.index) {
    // the same post under a second district: counted once more, for that district only (rare)
    const more = tally.linkMore.get(key) ?? [];
    if (!more.includes(place)) {
      more.push(place);
      tally.linkMore.set(key, more);
      place.links[platform]++;
    }
  }
}

/** Where each link (by number or by text) was first seen: a place's index, or -1. */
interface FirstPlaces {
  get(key: number | string): number;
  set(key: number | string, place: number): void;
}

/** By number, in a dense array over the numbers these sheets use: one province's links are mostly numbered together. */
function firstPlacesByNumber(sheets: readonly SheetValidation[]): FirstPlaces {
  let low = Infinity;
  let high = -1;
  for (const sheet of sheets) {
    const t = sheet.table;
    for (let l = 0; l < t.linkCount; l++) {
      const id = t.linkId[l];
      if (id < low) low = id;
      if (id > high) high = id;
    }
  }
  // stored as place + 1, so the zero-filled array reads as "not seen"
  const first = new Int32Array(Math.max(0, high - low + 1));
  return {
    get: (id) => first[(id as number) - low] - 1,
    set: (id, place) => (first[(id as number) - low] = place + 1),
  };
}

function firstPlacesByText(): FirstPlaces {
  const first = new Map<string | number, number>();
  return {
    get: (canonical) => first.get(canonical) ?? -1,
    set: (canonical, place) => first.set(canonical, place),
  };
}

function addLinkCounts(g: Group, byPlatform: Int32Array): void {
  PLATFORMS.forEach((platform, i) => {
    if (byPlatform[i] === 0) return;
    g.links += byPlatform[i];
    g.linksByPlatform[platform] = (g.linksByPlatform[platform] ?? 0) + byPlatform[i];
  });
}
