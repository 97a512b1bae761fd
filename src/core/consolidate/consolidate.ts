// The national consolidation's two steps around the roll-up: each province from its sources (the unit a resumable run saves),
// then all provinces combined under inspection zones with one status per province and the links shared between provinces.

import type { FormSpec } from '../form/types';
import type { Province } from '../geo/types';
import type { Period } from '../period/period';
import type { RegistryIndex } from '../registry/match';
import { rollupProvince } from '../rollup/provinceRollup';
import { combineProvinces } from '../rollup/rollup';
import type { Targets } from '../rollup/targetTypes';
import type { RollupResult } from '../rollup/types';
import type { SourceCheck } from './checkSource';
import { byText, crossProvinceLinks } from './crossLinks';
import { mergeStatuses, notReportedStatus } from './status';
import type { CrossProvinceLink, ProvinceConsolidation, ProvinceStatus } from './types';

export interface SourcesByProvince {
  /** in DOPA code order */
  readonly provinces: readonly { readonly province: Province; readonly sources: readonly SourceCheck[] }[];
  /** sources whose province could not be told */
  readonly unplaced: readonly ProvinceStatus[];
}

/** Puts checked sources under their provinces: several files (or tabs) of one province are one province. */
export function groupSources(checks: readonly SourceCheck[]): SourcesByProvince {
  const byCode = new Map<string, { province: Province; sources: SourceCheck[] }>();
  const unplaced: ProvinceStatus[] = [];
  for (const check of checks) {
    const province = check.ok ? check.province : check.status.province;
    if (!province) {
      unplaced.push(check.status);
      continue;
    }
    const entry = byCode.get(province.code) ?? { province, sources: [] };
    entry.sources.push(check);
    byCode.set(province.code, entry);
  }
  return { provinces: [...byCode.values()].sort((a, b) => byText(a.province.code, b.province.code)), unplaced };
}

/** One province from all its sources: the sources that were read are rolled up together; every source shows in the status. */
export function consolidateProvince(form: FormSpec, province: Province, sources: readonly SourceCheck[], registry: RegistryIndex | null, period: Period | null): ProvinceConsolidation {
  const sheets = sources.flatMap((s) => (s.ok ? [s.validation] : []));
  return { result: rollupProvince(form, province, sheets, registry, period), status: mergeStatuses(province, sources.map((s) => s.status)) };
}

export interface ConsolidateInput {
  readonly form: FormSpec;
  readonly provinces: readonly ProvinceConsolidation[];
  /** statuses of sources whose province could not be told: listed after the provinces */
  readonly unplaced: readonly ProvinceStatus[];
  readonly registry: RegistryIndex | null;
  readonly period: Period | null;
  readonly targets: Targets | null;
  /** provinces shown even without a source: all of them with a national registry */
  readonly expectedProvinces: readonly Province[];
}

export interface Consolidation {
  readonly result: RollupResult;
  /** one per province of the table, in the table's order (zone, then DOPA code), then the unplaced sources */
  readonly statuses: readonly ProvinceStatus[];
  readonly crossLinks: readonly CrossProvinceLink[];
}

/** The provinces a consolidation expects: every province of a registry that covers more than one (as `khongdee rollup` does). */
export function expectedProvinces(registry: RegistryIndex | null): Province[] {
  return registry && registry.provinces.size > 1 ? [...registry.provinces.values()].map((p) => p.province) : [];
}

/** Combines saved province parts; the parts are left as they were, so a resumed or repeated run adds nothing twice. */
export function consolidate(input: ConsolidateInput): Consolidation {
  const results = input.provinces.map((p) => p.result);
  const result = combineProvinces({ form: input.form, results, registry: input.registry, period: input.period, targets: input.targets, expectedProvinces: input.expectedProvinces });
  const byCode = new Map(input.provinces.map((p) => [p.result.province.code, p.status]));
  const ordered = [...result.provinces].sort((a, b) => a.zone - b.zone || byText(a.code, b.code));
  const statuses = ordered.map((p) => byCode.get(p.code) ?? notReportedStatus(p));
  return { result, statuses: [...statuses, ...input.unplaced], crossLinks: crossProvinceLinks(results) };
}
