// Rolls checked report sheets up district → province → inspection zone → nation, in one pass over the rows.
// Sums are exact integers (money in satang); distinct links and อปท. are counted per group, since they do not add up.

import { provinceByCode, ZONES, zoneHeading } from '../geo/provinces';
import type { Province } from '../geo/types';
import type { FormSpec } from '../form/types';
import type { Platform } from '../normalise/links';
import { normaliseText } from '../normalise/text';
import { periodContains, type Period } from '../period/period';
import { districtKey } from '../registry/districtName';
import { laoDisplayName } from '../registry/laoTypes';
import type { ProvinceRegistry, RegistryIndex } from '../registry/match';
import type { SheetValidation } from '../validate/types';
import { LAOS_REPORTED, summedMetrics } from './metrics';
import type { Targets } from './targetTypes';
import type { Group, Level, NonReporter, RollupResult } from './types';

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
}

const UNPLACED_DISTRICT = { th: 'ไม่ระบุอำเภอ' };

interface Work {
  readonly group: Group;
  readonly laos: Set<string>;
  /** อปท. reported in the parts of the group the registry covers: participation compares only those */
  covered: number;
}

function newGroup(level: Level, key: string, name: string, code: string | null): Group {
  return {
    level, key, name, code,
    laosTotal: null, laosReported: 0, participation: null, entries: 0, links: 0, linksByPlatform: {}, sums: {},
    rowsWithErrors: 0, rowsWithWarnings: 0, undated: 0, targets: {}, achievement: {}, hasReport: false, children: [],
  };
}

export function rollup(input: RollupInput): RollupResult {
  const metrics = summedMetrics(input.form);
  const provinces = new Map<string, Province>();
  for (const s of input.sheets) provinces.set(s.province.code, s.province);
  for (const p of input.expectedProvinces ?? []) provinces.set(p.code, p);
  for (const row of input.targets?.rows ?? []) {
    const p = provinceByCode(row.provinceCode);
    if (p) provinces.set(p.code, p);
  }
  const ordered = [...provinces.values()].sort((a, b) => a.code.localeCompare(b.code));
  const national = ordered.length > 1;

  // The tree, with every registry district present even before any row arrives, in DOPA order.
  const work = new Map<Group, Work>();
  const track = (g: Group) => (work.set(g, { group: g, laos: new Set(), covered: 0 }), g);
  const nation = track(newGroup('nation', 'TH', 'รวมทั้งประเทศ', null));
  const zones = new Map<number, Group>();
  const provinceGroups = new Map<string, Group>();
  const districtGroups = new Map<string, Map<string, Group>>();
  for (const p of ordered) {
    let zone = zones.get(p.zone);
    if (!zone) {
      zone = track(newGroup('zone', String(p.zone), zoneHeading(p.zone), String(p.zone)));
      zones.set(p.zone, zone);
    }
    const pg = track(newGroup('province', p.code, p.nameTh, p.code));
    provinceGroups.set(p.code, pg);
    const districts = new Map<string, Group>();
    districtGroups.set(p.code, districts);
    const reg = input.registry?.provinces.get(p.code);
    if (reg) {
      pg.laosTotal = reg.laos.length;
      for (const d of reg.districts) {
        const dg = track(newGroup('district', d.code, d.name, d.code));
        dg.laosTotal = reg.laos.filter((l) => l.districtCode === d.code).length;
        districts.set(d.code, dg);
      }
    }
  }

  const districtOf = (p: Province, reg: ProvinceRegistry | undefined, code: string | undefined, typed: string | null): Group => {
    const districts = districtGroups.get(p.code) as Map<string, Group>;
    const key = code ?? (typed ? districtKey(typed, p.nameTh) : '');
    const existing = districts.get(key) ?? (reg && typed ? districts.get(reg.districtByKey.get(key)?.code ?? '') : undefined);
    if (existing) return existing;
    const name = typed ? normaliseText(typed).replace(/^(?:อำเภอ|อ\s*\.)\s*/, '') : UNPLACED_DISTRICT.th;
    const dg = track(newGroup('district', key === '' ? '?' : `?${key}`, name, null));
    districts.set(key, dg);
    return dg;
  };

  // Distinct links: per canonical link, its platform and the district groups it was reported under.
  const links = new Map<string, { platform: Platform; districts: Group[] }>();
  const byCode: Record<string, number> = {};
  let errors = 0;
  let warnings = 0;
  const period = input.period;

  for (const sheet of input.sheets) {
    const p = sheet.province;
    provinceGroups.get(p.code)!.hasReport = true;
    const reg = input.registry?.provinces.get(p.code);
    for (const problem of sheet.validation.problems) {
      byCode[problem.code] = (byCode[problem.code] ?? 0) + 1;
      if (problem.severity === 'error') errors++;
      else warnings++;
    }
    for (const e of sheet.validation.entries) {
      if (e.status === 'not-reported') continue;
      const inPeriod = !period || (e.date !== null && periodContains(period, e.date));
      const dg = districtOf(p, reg, e.identity?.lao?.districtCode, e.district);
      if (e.status === 'error') {
        // an error row whose date cannot place it is counted wherever a period is asked, so it is not hidden
        if (!period || e.date === null || inPeriod) dg.rowsWithErrors++;
        continue;
      }
      if (period && e.date === null) {
        dg.undated++;
        continue;
      }
      if (!inPeriod) continue;
      dg.entries++;
      if (e.status === 'warning') dg.rowsWithWarnings++;
      if (e.identity) work.get(dg)!.laos.add(e.identity.key);
      for (const m of metrics) {
        const v = e.numbers[m.key];
        if (v) dg.sums[m.key] = (dg.sums[m.key] ?? 0) + v;
      }
      for (const link of e.links) {
        const seen = links.get(link.canonical);
        if (!seen) links.set(link.canonical, { platform: link.platform, districts: [dg] });
        else if (!seen.districts.includes(dg)) seen.districts.push(dg);
      }
    }
  }

  // Assemble: districts under provinces, provinces under zones, zones under the nation.
  for (const p of ordered) {
    const pg = provinceGroups.get(p.code)!;
    pg.children = [...districtGroups.get(p.code)!.values()];
    const zone = zones.get(p.zone)!;
    zone.children.push(pg);
  }
  nation.children = [...zones.values()].sort((a, b) => Number(a.key) - Number(b.key));
  const parent = new Map<Group, Group>();
  for (const z of nation.children) {
    parent.set(z, nation);
    for (const pg of z.children) {
      parent.set(pg, z);
      for (const dg of pg.children) parent.set(dg, pg);
    }
  }
  const ancestors = (g: Group): Group[] => {
    const chain = [g];
    for (let up = parent.get(g); up; up = parent.get(up)) chain.push(up);
    return chain;
  };

  for (const [, seen] of links) {
    const counted = new Set<Group>();
    for (const dg of seen.districts) for (const g of ancestors(dg)) counted.add(g);
    for (const g of counted) {
      g.links++;
      g.linksByPlatform[seen.platform] = (g.linksByPlatform[seen.platform] ?? 0) + 1;
    }
  }

  // Sums and distinct อปท. upward; then totals, participation, targets and achievement per group.
  const finish = (g: Group): void => {
    const w = work.get(g)!;
    for (const child of g.children) {
      finish(child);
      for (const k of work.get(child)!.laos) w.laos.add(k);
      g.entries += child.entries;
      g.rowsWithErrors += child.rowsWithErrors;
      g.rowsWithWarnings += child.rowsWithWarnings;
      g.undated += child.undated;
      g.hasReport ||= child.hasReport;
      for (const [k, v] of Object.entries(child.sums)) g.sums[k] = (g.sums[k] ?? 0) + v;
      if (g.level !== 'province') g.laosTotal = child.laosTotal === null ? g.laosTotal : (g.laosTotal ?? 0) + child.laosTotal;
    }
    g.laosReported = w.laos.size;
    // districts and provinces: covered when the registry has them; zones and the nation: the covered provinces' sum
    if (g.level === 'district' || g.level === 'province') w.covered = g.laosTotal === null ? 0 : g.laosReported;
    else w.covered = g.children.reduce((n, child) => n + work.get(child)!.covered, 0);
    for (const m of metrics) g.sums[m.key] ??= 0;
    g.participation = g.laosTotal ? Math.round((w.covered / g.laosTotal) * 1000) / 10 : null;
  };
  finish(nation);
  applyTargets(input, nation, provinceGroups, districtGroups);

  const nonReporters: NonReporter[] = [];
  if (input.registry) {
    for (const p of ordered) {
      const reg = input.registry.provinces.get(p.code);
      if (!reg) continue;
      const reported = work.get(provinceGroups.get(p.code)!)!.laos;
      for (const lao of reg.laos) {
        if (reported.has(lao.code)) continue;
        nonReporters.push({ code: lao.code, type: lao.type, name: laoDisplayName(lao), district: lao.districtName, districtCode: lao.districtCode, province: p.nameTh, provinceCode: p.code });
      }
    }
  }

  const root = national ? nation : (provinceGroups.get(ordered[0]?.code ?? '') ?? nation);
  return {
    provinces: ordered,
    national,
    period,
    root,
    nonReporters,
    problems: { errors, warnings, byCode },
    withRegistry: ordered.some((p) => input.registry?.provinces.has(p.code)),
    extraTargets: input.targets?.extras ?? [],
  };
}

function percent(actual: number, target: number): number | null {
  return target > 0 ? Math.round((actual / target) * 1000) / 10 : null;
}

/** Targets given per district add up to their province unless the province has its own row; provinces add up to zones and the nation. */
function applyTargets(input: RollupInput, nation: Group, provinces: Map<string, Group>, districts: Map<string, Map<string, Group>>): void {
  const targets = input.targets;
  if (!targets) return;
  const add = (g: Group, values: Readonly<Record<string, number>>) => {
    for (const [k, v] of Object.entries(values)) g.targets[k] = (g.targets[k] ?? 0) + v;
  };
  const explicitProvince = new Set<string>();
  for (const row of targets.rows) {
    const pg = provinces.get(row.provinceCode);
    if (!pg) continue;
    if (row.district === null) {
      add(pg, row.values);
      explicitProvince.add(row.provinceCode);
    }
  }
  for (const row of targets.rows) {
    if (row.district === null) continue;
    const pDistricts = districts.get(row.provinceCode);
    const dg = pDistricts?.get(row.district) ?? pDistricts?.get(`?${row.district}`);
    if (dg) add(dg, row.values);
    const pg = provinces.get(row.provinceCode);
    if (pg && !explicitProvince.has(row.provinceCode)) add(pg, row.values);
  }
  for (const zone of nation.children) {
    for (const pg of zone.children) add(zone, pg.targets);
    add(nation, zone.targets);
  }
  const metrics = [LAOS_REPORTED, ...summedMetrics(input.form).map((m) => m.key)];
  const visit = (g: Group) => {
    for (const k of metrics) {
      const target = g.targets[k];
      if (target === undefined) continue;
      const actual = k === LAOS_REPORTED ? g.laosReported : (g.sums[k] ?? 0);
      g.achievement[k] = percent(actual, target);
    }
    g.children.forEach(visit);
  };
  visit(nation);
}

export { ZONES };
