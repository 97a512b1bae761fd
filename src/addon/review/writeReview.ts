// A save of ตรวจรับข้อมูล under the document lock: one read of the rows decided on, the plan against them as they are
// now, one write of their review cells (two when the sheet keeps status and note apart), the acts appended to the audit
// trail, flush, release. Six Spreadsheet calls whatever the number of rows.

import type { ReviewChoices } from '../../core/form/types';
import { auditRows } from '../../core/review/auditRows';
import type { CertificationRecord } from '../../core/review/certification';
import { planReview, type ReviewPlan } from '../../core/review/decisions';
import type { ReviewDecision } from '../../core/review/types';
import type { CellInput, Services, SheetApi } from '../adapter/services';
import type { SheetDays } from '../adapter/sheetDays';
import { toCellValues } from '../adapter/sheetValues';
import { LOCK_WAIT_MS } from '../entry/appendRow';
import { errorText, isProtectionError } from '../failure';
import { type AuditLog, appendAudit } from './auditLog';

export interface ReviewTarget {
  readonly sheet: SheetApi;
  readonly sheetName: string;
  readonly days: SheetDays;
  /** 1-based sheet rows read: the decisions' rows, never past the sheet's last row as located */
  readonly first: number;
  readonly last: number;
  /** columns read (from A), at least to the review cells */
  readonly width: number;
  /** 0-based columns */
  readonly status: number;
  readonly note: number;
  readonly owner: number | undefined;
  /** 0-based column of the row's date, and the periods the province certified (rows dated in them are refused) */
  readonly date: number | undefined;
  readonly closed: readonly CertificationRecord[];
  readonly choices: ReviewChoices;
  /** who and when, as the audit trail writes them */
  readonly by: { readonly time: string; readonly who: string };
}

export type ReviewWrite =
  | { readonly kind: 'written'; readonly plan: ReviewPlan }
  | { readonly kind: 'busy' | 'unlocked' | 'protected' }
  | { readonly kind: 'failed'; readonly detail: string };

/** The review cells of rows first..last: as read, with the planned ones put in; `columns` of them from `from`. */
function reviewBlock(raw: unknown[][], t: ReviewTarget, plan: ReviewPlan, columns: readonly number[]): CellInput[][] {
  return raw.map((cells, i) => {
    const planned = plan.writes.get(t.first + i);
    return columns.map((c) => (planned ? planned[c === t.status ? 0 : 1] : ((cells[c] ?? '') as CellInput)));
  });
}

function writeColumns(t: ReviewTarget, raw: unknown[][], plan: ReviewPlan): void {
  const n = t.last - t.first + 1;
  // status and note side by side (as the forms declare them): one write of both
  const runs =
    Math.abs(t.status - t.note) === 1
      ? [[Math.min(t.status, t.note), Math.max(t.status, t.note)]]
      : [[t.status], [t.note]];
  for (const columns of runs)
    t.sheet.getRange(t.first, columns[0] + 1, n, columns.length).setValues(reviewBlock(raw, t, plan, columns));
}

export function writeReview(
  services: Services,
  t: ReviewTarget,
  decisions: readonly ReviewDecision[],
  log: AuditLog,
): ReviewWrite {
  const lock = services.lockService.getDocumentLock();
  // null outside a script bound to the file: writing unlocked could lose another reviewer's decisions
  if (!lock) return { kind: 'unlocked' };
  if (!lock.tryLock(LOCK_WAIT_MS)) return { kind: 'busy' };
  try {
    const raw = t.sheet.getSheetValues(t.first, 1, t.last - t.first + 1, t.width);
    const cells = toCellValues(raw, t.days);
    const span = {
      first: t.first,
      cells,
      status: t.status,
      note: t.note,
      owner: t.owner,
      date: t.date,
      closed: t.closed,
    };
    const plan = planReview(decisions, span, t.choices);
    if (plan.writes.size === 0) return { kind: 'written', plan };
    writeColumns(t, raw, plan);
    appendAudit(log, auditRows(plan.acts, { ...t.by, sheetName: t.sheetName }));
    // the cells and the log must be in the sheet before the next save reads them
    services.spreadsheetApp.flush();
    return { kind: 'written', plan };
  } catch (e) {
    const detail = errorText(e);
    return isProtectionError(detail) ? { kind: 'protected' } : { kind: 'failed', detail };
  } finally {
    lock.releaseLock();
  }
}
