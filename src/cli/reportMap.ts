// The choropleth on an HTML or PDF report's first page, and --map-by, which picks what colours it. The boundaries are bound
// here in the CLI, so the add-on's Code.js never carries them (its map dialog's page does).

import type { FormSpec } from '../core/form/types';
import { mapMessages } from '../core/messages/map';
import { type MapMetric, type MapOptions, rollupMapSvg } from '../core/report/map/rollupMap';
import type { ReportDocument } from '../core/report/types';
import type { RollupResult } from '../core/rollup/types';
import { CliError } from './cliError';

export const MAP_OPTIONS = { 'map-by': { type: 'string' } } as const;

const METRIC_NAMES: ReadonlyMap<string, MapMetric> = new Map([
  ['reporting', 'reportingRate'],
  ['revenue', 'revenueTarget'],
  ['on-time', 'onTimeRate'],
]);

/** --map-by's metric: the reporting rate when absent; an unknown name refuses the run. */
export function mapMetricOption(value: string | undefined): MapMetric {
  if (value === undefined) return 'reportingRate';
  const metric = METRIC_NAMES.get(value);
  if (!metric) throw new CliError(mapMessages.badMapBy(value));
  return metric;
}

/** The report with the map of its scope (provinces nationally, else the province's districts), when there is one to draw. */
export function withReportMap(
  doc: ReportDocument,
  result: RollupResult,
  form: FormSpec,
  options: MapOptions,
): ReportDocument {
  const svg = rollupMapSvg(result, form, (doc.subtitle ?? []).join(' · '), options);
  return svg === null ? doc : { ...doc, mapSvg: svg };
}
