// The figures a roll-up counts and compares with targets: its owners (participating อปท., or the persons a form declares),
// the form's summed columns, and the owner-months a monthly form declares. Read from the form declaration, so another
// form's metrics roll up and take targets without new code.

import type { FormSpec } from '../form/types';
import type { Text } from '../messages/text';

export interface Metric {
  readonly key: string;
  readonly label: Text;
  readonly unit: Text;
  /** money is held in integer satang */
  readonly money: boolean;
  /** headers a targets table may use for this metric */
  readonly targetHeaders: readonly string[];
  /** what the report calls its target: เป้าหมาย + this */
  readonly targetLabel: Text;
}

export const LAOS_REPORTED = 'laosReported';

const PARTICIPATION_METRIC: Metric = {
  key: LAOS_REPORTED,
  label: { th: 'อปท. ที่เข้าร่วม', en: 'Participating LAOs' },
  unit: { th: 'แห่ง', en: 'LAOs' },
  money: false,
  targetHeaders: ['อปท. ที่เข้าร่วม (แห่ง)', 'อปท. ที่เข้าร่วม', 'จำนวน อปท. ที่เข้าร่วม', 'อปท. ที่รายงาน', 'อปท.ที่เข้าร่วมกิจกรรม'],
  targetLabel: { th: 'อปท. ที่เข้าร่วม', en: 'Participating LAOs' },
};

/** The owner-months of a monthly form, as the roll-up counts them into a group's sums. */
export interface MonthMetrics {
  /** owner-months reported */
  readonly months: Metric;
  /** owner-months with every minimum of the form met, and the key of their % of `months` */
  readonly meeting: (Metric & { readonly percentKey: string }) | null;
}

interface Metrics {
  readonly owners: Metric;
  readonly summed: readonly Metric[];
  readonly monthly: MonthMetrics | null;
}

const cache = new WeakMap<FormSpec, Metrics>();

function metricsOf(form: FormSpec): Metrics {
  let metrics = cache.get(form);
  if (!metrics) {
    const declared = form.ownerFigures;
    const counted = ({ key, label, unit }: { key: string; label: Text; unit: Text }): Metric => ({
      key,
      label,
      unit,
      money: false,
      targetHeaders: [],
      targetLabel: label,
    });
    const owners = declared?.owners;
    metrics = {
      owners: owners
        ? { ...counted(owners), targetHeaders: owners.targetHeaders, targetLabel: owners.noun }
        : PARTICIPATION_METRIC,
      summed: form.columns
        .filter((c) => c.rollup === 'sum')
        .map((c) => ({
          key: c.key,
          label: c.label,
          unit: c.unit ?? { th: '', en: '' },
          money: c.type === 'money',
          targetHeaders: [c.header, ...c.variants],
          targetLabel: c.label,
        })),
      monthly: declared?.months
        ? {
            months: counted(declared.months),
            meeting: declared.monthsMeetingMinimums
              ? { ...counted(declared.monthsMeetingMinimums), percentKey: declared.monthsMeetingMinimums.percentKey }
              : null,
          }
        : null,
    };
    cache.set(form, metrics);
  }
  return metrics;
}

/** The owners first (compared with a target as a count of distinct owners), then the form's summed columns in form order. */
export function rollupMetrics(form: FormSpec): readonly Metric[] {
  const { owners, summed } = metricsOf(form);
  return [owners, ...summed];
}

/** The metric of the rows' owners: participating อปท., or the owners the form declares (e.g. persons). */
export function ownerMetric(form: FormSpec): Metric {
  return metricsOf(form).owners;
}

/** The metrics a form sums from its rows (all but the owners). */
export function summedMetrics(form: FormSpec): readonly Metric[] {
  return metricsOf(form).summed;
}

/** The owner-months a monthly form counts (null for a form that does not declare them). */
export function monthMetrics(form: FormSpec): MonthMetrics | null {
  return metricsOf(form).monthly;
}

/** The keys of a group's sums: the summed metrics, then the owner-months counted. */
export function sumKeys(form: FormSpec): readonly string[] {
  const monthly = monthMetrics(form);
  return [
    ...summedMetrics(form).map((m) => m.key),
    ...(monthly ? [monthly.months.key, ...(monthly.meeting ? [monthly.meeting.key] : [])] : []),
  ];
}
