// A form whose owners report once a month (FormSpec.oncePerMonth): a second counted row of one owner and month is an error.

import type { ProblemParams } from '../messages/problems';
import type { Text } from '../messages/text';
import { THAI_MONTHS, thaiMonthShort } from '../normalise/dates';
import type { LaoIdentity } from './entry';
import type { EntryTable } from './entryTable';
import type { ValidationSummary } from './types';

export interface MonthRepeat {
  /** the entry that reports its owner's month again: now an error row */
  readonly entry: number;
  /** the first counted entry of that owner and month */
  readonly first: number;
  readonly params: ProblemParams;
}

/**
 * The rows that report an owner's month again, in entry order, each marked as an error row (and counted in
 * summary.rowsWithErrors) so that only the first row of the month counts. Rows are compared by owner (identity key) and
 * the year and month of their date; a row without a date is not compared. Only counted rows are compared: reported,
 * with an owner and without an error, and not an exact repeat of an earlier row (DUPLICATE_ROW, counted once already).
 * So a first row that has an error of its own is not "first": it counts nowhere, and the next counted row of that owner
 * and month is the one kept. Call it once the exact repeats are marked (after repeatWarnings).
 */
export function monthRepeats(table: EntryTable, summary: ValidationSummary): MonthRepeat[] {
  // by owner key and month (year × 12 + month): the first entry
  const firsts = new Map<string, number>();
  const found: MonthRepeat[] = [];
  for (const row of table.rows()) {
    const date = row.date;
    if (date === null || !row.countable || row.repeatsEarlierRow) continue;
    const owner = row.identity as LaoIdentity; // a countable row has one
    const key = `${owner.key}\u0000${date.year * 12 + date.month}`;
    const first = firsts.get(key);
    if (first === undefined) {
      firsts.set(key, row.index);
      continue;
    }
    const firstRow = table.row(first).sheetRow;
    found.push({ entry: row.index, first, params: { firstRow, name: owner.name, month: monthText(date) } });
  }
  for (const repeat of found) table.markError(repeat.entry);
  summary.rowsWithErrors += found.length;
  return found;
}

/** 'ต.ค. 2563' (B.E.) and 'Oct 2020'. */
export function monthText(d: { readonly year: number; readonly month: number }): Text {
  return { th: thaiMonthShort(d), en: `${THAI_MONTHS[d.month - 1].en.slice(0, 3)} ${d.year}` };
}
