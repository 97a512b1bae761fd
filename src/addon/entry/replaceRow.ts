// A correction's critical section under the document lock: read the returned row once, check it is the row the officer
// opened (same values, still returned), write the corrected row over it, log the act with the values before and after,
// flush, release. Six Spreadsheet calls, two writes, as a new submission.

import type { CellValue } from '../../core/cell';
import { choiceKey } from '../../core/form/defineForm';
import { rowFingerprint } from '../../core/review/fingerprint';
import type { CellInput, Services, SheetApi } from '../adapter/services';
import type { SheetDays } from '../adapter/sheetDays';
import { toCellValues } from '../adapter/sheetValues';
import { type AuditLog, appendAudit } from '../review/auditLog';
import { type WriteOutcome, writeOnceUnderLock } from './appendRow';
import type { SheetRow } from './sheetRow';

export interface Correction {
  readonly sheet: SheetApi;
  readonly days: SheetDays;
  readonly row: number;
  /** of the row as the officer opened it, outside the review cells */
  readonly fingerprint: string;
  /** columns read (from A) and the review cells' 0-based columns, left out of the fingerprint */
  readonly width: number;
  readonly skip: ReadonlySet<number>;
  readonly status: number;
  /** the texts a returned row's status may have */
  readonly returned: readonly string[];
  readonly content: SheetRow;
  readonly log: AuditLog;
  /** the audit rows, given the row's cells before */
  readonly auditFor: (before: readonly CellValue[]) => (string | number)[][];
}

export type CorrectionOutcome = WriteOutcome;

export function replaceUnderLock(services: Services, id: string, c: Correction): CorrectionOutcome {
  return writeOnceUnderLock(services, id, (): CorrectionOutcome => {
    const raw = c.sheet.getSheetValues(c.row, 1, 1, c.width)[0] ?? [];
    const before = toCellValues([raw], c.days)[0];
    const status = choiceKey(String(before[c.status] ?? ''));
    const stillReturned = c.returned.some((t) => choiceKey(t) === status);
    // a reviewer decided again, or the row was edited or moved since it was opened: the officer opens it again
    if (!stillReturned || rowFingerprint(before, c.skip) !== c.fingerprint) return { kind: 'changed' };
    const values = [...c.content.values];
    for (const g of c.content.gaps) values[g] = (raw[c.content.startColumn - 1 + g] ?? '') as CellInput;
    c.sheet.getRange(c.row, c.content.startColumn, 1, values.length).setValues([values]);
    appendAudit(c.log, c.auditFor(before));
    return { kind: 'written', row: c.row };
  });
}
