// The workbook's form, chosen by ตั้งค่าแบบรายงาน and kept in one document property: unset or unknown means DLA's form,
// the OTOP id makes the check, the summary and the setup work on the marketers' sheet, and the setup dialog offers both.

import { runCheckData } from '../../src/addon/actions/checkData';
import { runDistrictSummary } from '../../src/addon/actions/districtSummary';
import { runSetup } from '../../src/addon/actions/setup';
import { setupDialogContext } from '../../src/addon/dialogs/setupDialog';
import { DEFAULT_FORM, WORKBOOK_FORM_KEY, workbookForm } from '../../src/addon/workbookForm';
import { BUILT_IN_FORMS } from '../../src/core/form/builtInForms';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { newSheetColumns } from '../../src/core/form/entryFields';
import { OTOP_MARKETER } from '../../src/core/form/otopMarketer';
import { openDialogPage } from '../support/dialogPage';
import { officerTwin } from '../support/manifestTwin';
import { TODAY, twinWithReport } from '../support/twinReport';
import { OTOP_SHEET, OTOP_TODAY, otopRow, otopTwin } from './otopWorkbook';

function store(value: string | null) {
  const reads: string[] = [];
  return {
    reads,
    getProperty: (key: string) => {
      reads.push(key);
      return key === WORKBOOK_FORM_KEY ? value : null;
    },
  };
}

describe('workbookForm', () => {
  test('unset is DLA’s form, read with one getProperty', () => {
    const props = store(null);
    expect(workbookForm(props)).toBe(DLA_ONLINE_MARKET);
    expect(DEFAULT_FORM).toBe(DLA_ONLINE_MARKET);
    expect(props.reads).toEqual([WORKBOOK_FORM_KEY]);
  });

  test('the OTOP id is the OTOP form, from a store or from the map one getProperties call returned', () => {
    expect(workbookForm(store('otop-marketer'))).toBe(OTOP_MARKETER);
    expect(workbookForm({ [WORKBOOK_FORM_KEY]: 'otop-marketer', other: 'x' })).toBe(OTOP_MARKETER);
    expect(workbookForm({ other: 'x' })).toBe(DLA_ONLINE_MARKET);
  });

  test('an unknown id, or an empty one, falls back to DLA’s form without failing', () => {
    for (const id of ['no-such-form', '', 'OTOP-MARKETER', '__proto__', 'constructor'])
      expect(workbookForm(store(id))).toBe(DLA_ONLINE_MARKET);
  });
});

describe('the actions read the workbook’s form', () => {
  test('set to OTOP: the check reads the marketers’ sheet and finds its rows clean', () => {
    const twin = otopTwin();
    const outcome = runCheckData(twin.services, OTOP_TODAY);
    expect(outcome).toMatchObject({ ok: true, errors: 0, warnings: 0 });
    expect(outcome.message.th).toContain('ตรวจ 3 แถว');
  });

  test('set to OTOP: a month below a minimum is the check’s BELOW_MINIMUM, under its column', () => {
    const twin = otopTwin();
    const short = otopRow(4, 'นายกล้า ขายเก่ง', 'พ.ย. 2563');
    short[6] = 1; // clips: 1 of the 4 a month
    twin.workbook
      .sheet(OTOP_SHEET)
      .getRange(6, 1, 1, short.length)
      .setValues([short as (string | number)[]]);
    const outcome = runCheckData(twin.services, OTOP_TODAY);
    expect(outcome.ok).toBe(true);
    const listed = twin.workbook.sheet('ปัญหาข้อมูล').peek().values.slice(2);
    expect(listed).toHaveLength(1);
    expect(listed[0][0]).toBe(6);
    expect(String(listed[0][1])).toContain('คลิป');
    expect(String(listed[0][4])).toContain('4 คลิป');
  });

  test('unset, the same sheet is no DLA report: the check says so and does not fail', () => {
    const twin = otopTwin(null);
    const outcome = runCheckData(twin.services, OTOP_TODAY);
    expect(outcome.ok).toBe(false);
    expect(outcome.message.th).toContain('ไม่พบ');
  });

  test('an unknown id on a DLA workbook: the check runs on DLA’s form as before', () => {
    const twin = twinWithReport(10);
    twin.services.propertiesService.getDocumentProperties().setProperty(WORKBOOK_FORM_KEY, 'no-such-form');
    const outcome = runCheckData(twin.services, TODAY);
    expect(outcome.ok).toBe(true);
    expect(outcome.message.th).toContain('ตรวจ 10 แถว');
  });

  test('set to OTOP: the summary rolls the marketers up under the OTOP title, with its figures and none of DLA’s', () => {
    const twin = otopTwin();
    const outcome = runDistrictSummary(twin.services, OTOP_TODAY, '2564');
    expect(outcome.ok).toBe(true);
    const sheet = twin.workbook.sheet('สรุปรายอำเภอ');
    const values = sheet.peek().values;
    expect(String(values[0][0])).toContain('นักการตลาดรุ่นใหม่');
    const text = values.map((r) => r.join('|')).join('\n');
    expect(text).toContain('นักการตลาดที่รายงาน');
    expect(text).not.toContain('รายรับ');
  });
});

describe('ตั้งค่าแบบรายงาน with a choice of form', () => {
  test('OTOP on a new workbook: the choice is remembered, the sheet has its header, and the check then uses it', () => {
    const twin = officerTwin({ sheets: { แผ่น1: [] } });
    const outcome = runSetup(twin.services, 'otop-marketer');
    expect(outcome.ok).toBe(true);
    const props = twin.services.propertiesService.getDocumentProperties();
    expect(props.getProperty(WORKBOOK_FORM_KEY)).toBe('otop-marketer');
    const values = twin.workbook.sheet('รายงานผล').peek().values;
    expect(values[0][0]).toBe(OTOP_MARKETER.title.th);
    const headers = newSheetColumns(OTOP_MARKETER).map((c) => c.header);
    expect(values[3].slice(0, headers.length)).toEqual(headers);
    // a form of people has no อปท. column to give a dropdown, and no list sheet is made for one
    expect(twin.workbook.sheetNames()).not.toContain('รายการสำหรับเลือก');
    const check = runCheckData(twin.services, OTOP_TODAY);
    expect(check.ok).toBe(true);
    expect(check.message.th).toContain('ตรวจ 0 แถว');
  });

  test('OTOP on an OTOP workbook repairs the sheet in place, naming no อปท. list', () => {
    const twin = otopTwin();
    const before = twin.workbook.sheet(OTOP_SHEET).peek().values;
    const outcome = runSetup(twin.services, 'otop-marketer');
    expect(outcome.ok).toBe(true);
    expect(outcome.message.th).toContain('9 คอลัมน์');
    expect(outcome.message.th).not.toContain('อปท.');
    expect(
      twin.workbook
        .sheet(OTOP_SHEET)
        .peek()
        .values.slice(0, 5)
        .map((r) => r.slice(0, 15)),
    ).toEqual(before.map((r) => r.slice(0, 15)));
  });

  test('no choice sets up the workbook’s own form: DLA’s when it never chose one', () => {
    const twin = officerTwin({ sheets: { แผ่น1: [] } });
    expect(runSetup(twin.services).ok).toBe(true);
    const values = twin.workbook.sheet('รายงานผล').peek().values;
    const dla = newSheetColumns(DLA_ONLINE_MARKET).map((c) => c.header);
    expect(values[3].slice(0, dla.length)).toEqual(dla);
    expect(twin.services.propertiesService.getDocumentProperties().getProperty(WORKBOOK_FORM_KEY)).toBeNull();
  });

  test('an id no built-in form has is refused in Thai and English, and nothing is set or made', () => {
    const twin = officerTwin({ sheets: { แผ่น1: [] } });
    const outcome = runSetup(twin.services, 'no-such-form');
    expect(outcome.ok).toBe(false);
    expect(outcome.message.th).toContain('no-such-form');
    expect(outcome.message.en).toContain('no-such-form');
    expect(twin.services.propertiesService.getDocumentProperties().getProperty(WORKBOOK_FORM_KEY)).toBeNull();
    expect(twin.workbook.sheetNames()).toEqual(['แผ่น1']);
  });

  test('the dialog lists every built-in form by its Thai title, the workbook’s own chosen', async () => {
    const page = await openDialogPage('SetupDialog');
    expect(page.pending.map((c) => c.name)).toEqual(['getSetupDialogContext']);
    page.pending[0].answer(setupDialogContext(BUILT_IN_FORMS, OTOP_MARKETER, 20));
    await page.settle();
    expect(page.byId('timely').value).toBe('20');
    const options = page.byId('form').children;
    expect(options.map((o) => o.value)).toEqual(BUILT_IN_FORMS.map((f) => f.id));
    expect(options.map((o) => o.textContent)).toEqual(BUILT_IN_FORMS.map((f) => f.title.th));
    expect(options.filter((o) => o.selected).map((o) => o.value)).toEqual(['otop-marketer']);
    page.byId('go').click();
    expect(page.pending.map((c) => [c.name, c.args])).toEqual([['runSetupFor', ['otop-marketer', '20']]]);
    const dla = await openDialogPage('SetupDialog');
    dla.pending[0].answer(setupDialogContext(BUILT_IN_FORMS, DLA_ONLINE_MARKET, 15));
    await dla.settle();
    expect(dla.byId('form').value).toBe('dla-online-market');
  });
});
