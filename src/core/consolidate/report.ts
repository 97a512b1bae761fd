// The national consolidation's report document: the roll-up's results and targets tables by inspection zone (reused, not rebuilt),
// the status of every province, the links claimed in several provinces, who has not reported, the data problems, and two charts.

import type { FormSpec } from '../form/types';
import { consolidateMessages } from '../messages/consolidate';
import { rollupReport, type SourceProblem } from '../report/rollupReport';
import type { BarChart, ReportDocument, TableKind } from '../report/types';
import type { RollupResult } from '../rollup/types';
import { certifiedOnlyNote } from './certification';
import { crossLinksTable } from './linksTable';
import { statusTable } from './statusTable';
import type { CrossProvinceLink, ProvinceStatus } from './types';

export interface ConsolidationReportOptions {
  readonly asOf: { readonly year: number; readonly month: number; readonly day: number };
  /** the data problems of every source, for the ปัญหาข้อมูล table; left out when not given (e.g. too many to write in Apps Script) */
  readonly problems?: readonly SourceProblem[];
  /** with --certified-only: the provinces not counted (Consolidation.leftOut), named under the results and the statuses */
  readonly leftOut?: readonly ProvinceStatus[] | null;
}

/** Participation of each province's อปท., in the table's order (zone, then DOPA code); only with a registry. */
function participationByProvince(result: RollupResult): BarChart | null {
  if (!result.withRegistry) return null;
  const provinces = result.national ? result.root.children.flatMap((z) => z.children) : [result.root];
  return {
    title: consolidateMessages.participationChart,
    categories: provinces.map((p) => p.name),
    values: provinces.map((p) => p.participation ?? 0),
    format: 'percent',
    unit: '%',
  };
}

export function consolidationReport(
  result: RollupResult,
  statuses: readonly ProvinceStatus[],
  crossLinks: readonly CrossProvinceLink[],
  form: FormSpec,
  options: ConsolidationReportOptions,
): ReportDocument {
  const base = rollupReport(result, form, { asOf: options.asOf, by: 'zone', problems: options.problems ?? [] });
  // the results and targets first and the problems last; between them who has not reported (and a monthly form's per-owner table)
  const of = (...kinds: TableKind[]) => base.tables.filter((t) => t.kind !== undefined && kinds.includes(t.kind));
  // the summary's subtitle is the scope, "ข้อมูล ณ วันที่" in B.E. and the period: every table of the set shares it
  const subtitle = base.subtitle ?? base.tables[0].subtitle;
  // rollupReport's charts by zone: revenue first, then participation (only with a registry), shown here by province instead
  const byZone = result.withRegistry ? base.charts.filter((c) => c.format === 'money') : base.charts;
  const participation = participationByProvince(result);
  const notes = options.leftOut ? [certifiedOnlyNote(options.leftOut).th] : [];
  // the results' note says what they leave out, as their other notes do
  const results = of('results', 'targets').map((t, i) =>
    i === 0 ? { ...t, footnotes: [...t.footnotes, ...notes] } : t,
  );
  return {
    ...base,
    tables: [
      ...results,
      { ...statusTable(statuses, subtitle, result.period !== null, notes), kind: 'status' },
      { ...crossLinksTable(crossLinks, subtitle), kind: 'crossLinks' },
      ...of('owners', 'notReported'),
      ...(options.problems ? of('problems') : []),
    ],
    charts: [...byZone, ...(participation ? [participation] : [])],
  };
}
