// What the period dialogs (สรุปผลรายอำเภอ and ติดตามผล, pages built from src/smallDialogs) and the server say to each
// other: the periods to choose from (default: the current fiscal year), and the summary's answer.

import { currentFiscalYear, type Period, periodKey, periodLabel } from '../../core/period/period';
import type { CalendarDay } from '../../core/validate/validateSheet';

/** What runDistrictSummaryFor answers the dialog: plain JSON, Thai text. */
export interface PeriodDialogAnswer {
  readonly ok: boolean;
  readonly message: string;
  /** a sheet made again or under another name: shown in the dialog, which then stays open */
  readonly notices: readonly string[];
}

/** One period of the list: its key (what the server is sent) and its Thai label. */
export interface PeriodChoice {
  readonly key: string;
  readonly label: string;
}

/** What getPeriodDialogContext answers the page: the choices, the first one chosen. Plain JSON. */
export interface PeriodDialogContext {
  readonly choices: readonly PeriodChoice[];
}

/** The current and previous fiscal years, and the quarters of the current one. */
export function periodChoices(today: CalendarDay): Period[] {
  const current = currentFiscalYear(today);
  const fy = current.kind === 'fiscalYear' ? current.fiscalYear : 0;
  const quarters = ([1, 2, 3, 4] as const).map((quarter): Period => ({ kind: 'quarter', fiscalYear: fy, quarter }));
  return [current, { kind: 'fiscalYear', fiscalYear: fy - 1 }, ...quarters];
}

export function periodDialogContext(today: CalendarDay): PeriodDialogContext {
  return { choices: periodChoices(today).map((p) => ({ key: periodKey(p), label: periodLabel(p).th })) };
}
