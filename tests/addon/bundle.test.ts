// Contract tests of the built Apps Script bundle: it runs without Node or browser APIs and exposes exactly the entry functions.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as entry from '../../src/addon/main';
import { MENU_ITEMS } from '../../src/addon/menu';
import { ABSENT_GLOBALS, DIST, bundleSource, loadBundle, tracedService } from '../support/appsScriptSandbox';

const ENTRY_FUNCTIONS = Object.keys(entry).sort();

function fakeUi(log: string[]) {
  const menus: { title: string; items: [string, string][] }[] = [];
  const ui = {
    ButtonSet: { OK: 'OK' },
    createMenu(title: string) {
      log.push('Ui.createMenu');
      const menu = { title, items: [] as [string, string][] };
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
    expect(ENTRY_FUNCTIONS).toEqual(expect.arrayContaining(['onOpen', 'onInstall', ...MENU_ITEMS.map((i) => i.functionName)]));
  });

  test.each(['onOpen', 'onInstall'])('%s with authMode NONE builds the ของดีบ้านเรา menu and touches only the UI', (fn) => {
    const log: string[] = [];
    const { ui, menus } = fakeUi(log);
    const SpreadsheetApp = tracedService('SpreadsheetApp', log, { getUi: () => ui });
    const others = Object.fromEntries(
      ['PropertiesService', 'LockService', 'HtmlService', 'Session', 'Utilities', 'ScriptApp', 'CacheService', 'DriveApp', 'UrlFetchApp'].map((n) => [n, tracedService(n, log)]),
    );
    const { context } = loadBundle({ SpreadsheetApp, ...others });
    (context[fn] as (e: unknown) => void)({ authMode: 'NONE' });
    expect(log).toEqual(['SpreadsheetApp.getUi', 'Ui.createMenu']);
    expect(menus).toHaveLength(1);
    expect(menus[0].title).toBe('ของดีบ้านเรา');
    expect(menus[0].items).toEqual(MENU_ITEMS.map((i) => [i.label.th, i.functionName]));
  });

  test('checkData reads the active sheet once and shows the counts and first problems in Thai', () => {
    const log: string[] = [];
    const { ui } = fakeUi(log);
    const values = [
      ['แบบรายงานผล', '', '', ''],
      ['อำเภอ', 'ชื่อ อปท.', 'ลิงก์', 'รายรับ (บาท)'],
      ['เมืองพะเยา', 'ทต.แม่กา', 'https://www.facebook.com/share/p/1', '๑,๕๐๐ บาท'],
      ['เมืองพะเยา', 'ทต.บ้านต๋อม', 'เพจข้าวดี', '1,50'],
      ['เมืองพะเยา', 'อบต.แม่ใส', '', ''],
    ];
    let reads = 0;
    const sheet = { getDataRange: () => ({ getValues: () => (reads++, values.map((r) => [...r])) }) };
    const SpreadsheetApp = tracedService('SpreadsheetApp', log, { getUi: () => ui, getActiveSheet: () => sheet });
    const { context } = loadBundle({ SpreadsheetApp });
    (context.checkData as () => void)();
    expect(reads).toBe(1);
    expect(ui.alerts).toHaveLength(1);
    const [title, body] = ui.alerts[0];
    expect(title).toBe('ผลการตรวจสอบข้อมูล');
    expect(body).toContain('รายงานแล้ว 2 แถว ยังไม่รายงาน 1 แถว');
    expect(body).toContain('ข้อผิดพลาด 2 รายการ ใน 1 แถว');
    expect(body).toContain('แถว 4');
  });

  test('the manifest in dist/ has V8, Asia/Bangkok, Stackdriver logging and exactly the two least-privilege scopes', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Bangkok');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  test('clasp (offline, no login) would push only the files in dist/', () => {
    const root = join(__dirname, '..', '..');
    const out = execFileSync(join(root, 'node_modules', '.bin', 'clasp'), ['show-file-status', '--json'], { cwd: root, encoding: 'utf8' });
    const status = JSON.parse(out.slice(out.indexOf('{')));
    expect(status.filesToPush.length).toBeGreaterThan(0);
    for (const f of status.filesToPush) expect(f).toMatch(/^dist\//);
    expect(status.filesToPush).toEqual(expect.arrayContaining(['dist/Code.js', 'dist/appsscript.json']));
  });
});
