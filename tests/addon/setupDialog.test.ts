// ตั้งค่าแบบรายงาน from the built bundle: the menu opens dist/SetupDialog.html, whose page asks Code.js which programme's
// forms to offer (the workbook's own form chosen), and runSetupFor answers the open dialog in plain JSON with no alert over it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SetupDialogAnswer } from '../../src/addon/dialogs/setupDialog';
import { WORKBOOK_FORM_KEY } from '../../src/addon/workbookForm';
import { OTOP_MARKETER } from '../../src/core/form/otopMarketer';
import { setupDialogMessages } from '../../src/core/messages/dialogs';
import { asGlobals, distHtmlFiles, type Twin } from '../../src/twin';
import { DIST, loadBundle } from '../support/appsScriptSandbox';
import { bundleServer, openDialogPage } from '../support/dialogPage';
import { officerTwin } from '../support/manifestTwin';
import { otopTwin } from './otopWorkbook';

function loadBundleOn(twin: Twin) {
  const { context } = loadBundle(asGlobals(twin.services));
  twin.bindToContext(context);
  return context;
}

/** The bundle on `twin`, the setup dialog opened from the menu, and its page served by the bundle. */
async function opened(twin: Twin) {
  twin.htmlFiles = distHtmlFiles(DIST);
  const { context } = loadBundle(asGlobals(twin.services));
  twin.bindToContext(context);
  (context.setupReportSheet as () => void)();
  const page = await openDialogPage('SetupDialog', { server: bundleServer(context) });
  return { context, dialog: twin.ui.openDialog, page };
}

function selected(page: Awaited<ReturnType<typeof openDialogPage>>): string[] {
  return page
    .byId('form')
    .children.filter((o) => o.selected)
    .map((o) => o.value);
}

describe('the setup dialog from the bundle', () => {
  test('a new workbook: DLA’s form chosen; choosing OTOP sets it up and the dialog is told, not an alert', async () => {
    const twin = officerTwin({ sheets: { แผ่น1: [] } });
    const { dialog, page } = await opened(twin);
    expect(dialog?.title).toBe('ตั้งค่าแบบรายงาน');
    expect(dialog?.content).toBe(readFileSync(join(DIST, 'SetupDialog.html'), 'utf8'));
    expect(dialog?.output).toMatchObject({ width: 420, height: 300 });
    expect(selected(page)).toEqual(['dla-online-market']);
    expect(page.byId('form').children.map((o) => o.textContent)).toContain(OTOP_MARKETER.title.th);
    expect(page.app.find('p')[0].textContent).toBe(setupDialogMessages.setupNote.th);
    // the person chooses OTOP and presses ตั้งค่า: the page's own call, answered by Code.js
    page.byId('form').value = 'otop-marketer';
    page.byId('go').click();
    expect(page.byId('msg').textContent).toBe(setupDialogMessages.setupWorking.th);
    await page.settle();
    expect(page.calls.map((c) => [c.name, c.args])).toEqual([
      ['getSetupDialogContext', []],
      ['runSetupFor', ['otop-marketer', '15']],
    ]);
    expect(page.byId('msg').textContent).toContain('รายงานผล');
    expect(page.byId('msg').className).toBe('ok');
    expect(page.byId('go').disabled).toBe(false);
    expect(twin.services.propertiesService.getDocumentProperties().getProperty(WORKBOOK_FORM_KEY)).toBe(
      'otop-marketer',
    );
    // what Code.js answered the page, as plain JSON
    expect(page.calls[1].answered as SetupDialogAnswer).toEqual({
      ok: true,
      message: expect.stringContaining('รายงานผล'),
    });
    expect(twin.ui.alerts).toEqual([]);
    expect(twin.ui.openDialog).toBe(dialog);
  });

  test('the deadline setting: offered at 15, kept when typed (Thai digits too), refused with nothing set up when not a number', async () => {
    const twin = officerTwin({ sheets: { แผ่น1: [] } });
    const { page } = await opened(twin);
    const props = twin.services.propertiesService.getDocumentProperties();
    expect(page.byId('timely').value).toBe('15');
    page.byId('timely').enter('สิบ');
    page.byId('go').click();
    await page.settle();
    expect(page.byId('msg').textContent).toContain('กำหนดส่ง "สิบ" ใช้ไม่ได้');
    expect(page.byId('msg').className).toBe('');
    expect(props.getProperty(WORKBOOK_FORM_KEY)).toBeNull();
    expect(twin.workbook.sheetNames()).toEqual(['แผ่น1']);
    page.byId('timely').enter('๓๐');
    page.byId('go').click();
    await page.settle();
    expect(page.byId('msg').className).toBe('ok');
    const again = await openDialogPage('SetupDialog', { server: bundleServer(loadBundleOn(twin)) });
    expect(again.byId('timely').value).toBe('30');
  });

  test('an OTOP workbook opens with its own form chosen; an unknown id is answered, not thrown', async () => {
    const twin = otopTwin();
    const { context, page } = await opened(twin);
    expect(selected(page)).toEqual(['otop-marketer']);
    const answer = (context.runSetupFor as (id: unknown) => SetupDialogAnswer)({ not: 'an id' });
    expect(answer.ok).toBe(false);
    expect(twin.services.propertiesService.getDocumentProperties().getProperty(WORKBOOK_FORM_KEY)).toBe(
      'otop-marketer',
    );
  });
});
