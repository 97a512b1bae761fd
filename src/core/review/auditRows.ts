// The rows of the audit trail (บันทึกการเปลี่ยนแปลง) for acts done at one time by one person on one sheet, in order.

import { reviewMessages as M } from '../messages/reviewServer';
import { asSheetText } from '../report/grid';
import type { AuditAct } from './types';

export const AUDIT_WIDTH = M.auditHeader.th.length;

/** `time` is already written out for people (B.E. date and time); every text is kept as text, never a formula. */
export function auditRows(
  acts: readonly AuditAct[],
  by: { readonly time: string; readonly who: string; readonly sheetName: string },
): (string | number)[][] {
  return acts.map((a) => [
    asSheetText(by.time),
    asSheetText(by.who),
    M.act[a.kind].th,
    asSheetText(by.sheetName),
    a.row,
    asSheetText(a.owner),
    asSheetText(a.before),
    asSheetText(a.after),
  ]);
}
