// บันทึกการส่งอีเมล: the central script's record of every follow-up e-mail run, one row a province (time, province, period,
// recipients, result). Read once per run; it is also the guard that nothing is sent twice for one period and province.

import { generatedSheet } from '../addon/adapter/generatedSheets';
import type { PropertiesApi, SheetApi, SpreadsheetApi } from '../addon/adapter/services';
import type { SheetDays } from '../addon/adapter/sheetDays';
import { readUsedBlock } from '../addon/adapter/sheetValues';
import { cellText } from '../core/cell';
import { followupMailMessages as F, MAIL_LOG_SHEET, type MailResultKind } from '../core/messages/followupMail';
import type { Text } from '../core/messages/text';
import { type Period, periodKey, periodLabel } from '../core/period/period';
import { asSheetText } from '../core/report/grid';

const WIDTH = F.logHeader.length;
const PROVINCE_COL = 1;
const PERIOD_COL = 2;
const RESULT_COL = 4;
/** rows added at a time when the log reaches the sheet's last row (getRange past it is refused) */
const GROW_ROWS = 200;

export interface MailLog {
  readonly sheet: SheetApi;
  /** the rows below the header, as text */
  readonly rows: readonly (readonly string[])[];
  /** the next empty row (1-based) and the sheet's row count */
  next: number;
  maxRows: number;
  /** the log was made again or under another name */
  readonly notice?: Text;
}

/** One row of the log. `time` is already written out (B.E. date and time in Thailand). */
export interface MailLogEntry {
  readonly time: string;
  readonly province: string;
  readonly period: Period;
  readonly recipients: readonly string[];
  readonly kind: MailResultKind;
  readonly detail: Text | null;
}

/** The period as the log shows it, its key first: "2569-Q1 ไตรมาส 1 ปีงบประมาณ 2569". */
const periodCell = (period: Period): string => `${periodKey(period)} ${periodLabel(period).th}`;

/** Finds or makes the log (its header on a new one) and reads it: one read of the used block, one of the row count. */
export function openMailLog(ss: SpreadsheetApi, props: PropertiesApi, days: SheetDays): MailLog {
  const { sheet, created, notice } = generatedSheet(ss, props, 'followupMailLog', MAIL_LOG_SHEET);
  if (created) {
    sheet
      .getRange(1, 1, 1, WIDTH)
      .setValues([F.logHeader.map(asSheetText)])
      .setFontWeight('bold');
    sheet.setFrozenRows(1);
    sheet.setColumnWidths(3, 3, 260);
    return { sheet, rows: [], next: 2, maxRows: sheet.getMaxRows(), notice };
  }
  const block = readUsedBlock(sheet, days).map((r) => r.map(cellText));
  const rows = block.slice(1);
  return { sheet, rows, next: block.length + 1, maxRows: sheet.getMaxRows(), notice };
}

/** Whether a row of the log says this province was sent this period's e-mail. */
export function alreadySent(log: MailLog, province: string, period: Period): boolean {
  const key = periodKey(period);
  return log.rows.some(
    (r) =>
      (r[PROVINCE_COL] ?? '').trim() === province &&
      (r[PERIOD_COL] ?? '').trim().split(/\s/)[0] === key &&
      (r[RESULT_COL] ?? '').trim() === F.result.sent.th,
  );
}

function entryCells(e: MailLogEntry): string[] {
  const result = F.result[e.kind].th;
  return [
    e.time,
    e.province,
    periodCell(e.period),
    e.recipients.join(', '),
    e.detail ? `${result}: ${e.detail.th}` : result,
  ].map(asSheetText);
}

/** Writes the entries below the last row in one call (and grows the sheet first when it is full). */
export function appendToLog(log: MailLog, entries: readonly MailLogEntry[]): void {
  if (entries.length === 0) return;
  const last = log.next + entries.length - 1;
  if (last > log.maxRows) {
    const more = Math.max(GROW_ROWS, last - log.maxRows);
    log.sheet.insertRowsAfter(log.maxRows, more);
    log.maxRows += more;
  }
  log.sheet.getRange(log.next, 1, entries.length, WIDTH).setValues(entries.map(entryCells));
  log.next += entries.length;
}
