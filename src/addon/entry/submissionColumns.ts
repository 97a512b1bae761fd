// The hidden columns a sidebar submission fills besides the form's own: its id (so a retry is never written twice),
// the time, the submitter (the email, or the temporary key, said to be one, where Google keeps it blank) and the row's
// checksum. Their declaration is core/form/submissionColumns; here is where a submission plans the ones a sheet lacks.

import { type CellValue, cellText } from '../../core/cell';
import { foundSubmissionColumns, SUBMISSION_COLUMNS, type SubmissionKey } from '../../core/form/submissionColumns';
import { normaliseText } from '../../core/normalise/text';
import type { SheetApi } from '../adapter/services';

// declared in the core, where the CLI's check finds them too; kept importable from here for the add-on's actions
export { SUBMISSION_COLUMNS };

export interface SubmissionColumnPlan {
  /** 0-based column index of each submission column, found or to be made */
  readonly index: Readonly<Record<SubmissionKey, number>>;
  /** columns to add: one header write of `headers` starting at 0-based column `start` on the header's first row */
  readonly missing: { readonly start: number; readonly headers: readonly string[] } | null;
}

/**
 * Writes the headers of the submission columns a sheet lacks on its header row (1-based) and hides them: bookkeeping the
 * sidebar fills, not columns for people to type in. Two Spreadsheet calls and the hide.
 */
export function addSubmissionColumns(
  sheet: SheetApi,
  headerRow: number,
  missing: NonNullable<SubmissionColumnPlan['missing']>,
): void {
  sheet.getRange(headerRow, missing.start + 1, 1, missing.headers.length).setValues([[...missing.headers]]);
  sheet.hideColumns(missing.start + 1, missing.headers.length);
}

/** The width of the header rows (0-based row indexes into `rows`): one past their last column with text. */
export function usedHeaderWidth(rows: readonly (readonly CellValue[])[], headerRows: readonly number[]): number {
  let width = 0;
  for (const r of headerRows) {
    const row = rows[r] ?? [];
    for (let c = width; c < row.length; c++) if (normaliseText(cellText(row[c] ?? '')) !== '') width = c + 1;
  }
  return width;
}

/**
 * Finds the submission columns in the header rows; the missing ones go right after the last used column of those rows,
 * in the declared order.
 */
export function planSubmissionColumns(
  rows: readonly CellValue[][],
  headerRows: readonly number[],
): SubmissionColumnPlan {
  const found = foundSubmissionColumns(rows, headerRows);
  const width = usedHeaderWidth(rows, headerRows);
  const headers: string[] = [];
  for (const column of SUBMISSION_COLUMNS) {
    if (found[column.key] !== undefined) continue;
    found[column.key] = width + headers.length;
    headers.push(column.header);
  }
  return {
    index: found as Record<SubmissionKey, number>,
    missing: headers.length > 0 ? { start: width, headers } : null,
  };
}
