// The scope table and the twin's manifest check: a call the manifest does not cover throws Apps Script's own text, one scope
// of several suffices, a twin without a manifest grants what the code uses, and the table lists every method the twin counts.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppsScriptException, createServices, SCOPE, SCOPE_TABLE } from '../../src/twin';

/** The officer add-on's manifest before userinfo.email was added. */
const BEFORE_IDENTITY = [SCOPE.spreadsheetsCurrentOnly, SCOPE.containerUi];
const MORE_INFO =
  'For more information, see https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is';

describe('a twin made from a manifest', () => {
  test('refuses Session.getActiveUser without userinfo.email, in Apps Script’s words, and records the refusal', () => {
    const twin = createServices({ oauthScopes: BEFORE_IDENTITY, userEmail: 'staff@dla.go.th' });
    let thrown: unknown;
    try {
      twin.services.session.getActiveUser();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(AppsScriptException);
    expect(String(thrown)).toBe(
      `Exception: You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email. ${MORE_INFO}`,
    );
    expect(twin.scopes.refused).toEqual(['Session.getActiveUser']);
    expect(twin.counter.count('Session.getActiveUser')).toBe(0);
  });

  test('openById needs the full spreadsheets scope: spreadsheets.currentonly does not reach other files', () => {
    const twin = createServices({
      oauthScopes: [SCOPE.spreadsheetsCurrentOnly, SCOPE.containerUi, SCOPE.userinfoEmail],
    });
    twin.addWorkbook({ id: 'province-file' });
    expect(() => twin.services.spreadsheetApp.openById('province-file')).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets.',
    );
    // the open spreadsheet is fine, and so is anything that needs no scope
    expect(twin.services.spreadsheetApp.getActiveSpreadsheet().getId()).toBe('twin-active-spreadsheet');
    expect(twin.services.session.getTemporaryActiveUserKey()).toMatch(/^twin-key-/);
  });

  test('any one of the listed scopes suffices; none granted names the alternatives as Apps Script does', () => {
    const full = createServices({ oauthScopes: [SCOPE.spreadsheets], sheets: { Data: [['a']] } });
    expect(
      full.services.spreadsheetApp.getActiveSpreadsheet().getSheetByName('Data')!.getRange(1, 1, 1, 1).getValues(),
    ).toEqual([['a']]);
    const none = createServices({ oauthScopes: [SCOPE.containerUi] });
    expect(() => none.services.spreadsheetApp.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets).',
    );
  });

  test('a manifest granting nothing still builds the add-on menu (what onOpen may do in AuthMode.NONE), but shows no dialog', () => {
    const twin = createServices({ oauthScopes: [], addonName: 'ของดีบ้านเรา' });
    const ui = twin.services.spreadsheetApp.getUi();
    ui.createAddonMenu().addItem('ตรวจสอบข้อมูล', 'checkData').addToUi();
    expect(twin.ui.menusOnUi.map((m) => m.caption)).toEqual(['ของดีบ้านเรา']);
    expect(() => ui.alert('x', 'y', ui.ButtonSet.OK)).toThrow('You do not have permission to call Ui.alert');
  });

  test('without a manifest, as when appsscript.json lists no oauthScopes, every call is granted', () => {
    const twin = createServices({ userEmail: 'a@dla.go.th' });
    expect(twin.services.session.getActiveUser().getEmail()).toBe('a@dla.go.th');
    expect(twin.scopes.refused).toEqual([]);
  });

  test('a call missing from the table fails whatever the manifest, so the table cannot fall behind the twin', () => {
    const twin = createServices();
    expect(() => twin.counter.other('Ui', 'prompt')).toThrow('twin: Ui.prompt is not in the scope table');
    expect(twin.scopes.unlisted).toEqual(['Ui.prompt']);
  });
});

describe('the scope table', () => {
  test('lists only the scopes the manifests may name, and the identity and trigger methods with theirs', () => {
    const known = new Set<string>(Object.values(SCOPE));
    for (const scopes of Object.values(SCOPE_TABLE)) for (const s of scopes) expect(known).toContain(s);
    expect(SCOPE_TABLE['Session.getActiveUser']).toEqual([SCOPE.userinfoEmail]);
    expect(SCOPE_TABLE['Session.getTemporaryActiveUserKey']).toEqual([]);
    expect(SCOPE_TABLE['ScriptApp.newTrigger']).toEqual([SCOPE.scriptApp]);
    expect(SCOPE_TABLE['Ui.showSidebar']).toEqual([SCOPE.containerUi]);
    expect(SCOPE_TABLE['Ui.createAddonMenu']).toEqual([]);
    expect(SCOPE_TABLE['SpreadsheetApp.openById']).toEqual([SCOPE.spreadsheets]);
    expect(SCOPE_TABLE['Range.getValues']).toEqual([SCOPE.spreadsheetsCurrentOnly, SCOPE.spreadsheets]);
    for (const key of ['Utilities.formatDate', 'ScriptApp.getAuthorizationInfo', 'ScriptApp.requireScopes'])
      expect(SCOPE_TABLE[key]).toEqual([]);
  });

  test('has an entry for every method the twin counts (read from src/twin, so an unexercised one is caught too)', () => {
    const dir = join(__dirname, '..', '..', 'src', 'twin');
    const counted = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(/counter\.(?:call|other)\('(\w+)', '(\w+)'\)/g)) counted.add(`${m[1]}.${m[2]}`);
      // a class's own helper, e.g. count(method) → counter.call('Sheet', method): its literal method names
      const helpers = [...new Set([...text.matchAll(/counter\.(?:call|other)\('(\w+)', method\)/g)].map((m) => m[1]))];
      if (helpers.length !== 1) continue;
      for (const m of text.matchAll(/\b(?:count|read|write2d|fill)\('(\w+)'/g)) counted.add(`${helpers[0]}.${m[1]}`);
    }
    expect(counted.size).toBeGreaterThan(100);
    expect([...counted].filter((key) => !(key in SCOPE_TABLE)).sort()).toEqual([]);
  });
});
