// The hidden columns a sidebar submission fills besides the form's own: its id (so a retry is never written twice),
// the time, the submitter (the email, or the temporary key, said to be one, where Google keeps it blank) and the row's
// checksum (so an edit in the grid is found, see core/validate/editedOutsideForm). Declared once here, so the set-up
// action can create and hide exactly these.

import { type CellValue, cellText } from '../../core/cell';
import { entryMessages } from '../../core/messages/entry';
import { normaliseText } from '../../core/normalise/text';

export type SubmissionKey = 'id' | 'time' | 'user' | 'checksum';

/** the checksum column's header, a sheet header and no message, so it is kept with the others' declaration */
const CHECKSUM_HEADER = 'รหัสตรวจสอบแถว';

export const SUBMISSION_COLUMNS: readonly { readonly key: SubmissionKey; readonly header: string }[] = [
  { key: 'id', header: entryMessages.submissionHeaders.id },
  { key: 'time', header: entryMessages.submissionHeaders.time },
  { key: 'user', header: entryMessages.submissionHeaders.user },
  { key: 'checksum', header: CHECKSUM_HEADER },
];

export interface SubmissionColumnPlan {
  /** 0-based column index of each submission column, found or to be made */
  readonly index: Readonly<Record<SubmissionKey, number>>;
  /** columns to add: one header write of `headers` starting at 0-based column `start` on the header's first row */
  readonly missing: { readonly start: number; readonly headers: readonly string[] } | null;
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

/** The submission columns the header rows (0-based row indexes into `rows`) have, by their header text. */
export function foundSubmissionColumns(
  rows: readonly (readonly CellValue[])[],
  headerRows: readonly number[],
): Partial<Record<SubmissionKey, number>> {
  const found: Partial<Record<SubmissionKey, number>> = {};
  for (const r of headerRows) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = normaliseText(cellText(row[c] ?? ''));
      const column = SUBMISSION_COLUMNS.find((s) => s.header === text);
      if (column && found[column.key] === undefined) found[column.key] = c;
    }
  }
  return found;
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
