// A submission's critical section under the document lock: check the recent ids, read the last row once, write one row,
// append the act to the audit trail, flush, release. Six Spreadsheet calls, two writes: every officer submitting at the
// same moment waits for this.

import type { Services, SheetApi } from '../adapter/services';
import { errorText, isProtectionError } from '../failure';
import { type AuditLog, appendAudit } from '../review/auditLog';
import { readRecentIds, rememberId } from './recentIds';
import type { SheetRow } from './sheetRow';

/** LockService.tryLock waits up to this long for another submission to finish */
export const LOCK_WAIT_MS = 30_000;
/** rows added at once when the sheet is full, so the next submissions do not need to grow it again */
const GROW_ROWS = 100;

export type AppendOutcome =
  | { readonly kind: 'written'; readonly row: number }
  | { readonly kind: 'duplicate'; readonly row: number }
  | { readonly kind: 'busy' }
  /** no document lock: the script is not bound to the spreadsheet */
  | { readonly kind: 'unlocked' }
  | { readonly kind: 'protected' }
  | { readonly kind: 'failed'; readonly detail: string };

function write(sheet: SheetApi, row: number, content: SheetRow): void {
  sheet.getRange(row, content.startColumn, 1, content.values.length).setValues([content.values]);
}

/** One write; only when the sheet has no row left does it grow the sheet and write again. */
function writeGrowing(sheet: SheetApi, row: number, content: SheetRow): AppendOutcome {
  try {
    write(sheet, row, content);
    return { kind: 'written', row };
  } catch (e) {
    const detail = errorText(e);
    if (isProtectionError(detail)) return { kind: 'protected' };
    const maxRows = sheet.getMaxRows();
    if (row <= maxRows) return { kind: 'failed', detail };
    sheet.insertRowsAfter(maxRows, row - maxRows + GROW_ROWS);
    try {
      write(sheet, row, content);
      return { kind: 'written', row };
    } catch (again) {
      const detail2 = errorText(again);
      return isProtectionError(detail2) ? { kind: 'protected' } : { kind: 'failed', detail: detail2 };
    }
  }
}

/** The audit trail and its rows for the act, once the sheet row it went to is known. */
export interface EntryAudit {
  readonly log: AuditLog;
  readonly rowsFor: (row: number) => (string | number)[][];
}

/** What a locked write can answer besides an append's outcomes: the row to correct changed since it was opened. */
export type WriteOutcome = AppendOutcome | { readonly kind: 'changed' };

/**
 * Runs `write` for the submission `id` under the document lock, once: an id written before answers its row; a row
 * written is flushed (the next submission reads the sheet) and remembered under the id. The recent ids are Properties
 * calls, not Spreadsheet calls.
 */
export function writeOnceUnderLock<O extends WriteOutcome>(
  services: Services,
  id: string,
  write: () => O,
): O | AppendOutcome {
  const props = services.propertiesService.getDocumentProperties();
  const lock = services.lockService.getDocumentLock();
  // null outside a script bound to the file: writing unlocked could overwrite another officer's row, so nothing is written
  if (!lock) return { kind: 'unlocked' };
  if (!lock.tryLock(LOCK_WAIT_MS)) return { kind: 'busy' };
  try {
    const recent = readRecentIds(props);
    const earlier = recent.get(id);
    if (earlier !== undefined) return { kind: 'duplicate', row: earlier };
    const outcome = write();
    const done = outcome as WriteOutcome;
    if (done.kind === 'written') {
      services.spreadsheetApp.flush();
      rememberId(props, recent, id, done.row);
    }
    return outcome;
  } catch (e) {
    const detail = errorText(e);
    return isProtectionError(detail) ? { kind: 'protected' } : { kind: 'failed', detail };
  } finally {
    lock.releaseLock();
  }
}

/** Appends `content` below the last row (never inside the header block, whose last row is `headerBottom`, 1-based). */
export function appendUnderLock(
  services: Services,
  sheet: SheetApi,
  headerBottom: number,
  id: string,
  content: SheetRow,
  audit: EntryAudit,
): AppendOutcome {
  return writeOnceUnderLock(services, id, () => {
    const row = Math.max(sheet.getLastRow(), headerBottom) + 1;
    const outcome = writeGrowing(sheet, row, content);
    if (outcome.kind === 'written') appendAudit(audit.log, audit.rowsFor(row));
    return outcome;
  });
}
