// Every entry function of dist/Code.js, run from the bundle on a twin made from dist/appsscript.json, on the happy path and on
// the fault paths an officer meets: no call may need a scope the manifest does not grant, or be missing from the scope table.

import * as entry from '../../src/addon/main';
import { MENU_ITEMS, MENU_TITLE } from '../../src/addon/menu';
import { asGlobals, createServices, distHtmlFiles, SCOPE, type Twin } from '../../src/twin';
import { REGISTRY_ROWS, START } from '../central/fixture';
import { load, OFFICER_BUNDLE, walkEntry } from '../central/sandbox';
import { DIST } from '../support/appsScriptSandbox';
import { officerTwin } from '../support/manifestTwin';
import { REPORT_SHEET, reportRows, samplePayload, twinWithReport } from '../support/twinReport';

const ENTRY_FUNCTIONS = Object.keys(entry).sort();
const PAYLOAD = samplePayload('walk-entry-0001');
const PHAYAO_ROWS = [REGISTRY_ROWS[0], ...REGISTRY_ROWS.filter((r) => r[0] === 'พะเยา')];

/** What each entry function is called with, as a menu, the sidebar or a dialog would call it. */
const ARGS: Record<string, unknown[]> = {
  onOpen: [{ authMode: 'FULL' }],
  onInstall: [{ authMode: 'FULL' }],
  openEntrySidebar: [],
  getEntryContext: [],
  submitEntry: [PAYLOAD],
  getReturnedEntries: [{ code: '', name: 'ทต.แม่กา' }],
  checkData: [],
  openReviewSidebar: [],
  getReviewContext: [{ district: 'เมืองพะเยา', period: '', filter: 'pending' }],
  // a fingerprint no row has: the save goes as far as the lock, finds the row changed and writes nothing
  submitReview: [{ decisions: [{ row: 5, verdict: 'return', note: 'ลิงก์เปิดไม่ได้', fingerprint: '0.0' }] }],
  openCertifyDialog: [],
  getCertifyDialogContext: [],
  // the province certifies fiscal year 2570: the protections, the records and the audit trail are all made
  certifyPeriod: [{ period: '2570', district: '', act: 'certify', staff: 'province@phayao.go.th' }],
  openDistrictSummary: [],
  getPeriodDialogContext: [],
  runDistrictSummaryFor: [''],
  openFollowup: [],
  runFollowupFor: ['2569'],
  consolidateNation: [],
  continueNation: [],
  openMapDialog: [],
  getMapData: [],
  setupReportSheet: [],
  getSetupDialogContext: [],
  runSetupFor: ['dla-online-market'],
  openRegistry: [],
  getRegistryDialogContext: [],
  importRegistryRows: [PHAYAO_ROWS, true],
  useDemoRegistry: [true],
  showAbout: [],
};

function withPages(twin: Twin): Twin {
  twin.htmlFiles = distHtmlFiles(DIST);
  return twin;
}

/** The workbooks an officer's script meets, each made fresh for every call. */
const SITUATIONS: Record<string, () => Twin> = {
  'a report sheet of จังหวัดพะเยา': () => withPages(twinWithReport(20)),
  'a new spreadsheet without a report sheet': () =>
    withPages(officerTwin({ userEmail: 'officer@phayao.go.th', sheets: { แผ่น1: [] } })),
  'the document lock held by another execution': () => {
    const twin = withPages(twinWithReport(20));
    twin.workbook.lock.holdBy('another-execution');
    return twin;
  },
  'an officer whose email Google keeps blank': () => withPages(twinWithReport(20)).setUser('', 'temp-key-officer'),
  'a protected report the officer may not edit': () => {
    const twin = withPages(twinWithReport(20)).setUser('owner@dla.go.th');
    twin.workbook.sheet(REPORT_SHEET).protect().setDescription('ล็อกโดยจังหวัด');
    twin.workbook.restrictProtectedEditing(['owner@dla.go.th']);
    return twin.setUser('officer@phayao.go.th');
  },
};

const walk = (twin: Twin, name: string) => walkEntry(OFFICER_BUNDLE, twin, name, ARGS[name], () => START);

test('every entry function of the add-on is walked', () => {
  expect(Object.keys(ARGS).sort()).toEqual(ENTRY_FUNCTIONS);
});

describe.each(Object.entries(SITUATIONS))('%s', (_situation, make) => {
  test.each(ENTRY_FUNCTIONS)('%s makes only calls dist/appsscript.json grants', (name) => {
    expect(walk(make(), name)).toEqual({ refused: [], unlisted: [], escaped: null });
  });
});

test('onOpen and onInstall in AuthMode.NONE (no scope granted yet) build the menu under Extensions, named after the add-on', () => {
  for (const name of ['onOpen', 'onInstall']) {
    const twin = createServices({ oauthScopes: [], addonName: MENU_TITLE.th });
    load(OFFICER_BUNDLE, asGlobals(twin.services), () => START).call(name, { authMode: 'NONE' });
    expect(twin.scopes.refused).toEqual([]);
    expect(twin.ui.menusOnUi.map((m) => m.caption)).toEqual(['ของดีบ้านเรา']);
    expect(twin.ui.menusOnUi[0].items).toHaveLength(MENU_ITEMS.length);
  }
});

test('on the manifest before userinfo.email the walk finds the calls it could not run: the submitter and the national consolidation', () => {
  const refusedIn = (name: string) => {
    const twin = withPages(
      createServices({
        oauthScopes: [SCOPE.spreadsheetsCurrentOnly, SCOPE.containerUi],
        userEmail: 'officer@phayao.go.th',
      }),
    );
    twin.workbook.addSheet(REPORT_SHEET, reportRows(20, twin.workbook));
    return walk(twin, name).refused;
  };
  expect(refusedIn('submitEntry')).toEqual(['Session.getActiveUser']);
  expect(refusedIn('consolidateNation')).toEqual(['Session.getActiveUser']);
  expect(refusedIn('checkData')).toEqual([]);
});
