// บันทึกการเปลี่ยนแปลง: the workbook's audit trail, a hidden generated sheet the add-on only appends to. It is found or
// made outside the lock; its rows are written inside the lock of the change they record, at the row kept in document
// properties, so an append is two Spreadsheet calls (getRange, setValues) and never reads the sheet.

import { AUDIT_LOG_SHEET, reviewMessages as M } from '../../core/messages/reviewServer';
import type { Text } from '../../core/messages/text';
import { asSheetText } from '../../core/report/grid';
import { AUDIT_WIDTH } from '../../core/review/auditRows';
import { generatedSheet } from '../adapter/generatedSheets';
import type { PropertiesApi, SheetApi, SpreadsheetApi } from '../adapter/services';

const NEXT_ROW_KEY = 'khongdee.auditLog.next';
/** rows added ahead of the appends, outside the lock, so an append under it never has to grow the sheet */
const GROW_ROWS = 500;

export interface AuditLog {
  readonly sheet: SheetApi;
  readonly props: PropertiesApi;
  /** the log was made again or under another name */
  readonly notice?: Text;
}

/**
 * Finds or makes the log with room for `rows` more rows. A new one gets its header, is hidden and warns whoever edits
 * it; the person is put back on `current`, since insertSheet moved them to the new sheet.
 */
export function openAuditLog(ss: SpreadsheetApi, props: PropertiesApi, current: SheetApi, rows: number): AuditLog {
  const { sheet, created, notice } = generatedSheet(ss, props, 'auditLog', AUDIT_LOG_SHEET);
  if (created) {
    sheet
      .getRange(1, 1, 1, AUDIT_WIDTH)
      .setValues([M.auditHeader.th.map(asSheetText)])
      .setFontWeight('bold');
    sheet.setFrozenRows(1);
    props.setProperty(NEXT_ROW_KEY, '2');
    current.activate();
    sheet.hideSheet();
  }
  const next = nextRow(sheet, props);
  const maxRows = sheet.getMaxRows();
  if (next + rows > maxRows) sheet.insertRowsAfter(maxRows, rows + GROW_ROWS);
  return { sheet, props, notice };
}

/** The row the next act goes to: kept in document properties; the sheet's last row only when that was lost. */
function nextRow(sheet: SheetApi, props: PropertiesApi): number {
  const kept = Number(props.getProperty(NEXT_ROW_KEY));
  return Number.isInteger(kept) && kept >= 2 ? kept : sheet.getLastRow() + 1;
}

/** Appends the rows; call it inside the lock of the change they record, before the flush. */
export function appendAudit(log: AuditLog, rows: readonly (string | number)[][]): void {
  if (rows.length === 0) return;
  const next = nextRow(log.sheet, log.props);
  log.sheet.getRange(next, 1, rows.length, AUDIT_WIDTH).setValues(rows.map((r) => [...r]));
  log.props.setProperty(NEXT_ROW_KEY, String(next + rows.length));
}
