// The first page's big numbers, read from the roll-up's grand total (the figures of the results table's รวม row): the
// reporting rate, the owners, a monthly form's owner-months, and each summed figure, against its target when one is given.

import type { FormSpec } from '../form/types';
import { formatInteger } from '../format/number';
import { reportMessages as M } from '../messages/report';
import { type Metric, monthMetrics, ownerMetric, summedMetrics } from '../rollup/metrics';
import type { Group, RollupResult } from '../rollup/types';
import { meetingPercent } from './ownerReport';
import type { KeyFigure } from './types';

const baht = (satang: number) => satang / 100;

/** The target of a metric at the root and the % achieved, as the targets table shows them (none without a target). */
function againstTarget(root: Group, m: Metric): Pick<KeyFigure, 'target' | 'percentOfTarget'> {
  const target = root.targets[m.key];
  if (target === undefined) return {};
  return { target: m.money ? baht(target) : target, percentOfTarget: root.achievement[m.key] ?? null };
}

function metricFigure(root: Group, m: Metric, value: number): KeyFigure {
  return {
    key: m.key,
    label: m.label.th,
    value: m.money ? baht(value) : value,
    format: m.money ? 'money' : 'integer',
    unit: m.unit.th,
    ...againstTarget(root, m),
  };
}

/** The owners' figures: the reporting rate where a registry says how many are expected, the count where a target does. */
function ownerFigures(result: RollupResult, form: FormSpec): KeyFigure[] {
  const root = result.root;
  const owners = ownerMetric(form);
  const out: KeyFigure[] = [];
  if (result.withRegistry && root.laosTotal !== null) {
    out.push({
      key: 'participation',
      label: M.keyFigures.reportingRate.th,
      value: root.participation,
      format: 'percent',
      unit: '%',
      detail: M.keyFigures.ofTotal(formatInteger(root.laosReported), formatInteger(root.laosTotal), owners.unit.th).th,
    });
  }
  if (!result.withRegistry || root.targets[owners.key] !== undefined)
    out.push(metricFigure(root, owners, root.laosReported));
  const monthly = monthMetrics(form);
  if (monthly) {
    const months = root.sums[monthly.months.key] ?? 0;
    out.push(metricFigure(root, monthly.months, months));
    const meeting = monthly.meeting;
    if (meeting)
      out.push({
        key: meeting.percentKey,
        label: meeting.label.th,
        value: meetingPercent(form, root),
        format: 'percent',
        unit: '%',
        detail: M.keyFigures.ofTotal(formatInteger(root.sums[meeting.key] ?? 0), formatInteger(months), meeting.unit.th)
          .th,
      });
  }
  return out;
}

/** The big numbers of the whole report (the nation, or the province), in the order the first page shows them. */
export function keyFigures(result: RollupResult, form: FormSpec): KeyFigure[] {
  const root = result.root;
  return [
    ...ownerFigures(result, form),
    ...summedMetrics(form).map((m) => metricFigure(root, m, root.sums[m.key] ?? 0)),
  ];
}
