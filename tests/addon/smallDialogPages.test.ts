// The small dialogs' pages (dist/PeriodDialog.html, FollowupDialog.html, SetupDialog.html, CertifyDialog.html, one
// script built from src/smallDialogs): each is self-contained, names its dialog, and says in the dialog why its first
// server call failed.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/appsScriptSandbox';
import { openDialogPage } from '../support/dialogPage';
import { expectSelfContainedPage } from '../support/pageContract';

const PAGES = [
  ['PeriodDialog', 'summary', 'getPeriodDialogContext'],
  ['FollowupDialog', 'followup', 'getPeriodDialogContext'],
  ['SetupDialog', 'setup', 'getSetupDialogContext'],
  ['CertifyDialog', 'certify', 'getCertifyDialogContext'],
] as const;

describe.each(PAGES)('dist/%s.html', (name, dialog, contextCall) => {
  test(`is one self-contained page of the ${dialog} dialog`, () => {
    const html = readFileSync(join(DIST, `${name}.html`), 'utf8');
    expectSelfContainedPage(html);
    expect(html).toContain(`<main id="app" data-dialog="${dialog}">`);
  });

  test(`asks ${contextCall} first; when that fails, the dialog shows why in red, and nothing else`, async () => {
    const page = await openDialogPage(name);
    expect(page.calls.map((c) => [c.name, c.args])).toEqual([[contextCall, []]]);
    page.pending[0].fail('Exception: ไม่สามารถเปิดไฟล์ได้');
    await page.settle();
    expect(page.app.children.map((c) => [c.id, c.textContent, c.className])).toEqual([
      ['msg', 'Exception: ไม่สามารถเปิดไฟล์ได้', ''],
    ]);
    expect(page.byId('msg').getAttribute('role')).toBe('status');
  });
});
