// Contract tests of the central script's build (central/dist): no Node globals, exactly its entry functions, a UI-only onOpen,
// its own manifest and clasp project, an end-to-end run from the bundle; the officer add-on's manifest and bundle left alone.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MenuItem } from '../../src/addon/menu';
import { MENU_ITEMS } from '../../src/addon/menu';
import * as central from '../../src/central/main';
import { CENTRAL_MENU_ITEMS } from '../../src/central/menu';
import { asGlobals } from '../../src/twin';
import { tracedService } from '../support/appsScriptSandbox';
import { CENTRAL_BUNDLE, load, OFFICER_BUNDLE, ROOT, source } from './sandbox';
import { scenario } from './scenario';

jest.setTimeout(60_000);

const ENTRY = Object.keys(central).sort();
const ITEMS = CENTRAL_MENU_ITEMS.filter((i): i is MenuItem => i !== 'separator');

test('central/dist/Code.js loads without require, process, URL, TextEncoder, timers, fetch or structuredClone', () => {
  const { context } = load(CENTRAL_BUNDLE, {});
  for (const name of [
    'require',
    'module',
    'process',
    'URL',
    'URLSearchParams',
    'TextEncoder',
    'setTimeout',
    'fetch',
    'structuredClone',
    'Buffer',
  ])
    expect(name in context).toBe(false);
});

test('its top-level functions are exactly the entry module’s exports, the menu’s functions and the trigger handler among them', () => {
  const { context, defined } = load(CENTRAL_BUNDLE, {});
  expect(defined.filter((n) => typeof context[n] === 'function').sort()).toEqual(ENTRY);
  expect([...source(CENTRAL_BUNDLE).matchAll(/^function\s+([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]).sort()).toEqual(
    ENTRY,
  );
  expect(ENTRY).toEqual(
    expect.arrayContaining(['onOpen', 'continueNationByTrigger', ...ITEMS.map((i) => i.functionName)]),
  );
});

test('onOpen with authMode NONE builds the menu and touches only the UI', () => {
  const log: string[] = [];
  const items: [string, string][] = [];
  const menu = {
    addItem: (label: string, fn: string) => {
      items.push([label, fn]);
      return menu;
    },
    addSeparator: () => menu,
    addToUi: () => undefined,
  };
  const ui = {
    createAddonMenu: () => {
      log.push('Ui.createAddonMenu');
      return menu;
    },
  };
  const SpreadsheetApp = tracedService('SpreadsheetApp', log, { getUi: () => ui });
  const others = Object.fromEntries(
    [
      'PropertiesService',
      'LockService',
      'HtmlService',
      'Session',
      'ScriptApp',
      'CacheService',
      'DriveApp',
      'UrlFetchApp',
    ].map((n) => [n, tracedService(n, log)]),
  );
  load(CENTRAL_BUNDLE, { SpreadsheetApp, ...others }).call('onOpen', { authMode: 'NONE' });
  expect(log).toEqual(['SpreadsheetApp.getUi', 'Ui.createAddonMenu']);
  expect(items).toEqual(ITEMS.map((i) => [i.label.th, i.functionName]));
});

test('its manifest: V8, Asia/Bangkok, and exactly spreadsheets, script.container.ui, userinfo.email, script.scriptapp and script.send_mail', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'central', 'dist', 'appsscript.json'), 'utf8'));
  expect(manifest).toEqual(JSON.parse(readFileSync(join(ROOT, 'central', 'appsscript.json'), 'utf8')));
  expect(manifest.runtimeVersion).toBe('V8');
  expect(manifest.timeZone).toBe('Asia/Bangkok');
  expect([...manifest.oauthScopes].sort()).toEqual([
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/script.scriptapp',
    'https://www.googleapis.com/auth/script.send_mail',
    'https://www.googleapis.com/auth/spreadsheets',
    'https://www.googleapis.com/auth/userinfo.email',
  ]);
});

test('the central build left the officer add-on alone: its manifest keeps its three scopes and its bundle never names ScriptApp', () => {
  const officer = JSON.parse(readFileSync(join(ROOT, 'dist', 'appsscript.json'), 'utf8'));
  expect(officer).toEqual(JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')));
  expect([...officer.oauthScopes].sort()).toEqual([
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
    'https://www.googleapis.com/auth/userinfo.email',
  ]);
  expect(source(OFFICER_BUNDLE)).not.toMatch(/\bScriptApp\b/);
  expect(source(CENTRAL_BUNDLE)).toMatch(/\bScriptApp\b/);
  // the officer menu has the national consolidation and its ทำต่อ
  expect(MENU_ITEMS.filter((i): i is MenuItem => i !== 'separator').map((i) => i.functionName)).toEqual(
    expect.arrayContaining(['consolidateNation', 'continueNation']),
  );
});

test('clasp run in central/ (offline, no login) would push exactly the central build', () => {
  const out = execFileSync(join(ROOT, 'node_modules', '.bin', 'clasp'), ['show-file-status', '--json'], {
    cwd: join(ROOT, 'central'),
    encoding: 'utf8',
  });
  const status = JSON.parse(out.slice(out.indexOf('{')));
  expect([...status.filesToPush].sort()).toEqual(['dist/Code.js', 'dist/appsscript.json']);
});

describe('from the bundle, on the twin', () => {
  test('รวมผลทั้งประเทศ opens its dialog; the dialog’s call reads the registered files, writes the three sheets and answers in JSON; the trigger handler with nothing saved shows nothing', () => {
    const c = scenario({ scriptApp: true });
    const { twin } = c;
    const bundle = load(CENTRAL_BUNDLE, asGlobals(twin.services));
    twin.bindToContext(bundle.context);
    bundle.call('consolidateNation');
    expect(twin.ui.dialogs.map((d) => d.title)).toEqual(['รวมผลทั้งประเทศ']);
    expect(twin.ui.dialogs[0].content).toContain('id="certified"');
    expect(twin.workbook.sheetNames()).not.toContain('สรุปรายจังหวัด');
    const answer = bundle.call('consolidateNationFor', '', false, 'start') as { ok: boolean; message: string };
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
    expect(answer.ok).toBe(true);
    expect(answer.message).toMatch(/^รวมผล 76 จังหวัดแล้ว ทุกช่วงเวลา สรุปสถานะ: ส่งแล้ว 4 จังหวัด/);
    expect(twin.workbook.sheetNames()).toEqual(
      expect.arrayContaining(['สรุปรายจังหวัด', 'สถานะรายจังหวัด', 'ลิงก์ซ้ำข้ามจังหวัด']),
    );
    // the trigger handler with nothing saved does nothing and shows nothing (there is nobody to show it to)
    bundle.call('continueNationByTrigger', { triggerUid: 'x' });
    expect(twin.ui.alerts).toHaveLength(0);
  });

  test('สร้างทะเบียนไฟล์จังหวัด makes the register with the 76 provinces by zone, once', () => {
    const c = scenario({ scriptApp: true });
    const { twin } = c;
    twin.workbook.deleteSheet('ทะเบียนไฟล์จังหวัด');
    const bundle = load(CENTRAL_BUNDLE, asGlobals(twin.services));
    twin.bindToContext(bundle.context);
    bundle.call('createProvinceRegister');
    const rows = twin.workbook.sheet('ทะเบียนไฟล์จังหวัด').values();
    expect(rows[1]).toEqual([
      'ที่',
      'เขตตรวจราชการ',
      'จังหวัด',
      'ลิงก์หรือรหัสไฟล์ Google Sheets',
      'ชื่อแผ่นงาน (ถ้าไม่ใช่แผ่นแรก)',
      'อีเมลผู้รับข้อความติดตามผล (คั่นด้วย , หรือขึ้นบรรทัดใหม่)',
      'หมายเหตุ',
    ]);
    expect(rows).toHaveLength(78);
    expect(rows[2]).toEqual([1, 'เขตตรวจราชการที่ 1 : กลุ่มจังหวัดภาคกลางตอนบน', 'พระนครศรีอยุธยา', '', '', '', '']);
    const zones = rows.slice(2).map((r) => Number(/ที่ (\d+)/.exec(String(r[1]))![1]));
    expect([...zones].sort((a, b) => a - b)).toEqual(zones);
    expect(twin.ui.alerts[0].prompt).toContain('76 จังหวัด');
    // run with the fresh (empty) register: tells staff to paste the links
    expect(bundle.call('consolidateNationFor', '2569', false, 'start')).toMatchObject({
      ok: false,
      message: expect.stringContaining('ยังไม่มีลิงก์ไฟล์'),
    });
    bundle.call('createProvinceRegister');
    expect(twin.ui.alerts[1].prompt).toContain('มีแผ่นงาน ทะเบียนไฟล์จังหวัด อยู่แล้ว');
  });

  test('no register at all: the message names the menu item that makes it', () => {
    const c = scenario({ scriptApp: true });
    c.twin.workbook.deleteSheet('ทะเบียนไฟล์จังหวัด');
    const bundle = load(CENTRAL_BUNDLE, asGlobals(c.twin.services));
    c.twin.bindToContext(bundle.context);
    expect((bundle.call('consolidateNationFor', '', false, 'start') as { message: string }).message).toContain(
      'ใช้เมนู สร้างทะเบียนไฟล์จังหวัด',
    );
  });
});
