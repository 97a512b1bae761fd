// The EDITED_OUTSIDE_FORM check as every caller runs it on a checked sheet: the add-on's ตรวจสอบข้อมูล, the CLI's
// validate/rollup and consolidation. The audit trail is asked for only when an edited row is found, so a sheet the
// sidebar never wrote, or wrote and nobody touched, costs no read of it.

import type { CellValue } from '../cell';
import { foundSubmissionColumns } from '../form/submissionColumns';
import type { FormSpec } from '../form/types';
import { AUDIT_LOG_SHEET } from '../messages/reviewServer';
import { namedSheet } from '../namedSheet';
import { editedRows, type LoggedValues, loggedValues, withEditedWarnings } from './editedOutsideForm';
import type { SheetValidation } from './types';

/** Where the values the sidebar logged come from; both are asked for only once an edited row is found. */
export interface AuditTrailSource {
  /** the checked sheet's name, as the trail's rows name it */
  readonly sheetName: () => string;
  /** the audit trail's block as read (its header first), or null when there is none */
  readonly readLog: () => readonly CellValue[][] | null;
}

/** The check's result with a warning on each row edited in the grid since the sidebar wrote it (EDITED_OUTSIDE_FORM). */
export function withTamperCheck(
  rows: readonly CellValue[][],
  validation: SheetValidation,
  form: FormSpec,
  trail: AuditTrailSource,
): SheetValidation {
  const checksum = foundSubmissionColumns(rows, validation.header.rows).checksum;
  if (checksum === undefined) return validation;
  const edited = editedRows(rows, validation.header, form, checksum);
  if (edited.length === 0) return validation;
  const log = trail.readLog();
  const logged: LoggedValues = log ? loggedValues(log, trail.sheetName(), edited, form, validation.header) : new Map();
  return withEditedWarnings(validation, rows, form, edited, logged);
}

/** A file's audit trail: the rows of its บันทึกการเปลี่ยนแปลง sheet, or null when it has none (a copy of the report tab only). */
export function auditTrailOf(
  sheets: readonly { readonly name: string; readonly rows: readonly CellValue[][] }[],
): readonly CellValue[][] | null {
  return namedSheet(sheets, AUDIT_LOG_SHEET)?.rows ?? null;
}
