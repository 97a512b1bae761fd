// Rolls one province's checked report sheets up by district: the unit national consolidation is made of.
// Its result is plain data, so a consolidation can save it after each province and resume later.

import type { FormSpec } from '../form/types';
import { collateThai } from '../format/collate';
import type { Province } from '../geo/types';
import { PLATFORMS, type Platform } from '../normalise/links';
import { normaliseText } from '../normalise/text';
import { type Deadline, periodDeadline } from '../period/deadline';
import { type Period, periodRange } from '../period/period';
import { districtKey } from '../registry/districtName';
import { laoDisplayName } from '../registry/laoTypes';
import type { ProvinceRegistry, RegistryIndex } from '../registry/match';
import { LinkNumbering } from '../validate/linkNumbering';
import type { SheetValidation } from '../validate/types';
import { DistrictTally, numbersIn, type TallySheet } from './districtTally';
import { monthMetrics, sumKeys, summedMetrics } from './metrics';
import { OwnerMonthTally } from './ownerMonths';
import { type ReadOnce, readOnce } from './readOnce';
import type { Group, Level, NonReporter, OwnerSummary } from './types';

/** Canonical link i is on platform[i]: two lists rather than a pair per link, since a province reports tens of thousands. */
export interface LinkList {
  readonly canonical: readonly string[];
  readonly platform: readonly Platform[];
}

/**
 * A province's links by number in the numbering its sheets were checked with, so that provinces rolled up in one run
 * are combined by number. Only that run can use the numbers: they are not part of the result.
 */
export interface RunLinks {
  readonly numbering: LinkNumbering;
  /** by the province's links, in LinkList order */
  readonly ids: Int32Array;
}

export interface ProvinceResult {
  readonly province: Province;
  /** the province with its districts (in DOPA order when a registry covers it) */
  readonly group: Group;
  /** distinct canonical links reported in the province, with their platform */
  readonly links: LinkList;
  /** อปท. reported where the registry covers the province (0 without one): participation compares only these */
  readonly covered: number;
  /** of them, those on time (0 without a registry or a period): the on-time rate compares only these */
  readonly coveredOnTime?: number;
  readonly nonReporters: readonly NonReporter[];
  readonly problems: ProblemCounts;
  /** a monthly form's owners (see OwnerMonthTally); empty for other forms */
  readonly owners: readonly OwnerSummary[];
}

export interface ProblemCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly byCode: Readonly<Record<string, number>>;
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
    rowsReturned: 0,
    rowsPending: 0,
    rowsWithoutSubmissionTime: 0,
    laosOnTime: null,
    onTimeRate: null,
    targets: {},
    achievement: {},
    hasReport: false,
    children: [],
  };
}

type RowCounts = Pick<
  Group,
  | 'entries'
  | 'rowsWithErrors'
  | 'rowsWithWarnings'
  | 'undated'
  | 'rowsReturned'
  | 'rowsPending'
  | 'rowsWithoutSubmissionTime'
>;

/** Adds a part's counted rows to a larger group's (a district's to its province, a province's to its zone). */
export function addRowCounts(g: RowCounts, part: Partial<RowCounts>): void {
  g.entries += part.entries ?? 0;
  g.rowsWithErrors += part.rowsWithErrors ?? 0;
  g.rowsWithWarnings += part.rowsWithWarnings ?? 0;
  g.undated += part.undated ?? 0;
  // a part saved before review was counted has none of these
  g.rowsReturned += part.rowsReturned ?? 0;
  g.rowsPending += part.rowsPending ?? 0;
  g.rowsWithoutSubmissionTime += part.rowsWithoutSubmissionTime ?? 0;
}

/** How a province's rows are counted beyond the period: by review status, and against a deadline. */
export interface CountOptions {
  /** count approved rows only (pending ones are left out, and counted as rowsPending) */
  readonly approvedOnly?: boolean;
  /** days after the period's last day to its deadline; DEFAULT_TIMELY_DAYS when absent */
  readonly timelyDays?: number;
}

/** The last on-time instant of a roll-up: null without a period, so no on-time figure is made. */
export function rollupDeadline(period: Period | null, counting: CountOptions): Deadline | null {
  return period ? periodDeadline(period, counting.timelyDays) : null;
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
  sheets: readonly SheetValidation[],
  registry: RegistryIndex | null,
  period: Period | null,
  once: ReadOnce = readOnce(sheets),
  counting: CountOptions = {},
): ProvinceResult {
  return countProvince(form, province, sheets, registry, period, once, counting).result;
}

/** A province rolled up, and its links by number for combining it with other provinces of the same run. */
export interface CountedProvince {
  readonly result: ProvinceResult;
  /** null without sheets */
  readonly numbered: RunLinks | null;
}

/** rollupProvince, with the province's links by number too. */
export function countProvince(
  form: FormSpec,
  province: Province,
  allSheets: readonly SheetValidation[],
  registry: RegistryIndex | null,
  period: Period | null,
  once: ReadOnce = readOnce(allSheets),
  counting: CountOptions = {},
): CountedProvince {
  const sheets = allSheets.filter((_, s) => once.sameAs[s] === null);
  const skips = once.skip.filter((_, s) => once.sameAs[s] === null);
  const metricKeys = summedMetrics(form).map((m) => m.key);
  const reg = registry?.provinces.get(province.code);
  const pg = newGroup('province', province.code, province.nameTh, province.code);
  pg.hasReport = sheets.length > 0;
  pg.laosTotal = reg ? reg.laos.length : null;
  const districts = registryDistricts(reg);
  // links are counted by number: in the sheets' numbering when they share one (the usual case), else in one of their own
  const shared = sheets.every((sh) => sh.linkNumbers === sheets[0].linkNumbers);
  const numbering = sheets.length > 0 && shared ? sheets[0].linkNumbers : new LinkNumbering();
  const tallied: TallySheet[] = sheets.map((sh, s) => ({
    table: sh.table,
    skip: skips[s],
    numberOf: numbersIn(numbering, sh.table),
  }));
  const range = period ? periodRange(period) : null;
  const monthly = monthMetrics(form) ? new OwnerMonthTally(form) : null;
  const tally = new DistrictTally(
    {
      metricKeys,
      range,
      districtOf: districtFinder(province, reg, districts),
      onCounted: monthly ? (row, place) => monthly.add(row, place.group) : undefined,
      approvedOnly: counting.approvedOnly,
    },
    tallied,
  );
  addPlaces(tally, metricKeys);
  if (monthly) addOwnerMonths(form, monthly);
  addLinkCounts(pg, tally.provinceLinks);
  pg.children = orderedDistricts([...districts.values()], reg !== undefined);
  addDistricts(pg, sumKeys(form), tally.laoDistrict);
  const deadline = rollupDeadline(period, counting);
  if (deadline) addOnTime(pg, tally, deadline.endsAt);
  const ids = tally.linkIds.subarray(0, tally.linkCount);
  const result: ProvinceResult = {
    province,
    group: pg,
    links: linksByNumber(ids, tally.linkPlatforms, numbering),
    covered: reg ? pg.laosReported : 0,
    coveredOnTime: reg ? (pg.laosOnTime ?? 0) : 0,
    nonReporters: reg ? nonReporters(reg, province, tally.laoDistrict) : [],
    problems: problemCounts(sheets),
    owners: monthly ? monthly.owners(province) : [],
  };
  return { result, numbered: sheets.length > 0 ? { numbering, ids } : null };
}

/** Each district's counted rows, sums and links, as the tally counted them, into its group. */
function addPlaces(tally: DistrictTally, metricKeys: readonly string[]): void {
  for (const place of tally.places) {
    const g = place.group;
    addRowCounts(g, place);
    for (const [m, key] of metricKeys.entries()) g.sums[key] = place.sums[m];
    addLinkCounts(g, place.links);
  }
}

/** A monthly form's owner-months into the sums of the districts they were counted in. */
function addOwnerMonths(form: FormSpec, monthly: OwnerMonthTally): void {
  const keys = monthMetrics(form);
  if (!keys) return;
  for (const [g, counts] of monthly.byGroup()) {
    g.sums[keys.months.key] = counts.months;
    if (keys.meeting) g.sums[keys.meeting.key] = counts.meeting;
  }
}

/** The registry's districts of the province, by code, with how many อปท. each has (none without a registry). */
function registryDistricts(reg: ProvinceRegistry | undefined): Map<string, Group> {
  const districts = new Map<string, Group>();
  for (const d of reg?.districts ?? []) {
    const dg = newGroup('district', d.code, d.name, d.code);
    dg.laosTotal = reg?.laos.filter((l) => l.districtCode === d.code).length ?? null;
    districts.set(d.code, dg);
  }
  return districts;
}

/**
 * Finds a row's district among `districts`: by the registry's code of its อปท., else by the district it names, else
 * a new group for the name (added to `districts`) or for rows that name none.
 */
function districtFinder(province: Province, reg: ProvinceRegistry | undefined, districts: Map<string, Group>) {
  return (code: string | undefined, typed: string | null): Group => {
    const key = code ?? (typed ? districtKey(typed, province.nameTh) : '');
    const existing =
      districts.get(key) ?? (reg && typed ? districts.get(reg.districtByKey.get(key)?.code ?? '') : undefined);
    if (existing) return existing;
    const name = typed ? normaliseText(typed).replace(DISTRICT_PREFIX, '') : UNPLACED_DISTRICT;
    const dg = newGroup('district', key === '' ? '?' : `?${key}`, name, null);
    districts.set(key, dg);
    return dg;
  };
}

/**
 * The registry's districts in DOPA order, then the rest by key; without a registry อำเภอเมือง first (as DOPA numbers
 * it), then in Thai order: the same order whatever order the rows came in.
 */
function orderedDistricts(placed: Group[], withRegistry: boolean): Group[] {
  const byKey = (a: Group, b: Group) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return withRegistry
    ? [...placed.filter((d) => d.code !== null), ...placed.filter((d) => d.code === null).sort(byKey)]
    : placed.sort(byThaiName);
}

/** Completes each district (อปท. reported, participation) and adds it to its province. */
function addDistricts(pg: Group, metricKeys: readonly string[], laoDistrict: ReadonlyMap<string, Group>): void {
  const laosIn = new Map<Group, number>();
  for (const g of laoDistrict.values()) laosIn.set(g, (laosIn.get(g) ?? 0) + 1);
  for (const dg of pg.children) {
    dg.laosReported = laosIn.get(dg) ?? 0;
    for (const key of metricKeys) dg.sums[key] ??= 0;
    dg.participation = percentOf(dg.laosReported, dg.laosTotal);
    dg.hasReport = pg.hasReport;
    addRowCounts(pg, dg);
    for (const [k, v] of Object.entries(dg.sums)) pg.sums[k] = (pg.sums[k] ?? 0) + v;
  }
  for (const key of metricKeys) pg.sums[key] ??= 0;
  pg.laosReported = laoDistrict.size;
  pg.participation = percentOf(pg.laosReported, pg.laosTotal);
}

/** อปท. on time by district and for the province: those whose earliest counted row was submitted by `endsAt`. */
function addOnTime(pg: Group, tally: DistrictTally, endsAt: number): void {
  const onTime = new Map<Group, number>();
  let total = 0;
  for (const [key, g] of tally.laoDistrict) {
    const first = tally.laoFirstSubmitted.get(key);
    if (first === undefined || first > endsAt) continue;
    onTime.set(g, (onTime.get(g) ?? 0) + 1);
    total++;
  }
  for (const dg of pg.children) {
    dg.laosOnTime = onTime.get(dg) ?? 0;
    dg.onTimeRate = percentOf(dg.laosOnTime, dg.laosTotal);
  }
  pg.laosOnTime = total;
  pg.onTimeRate = percentOf(total, pg.laosTotal);
}

/** The registry's อปท. of the province with no counted row, in registry order. */
function nonReporters(
  reg: ProvinceRegistry,
  province: Province,
  laoDistrict: ReadonlyMap<string, Group>,
): NonReporter[] {
  return reg.laos
    .filter((lao) => !laoDistrict.has(lao.code))
    .map((lao) => ({
      code: lao.code,
      type: lao.type,
      name: laoDisplayName(lao),
      district: lao.districtName,
      districtCode: lao.districtCode,
      province: province.nameTh,
      provinceCode: province.code,
    }));
}

function problemCounts(sheets: readonly SheetValidation[]): ProblemCounts {
  const byCode: Record<string, number> = {};
  let errors = 0;
  let warnings = 0;
  for (const sheet of sheets) {
    for (const problem of sheet.problems) {
      byCode[problem.code] = (byCode[problem.code] ?? 0) + 1;
      if (problem.severity === 'error') errors++;
      else warnings++;
    }
  }
  return { errors, warnings, byCode };
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

function addLinkCounts(g: Group, byPlatform: Int32Array): void {
  PLATFORMS.forEach((platform, i) => {
    if (byPlatform[i] === 0) return;
    g.links += byPlatform[i];
    g.linksByPlatform[platform] = (g.linksByPlatform[platform] ?? 0) + byPlatform[i];
  });
}
