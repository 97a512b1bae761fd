// Rolls checked report sheets up district → province → inspection zone → nation: each province on its own
// (provinceRollup), then the provinces combined. Sums are exact integers (money in satang); distinct links are counted
// per group, since they do not add up. National consolidation uses the same two steps, one province at a time.

import type { FormSpec } from '../form/types';
import { provinceByCode, zoneHeading } from '../geo/provinces';
import type { Province } from '../geo/types';
import { rollupMessages } from '../messages/rollup';
import { PLATFORMS, platformCode } from '../normalise/links';
import type { Period } from '../period/period';
import type { RegistryIndex } from '../registry/match';
import type { SheetValidation } from '../validate/types';
import { ownerMetric, sumKeys, summedMetrics } from './metrics';
import { numberProvinceLinks } from './provinceLinks';
import {
  addRowCounts,
  type CountOptions,
  countProvince,
  newGroup,
  type ProvinceResult,
  percentOf,
  type RunLinks,
  rollupDeadline,
  rollupProvince,
} from './provinceRollup';
import { type ReadOnce, readOnce } from './readOnce';
import type { Targets } from './targetTypes';
import type { Group, RollupResult, SourceOverlap } from './types';

export interface RollupSheet {
  readonly file: string;
  readonly sheet: string;
  readonly province: Province;
  readonly validation: SheetValidation;
}

export interface RollupInput {
  readonly form: FormSpec;
  readonly sheets: readonly RollupSheet[];
  readonly registry: RegistryIndex | null;
  readonly period: Period | null;
  readonly targets: Targets | null;
  /** provinces shown even without a report (named in the targets, or all 76 with a national registry) */
  readonly expectedProvinces?: readonly Province[];
  /** count approved rows only (see CountOptions) */
  readonly approvedOnly?: boolean;
  /** days from the period's last day to its deadline (15 by default) */
  readonly timelyDays?: number;
}

function countingOf(input: Pick<RollupInput, 'approvedOnly' | 'timelyDays'>): CountOptions {
  return { approvedOnly: input.approvedOnly, timelyDays: input.timelyDays };
}

export function rollup(input: RollupInput): RollupResult {
  const byProvince = new Map<string, { province: Province; indices: number[] }>();
  input.sheets.forEach((s, index) => {
    const entry = byProvince.get(s.province.code) ?? { province: s.province, indices: [] };
    entry.indices.push(index);
    byProvince.set(s.province.code, entry);
  });
  const overlaps: SourceOverlap[] = [];
  const counted = [...byProvince.values()].map((p) => {
    const sheets = p.indices.map((i) => input.sheets[i].validation);
    const once = readOnce(sheets);
    overlaps.push(
      ...sourceOverlaps(
        once,
        p.indices.map((i) => ({ index: i, ...input.sheets[i] })),
      ),
    );
    return countProvince(input.form, p.province, sheets, input.registry, input.period, once, countingOf(input));
  });
  const combined = combineProvinces({
    ...input,
    results: counted.map((c) => c.result),
    numbered: counted.map((c) => c.numbered),
  });
  return { ...combined, overlaps: overlaps.sort((a, b) => a.index - b.index) };
}

/** The overlaps found among one province's sources, named: `sources` are in the order readOnce was given their sheets. */
export function sourceOverlaps(
  once: ReadOnce,
  sources: readonly { readonly index: number; readonly file: string; readonly sheet: string }[],
): SourceOverlap[] {
  const named = (s: number, earlier: number, rows: number | null): SourceOverlap => {
    const a = sources[s];
    const b = sources[earlier];
    return {
      index: a.index,
      file: a.file,
      sheet: a.sheet,
      earlierIndex: b.index,
      earlierFile: b.file,
      earlierSheet: b.sheet,
      rows,
      message: rollupMessages.readOnce(a.file, b.file, rows),
    };
  };
  const out: SourceOverlap[] = [];
  once.sameAs.forEach((earlier, s) => {
    if (earlier !== null) out.push(named(s, earlier, null));
  });
  for (const o of once.overlaps) out.push(named(o.sheet, o.earlier, o.rows));
  return out;
}

/** The same as a roll-up's input, with each province already rolled up instead of its sheets. */
export interface CombineInput extends Omit<RollupInput, 'sheets'> {
  readonly results: readonly ProvinceResult[];
  /** by result: its links by number, when this run counted it (see countProvince); else links are told apart by text */
  readonly numbered?: readonly (RunLinks | null)[];
}

/** Puts province results under their inspection zones and the nation; provinces with no result appear as not reported. */
export function combineProvinces(input: CombineInput): RollupResult {
  // targets are written into the groups: work on copies, so the same results can be combined again (a resumed run)
  const results = new Map(input.results.map((r) => [r.province.code, { ...r, group: cloneGroup(r.group) }]));
  const numbered = new Map(input.results.map((r, i) => [r.province.code, input.numbered?.[i] ?? null]));
  const add = (p: Province) => {
    if (!results.has(p.code))
      results.set(
        p.code,
        rollupProvince(input.form, p, [], input.registry, input.period, undefined, countingOf(input)),
      );
  };
  for (const p of input.expectedProvinces ?? []) add(p);
  for (const row of input.targets?.rows ?? []) {
    const p = provinceByCode(row.provinceCode);
    if (p) add(p);
  }
  const ordered = [...results.values()].sort((a, b) => a.province.code.localeCompare(b.province.code));
  const national = ordered.length > 1;

  const nation = newGroup('nation', 'TH', 'รวมทั้งประเทศ', null);
  const zones = new Map<number, Zone>();
  for (const r of ordered) {
    const z = r.province.zone;
    const zone = zones.get(z) ?? { group: newGroup('zone', String(z), zoneHeading(z), String(z)), members: [] };
    zone.members.push(r);
    zones.set(z, zone);
  }
  const zoneList = [...zones.entries()].sort(([a], [b]) => a - b).map(([, z]) => z);
  const timed = input.period !== null;
  for (const z of zoneList) sumUp(z.group, z.members, input.form, timed);
  nation.children = zoneList.map((z) => z.group);
  sumUp(nation, ordered, input.form, timed);
  countDistinctLinks(nation, zoneList, numbered);

  applyTargets(input, nation);
  const root = national ? nation : (ordered[0]?.group ?? nation);
  let errors = 0;
  let warnings = 0;
  const byCode: Record<string, number> = {};
  for (const r of ordered) {
    errors += r.problems.errors;
    warnings += r.problems.warnings;
    for (const [code, n] of Object.entries(r.problems.byCode)) byCode[code] = (byCode[code] ?? 0) + n;
  }
  return {
    provinces: ordered.map((r) => r.province),
    national,
    period: input.period,
    root,
    nonReporters: ordered.flatMap((r) => r.nonReporters),
    owners: ordered.flatMap((r) => r.owners),
    problems: { errors, warnings, byCode },
    withRegistry: ordered.some((r) => input.registry?.provinces.has(r.province.code)),
    extraTargets: input.targets?.extras ?? [],
    overlaps: [],
    approvedOnly: input.approvedOnly === true,
    deadline: rollupDeadline(input.period, countingOf(input)),
  };
}

function cloneGroup(g: Group): Group {
  return {
    ...g,
    linksByPlatform: { ...g.linksByPlatform },
    sums: { ...g.sums },
    targets: { ...g.targets },
    achievement: { ...g.achievement },
    children: g.children.map(cloneGroup),
  };
}

/**
 * A zone's or the nation's additive figures from its provinces; participation and the on-time rate (`timed`: a period
 * was asked for) compare the registry-covered part.
 */
function sumUp(g: Group, members: readonly ProvinceResult[], form: FormSpec, timed: boolean): void {
  if (g.level === 'zone') g.children = members.map((m) => m.group);
  let covered = 0;
  let coveredOnTime = 0;
  if (timed) g.laosOnTime = 0;
  for (const m of members) {
    const p = m.group;
    addRowCounts(g, p);
    if (timed) g.laosOnTime = (g.laosOnTime ?? 0) + (p.laosOnTime ?? 0);
    coveredOnTime += m.coveredOnTime ?? 0;
    g.laosReported += p.laosReported;
    g.hasReport ||= p.hasReport;
    if (p.laosTotal !== null) g.laosTotal = (g.laosTotal ?? 0) + p.laosTotal;
    covered += m.covered;
    for (const [k, v] of Object.entries(p.sums)) g.sums[k] = (g.sums[k] ?? 0) + v;
  }
  for (const key of sumKeys(form)) g.sums[key] ??= 0;
  g.participation = percentOf(covered, g.laosTotal);
  g.onTimeRate = timed ? percentOf(coveredOnTime, g.laosTotal) : null;
}

type Zone = { readonly group: Group; readonly members: ProvinceResult[] };

/**
 * Distinct links of every zone and of the nation: a post claimed in two provinces counts once per group. Links are
 * counted by number (see numberProvinceLinks; `numbered` is by province code).
 */
function countDistinctLinks(
  nation: Group,
  zones: readonly Zone[],
  numbered: ReadonlyMap<string, RunLinks | null>,
): void {
  if (zones.length === 1 && zones[0].members.length === 1) {
    const only = zones[0].members[0].group;
    for (const g of [zones[0].group, nation]) {
      g.links = only.links;
      g.linksByPlatform = { ...only.linksByPlatform };
    }
    return;
  }
  const members = zones.flatMap((z) => z.members);
  const { numbering, ids } = numberProvinceLinks(
    members,
    members.map((m) => numbered.get(m.province.code) ?? null),
  );
  // by link number: a bit per zone it was seen in (zones 0-18 fit in an integer), and its platform
  const zoneBits = new Int32Array(numbering.size);
  const platforms = new Uint8Array(numbering.size);
  for (const [i, m] of members.entries()) {
    const bit = 1 << m.province.zone;
    for (let l = 0; l < ids[i].length; l++) {
      zoneBits[ids[i][l]] |= bit;
      platforms[ids[i][l]] = platformCode(m.links.platform[l]);
    }
  }
  addZoneCounts(nation, zones, zoneBits, platforms);
}

/** Counts each numbered link once in each zone it was seen in and once in the nation, by platform. */
function addZoneCounts(nation: Group, zones: readonly Zone[], zoneBits: Int32Array, platforms: Uint8Array): void {
  // counts[zone number × platforms + platform]; zone numbers are 0-18, the nation takes the row after them
  const width = PLATFORMS.length;
  const NATION = 32;
  const counts = new Int32Array((NATION + 1) * width);
  for (let id = 0; id < zoneBits.length; id++) {
    let mask = zoneBits[id];
    if (mask === 0) continue;
    const p = platforms[id];
    counts[NATION * width + p]++;
    while (mask !== 0) {
      const low = mask & -mask;
      counts[(31 - Math.clz32(low)) * width + p]++;
      mask ^= low;
    }
  }
  for (const [row, g] of [...zones.map((z) => [Number(z.group.key), z.group] as const), [NATION, nation] as const]) {
    PLATFORMS.forEach((platform, p) => {
      const n = counts[row * width + p];
      if (n > 0) {
        g.links += n;
        g.linksByPlatform[platform] = (g.linksByPlatform[platform] ?? 0) + n;
      }
    });
  }
}

/** Targets given per district add up to their province unless the province has its own row; provinces add up to zones and the nation. */
function applyTargets(input: CombineInput, nation: Group): void {
  const targets = input.targets;
  if (!targets) return;
  const provinces = new Map(nation.children.flatMap((z) => z.children).map((p) => [p.code as string, p]));
  const add = (g: Group, values: Readonly<Record<string, number>>) => {
    for (const [k, v] of Object.entries(values)) g.targets[k] = (g.targets[k] ?? 0) + v;
  };
  const explicitProvince = new Set<string>();
  for (const row of targets.rows) {
    const pg = provinces.get(row.provinceCode);
    if (pg && row.district === null) {
      add(pg, row.values);
      explicitProvince.add(row.provinceCode);
    }
  }
  for (const row of targets.rows) {
    if (row.district === null) continue;
    const pg = provinces.get(row.provinceCode);
    if (!pg) continue;
    const dg = pg.children.find((d) => d.key === row.district || d.key === `?${row.district}`);
    if (dg) add(dg, row.values);
    if (!explicitProvince.has(row.provinceCode)) add(pg, row.values);
  }
  for (const zone of nation.children) {
    for (const pg of zone.children) add(zone, pg.targets);
    add(nation, zone.targets);
  }
  const owners = ownerMetric(input.form).key;
  const metrics = [owners, ...summedMetrics(input.form).map((m) => m.key)];
  const visit = (g: Group) => {
    for (const k of metrics) {
      const target = g.targets[k];
      if (target === undefined) continue;
      const actual = k === owners ? g.laosReported : (g.sums[k] ?? 0);
      g.achievement[k] = target > 0 ? percentOf(actual, target) : null;
    }
    g.children.forEach(visit);
  };
  visit(nation);
}
