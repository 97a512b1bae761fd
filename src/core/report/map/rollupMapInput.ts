// A roll-up's map as plain JSON (figures per area code, tooltip lines, titles) without the boundary data: what the add-on
// saves for its map dialog, which draws it in the browser, and what rollupMapSvg draws with the geometry bound in.

import type { FormSpec } from '../../form/types';
import { formatInteger, formatSatang } from '../../format/number';
import { mapMessages as M } from '../../messages/map';
import type { Group, RollupResult } from '../../rollup/types';
import type { MapInput } from './mapTypes';

export const MAP_METRICS = ['reportingRate', 'revenueTarget', 'onTimeRate'] as const;
export type MapMetric = (typeof MAP_METRICS)[number];

/** A map input that survives JSON (google.script.run, a document property): records, not Maps. */
export interface PlainMapInput extends MapInput {
  readonly values: Readonly<Record<string, number | null>>;
  readonly tooltipLines: Readonly<Record<string, readonly string[]>>;
}

/** The provinces of a national roll-up, or the districts of one province (provinceCode says which). */
export type RollupMapInput =
  | { readonly kind: 'province'; readonly input: PlainMapInput }
  | { readonly kind: 'district'; readonly provinceCode: string; readonly input: PlainMapInput };

interface Metric {
  readonly label: string;
  readonly value: (g: Group) => number | null;
}

/** What the colours show: for a form whose rows belong to people, "reporting" is the % of the target of persons. */
function metricOf(form: FormSpec, metric: MapMetric): Metric {
  if (metric === 'revenueTarget') {
    const money = form.columns.find((c) => c.type === 'money');
    return {
      label: M.percentOfTarget(money?.label.th ?? '').th,
      value: (g) => (money ? (g.achievement[money.key] ?? null) : null),
    };
  }
  if (metric === 'onTimeRate') return { label: M.onTimeRate.th, value: (g) => g.onTimeRate };
  const owners = form.ownerFigures?.owners;
  if (owners) return { label: M.percentOfTarget(owners.label.th).th, value: (g) => g.achievement[owners.key] ?? null };
  return { label: M.reportingRate.th, value: (g) => g.participation };
}

/** The tooltip's figures: อปท. (or persons) reported and the money summed. */
function tooltipLines(form: FormSpec, g: Group): string[] {
  const lines: string[] = [];
  const owners = form.ownerFigures?.owners;
  if (owners) lines.push(`${owners.label.th} ${formatInteger(g.sums[owners.key] ?? 0)} ${owners.unit.th}`);
  else if (g.laosTotal !== null) lines.push(M.laosReported(g.laosReported, g.laosTotal).th);
  const money = form.columns.find((c) => c.type === 'money');
  if (money) lines.push(`${money.label.th} ${formatSatang(g.sums[money.key] ?? 0)} บาท`);
  return lines;
}

function provinceGroups(root: Group): Group[] {
  return root.level === 'province' ? [root] : root.children.flatMap(provinceGroups);
}

/** One decimal is all a map class or its tooltip shows; it keeps the saved JSON small. */
function oneDecimal(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : Math.round(value * 10) / 10;
}

export interface MapOptions {
  /** what the colours show; the reporting rate when absent */
  readonly metric?: MapMetric;
  /** a national report (a consolidation, a roll-up by zone): the provinces even when only one province has reported */
  readonly provinces?: boolean;
}

/** The map of the report's scope as plain JSON, or null when there is nothing to draw (a province without district codes). */
export function rollupMapInput(
  result: RollupResult,
  form: FormSpec,
  subtitle: string,
  options: MapOptions = {},
): RollupMapInput | null {
  const m = metricOf(form, options.metric ?? 'reportingRate');
  const national = options.provinces === true || result.national || result.provinces.length !== 1;
  const areas = national ? provinceGroups(result.root) : result.root.children;
  const coded = areas.filter((g): g is Group & { code: string } => g.code !== null);
  if (coded.length === 0) return null;
  const input: PlainMapInput = {
    title: (national ? M.titleByProvince(m.label) : M.titleByDistrict(m.label, result.provinces[0].nameTh)).th,
    subtitle,
    metricLabel: m.label,
    unit: '%',
    values: Object.fromEntries(coded.map((g) => [g.code, oneDecimal(m.value(g))])),
    tooltipLines: Object.fromEntries(coded.map((g) => [g.code, tooltipLines(form, g)])),
  };
  return national ? { kind: 'province', input } : { kind: 'district', provinceCode: result.provinces[0].code, input };
}
