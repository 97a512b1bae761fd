// One consolidation from plain JSON in and out, as the central Apps Script would run it: the entry the sandbox test bundles
// and runs without Node's globals, and also calls directly in Node to compare.

import { checkSource, type SourceSheet } from '../../src/core/consolidate/checkSource';
import {
  consolidate,
  consolidateProvince,
  expectedProvinces,
  groupSources,
} from '../../src/core/consolidate/consolidate';
import { consolidationJson } from '../../src/core/consolidate/json';
import { consolidationReport } from '../../src/core/consolidate/report';
import { failedStatus } from '../../src/core/consolidate/status';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { provinceByCode } from '../../src/core/geo/provinces';
import { indexRegistry } from '../../src/core/registry/match';
import type { Lao } from '../../src/core/registry/types';
import { renderHtml } from '../../src/core/report/html';

export interface RunInput {
  readonly today: { year: number; month: number; day: number };
  readonly laos: readonly Lao[];
  readonly sources: readonly { readonly source: string; readonly sheets: readonly SourceSheet[] }[];
  readonly cannotOpen: readonly { readonly source: string; readonly provinceCode: string | null }[];
}

export function runConsolidation(input: string): string {
  const { today, laos, sources, cannotOpen } = JSON.parse(input) as RunInput;
  const form = DLA_ONLINE_MARKET;
  const registry = indexRegistry({ laos }, provinceByCode);
  const checks = [
    ...sources.map((s) => checkSource(s.source, s.sheets, { form, today, registry })),
    ...cannotOpen.map((c) => ({
      ok: false as const,
      status: failedStatus(
        c.source,
        'cannotOpen',
        c.provinceCode ? (provinceByCode(c.provinceCode) ?? null) : null,
        null,
      ),
    })),
  ];
  const grouped = groupSources(checks);
  // each province part goes through JSON, as a checkpoint between executions would
  const parts = grouped.provinces.map((p) =>
    JSON.parse(JSON.stringify(consolidateProvince(form, p.province, p.sources, registry, null))),
  );
  const c = consolidate({
    form,
    provinces: parts,
    unplaced: grouped.unplaced,
    registry,
    period: null,
    targets: null,
    expectedProvinces: expectedProvinces(registry),
  });
  const doc = consolidationReport(c.result, c.statuses, c.crossLinks, form, { asOf: today });
  return JSON.stringify({
    doc,
    html: renderHtml(doc),
    json: consolidationJson(c.result, c.statuses, c.crossLinks, form, today),
  });
}
