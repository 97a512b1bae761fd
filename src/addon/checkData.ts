// The ตรวจสอบข้อมูล menu action: one read of the active sheet, the core check, one dialog with the result.

import { DLA_ONLINE_MARKET } from '../core/form/dlaOnlineMarket';
import { addonMessages } from '../core/messages/addon';
import { validateSheet } from '../core/validate/validateSheet';
import { todayLocal, toCellValues } from './adapter/sheetValues';

const PROBLEMS_SHOWN = 10;

export function runCheckData(): void {
  const sheet = SpreadsheetApp.getActiveSheet();
  const values = toCellValues(sheet.getDataRange().getValues());
  const ui = SpreadsheetApp.getUi();
  const checked = validateSheet(values, DLA_ONLINE_MARKET, { today: todayLocal() });
  if (!checked.ok) {
    ui.alert(addonMessages.checkTitle.th, `${checked.message.th}\n\n${checked.message.en}`, ui.ButtonSet.OK);
    return;
  }
  const { summary, problems } = checked.result;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const lines = [addonMessages.checkSummary(summary, errors, problems.length - errors).th];
  if (problems.length === 0) lines.push(addonMessages.noProblems.th);
  else {
    const shown = problems.slice(0, PROBLEMS_SHOWN);
    lines.push('', addonMessages.firstProblems(shown.length, problems.length).th);
    for (const p of shown) lines.push(addonMessages.problemLine(p.row, p.header ?? '', p.message.th));
  }
  ui.alert(addonMessages.checkTitle.th, lines.join('\n'), ui.ButtonSet.OK);
}
