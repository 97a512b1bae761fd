// The hidden columns a sidebar submission fills besides the form's own: its id (so a retry is never written twice),
// the time, the submitter (the email, or the temporary key, said to be one, where Google keeps it blank) and the row's
// checksum (so an edit in the grid is found, see core/validate/editedOutsideForm). Declared once here, so the set-up
// action creates and hides exactly these and every check (the add-on's and the CLI's) finds them by the same headers.

import { type CellValue, cellText } from '../cell';
import { entryMessages } from '../messages/entry';
import { normaliseText } from '../normalise/text';

export type SubmissionKey = 'id' | 'time' | 'user' | 'checksum';

/** the checksum column's header, a sheet header and no message, so it is kept with the others' declaration */
const CHECKSUM_HEADER = 'รหัสตรวจสอบแถว';

export const SUBMISSION_COLUMNS: readonly { readonly key: SubmissionKey; readonly header: string }[] = [
  { key: 'id', header: entryMessages.submissionHeaders.id },
  { key: 'time', header: entryMessages.submissionHeaders.time },
  { key: 'user', header: entryMessages.submissionHeaders.user },
  { key: 'checksum', header: CHECKSUM_HEADER },
];

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
