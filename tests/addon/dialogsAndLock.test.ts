// The twin's Ui holds one dialog or alert at a time (and one sidebar), so the period dialog must show its own result; the
// twin's insertSheet and activate move the person; a standalone script has no document lock, and the sidebar says so.

import vm from 'node:vm';
import { submitEntryWith } from '../../src/addon/actions/entry';
import { type PeriodDialogAnswer, periodDialogHtml } from '../../src/addon/dialogs/periodDialog';
import { entryMessages } from '../../src/core/messages/entry';
import { asGlobals, createServices, type TwinHtmlOutput } from '../../src/twin';
import { loadBundle } from '../support/appsScriptSandbox';
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

interface FakeElement {
  value: string;
  disabled: boolean;
  textContent: string;
  className: string;
  click?: () => void;
  addEventListener(type: string, fn: () => void): void;
}

/** The period dialog's own script in a bare context, with a fake page and google.script. */
function dialogPage() {
  const script = /<script>([\s\S]*?)<\/script>/.exec(periodDialogHtml(TODAY))?.[1] ?? '';
  const element = (value = ''): FakeElement => ({
    value,
    disabled: false,
    textContent: '',
    className: '',
    addEventListener(_type, fn) {
      this.click = fn;
    },
  });
  const elements: Record<string, FakeElement> = {
    period: element('2570'),
    other: element(),
    msg: element(),
    go: element(),
  };
  const calls = { ran: [] as string[], closed: 0, success: (_r: PeriodDialogAnswer): void => undefined };
  const runner = {
    withSuccessHandler(fn: (r: PeriodDialogAnswer) => void) {
      calls.success = fn;
      return runner;
    },
    withFailureHandler: () => runner,
    runDistrictSummaryFor: (key: string) => calls.ran.push(key),
  };
  const document = { getElementById: (id: string) => elements[id] };
  vm.runInNewContext(script, { document, google: { script: { run: runner, host: { close: () => calls.closed++ } } } });
  return { elements, calls };
}

describe('the period dialog shows its own result', () => {
  test('notices stay in the dialog, which stays open; a plain success closes it', () => {
    const page = dialogPage();
    page.elements.go.click?.();
    expect(page.calls.ran).toEqual(['2570']);
    page.calls.success({
      ok: true,
      message: 'สรุป 9 อำเภอแล้ว',
      notices: ['มีแผ่นงาน สรุปรายอำเภอ ของท่านอยู่แล้ว จึงใช้ชื่อ สรุปรายอำเภอ (2)'],
    });
    expect(page.calls.closed).toBe(0);
    expect(page.elements.msg.textContent).toBe(
      'สรุป 9 อำเภอแล้ว\n\nมีแผ่นงาน สรุปรายอำเภอ ของท่านอยู่แล้ว จึงใช้ชื่อ สรุปรายอำเภอ (2)',
    );
    expect(page.elements.msg.className).toBe('ok');
    expect(page.elements.go.disabled).toBe(false);
    page.calls.success({ ok: true, message: 'สรุปแล้ว', notices: [] });
    expect(page.calls.closed).toBe(1);
  });

  test('from the bundle: runDistrictSummaryFor answers the open dialog with the notices and raises no alert over it', () => {
    const twin = twinWithReport(20);
    // a person's own sheet with the summary's name: the summary goes to สรุปรายอำเภอ (2), which the person must be told
    twin.workbook.addSheet(SUMMARY, [['ของฉัน']]);
    const { context } = loadBundle(asGlobals(twin.services));
    twin.bindToContext(context);
    (context.openDistrictSummary as () => void)();
    const dialog = twin.ui.openDialog;
    expect(dialog?.title).toBe('สรุปผลรายอำเภอ');
    const answer = JSON.parse(
      JSON.stringify((context.runDistrictSummaryFor as (key: string) => PeriodDialogAnswer)('2569')),
    ) as PeriodDialogAnswer;
    expect(answer).toEqual({
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
