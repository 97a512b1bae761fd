// Before the first province is read: a permission the user left unticked, a deployed manifest without one, or a script that
// is not the workbook's own stops the run with one message saying what to do; nothing is opened, claimed or saved.

import { runNational } from '../../src/addon/consolidate/runner';
import { FILES_RUN } from '../../src/central/config';
import { asGlobals, createServices } from '../../src/twin';
import { builtScopes } from '../support/manifestTwin';
import type { ClockedTwin } from './fixture';
import { addProvinceFile, addRegistry, registerRows, STAFF, url } from './fixture';
import { CENTRAL_BUNDLE, load } from './sandbox';
import { ID, scenario } from './scenario';

const SHEETS = 'https://www.googleapis.com/auth/spreadsheets';
const TRIGGERS = 'https://www.googleapis.com/auth/script.scriptapp';

function nothingDone(c: ClockedTwin): void {
  expect(c.twin.counter.byMethod['SpreadsheetApp.openById']).toBeUndefined();
  expect(c.twin.workbook.documentProperties.size).toBe(0);
  expect(c.twin.scriptApp.triggers).toEqual([]);
  expect(c.twin.workbook.sheetNames()).not.toContain('สถานะรายจังหวัด');
}

describe.each([SHEETS, TRIGGERS])('%s left unticked on the consent screen', (scope) => {
  test('start, continue and the trigger: one message before any file is opened, saying to allow every permission', () => {
    for (const request of ['start', 'continue', 'trigger'] as const) {
      const c = scenario({ scriptApp: true, twin: { deniedScopes: [scope] } });
      const outcome = runNational(c.twin.services, FILES_RUN, request);
      expect(outcome.kind).toBe('failed');
      expect(outcome.message.th).toContain('ยังไม่ได้อ่านไฟล์ของจังหวัดใด');
      expect(outcome.message.th).toContain('ติ๊กอนุญาตทุกข้อ');
      expect(outcome.message.th).toContain('เปิดไฟล์ Google ชีตของจังหวัด');
      expect(outcome.message.en).toContain('tick every permission');
      expect(outcome.message.en).toContain('https://script.google.com/');
      nothingDone(c);
    }
  });

  test('from the bundle’s dialog: one answer, not 76 provinces “cannot open”', () => {
    const c = scenario({ scriptApp: true, twin: { deniedScopes: [scope] } });
    const bundle = load(CENTRAL_BUNDLE, asGlobals(c.twin.services));
    c.twin.bindToContext(bundle.context);
    const answer = bundle.call('consolidateNationFor', '2569', false, 'start') as { ok: boolean; message: string };
    expect(answer.ok).toBe(false);
    expect(answer.message).toContain('ติ๊กอนุญาตทุกข้อ');
    expect(c.twin.ui.alerts).toHaveLength(0);
    nothingDone(c);
  });
});

test('a deployed manifest without the spreadsheets scope: one message to deploy the central script again', () => {
  const twin = createServices({
    userEmail: STAFF,
    scriptApp: true,
    oauthScopes: builtScopes('central').filter((s) => s !== SHEETS),
  });
  addRegistry(twin.workbook);
  twin.workbook.addSheet('ทะเบียนไฟล์จังหวัด', registerRows([['พะเยา', url(ID.phayao)]]));
  addProvinceFile(twin, ID.phayao, 'พะเยา', [['แบบรายงาน']]);
  const outcome = runNational(twin.services, FILES_RUN, 'start');
  expect(outcome.kind).toBe('failed');
  expect(outcome.message.th).toContain('npm run push:central');
  expect(outcome.message.th).toContain(SHEETS);
  expect(twin.counter.byMethod['SpreadsheetApp.openById']).toBeUndefined();
  expect(twin.workbook.documentProperties.size).toBe(0);
});

test('every permission granted: the check costs two ScriptApp calls and no Spreadsheet call', () => {
  const c = scenario({ scriptApp: true });
  expect(FILES_RUN.authorize!(c.twin.services)).toBeNull();
  expect(c.twin.counter.calls).toBe(0);
  expect(c.twin.counter.otherByMethod).toEqual({
    'ScriptApp.getAuthorizationInfo': 1,
    'AuthorizationInfo.getAuthorizationStatus': 1,
  });
});

test('run where the workbook has no document lock (not its own script): a message saying where to run it, no TypeError', () => {
  const c = scenario({ scriptApp: true, twin: { containerBound: false } });
  const outcome = runNational(c.twin.services, FILES_RUN, 'start');
  expect(outcome).toEqual({
    kind: 'refused',
    message: expect.objectContaining({
      th: expect.stringContaining('ส่วนขยาย'),
      en: expect.stringContaining('standalone script'),
    }),
  });
  nothingDone(c);
});
