// The twin's Ui holds one dialog or alert at a time (and one sidebar), so the period dialog (dist/PeriodDialog.html, its
// script run here on a fake DOM) must show its own result; the twin's insertSheet and activate move the person; a
// standalone script has no document lock, and the sidebar says so.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { submitEntryWith } from '../../src/addon/actions/entry';
import { type PeriodDialogAnswer, periodDialogContext } from '../../src/addon/dialogs/periodDialog';
import { summaryDialogMessages } from '../../src/core/messages/dialogs';
import { entryMessages } from '../../src/core/messages/entry';
import { type Period, periodLabel } from '../../src/core/period/period';
import { asGlobals, createServices, distHtmlFiles, type TwinHtmlOutput } from '../../src/twin';
import { DIST, loadBundle } from '../support/appsScriptSandbox';
import { bundleServer, openDialogPage } from '../support/dialogPage';
import { REPORT_SHEET, TODAY, twinWithReport } from '../support/twinReport';

const SUMMARY = 'สรุปรายอำเภอ';

function html(content: string): TwinHtmlOutput {
  return createServices().services.htmlService.createHtmlOutput(content);
}

describe('the twin Ui: one dialog at a time', () => {
  test('an alert raised while a modal dialog is open replaces it; once answered nothing is open', () => {
    const { ui } = createServices();
    ui.showModalDialog(html('<p>period</p>'), 'สรุป');
    expect(ui.openDialog?.title).toBe('สรุป');
    ui.alert('แจ้ง', 'ข้อความ', ui.ButtonSet.OK);
    expect(ui.openDialog).toBeNull();
    expect(ui.replaced).toEqual([
      {
        closed: expect.objectContaining({ title: 'สรุป' }),
        by: { alert: { title: 'แจ้ง', prompt: 'ข้อความ', buttons: ui.ButtonSet.OK } },
      },
    ]);
  });

  test('a second modal dialog replaces the first; a sidebar replaces a sidebar; dialogs and the sidebar do not close each other', () => {
    const { ui } = createServices();
    ui.showSidebar(html('<p>entry</p>'));
    ui.showModalDialog(html('<p>a</p>'), 'A');
    ui.showModalDialog(html('<p>b</p>'), 'B');
    expect(ui.openDialog?.title).toBe('B');
    expect(ui.openSidebar?.content).toBe('<p>entry</p>');
    ui.showSidebar(html('<p>again</p>'));
    expect(ui.replaced.map((r) => r.closed.content)).toEqual(['<p>a</p>', '<p>entry</p>']);
    ui.closeDialog();
    ui.alert('no dialog open');
    expect(ui.replaced).toHaveLength(2);
    expect(ui.openSidebar?.content).toBe('<p>again</p>');
  });
});

describe('the twin moves the active sheet as Sheets does', () => {
  test('insertSheet leaves the person on the new sheet; activate moves them back', () => {
    const twin = twinWithReport(5);
    const wb = twin.workbook;
    const made = wb.insertSheet(SUMMARY);
    expect(wb.getActiveSheet()).toBe(made);
    expect(twin.services.spreadsheetApp.getActiveSheet()).toBe(made);
    // the spreadsheet's own reads act on the active sheet, so they read the new, empty sheet now
    expect(wb.getLastRow()).toBe(0);
    wb.sheet(REPORT_SHEET).activate();
    expect(wb.getActiveSheet().getName()).toBe(REPORT_SHEET);
    expect(twin.counter.byMethod['Sheet.activate']).toBe(1);
  });
});

/** The choices the server offers on 21 Nov 2026 (fiscal year 2570), as getPeriodDialogContext answers them. */
const CONTEXT = periodDialogContext(TODAY);

describe('the period dialog shows its own result', () => {
  test('offers the current fiscal year (chosen), the previous one and the current quarters, or a key typed by hand', async () => {
    const page = await openDialogPage('PeriodDialog');
    expect(page.pending.map((c) => c.name)).toEqual(['getPeriodDialogContext']);
    page.pending[0].answer(CONTEXT);
    await page.settle();
    const options = page.byId('period').children;
    const label = (p: Period) => periodLabel(p).th;
    expect(options.map((o) => [o.value, o.textContent, o.selected])).toEqual([
      ['2570', label({ kind: 'fiscalYear', fiscalYear: 2570 }), true],
      ['2569', label({ kind: 'fiscalYear', fiscalYear: 2569 }), false],
      ...([1, 2, 3, 4] as const).map((quarter) => [
        `2570-Q${quarter}`,
        label({ kind: 'quarter', fiscalYear: 2570, quarter }),
        false,
      ]),
    ]);
    expect(options[0].textContent).toContain('ปีงบประมาณ 2570');
    expect(page.byId('other').placeholder).toBe('2569-Q2, 2568-10');
    expect(page.byId('go').textContent).toBe(summaryDialogMessages.periodRun.th);
    page.byId('other').value = ' 2569-Q2 ';
    page.byId('go').click();
    expect(page.pending.map((c) => [c.name, c.args])).toEqual([['runDistrictSummaryFor', ['2569-Q2']]]);
  });

  test('notices stay in the dialog, which stays open; a plain success closes it', async () => {
    const page = await openDialogPage('PeriodDialog');
    page.pending[0].answer(CONTEXT);
    await page.settle();
    const go = page.byId('go');
    const msg = page.byId('msg');
    go.click();
    expect(page.pending.map((c) => [c.name, c.args])).toEqual([['runDistrictSummaryFor', ['2570']]]);
    expect(go.disabled).toBe(true);
    expect(msg.textContent).toBe(summaryDialogMessages.periodWorking.th);
    page.pending[0].answer({
      ok: true,
      message: 'สรุป 9 อำเภอแล้ว',
      notices: ['มีแผ่นงาน สรุปรายอำเภอ ของท่านอยู่แล้ว จึงใช้ชื่อ สรุปรายอำเภอ (2)'],
    });
    await page.settle();
    expect(page.counts.closed).toBe(0);
    expect(msg.textContent).toBe('สรุป 9 อำเภอแล้ว\n\nมีแผ่นงาน สรุปรายอำเภอ ของท่านอยู่แล้ว จึงใช้ชื่อ สรุปรายอำเภอ (2)');
    expect(msg.className).toBe('ok');
    expect(go.disabled).toBe(false);
    go.click();
    page.pending[0].answer({ ok: true, message: 'สรุปแล้ว', notices: [] });
    await page.settle();
    expect(page.counts.closed).toBe(1);
  });

  test('a refusal or a failed call is shown in red and the button is free again', async () => {
    const page = await openDialogPage('PeriodDialog');
    page.pending[0].answer(CONTEXT);
    await page.settle();
    page.byId('go').click();
    page.pending[0].answer({ ok: false, message: 'อ่านช่วงเวลาไม่ได้', notices: [] });
    await page.settle();
    expect([page.byId('msg').textContent, page.byId('msg').className]).toEqual(['อ่านช่วงเวลาไม่ได้', '']);
    page.byId('go').click();
    page.pending[0].fail('Exception: Service Spreadsheets timed out');
    await page.settle();
    expect(page.byId('msg').textContent).toBe('Exception: Service Spreadsheets timed out');
    expect(page.byId('go').disabled).toBe(false);
    expect(page.counts.closed).toBe(0);
  });

  test('from the bundle: openDistrictSummary shows dist/PeriodDialog.html, whose choices and run come from Code.js, with no alert over it', async () => {
    const twin = twinWithReport(20);
    // a person's own sheet with the summary's name: the summary goes to สรุปรายอำเภอ (2), which the person must be told
    twin.workbook.addSheet(SUMMARY, [['ของฉัน']]);
    twin.htmlFiles = distHtmlFiles(DIST);
    const { context } = loadBundle(asGlobals(twin.services));
    twin.bindToContext(context);
    (context.openDistrictSummary as () => void)();
    const dialog = twin.ui.openDialog;
    expect(dialog?.title).toBe('สรุปผลรายอำเภอ');
    expect(dialog?.content).toBe(readFileSync(join(DIST, 'PeriodDialog.html'), 'utf8'));
    expect(dialog?.output).toMatchObject({ width: 360, height: 300 });
    const page = await openDialogPage('PeriodDialog', { server: bundleServer(context) });
    await page.settle();
    expect(page.byId('period').value).toBe('2570');
    page.byId('other').value = '2569';
    page.byId('go').click();
    await page.settle();
    expect(page.calls.map((c) => c.name)).toEqual(['getPeriodDialogContext', 'runDistrictSummaryFor']);
    expect(page.byId('msg').textContent).toContain('อำเภอ');
    expect(page.byId('msg').textContent).toContain(`${SUMMARY} (2)`);
    expect(page.byId('msg').className).toBe('ok');
    expect(page.counts.closed).toBe(0);
    // what Code.js answered the page, as plain JSON
    expect(page.calls[1].answered as PeriodDialogAnswer).toEqual({
      ok: true,
      message: expect.stringContaining('อำเภอ'),
      notices: [expect.stringContaining(`${SUMMARY} (2)`)],
    });
    expect(twin.ui.alerts).toEqual([]);
    expect(twin.ui.replaced).toEqual([]);
    expect(twin.ui.openDialog).toBe(dialog);
  });
});

describe('a script that is not bound to the spreadsheet', () => {
  test('the twin gives no document lock', () => {
    const twin = createServices({ containerBound: false, sheets: { Sheet1: [] } });
    expect(twin.services.lockService.getDocumentLock()).toBeNull();
    expect(createServices().services.lockService.getDocumentLock()).not.toBeNull();
  });

  test('a submission is refused with a clear Thai and English message, and no row is written', () => {
    const twin = createServices({ containerBound: false, userEmail: 'officer@phayao.go.th' });
    const standard = twinWithReport(5);
    twin.workbook.addSheet(REPORT_SHEET, standard.workbook.sheet(REPORT_SHEET).peek().values);
    const entries = () =>
      JSON.stringify(
        twin.workbook
          .sheet(REPORT_SHEET)
          .peek()
          .values.map((row) => row.slice(0, 10)),
      );
    const before = entries();
    const result = submitEntryWith(twin.services, TODAY, {
      id: 'standalone-0000001',
      attempt: 1,
      values: {
        district: 'เมืองพะเยา',
        lao: 'ทต.แม่กา',
        date: '2026-11-20',
        product: 'ข้าว',
        links: ['https://www.facebook.com/share/p/1/'],
        salesCount: '1',
        revenue: '100',
        beneficiaries: '2',
        note: '',
      },
      confirmWarnings: true,
    });
    expect(result).toEqual({ status: 'failed', message: entryMessages.noDocumentLock });
    expect(entryMessages.noDocumentLock.th).toContain('ไม่ได้ผูกอยู่กับไฟล์');
    expect(entryMessages.noDocumentLock.en).toContain('not bound');
    // no row appended, no entry changed
    expect(entries()).toBe(before);
  });
});
