// The period a check is run for (ValidateOptions.period): a counted row dated outside it is warned of, for every form.

import type { Text } from '../messages/text';
import { thaiDateShort } from '../normalise/dates';
import { type Period, periodContains, periodLabel } from '../period/period';
import { PROBLEM_SEVERITY } from './codes';
import { monthText } from './monthRepeats';
import type { ProblemDraft } from './problemDrafts';
import type { Located } from './sheetColumns';

/** The period and its label, made once a sheet. */
export interface PeriodCheck {
  readonly period: Period;
  readonly label: Text;
}

export function periodCheck(period: Period | undefined): PeriodCheck | null {
  return period === undefined ? null : { period, label: periodLabel(period) };
}

/**
 * Drafts DATE_OUTSIDE_PERIOD when the row's date (a month-only date as its whole month) is outside the period, unless the
 * row already has an error: an error row is not counted, so where its date falls does not matter yet.
 */
export function checkPeriod(
  check: PeriodCheck,
  col: Located | undefined,
  date: { readonly year: number; readonly month: number; readonly day: number | null },
  found: ProblemDraft[],
): void {
  if (periodContains(check.period, date)) return;
  for (const draft of found) if (PROBLEM_SEVERITY[draft.code] === 'error') return;
  const day = date.day;
  const params =
    day === null
      ? { month: monthText(date), period: check.label }
      : { date: dayText(date.year, date.month, day), period: check.label };
  found.push({ code: 'DATE_OUTSIDE_PERIOD', col, params });
}

function dayText(year: number, month: number, day: number): Text {
  const en = monthText({ year, month }).en;
  return { th: thaiDateShort({ year, month, day }), en: `${day} ${en}` };
}
