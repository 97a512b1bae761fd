// What a correction of a returned row needs besides the checked entry: the row's review columns, the status it goes
// back to (รอตรวจ), and the audit trail's rows for it; then the locked write over the row (see replaceRow).

import type { CellValue } from '../../core/cell';
import { auditRows } from '../../core/review/auditRows';
import { reviewSkip } from '../../core/review/reviewList';
import type { Services } from '../adapter/services';
import type { AuditLog } from '../review/auditLog';
import { cellsAuditText } from './auditText';
import { type CorrectionOutcome, replaceUnderLock } from './replaceRow';
import type { ReportLocation } from './reportLocation';
import type { SheetRow } from './sheetRow';

export interface ReviewCells {
  readonly status: number;
  readonly note: number | undefined;
  readonly pending: string;
  readonly returned: readonly string[];
}

/** The sheet's review status column and the form's texts for it; null when the sheet has none (nothing is returned). */
export function reviewCellsOf(report: ReportLocation): ReviewCells | null {
  const column = report.form.columns.find((c) => c.role === 'review');
  const status = column ? report.header.columns.get(column.key)?.index : undefined;
  if (!column?.choices || status === undefined) return null;
  const noteKey = report.form.columns.find((c) => c.role === 'reviewNote')?.key;
  const note = noteKey === undefined ? undefined : report.header.columns.get(noteKey)?.index;
  return { status, note, pending: column.choices.pending[0], returned: column.choices.returned };
}

export interface CorrectionAct {
  readonly id: string;
  readonly replaces: { readonly row: number; readonly fingerprint: string };
  readonly content: SheetRow;
  readonly review: ReviewCells;
  readonly log: AuditLog;
  readonly owner: string;
  /** the row's values after, as the audit trail writes them */
  readonly after: string;
  readonly by: { readonly time: string; readonly who: string };
}

export function correctUnderLock(services: Services, report: ReportLocation, act: CorrectionAct): CorrectionOutcome {
  const { review } = act;
  const width = Math.max(report.rows[0]?.length ?? 0, act.content.startColumn - 1 + act.content.values.length);
  const auditFor = (before: readonly CellValue[]) =>
    auditRows(
      [
        {
          kind: 'correct',
          row: act.replaces.row,
          owner: act.owner,
          before: cellsAuditText(report.form, report.header, before),
          after: act.after,
        },
      ],
      { ...act.by, sheetName: report.sheetName },
    );
  return replaceUnderLock(services, act.id, {
    sheet: report.sheet,
    days: report.days,
    row: act.replaces.row,
    fingerprint: act.replaces.fingerprint,
    width,
    skip: reviewSkip({ status: review.status, note: review.note }),
    status: review.status,
    returned: review.returned,
    content: act.content,
    log: act.log,
    auditFor,
  });
}
