// Rolls one province's checked report sheets up by district: the unit national consolidation is made of.
// Its result is plain data, so a consolidation can save it after each province and resume later.

import type { FormSpec } from '../form/types';
import { collateThai } from '../format/collate';
import type { Province } from '../geo/types';
import { PLATFORMS, type Platform } from '../normalise/links';
import { normaliseText } from '../normalise/text';
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
  sheets: readonly SheetValidation[],
  registry: RegistryIndex | null,
  period: Period | null,
  once: ReadOnce = readOnce(sheets),
): ProvinceResult {
  return countProvince(form, province, sheets, registry, period, once).result;
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
    },
    tallied,
  );
  for (const place of tally.places) {
    const g = place.group;
    addRowCounts(g, place);
    for (const [m, key] of metricKeys.entries()) g.sums[key] = place.sums[m];
    addLinkCounts(g, place.links);
  }
  if (monthly) addOwnerMonths(form, monthly);
  addLinkCounts(pg, tally.provinceLinks);
  pg.children = orderedDistricts([...districts.values()], reg !== undefined);
  addDistricts(pg, sumKeys(form), tally.laoDistrict);
  const ids = tally.linkIds.subarray(0, tally.linkCount);
  const result: ProvinceResult = {
    province,
    group: pg,
    links: linksByNumber(ids, tally.linkPlatforms, numbering),
    covered: reg ? pg.laosReported : 0,
    nonReporters: reg ? nonReporters(reg, province, tally.laoDistrict) : [],
    problems: problemCounts(sheets),
    owners: monthly ? monthly.owners(province) : [],
  };
  return { result, numbered: sheets.length > 0 ? { numbering, ids } : null };
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
