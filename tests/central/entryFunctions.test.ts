// Every entry function of central/dist/Code.js, run from the bundle on a twin made from central/dist/appsscript.json, on the
// happy path and the fault paths central staff meet: no call may need a scope the manifest does not grant. And the identity
// of whoever runs the consolidation: their email, or Google's temporary key where the email is blank.

import { runNational } from '../../src/addon/consolidate/runner';
import { FILES_RUN } from '../../src/central/config';
import * as central from '../../src/central/main';
import { asGlobals, createServices, SCOPE, ScopeGuard, type Twin } from '../../src/twin';
import { STAFF } from './fixture';
import { mailScenario } from './mailScenario';
import { CENTRAL_BUNDLE, load, walkEntry } from './sandbox';
import { scenario } from './scenario';

jest.setTimeout(120_000);

const ENTRY_FUNCTIONS = Object.keys(central).sort();

/** What each entry function is called with, as the menu or the continuation trigger would call it. */
const ARGS: Record<string, unknown[]> = {
  onOpen: [{ authMode: 'FULL' }],
  consolidateNation: [],
  consolidateNationFor: ['2569', true, 'start'],
  continueNation: [],
  continueNationByTrigger: [{ triggerUid: 'walk' }],
  createProvinceRegister: [],
  openFollowupMail: [],
  sendFollowupEmailsFor: ['2569'],
  showAbout: [],
};

/** The central workbooks staff meet, each made fresh for every call. */
const SITUATIONS: Record<string, () => Twin> = {
  'the register with every case (a file that refuses access, a deleted one, one without a header…)': () =>
    scenario({ scriptApp: true }).twin,
  'no national registry sheet': () => {
    const { twin } = scenario({ scriptApp: true });
    twin.workbook.deleteSheet('ทะเบียน อปท.');
    return twin;
  },
  'no register of province files': () => {
    const { twin } = scenario({ scriptApp: true });
    twin.workbook.deleteSheet('ทะเบียนไฟล์จังหวัด');
    return twin;
  },
  'the document lock held by another execution': () => {
    const { twin } = scenario({ scriptApp: true });
    twin.workbook.lock.holdBy('another-execution');
    return twin;
  },
  'a register with e-mail addresses (ส่งอีเมลติดตามผล sends)': () => mailScenario(),
  'staff whose email Google keeps blank': () => scenario({ scriptApp: true }).twin.setUser('', 'temp-key-staff'),
  'a run paused near the time limit, its continuation trigger waiting': () => {
    const { twin } = scenario({ scriptApp: true, msPerCall: 20_000 });
    expect(runNational(twin.services, FILES_RUN, 'start').kind).toBe('paused');
    return twin;
  },
  'a time-driven execution, which has no Ui': () => {
    const { twin } = scenario({ scriptApp: true, msPerCall: 20_000 });
    runNational(twin.services, FILES_RUN, 'start');
    twin.env.uiAvailable = false;
    return twin;
  },
};

const walk = (twin: Twin, name: string, scopes?: ScopeGuard) =>
  walkEntry(CENTRAL_BUNDLE, twin, name, ARGS[name], () => twin.env.now(), scopes);

test('every entry function of the central script is walked', () => {
  expect(Object.keys(ARGS).sort()).toEqual(ENTRY_FUNCTIONS);
});

/** Where a saved run is what the situation is about, the functions that meet it (without a Ui, only the trigger runs). */
const ONLY: Record<string, readonly string[]> = {
  'a run paused near the time limit, its continuation trigger waiting': [
    'consolidateNation',
    'consolidateNationFor',
    'continueNation',
    'continueNationByTrigger',
  ],
  'a time-driven execution, which has no Ui': ['continueNationByTrigger'],
};

describe.each(Object.entries(SITUATIONS))('%s', (situation, make) => {
  test.each(ONLY[situation] ?? ENTRY_FUNCTIONS)('%s makes only calls central/dist/appsscript.json grants', (name) => {
    expect(walk(make(), name)).toEqual({ refused: [], unlisted: [], escaped: null });
  });
});

test('onOpen in AuthMode.NONE (no scope granted yet) builds the menu under Extensions, named after the script', () => {
  const twin = createServices({ oauthScopes: [], addonName: 'รวมผลทั้งประเทศ' });
  load(CENTRAL_BUNDLE, asGlobals(twin.services)).call('onOpen', { authMode: 'NONE' });
  expect(twin.scopes.refused).toEqual([]);
  expect(twin.ui.menusOnUi.map((m) => m.caption)).toEqual(['รวมผลทั้งประเทศ']);
});

test('on the manifest before userinfo.email, รวมผลทั้งประเทศ stopped at Session.getActiveUser before claiming the run', () => {
  const { twin } = scenario({ scriptApp: true });
  const before = new ScopeGuard([SCOPE.spreadsheets, SCOPE.containerUi, SCOPE.scriptApp]);
  twin.counter.authorize = before.check;
  expect(walk(twin, 'consolidateNationFor', before).refused).toEqual(['Session.getActiveUser']);
  expect(twin.workbook.sheetNames()).not.toContain('สรุปรายจังหวัด');
});

describe('who is running the consolidation', () => {
  test('staff whose email is blank are named by their temporary key, said to be one, to whoever starts while they run', () => {
    const { twin } = scenario({ scriptApp: true, msPerCall: 20_000 });
    const manual = { ...FILES_RUN, continuation: null };
    twin.setUser('', 'temp-key-first');
    expect(runNational(twin.services, manual, 'start').kind).toBe('paused');
    twin.setUser('director@dla.go.th');
    const asked = runNational(twin.services, manual, 'start');
    expect(asked.kind).toBe('choose');
    expect(asked.message.th).toContain('เริ่มโดย ผู้ใช้ที่ Google ไม่แสดงอีเมล (รหัสชั่วคราว temp-key-first)');
    expect(asked.message.en).toContain(
      'started by a user whose email Google does not show (temporary key temp-key-first)',
    );
  });

  test('staff with an email are named by it', () => {
    const { twin } = scenario({ scriptApp: true, msPerCall: 20_000 });
    const manual = { ...FILES_RUN, continuation: null };
    expect(runNational(twin.services, manual, 'start').kind).toBe('paused');
    twin.setUser('director@dla.go.th');
    expect(runNational(twin.services, manual, 'start').message.th).toContain(`เริ่มโดย ${STAFF}`);
  });
});
