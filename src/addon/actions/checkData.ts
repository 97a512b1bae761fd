// The ตรวจสอบข้อมูล menu action: check the report sheet, mark every problem cell, list the problems on their own sheet.
// A constant number of Spreadsheet calls whatever the number of rows: one read of the block, one write per output.

import { reportMessages } from '../../core/messages/report';
import { sheetMessages } from '../../core/messages/sheets';
import type { Text } from '../../core/messages/text';
import { asSheetText, type Grid, type GridValue } from '../../core/report/grid';
import type { Problem } from '../../core/validate/types';
import type { CalendarDay } from '../../core/validate/validateSheet';
import { columnLetter } from '../a1';
import { generatedSheet } from '../adapter/generatedSheets';
import type { Services } from '../adapter/services';
import { sheetDays, todayIn } from '../adapter/sheetDays';
import { writeGrid } from '../adapter/writeGrid';
import { markBlock } from '../marks';
import { checkReportSheet } from '../reportSheet';
import { workbookForm } from '../workbookForm';

export const PROBLEMS_SHEET = 'ปัญหาข้อมูล';

export interface CheckOutcome {
  readonly ok: boolean;
  readonly message: Text;
  readonly errors: number;
  readonly warnings: number;
  readonly marked: number;
  readonly notices: readonly Text[];
}

function problemsGrid(sheetId: number, problems: readonly Problem[]): Grid {
  const header = sheetMessages.problemsColumns;
  const values: GridValue[][] = [[sheetMessages.problemsTitle, '', '', '', '', ''], header];
  for (const p of problems) {
    const column = p.columnIndex ?? 0;
    const a1 = `${columnLetter(column)}${p.row}`;
    values.push([
      p.row,
      asSheetText(p.header ?? ''),
      asSheetText(p.value),
      reportMessages.severity[p.severity],
      asSheetText(p.message.th),
      `=HYPERLINK("#gid=${sheetId}&range=${a1}","${a1}")`,
    ]);
  }
  if (problems.length === 0) values.push([sheetMessages.noProblemsLine, '', '', '', '', '']);
  // only the title and header are bold, so the layout fingerprint does not change with the number of problems
  const weights = values.slice(0, 2).map((row) => row.map(() => 'bold'));
  return { values, numberFormats: [], fontWeights: weights, headerRow: 1, width: header.length };
}

/** `today`: the day entries may not be after; today in the spreadsheet's time zone unless given (tests fix it). */
export function runCheckData(services: Services, today?: CalendarDay): CheckOutcome {
  const ss = services.spreadsheetApp.getActiveSpreadsheet();
  const props = services.propertiesService.getDocumentProperties();
  const days = sheetDays(ss, services.utilities);
  const result = checkReportSheet(ss, workbookForm(props), today ?? todayIn(days, services), props, days);
  if (!result.ok) return { ok: false, message: result.message, errors: 0, warnings: 0, marked: 0, notices: [] };
  const { validation, sheet, sheetId, rows } = result.checked;
  const problems = validation.problems;
  const errors = problems.filter((p) => p.severity === 'error').length;

  const marks = problems.map((p) => ({
    row: p.row - 1,
    column: p.columnIndex ?? 0,
    severity: p.severity,
    message: p.message.th,
  }));
  // the block as read (a report has its header, so it is never empty): one call for its range, then its formats
  const range = sheet.getRange(1, 1, rows.length, rows[0].length);
  const marked = markBlock(range.getBackgrounds(), range.getNotes(), marks);
  range.setBackgrounds(marked.backgrounds);
  range.setNotes(marked.notes);

  const out = generatedSheet(ss, props, 'problems', PROBLEMS_SHEET);
  const grid = problemsGrid(sheetId, problems);
  // all text; the bold title and header never move, so the layout (and its one format call) changes only when made
  writeGrid(out.sheet, 'problems', grid, out.created, props, { numberFormats: false, fontWeights: true });

  const message = sheetMessages.checkToast(errors, problems.length - errors, validation.summary.reported);
  ss.toast(message.th, sheetMessages.checkTitle.th, 10);
  return {
    ok: true,
    message,
    errors,
    warnings: problems.length - errors,
    marked: marked.marked,
    notices: out.notice ? [out.notice] : [],
  };
}
