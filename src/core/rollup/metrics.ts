// The figures a roll-up sums and compares with targets: the form's summed columns plus participating อปท.
// Read from the form declaration, so another form's metrics roll up and take targets without new code.

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
}

export const LAOS_REPORTED = 'laosReported';

const PARTICIPATION_METRIC: Metric = {
  key: LAOS_REPORTED,
  label: { th: 'อปท. ที่เข้าร่วม', en: 'Participating LAOs' },
  unit: { th: 'แห่ง', en: 'LAOs' },
  money: false,
  targetHeaders: ['อปท. ที่เข้าร่วม (แห่ง)', 'อปท. ที่เข้าร่วม', 'จำนวน อปท. ที่เข้าร่วม', 'อปท. ที่รายงาน', 'อปท.ที่เข้าร่วมกิจกรรม'],
};

const cache = new WeakMap<FormSpec, readonly Metric[]>();

/** Participation first, then the form's summed columns in form order. */
export function rollupMetrics(form: FormSpec): readonly Metric[] {
  let metrics = cache.get(form);
  if (!metrics) {
    metrics = [
      PARTICIPATION_METRIC,
      ...form.columns
        .filter((c) => c.rollup === 'sum')
        .map((c) => ({
          key: c.key,
          label: c.label,
          unit: c.unit ?? { th: '', en: '' },
          money: c.type === 'money',
          targetHeaders: [c.header, ...c.variants],
        })),
    ];
    cache.set(form, metrics);
  }
  return metrics;
}

/** The metrics a form sums from its rows (all but participation). */
export function summedMetrics(form: FormSpec): readonly Metric[] {
  return rollupMetrics(form).filter((m) => m.key !== LAOS_REPORTED);
}
