// The twin's additions the consolidation relies on: Spreadsheet.getRange with A1 text naming a tab, setProperties (all keys or
// none) with the 9 kB and 500 kB limits, ScriptApp's one-off triggers and authorization check, openById's refusals in English
// and Thai, and the injectable clock of Services.now.

import { createServices, MESSAGES, storeBytes } from '../../src/twin';

function twin() {
  const t = createServices({ userEmail: 'a@dla.go.th', scriptApp: true, now: () => 1_000 });
  t.workbook.addSheet('หน้าแรก', [['x']]);
  t.workbook.addSheet(
    "it's",
    [
      ['a', 'b'],
      ['c', 'd'],
    ],
    { maxRows: 30, maxColumns: 12 },
  );
  return t;
}

describe('Spreadsheet.getRange(a1Notation)', () => {
  test('a named tab, quoted, to its last row; open ends; the active sheet without a name', () => {
    const t = twin();
    const range = t.workbook.getRange("'it''s'!A:B");
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([1, 1, 30, 2]);
    expect(range.getValues().slice(0, 3)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['', ''],
    ]);
    expect(t.workbook.getRange("'it''s'!B2:C").getNumRows()).toBe(29);
    expect(t.workbook.getRange('A1').getValues()).toEqual([['x']]);
    expect(t.counter.byMethod['Spreadsheet.getRange']).toBe(3);
  });

  test('a missing tab, or a block past the sheet’s columns, is "Range not found"', () => {
    const t = twin();
    expect(() => t.workbook.getRange("'ไม่มี'!A:Z")).toThrow(MESSAGES.rangeNotFound);
    expect(() => t.workbook.getRange("'it''s'!A:Z")).toThrow(MESSAGES.rangeNotFound);
    expect(() => t.workbook.getRange('!!')).toThrow(MESSAGES.rangeNotFound);
  });
});

describe('document properties', () => {
  test('setProperties writes every key in one call, or none when one value is over 9 kB', () => {
    const t = twin();
    const props = t.services.propertiesService.getDocumentProperties();
    props.setProperties({ a: '1', b: 'ข' });
    expect(Object.fromEntries(t.workbook.documentProperties)).toEqual({ a: '1', b: 'ข' });
    expect(() => props.setProperties({ c: '3', d: 'ก'.repeat(3100) })).toThrow(MESSAGES.propertyTooLarge);
    expect(t.workbook.documentProperties.has('c')).toBe(false);
    expect(t.counter.otherByMethod['Properties.setProperties']).toBe(2);
  });

  test('a store over 500 kB refuses the write that would pass it', () => {
    const t = twin();
    const props = t.services.propertiesService.getDocumentProperties();
    for (let i = 0; i < 62; i++) props.setProperty(`k${i}`, 'x'.repeat(8000));
    expect(storeBytes(t.workbook.documentProperties)).toBeLessThan(500 * 1024);
    expect(() => props.setProperties({ more: 'x'.repeat(8000), andMore: 'x'.repeat(8000) })).toThrow(
      MESSAGES.propertiesQuota,
    );
    expect(t.workbook.documentProperties.has('more')).toBe(false);
  });
});

test('ScriptApp: one-off time-based triggers are recorded, listed and deleted; Services.now is the twin’s clock', () => {
  const t = twin();
  const app = t.services.scriptApp!;
  const trigger = app.newTrigger('continueNationByTrigger').timeBased().after(60_000).create();
  expect(t.scriptApp.triggers.map((x) => [x.handler, x.afterMs, x.createdAt])).toEqual([
    ['continueNationByTrigger', 60_000, 1_000],
  ]);
  expect(app.getProjectTriggers().map((x) => x.getHandlerFunction())).toEqual(['continueNationByTrigger']);
  app.deleteTrigger(trigger);
  expect(app.getProjectTriggers()).toEqual([]);
  expect(t.counter.calls).toBe(0);
  expect(t.services.now()).toBe(1_000);
  t.clock = () => 5;
  expect(t.services.now()).toBe(5);
  // the officer add-on's twin has no ScriptApp, as the add-on has no script.scriptapp scope
  expect(createServices().services.scriptApp).toBeUndefined();
});

describe('ScriptApp.getAuthorizationInfo(AuthMode.FULL, scopes), from the manifest and the consent given', () => {
  const SHEETS = 'https://www.googleapis.com/auth/spreadsheets';
  const TRIGGERS = 'https://www.googleapis.com/auth/script.scriptapp';
  const info = (options: Parameters<typeof createServices>[0], scopes: string[]) => {
    const app = createServices({ scriptApp: true, ...options }).services.scriptApp!;
    const i = app.getAuthorizationInfo(app.AuthMode.FULL, scopes);
    return [i.getAuthorizationStatus(), i.getAuthorizationUrl()];
  };

  test('all consented: NOT_REQUIRED and no URL; one left unticked: REQUIRED with a URL to grant it', () => {
    expect(info({ oauthScopes: [SHEETS, TRIGGERS] }, [SHEETS, TRIGGERS])).toEqual(['NOT_REQUIRED', null]);
    expect(info({ oauthScopes: [SHEETS, TRIGGERS], deniedScopes: [TRIGGERS] }, [SHEETS, TRIGGERS])).toEqual([
      'REQUIRED',
      expect.stringMatching(/^https:\/\//),
    ]);
    // asked only about the consented one: not required
    expect(info({ oauthScopes: [SHEETS, TRIGGERS], deniedScopes: [TRIGGERS] }, [SHEETS])).toEqual([
      'NOT_REQUIRED',
      null,
    ]);
  });

  test('a scope the manifest does not list is an error; a scope left unticked makes its calls refused as well', () => {
    expect(() => info({ oauthScopes: [TRIGGERS] }, [SHEETS])).toThrow(SHEETS);
    const t = createServices({ scriptApp: true, oauthScopes: [SHEETS, TRIGGERS], deniedScopes: [SHEETS] });
    t.addWorkbook({ id: '1provinceFileXXXXXXXXXXXXXXXXXX' });
    expect(() => t.services.spreadsheetApp.openById('1provinceFileXXXXXXXXXXXXXXXXXX')).toThrow(
      'You do not have permission to call SpreadsheetApp.openById',
    );
  });
});

test.each([
  [
    'en',
    'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    'You do not have permission to access the requested document.',
  ],
  ['th', 'เกิดข้อผิดพลาดที่ไม่คาดคิดขณะรับเมธอดหรือพร็อพเพอร์ตี openById ในออบเจ็กต์ SpreadsheetApp', 'คุณไม่มีสิทธิ์เข้าถึงเอกสารที่ขอ'],
] as const)(
  'openById refuses a bad id, an unknown id and a file without access in the user’s language (%s)',
  (locale, noSuchFile, noAccess) => {
    const t = createServices({ locale });
    t.addWorkbook({ id: '1lockedFileXXXXXXXXXXXXXXXXXXXX' }).denyAccess();
    const app = t.services.spreadsheetApp;
    expect(() => app.openById('not an id')).toThrow(noSuchFile);
    expect(() => app.openById('1goneFileXXXXXXXXXXXXXXXXXXXXXX')).toThrow(noSuchFile);
    expect(() => app.openById('1lockedFileXXXXXXXXXXXXXXXXXXXX')).toThrow(noAccess);
  },
);
