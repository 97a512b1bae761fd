// Contract tests of the built Apps Script bundle: it runs without Node or browser APIs and exposes exactly the entry functions.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as entry from '../../src/addon/main';
import { MENU_ITEMS, type MenuItem } from '../../src/addon/menu';
import { VERSION } from '../../src/addon/version';
import {
  followupDialogMessages,
  followupPageMessages,
  periodFieldMessages,
  setupDialogMessages,
  summaryDialogMessages,
} from '../../src/core/messages/dialogs';
import { sheetMessages } from '../../src/core/messages/sheets';

const ITEMS = MENU_ITEMS.filter((i): i is MenuItem => i !== 'separator');

import { asGlobals } from '../../src/twin';
import { ABSENT_GLOBALS, bundleSource, DIST, loadBundle, tracedService } from '../support/appsScriptSandbox';
import { twinWithReport } from '../support/twinReport';

const ENTRY_FUNCTIONS = Object.keys(entry).sort();

function fakeUi(log: string[]) {
  const menus: { items: [string, string][] }[] = [];
  const ui = {
    ButtonSet: { OK: 'OK' },
    createAddonMenu() {
      log.push('Ui.createAddonMenu');
      const menu = { items: [] as [string, string][] };
      menus.push(menu);
      const builder = {
        addItem(label: string, fn: string) {
          menu.items.push([label, fn]);
          return builder;
        },
        addSeparator: () => builder,
        addToUi: () => undefined,
      };
      return builder;
    },
    alerts: [] as string[][],
    alert(...args: string[]) {
      ui.alerts.push(args);
      return 'OK';
    },
  };
  return { ui, menus };
}

describe('dist/Code.js', () => {
  test('evaluates without require, process, URL, TextEncoder, setTimeout, fetch or structuredClone', () => {
    const { context } = loadBundle({});
    for (const name of ABSENT_GLOBALS) if (name !== 'Intl') expect(name in context).toBe(false);
  });

  test('the top-level functions are exactly the entry module exports', () => {
    const { context, defined } = loadBundle({});
    const functions = defined.filter((n) => typeof context[n] === 'function').sort();
    expect(functions).toEqual(ENTRY_FUNCTIONS);
    const declared = [...bundleSource().matchAll(/^function\s+([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]).sort();
    expect(declared).toEqual(ENTRY_FUNCTIONS);
    // besides the stubs, only data may be global: the bundle's namespace object (and zod's config object)
    expect(defined).toContain('KhongdeeAddon');
  });

  test('onOpen, onInstall and every menu item function are entry functions', () => {
    expect(ENTRY_FUNCTIONS).toEqual(
      expect.arrayContaining(['onOpen', 'onInstall', ...ITEMS.map((i) => i.functionName)]),
    );
  });

  test.each(['onOpen', 'onInstall'])(
    '%s with authMode NONE builds the add-on menu under Extensions and touches only the UI',
    (fn) => {
      const log: string[] = [];
      const { ui, menus } = fakeUi(log);
      const SpreadsheetApp = tracedService('SpreadsheetApp', log, { getUi: () => ui });
      const others = Object.fromEntries(
        [
          'PropertiesService',
          'LockService',
          'HtmlService',
          'Session',
          'Utilities',
          'ScriptApp',
          'CacheService',
          'DriveApp',
          'UrlFetchApp',
        ].map((n) => [n, tracedService(n, log)]),
      );
      const { context } = loadBundle({ SpreadsheetApp, ...others });
      (context[fn] as (e: unknown) => void)({ authMode: 'NONE' });
      // createAddonMenu, not createMenu: a published Editor add-on may not add a top-level menu (Apps Script names it after the add-on)
      expect(log).toEqual(['SpreadsheetApp.getUi', 'Ui.createAddonMenu']);
      expect(menus).toHaveLength(1);
      expect(menus[0].items).toEqual(ITEMS.map((i) => [i.label.th, i.functionName]));
    },
  );

  test('checkData, run from the bundle on the twin, reads the block once and writes the problems sheet', () => {
    const twin = twinWithReport(30);
    const { context } = loadBundle(asGlobals(twin.services));
    twin.bindToContext(context);
    (context.checkData as () => void)();
    expect(twin.counter.byMethod['Sheet.getSheetValues']).toBe(1);
    expect(twin.counter.byMethod['Range.getValues']).toBeUndefined();
    expect(twin.workbook.sheetNames()).toContain('ปัญหาข้อมูล');
    expect(twin.workbook.toasts[0].msg).toMatch(/^ตรวจ \d+ แถว: ข้อผิดพลาด \d+ คำเตือน \d+/);
  });

  test('the manifest in dist/ has V8, Asia/Bangkok, Stackdriver logging and exactly the three least-privilege scopes', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Bangkok');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    // the open spreadsheet only, dialogs, and who submitted (userinfo.email: Session.getActiveUser)
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });

  test('carries the Thai of every message and none of the English, and stays under its 300 KB budget', () => {
    const code = bundleSource();
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(300 * 1024);
    expect(code).toContain(sheetMessages.checkTitle.th);
    expect(code).not.toContain(sheetMessages.checkTitle.en);
    expect(code).toContain(followupDialogMessages.followupNotForPersons.th);
    expect(code).not.toContain(followupDialogMessages.followupNotForPersons.en);
  });

  test('leaves the small dialogs’ markup and text to their pages (dist/PeriodDialog.html and its siblings)', () => {
    const code = bundleSource();
    for (const text of [
      followupPageMessages.followupCopied.th,
      summaryDialogMessages.periodWorking.th,
      setupDialogMessages.setupNote.th,
      periodFieldMessages.periodOther.th,
    ])
      expect(code).not.toContain(text);
    expect(code).not.toMatch(/<select|<option|<textarea|execCommand/);
    const followup = readFileSync(join(DIST, 'FollowupDialog.html'), 'utf8');
    expect(followup).toContain(followupPageMessages.followupCopied.th);
  });

  test('clasp (offline, no login) would push only the files in dist/', () => {
    const root = join(__dirname, '..', '..');
    const out = execFileSync(join(root, 'node_modules', '.bin', 'clasp'), ['show-file-status', '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    const status = JSON.parse(out.slice(out.indexOf('{')));
    expect(status.filesToPush.length).toBeGreaterThan(0);
    for (const f of status.filesToPush) expect(f).toMatch(/^dist\//);
    expect(status.filesToPush).toEqual(expect.arrayContaining(['dist/Code.js', 'dist/appsscript.json']));
  });
});

describe('the about box', () => {
  test('shows the version package.json declares', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
    expect(VERSION).toBe(pkg.version);
  });
});

describe('menu actions from the bundle, when something stands in the way', () => {
  test('a protected report range the user may not edit: a Thai message, and the data as it was', () => {
    const twin = twinWithReport(20);
    const sheet = twin.workbook.sheet('รายงานผล');
    twin.setUser('owner@dla.go.th');
    sheet.protect().setDescription('ล็อกโดยจังหวัด');
    twin.workbook.restrictProtectedEditing(['owner@dla.go.th']);
    twin.setUser('officer@phayao.go.th');
    const before = JSON.stringify(sheet.peek().values);
    const backgrounds = JSON.stringify(sheet.peek().backgrounds);
    const { context } = loadBundle(asGlobals(twin.services));
    twin.bindToContext(context);
    (context.checkData as () => void)();
    expect(twin.ui.alerts.at(-1)?.prompt).toContain('ถูกป้องกัน');
    expect(JSON.stringify(sheet.peek().values)).toBe(before);
    expect(JSON.stringify(sheet.peek().backgrounds)).toBe(backgrounds);
  });
});
