// Every action as a person uses it, on a twin whose insertSheet leaves the person on the new sheet: run twice in a row, and
// run after moving to another tab (a sheet the add-on made, or one of the person's own), never set back to the report.

import { PROBLEMS_SHEET, runCheckData } from '../../src/addon/actions/checkData';
import { runDistrictSummary } from '../../src/addon/actions/districtSummary';
import { entryContext, submitEntryWith } from '../../src/addon/actions/entry';
import { registryDialogContext, runRegistry } from '../../src/addon/actions/registry';
import { runSetup } from '../../src/addon/actions/setup';
import { GENERATED_KEY } from '../../src/addon/adapter/generatedSheets';
import type { EntryPayload } from '../../src/addon/entry/types';
import { REPORT_SHEET_KEY } from '../../src/addon/reportSheet';
import type { Twin } from '../../src/twin';
import { checksum, REPORT_SHEET, reportRows, samplePayload, TODAY, twinWithReport } from '../support/twinReport';

const SUMMARY = 'สรุปรายอำเภอ';
const NON_REPORTERS = 'ยังไม่รายงาน';
const OWN_TAB = 'บันทึกของฉัน';
/** enough generated rows for the check to find problems to list */
const ROWS = 40;

let made = 0;
function entry(): EntryPayload {
  made++;
  return samplePayload(`active-sheet-${String(made).padStart(6, '0')}`, '150');
}

interface Action {
  readonly name: string;
  /** runs the action; throws when it did not do its work on the report sheet */
  readonly run: (twin: Twin) => void;
}

function ok(outcome: { ok: boolean; message?: { en: string } }): void {
  if (!outcome.ok) throw new Error(outcome.message?.en ?? 'not ok');
}

const ACTIONS: readonly Action[] = [
  {
    name: 'ตรวจสอบข้อมูล',
    run: (twin) => {
      ok(runCheckData(twin.services, TODAY));
      // the problems listed link to the report sheet's own cells
      const id = twin.workbook.sheet(REPORT_SHEET).getSheetId();
      expect(twin.workbook.sheet(PROBLEMS_SHEET).formulaAt(3, 6)).toContain(`#gid=${id}&`);
    },
  },
  {
    name: 'สรุปผลรายอำเภอ',
    run: (twin) => {
      ok(runDistrictSummary(twin.services, TODAY, '2569'));
      expect(twin.workbook.sheet(SUMMARY).peek().values[1][0]).toBe('จังหวัดพะเยา');
    },
  },
  {
    name: 'ตั้งค่าแบบรายงาน',
    run: (twin) => {
      ok(runSetup(twin.services));
      // the report sheet is repaired (its header frozen), never a second one made
      expect(twin.workbook.sheet(REPORT_SHEET).getFrozenRows()).toBe(3);
    },
  },
  {
    name: 'ทะเบียน อปท.',
    run: (twin) => {
      expect(registryDialogContext(twin.services).province).toEqual({ code: '56', name: 'พะเยา' });
      ok(runRegistry(twin.services, null, true));
    },
  },
  {
    name: 'บันทึกผล (sidebar)',
    run: (twin) => {
      const context = entryContext(twin.services, TODAY);
      if (!context.ok) throw new Error(context.message.en);
      expect(context.sheetName).toBe(REPORT_SHEET);
      expect(submitEntryWith(twin.services, TODAY, entry())).toMatchObject({
        status: 'recorded',
        sheetName: REPORT_SHEET,
      });
    },
  },
];

/** No second report sheet was made, and the entries are as they were (the sidebar adds rows, so it is left out). */
function expectReportUntouched(twin: Twin, action: Action, before: string): void {
  expect(twin.workbook.sheetNames().filter((n) => n.startsWith(REPORT_SHEET))).toEqual([REPORT_SHEET]);
  if (!action.name.startsWith('บันทึก')) expect(checksum(twin)).toBe(before);
}

describe.each(ACTIONS)('$name', (action) => {
  test('twice in a row, from wherever the first run left the person', () => {
    const twin = twinWithReport(ROWS);
    const before = checksum(twin);
    action.run(twin);
    action.run(twin);
    expectReportUntouched(twin, action, before);
  });

  test('after the person moved to a sheet the add-on made (สรุปรายอำเภอ)', () => {
    const twin = twinWithReport(ROWS);
    ok(runDistrictSummary(twin.services, TODAY, null));
    twin.workbook.setActiveSheet(SUMMARY);
    const before = checksum(twin);
    action.run(twin);
    expectReportUntouched(twin, action, before);
  });

  test('the first time, from an unrelated tab of the person’s own, and again from there', () => {
    const twin = twinWithReport(ROWS);
    twin.workbook.addSheet(OWN_TAB, [['เบอร์โทรผู้ประสานงาน'], ['นาย ก', '0800000000']]);
    twin.workbook.setActiveSheet(OWN_TAB);
    const before = checksum(twin);
    action.run(twin);
    twin.workbook.setActiveSheet(OWN_TAB);
    action.run(twin);
    expectReportUntouched(twin, action, before);
    expect(twin.workbook.sheet(OWN_TAB).peek().values[0][0]).toBe('เบอร์โทรผู้ประสานงาน');
  });

  test('a sheet the add-on generated is never taken for the report, even one that looks like it', () => {
    const twin = twinWithReport(ROWS);
    const lookalike = twin.workbook.addSheet('สำเนาที่ระบบทำ', reportRows(5, twin.workbook));
    lookalike.addDeveloperMetadata(GENERATED_KEY, 'districtSummary');
    twin.workbook.setActiveSheet(lookalike);
    const copy = JSON.stringify(lookalike.peek().values);
    action.run(twin);
    expect(twin.workbook.documentProperties.get(REPORT_SHEET_KEY)).toBe(
      String(twin.workbook.sheet(REPORT_SHEET).getSheetId()),
    );
    expect(JSON.stringify(lookalike.peek().values)).toBe(copy);
  });
});

describe('the report sheet remembered', () => {
  test('a summary run twice leaves the person on ยังไม่รายงาน and still reads the report, with one read of its block', () => {
    const twin = twinWithReport(ROWS);
    ok(runDistrictSummary(twin.services, TODAY, null));
    expect(twin.workbook.getActiveSheet().getName()).toBe(NON_REPORTERS);
    twin.counter.reset();
    ok(runDistrictSummary(twin.services, TODAY, null));
    // found by the remembered id: no look at the active sheet, no walk over the tabs, one read of the report's block
    expect(twin.counter.byMethod['Spreadsheet.getActiveSheet']).toBeUndefined();
    expect(twin.counter.byMethod['Spreadsheet.getSheets']).toBeUndefined();
    expect(twin.counter.byMethod['Sheet.getSheetValues']).toBe(1);
    expect(twin.counter.byMethod['Range.getValues']).toBeUndefined();
  });

  test('a report sheet deleted and made again by ตั้งค่าแบบรายงาน is the one the next check reads', () => {
    const twin = twinWithReport(10);
    ok(runCheckData(twin.services, TODAY));
    twin.workbook.deleteSheet(REPORT_SHEET);
    ok(runSetup(twin.services));
    const made = twin.workbook.sheet(REPORT_SHEET);
    expect(twin.workbook.documentProperties.get(REPORT_SHEET_KEY)).toBe(String(made.getSheetId()));
    // the person goes back to the problems sheet and checks again: the new report sheet is checked
    twin.workbook.setActiveSheet(PROBLEMS_SHEET);
    ok(runCheckData(twin.services, TODAY));
    expect(twin.workbook.documentProperties.get(REPORT_SHEET_KEY)).toBe(String(made.getSheetId()));
  });
});
