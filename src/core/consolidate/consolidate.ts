// The national consolidation's two steps around the roll-up: each province from its sources (the unit a resumable run saves),
// then all provinces combined under inspection zones with one status per province and the links shared between provinces.

import type { FormSpec } from '../form/types';
import type { Province } from '../geo/types';
import type { Text } from '../messages/text';
import type { Period } from '../period/period';
import type { RegistryIndex } from '../registry/match';
import { numberProvinceLinks } from '../rollup/provinceLinks';
import { type CountOptions, countProvince, type RunLinks } from '../rollup/provinceRollup';
import { readOnce } from '../rollup/readOnce';
import { combineProvinces, sourceOverlaps } from '../rollup/rollup';
import type { Targets } from '../rollup/targetTypes';
import type { RollupResult } from '../rollup/types';
import { certifiedSelection, mergeCertifications } from './certification';
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

/** What a province's sources repeat of each other (see readOnce): the sources read, and the overlaps named by source. */
function sourcesOnce(sources: readonly SourceCheck[]) {
  const read = sources.flatMap((s, index) =>
    s.ok ? [{ index, file: s.status.source, sheet: s.sheet, validation: s.validation }] : [],
  );
  const once = readOnce(read.map((r) => r.validation));
  return { read, once, overlaps: sourceOverlaps(once, read) };
}

/** The sources of one province left out whole, as copies of an earlier one: their problems are that source's, listed once. */
export function copiedSources(sources: readonly SourceCheck[]): SourceCheck[] {
  return sourcesOnce(sources).overlaps.flatMap((o) => (o.rows === null ? [sources[o.index]] : []));
}

/** One province's part, and its links by number for combining it with other provinces of the same run (see countProvince). */
export interface CountedConsolidation {
  readonly part: ProvinceConsolidation;
  readonly numbered: RunLinks | null;
}

/** consolidateProvince, with the province's links by number too. */
export function countConsolidation(
  form: FormSpec,
  province: Province,
  sources: readonly SourceCheck[],
  registry: RegistryIndex | null,
  period: Period | null,
  counting: CountOptions = {},
): CountedConsolidation {
  const { read, once, overlaps } = sourcesOnce(sources);
  const leftOut = new Set(overlaps.filter((o) => o.rows === null).map((o) => o.index));
  // a copy left out still certifies: the การรับรองผล sheet is the workbook's, whichever of its files was read
  const merged = {
    ...mergeStatuses(
      province,
      sources.filter((_, i) => !leftOut.has(i)).map((s) => s.status),
    ),
    certification: mergeCertifications(sources.map((s) => s.status.certification)),
  };
  const status =
    overlaps.length === 0
      ? merged
      : withNotices(
          merged,
          sources.map((s) => s.status.source),
          overlaps.map((o) => o.message),
        );
  const sheets = read.map((r) => r.validation);
  const { result, numbered } = countProvince(form, province, sheets, registry, period, once, counting);
  return { part: { result, status }, numbered };
}

/**
 * One province from all its sources: the sources that were read are rolled up together, each content once (a copy of a
 * file is left out, rows two files share count once, as readOnce finds); every source shows in the status, which says
 * what was read once. A source left out whole adds no rows, errors or warnings to the status.
 */
export function consolidateProvince(
  form: FormSpec,
  province: Province,
  sources: readonly SourceCheck[],
  registry: RegistryIndex | null,
  period: Period | null,
): ProvinceConsolidation {
  return countConsolidation(form, province, sources, registry, period).part;
}

/** A province's status that names every source, with what was read once after its own detail. */
function withNotices(status: ProvinceStatus, sources: readonly string[], notices: readonly Text[]): ProvinceStatus {
  const lines = status.detail ? [status.detail, ...notices] : notices;
  return {
    ...status,
    source: sources.filter((s) => s !== '').join('\n'),
    detail: { th: lines.map((l) => l.th).join('\n'), en: lines.map((l) => l.en).join('\n') },
  };
}

export interface ConsolidateInput {
  readonly form: FormSpec;
  readonly provinces: readonly ProvinceConsolidation[];
  /** by province: its links by number, when this run counted it (see countConsolidation); else they are numbered from texts */
  readonly numbered?: readonly (RunLinks | null)[];
  /** statuses of sources whose province could not be told: listed after the provinces */
  readonly unplaced: readonly ProvinceStatus[];
  readonly registry: RegistryIndex | null;
  readonly period: Period | null;
  readonly targets: Targets | null;
  /** provinces shown even without a source: all of them with a national registry */
  readonly expectedProvinces: readonly Province[];
  /** as the provinces were counted (see countConsolidation): for provinces without a source, and the result's note */
  readonly approvedOnly?: boolean;
  readonly timelyDays?: number;
  /** count only the provinces that certified the period themselves (--certified-only); every province keeps its status */
  readonly certifiedOnly?: boolean;
}

export interface Consolidation {
  readonly result: RollupResult;
  /** one per province of the table, in the table's order (zone, then DOPA code), then the unplaced sources */
  readonly statuses: readonly ProvinceStatus[];
  readonly crossLinks: readonly CrossProvinceLink[];
  /** with certifiedOnly: the reported provinces not counted because they have not certified the period; else null */
  readonly leftOut: readonly ProvinceStatus[] | null;
}

/** The provinces a consolidation expects: every province of a registry that covers more than one (as `khongdee rollup` does). */
export function expectedProvinces(registry: RegistryIndex | null): Province[] {
  return registry && registry.provinces.size > 1 ? [...registry.provinces.values()].map((p) => p.province) : [];
}

/** Combines saved province parts; the parts are left as they were, so a resumed or repeated run adds nothing twice. */
export function consolidate(input: ConsolidateInput): Consolidation {
  const selection = input.certifiedOnly ? certifiedSelection(input.provinces) : null;
  const kept = selection ? selection.counted : input.provinces.map((_, i) => i);
  const results = kept.map((i) => input.provinces[i].result);
  const links = numberProvinceLinks(results, input.numbered && kept.map((i) => input.numbered?.[i] ?? null));
  const combined = combineProvinces({
    numbered: links.ids.map((ids) => ({ numbering: links.numbering, ids })),
    form: input.form,
    results,
    registry: input.registry,
    period: input.period,
    targets: input.targets,
    expectedProvinces: input.expectedProvinces,
    approvedOnly: input.approvedOnly,
    timelyDays: input.timelyDays,
  });
  const uncounted = new Set((selection?.leftOut ?? []).flatMap((s) => (s.province ? [s.province.code] : [])));
  // a province left out reported: its อปท. are not known not to have, so they are not listed as not reporting
  const result: RollupResult =
    uncounted.size === 0
      ? combined
      : {
          ...combined,
          uncounted: [...uncounted],
          nonReporters: combined.nonReporters.filter((n) => !uncounted.has(n.provinceCode)),
        };
  const byCode = new Map(input.provinces.map((p) => [p.result.province.code, p.status]));
  // a province left out is in the table of statuses even when the national table (without a registry) has no row for it
  const shown = new Map(result.provinces.map((p) => [p.code, p]));
  for (const s of selection?.leftOut ?? [])
    if (s.province && !shown.has(s.province.code)) shown.set(s.province.code, s.province);
  const ordered = [...shown.values()].sort((a, b) => a.zone - b.zone || byText(a.code, b.code));
  const statuses = ordered.map((p) => byCode.get(p.code) ?? notReportedStatus(p));
  return {
    result,
    statuses: [...statuses, ...input.unplaced],
    crossLinks: crossProvinceLinks(results, links),
    leftOut: selection ? selection.leftOut : null,
  };
}
