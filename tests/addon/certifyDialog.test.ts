// รับรองผล from the built bundle: the menu opens dist/CertifyDialog.html, whose page asks Code.js for the periods, the
// levels and where each period stands, offers the staff field for a province certification only, and shows the answer.

import { certificationMessages as M } from '../../src/core/messages/certification';
import { asGlobals, distHtmlFiles, type Twin } from '../../src/twin';
import { DIST, loadBundle } from '../support/appsScriptSandbox';
import { bundleServer, openDialogPage } from '../support/dialogPage';
import { twinWithReport } from '../support/twinReport';

async function opened(twin: Twin) {
  twin.htmlFiles = distHtmlFiles(DIST);
  const { context } = loadBundle(asGlobals(twin.services));
  twin.bindToContext(context);
  (context.openCertifyDialog as () => void)();
  const page = await openDialogPage('CertifyDialog', { server: bundleServer(context) });
  return { dialog: twin.ui.openDialog, page };
}

test('the province certifies the fiscal year from the dialog: the answer and the new state shown; a bad email refused in red', async () => {
  const twin = twinWithReport(6);
  twin.workbook.sharedWith('owner@phayao.go.th', ['officer@phayao.go.th']);
  const { dialog, page } = await opened(twin);
  expect(dialog?.title).toBe('รับรองผล (อำเภอ/จังหวัด)');
  expect(page.byId('period').value).toBe('2570');
  expect(page.byId('state').textContent).toBe(M.stateNone.th);
  expect(page.byId('level').children.map((o) => o.textContent)[0]).toBe(M.provinceChoice.th);
  expect(page.byId('level').children.length).toBeGreaterThan(1);
  expect(page.byId('staff').hidden).toBe(false);

  // a district's certification needs no staff: the field goes
  page.byId('level').enter(page.byId('level').children[1].value);
  expect(page.byId('staff').hidden).toBe(true);
  page.byId('level').enter('');
  expect(page.byId('staff').hidden).toBe(false);

  page.byId('staff').enter('suda@phayao.go.th');
  page.byId('go').click();
  expect(page.byId('msg').textContent).toBe(M.working.th);
  await page.settle();
  expect(page.calls[1].name).toBe('certifyPeriod');
  expect(page.calls[1].args).toEqual([{ period: '2570', district: '', act: 'certify', staff: 'suda@phayao.go.th' }]);
  expect(page.byId('msg').className).toBe('ok');
  expect(page.byId('msg').textContent).toContain('จังหวัดรับรองผล ปีงบประมาณ 2570');
  // the state of the period, asked again
  expect(page.calls.map((c) => c.name)).toEqual([
    'getCertifyDialogContext',
    'certifyPeriod',
    'getCertifyDialogContext',
  ]);
  expect(page.byId('state').textContent).toMatch(/^จังหวัดรับรองแล้ว โดย officer@phayao.go.th เมื่อ /);

  // a bad email is the server's message, in red, and the dialog stays
  page.byId('other').enter('2570-Q2');
  page.byId('staff').enter('suda at phayao');
  page.byId('go').click();
  await page.settle();
  expect(page.byId('msg').className).toBe('');
  expect(page.byId('msg').textContent).toContain('ไม่ใช่อีเมล');
});
