// The fidelity probe (probe/dist/Code.js) run on a twin made for it, its one-off trigger fired on the twin's clock, and its
// answers compared with tests/fidelity/recorded.json: today the reference's, once someone runs it on real Sheets, Google's.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as probe from '../../src/probe/main';
import {
  FACT_NAMES,
  PROBE_TAB,
  type ProbeRecord,
  TIMING_NAMES,
  TRIGGER_AFTER_MS,
  TRIGGER_HANDLER,
} from '../../src/probe/record';
import { asGlobals, createServices, type Twin } from '../../src/twin';
import { type Loaded, load, ROOT, source } from '../central/sandbox';
import recordedJson from './recorded.json';

const PROBE_DIR = join(ROOT, 'probe');
const BUNDLE = join(PROBE_DIR, 'dist', 'Code.js');
type Manifest = { timeZone: string; oauthScopes: string[] };
const MANIFEST = JSON.parse(readFileSync(join(PROBE_DIR, 'appsscript.json'), 'utf8')) as Manifest;
const BUILT_MANIFEST = JSON.parse(readFileSync(join(PROBE_DIR, 'dist', 'appsscript.json'), 'utf8')) as Manifest;
const RECORDED = recordedJson as ProbeRecord;
const START = Date.UTC(2026, 10, 21, 2, 0, 0);

/**
 * A throwaway spreadsheet as the README's probe steps make it (one tab, its zone set to Los Angeles, run by its owner), with
 * the built manifest's scopes, so a call they do not cover fails here as in Apps Script.
 */
function throwaway(): { twin: Twin; bundle: Loaded; clock: { now: number } } {
  const clock = { now: START };
  const twin = createServices({
    scriptApp: true,
    oauthScopes: BUILT_MANIFEST.oauthScopes,
    userEmail: 'deployer@example.org',
    scriptTimeZone: BUILT_MANIFEST.timeZone,
    workbook: { id: '1throwawayProbeSpreadsheet0000000000000000000', name: 'probe', timeZone: 'America/Los_Angeles' },
    now: () => clock.now,
  });
  twin.workbook.addSheet('Sheet1');
  const bundle = load(BUNDLE, asGlobals(twin.services), () => clock.now);
  twin.bindToContext(bundle.context);
  return { twin, bundle, clock };
}

function record(twin: Twin): ProbeRecord {
  return JSON.parse(String(twin.workbook.sheet(PROBE_TAB).valueAt(1, 1))) as ProbeRecord;
}

/** One run as a person makes it: runProbe, then the trigger's handler once the twin's clock has passed its delay. */
function runOnce(env = throwaway()): { twin: Twin; before: ProbeRecord; after: ProbeRecord; fired: string[][] } {
  const { twin, bundle, clock } = env;
  bundle.call('runProbe');
  const before = record(twin);
  const fire = () => twin.scriptApp.runDue((handler) => bundle.call(handler));
  clock.now += TRIGGER_AFTER_MS - 1;
  const early = fire();
  clock.now += 1;
  const fired = [early, fire(), fire()];
  return { twin, before, after: record(twin), fired };
}

const RUN = runOnce();

describe('the probe bundle', () => {
  test('its top-level functions are exactly runProbe and the trigger handler', () => {
    const { context, defined } = load(BUNDLE, {});
    expect(defined.filter((n) => typeof context[n] === 'function').sort()).toEqual(Object.keys(probe).sort());
    expect(Object.keys(probe).sort()).toEqual(['probeTriggerFired', 'runProbe']);
    expect(TRIGGER_HANDLER).toBe('probeTriggerFired');
    expect(source(BUNDLE)).not.toMatch(/\b(require|process|setTimeout|console)\b/);
  });

  test('its manifest: V8, Asia/Bangkok, and the scopes of openById, the trigger and the email, no Ui', () => {
    expect(BUILT_MANIFEST).toEqual(MANIFEST);
    expect(MANIFEST).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Asia/Bangkok' });
    expect([...MANIFEST.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/spreadsheets',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });

  test('clasp run in probe/ (offline, no login) would push exactly the probe build', () => {
    const out = execFileSync(join(ROOT, 'node_modules', '.bin', 'clasp'), ['show-file-status', '--json'], {
      cwd: PROBE_DIR,
      encoding: 'utf8',
    });
    const status = JSON.parse(out.slice(out.indexOf('{')));
    expect([...status.filesToPush].sort()).toEqual(['dist/Code.js', 'dist/appsscript.json']);
  });
});

describe('runProbe on the twin', () => {
  test('leaves only its tab, shown, with one line of JSON in A1 and the trigger pending', () => {
    expect(RUN.twin.workbook.sheetNames()).toEqual(['Sheet1', PROBE_TAB]);
    expect(RUN.twin.workbook.activeSheet?.name).toBe(PROBE_TAB);
    expect(String(RUN.twin.workbook.sheet(PROBE_TAB).valueAt(1, 1))).not.toContain('\n');
    expect(RUN.before.facts.oneOffTriggerFires.value).toBeNull();
    expect(RUN.before.trigger).toEqual({ createdAtMs: START, firedAtMs: null });
  });

  test('the one-off trigger runs once, not before after(60000) has passed, and removes itself', () => {
    expect(RUN.fired).toEqual([[], [TRIGGER_HANDLER], []]);
    expect(RUN.after.trigger).toEqual({ createdAtMs: START, firedAtMs: START + TRIGGER_AFTER_MS });
    expect(RUN.after.timingsMs.value.triggerDelay).toBe(TRIGGER_AFTER_MS);
    expect(RUN.twin.scriptApp.triggers).toEqual([]);
  });

  test('a second run in the same file starts afresh and answers the same', () => {
    const env = throwaway();
    env.bundle.call('runProbe');
    const again = runOnce(env);
    expect(again.twin.workbook.sheetNames()).toEqual(['Sheet1', PROBE_TAB]);
    expect(again.after.facts).toEqual(RUN.after.facts);
  });
});

test('on the twin, a spreadsheet opened by id calls its first tab active, whichever tab its UI showed (as recorded.json assumes)', () => {
  const twin = createServices({ scriptApp: true });
  const other = twin.addWorkbook({ id: 'province-file' });
  other.addSheet('คำชี้แจง');
  other.addSheet('รายงานผล');
  other.setActiveSheet('รายงานผล');
  expect(twin.services.spreadsheetApp.openById('province-file').getActiveSheet().getName()).toBe('คำชี้แจง');
});

describe('the twin answers as tests/fidelity/recorded.json says', () => {
  test.each(FACT_NAMES)('%s', (name) => {
    expect(RUN.after.facts[name].value).toEqual(RECORDED.facts[name].value);
  });

  test('every timing is there: numbers from the twin; in the file, numbers once measured on real Sheets, else null', () => {
    expect(Object.keys(RUN.after.timingsMs.value).sort()).toEqual([...TIMING_NAMES].sort());
    expect(Object.keys(RECORDED.timingsMs.value).sort()).toEqual([...TIMING_NAMES].sort());
    for (const name of TIMING_NAMES) {
      expect(RUN.after.timingsMs.value[name]).toEqual(expect.any(Number));
      expect(RUN.after.timingsMs.value[name]).toBeGreaterThanOrEqual(0);
      if (RECORDED.measuredOnRealSheets) expect(RECORDED.timingsMs.value[name]).toEqual(expect.any(Number));
      else expect(RECORDED.timingsMs.value[name]).toBeNull();
    }
  });

  test('the file holds exactly the probe’s facts, each with its source', () => {
    expect(Object.keys(RECORDED.facts).sort()).toEqual([...FACT_NAMES].sort());
    expect(Object.keys(RECORDED).sort()).toEqual(Object.keys(RUN.after).sort());
    for (const name of FACT_NAMES) {
      const cited = RECORDED.measuredOnRealSheets
        ? /^measured /
        : /https:\/\/developers\.google\.com\/apps-script\/|^unconfirmed: |README/;
      expect(RECORDED.facts[name].source).toMatch(cited);
    }
  });
});
