// The review and deadline options of `rollup` and `consolidate` (--approved-only, --timely-days N), and the rates they print.

import { reviewCliMessages as M } from '../core/messages/review';
import type { Lang } from '../core/messages/text';
import { DEFAULT_TIMELY_DAYS } from '../core/period/deadline';
import { groupsAt } from '../core/rollup/rollupJson';
import type { Group, Level, RollupResult } from '../core/rollup/types';
import { timelyDaysOption } from './commands/followup';
import type { CliIo } from './io';
import { escapeControls, formatTable, wrapText } from './terminalTable';

/** The options' declarations, to spread into a command's parseCommand table. */
export const REVIEW_OPTIONS = {
  'approved-only': { type: 'boolean' },
  'timely-days': { type: 'string' },
} as const;

export interface ReviewCounting {
  readonly approvedOnly: boolean;
  readonly timelyDays: number;
}

/** The options as the roll-up takes them; a bad --timely-days refuses the run. */
export function reviewOptions(values: {
  readonly 'approved-only'?: boolean;
  readonly 'timely-days'?: string;
}): ReviewCounting {
  return {
    approvedOnly: values['approved-only'] === true,
    timelyDays: timelyDaysOption(values['timely-days']) ?? DEFAULT_TIMELY_DAYS,
  };
}

const rate = (v: number | null) => (v === null ? '-' : v.toFixed(1));
const count = (v: number | null) => (v === null ? '-' : String(v));

/** A group's rates as a line of the table (an empty last cell, so the last figure is aligned too). */
function rateRow(g: Group, name: string): string[] {
  return [
    name,
    count(g.laosTotal),
    String(g.laosReported),
    rate(g.participation),
    count(g.laosOnTime),
    rate(g.onTimeRate),
    String(g.rowsWithoutSubmissionTime),
    String(g.rowsReturned),
    String(g.rowsPending),
    '',
  ];
}

/**
 * Reporting rate and on-time rate of each group at `level` (the districts of one province) and the total, then the
 * deadline and what review left out: the report tables do not show these yet.
 */
export function printRates(io: CliIo, t: Lang, result: RollupResult, level: Level, counting: ReviewCounting): void {
  const level_ = result.national ? level : 'district';
  const groups = groupsAt(result, level_);
  const rows = [[...M.rateColumns[t], ''], ...groups.map((g) => rateRow(g, g.name)), rateRow(result.root, M.total[t])];
  io.out('');
  io.out(M.ratesTitle[t]);
  for (const line of formatTable(rows, 24, [1, 2, 3, 4, 5, 6, 7, 8])) io.out(escapeControls(line));
  const root = result.root;
  const lines = [
    M.rateNote,
    result.deadline ? M.deadline(result.deadline.text, counting.timelyDays) : M.noPeriod,
    ...(root.rowsWithoutSubmissionTime > 0 ? [M.withoutTime(root.rowsWithoutSubmissionTime)] : []),
    ...(root.rowsReturned > 0 ? [M.returned(root.rowsReturned)] : []),
    ...(result.approvedOnly ? [M.pendingLeftOut(root.rowsPending)] : []),
    ...(!result.approvedOnly && root.rowsPending > 0 && root.rowsPending < root.entries
      ? [M.pendingCounted(root.rowsPending)]
      : []),
  ];
  for (const text of lines) for (const line of wrapText(text[t])) io.out(line);
}
