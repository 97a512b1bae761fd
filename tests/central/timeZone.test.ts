// National consolidation when spreadsheets are not in Bangkok: province files typed in Los Angeles or at +14 give the tables
// the same days typed in Bangkok give, each file read in its own zone; "ข้อมูล ณ วันที่" is today in the consolidating workbook.

import { runNational } from '../../src/addon/consolidate/runner';
import { FILES_RUN } from '../../src/central/config';
import { asGlobals, type Twin } from '../../src/twin';
import { latestLineDate, reportSpecs, sheetRows, thaiShort } from '../consolidate/fixture';
import { addRegistry, clockedTwin } from './fixture';
import { load, OFFICER_BUNDLE } from './sandbox';
import { type ScenarioZones, SPECS, scenario } from './scenario';
import { outputs, sheetTable } from './tables';

jest.setTimeout(60_000);

function filesRun(zones: ScenarioZones): Twin {
  const { twin } = scenario({ scriptApp: true }, zones);
  expect(runNational(twin.services, FILES_RUN, 'start').kind).toBe('finished');
  return twin;
}

const ABROAD: ScenarioZones = {
  phayao: 'America/Los_Angeles',
  nan: 'Pacific/Kiritimati',
  nb1: 'Pacific/Kiritimati',
  songkhla: 'America/Los_Angeles',
};
const BANGKOK = filesRun({});

describe('the central script over province files', () => {
  const abroad = filesRun(ABROAD);

  test('files in Los Angeles and at +14: every table as for the same days typed in Bangkok', () => {
    expect(outputs(abroad)).toEqual(outputs(BANGKOK));
    const status = sheetTable(abroad.workbook, 'สถานะรายจังหวัด');
    const latest = (name: string) => status.rows.find((r) => r[1] === name)![6];
    expect(latest('พะเยา')).toBe(thaiShort(latestLineDate(SPECS.phayao)));
    expect(latest('น่าน')).toBe(thaiShort(latestLineDate(SPECS.nan)));
  });

  test('each file’s zone is asked once, and only of files that hold date cells', () => {
    // พะเยา, น่าน, นนทบุรี (its first file twice) and สงขลา hold date cells; the central workbook's zone gives today
    expect(abroad.workbook.env.counter.count('Spreadsheet.getSpreadsheetTimeZone')).toBe(5 + 1);
  });

  test('ข้อมูล ณ วันที่ is today where the consolidating workbook is: 02:00 UTC on 21 Nov is still the 20th in Los Angeles', () => {
    const twin = filesRun({ ...ABROAD, central: 'America/Los_Angeles' });
    expect(sheetTable(twin.workbook, 'สรุปรายจังหวัด').subtitle).toContain('ข้อมูล ณ วันที่ 20 พฤศจิกายน 2569');
    expect(sheetTable(BANGKOK.workbook, 'สรุปรายจังหวัด').subtitle).toContain('ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569');
  });
});

describe('the officer add-on over the tabs of one workbook (the built bundle)', () => {
  const SPECS_TABS = { phayao: reportSpecs('56', 'xlsx', []), nan: reportSpecs('55', 'xlsx', []) };

  function tabsRun(timeZone: string): Twin {
    const { twin } = clockedTwin({ scriptApp: false, script: 'officer' });
    const book = twin.workbook;
    book.timeZone = timeZone;
    book.addSheet('พะเยา', book.typedRows(sheetRows(SPECS_TABS.phayao, { dateCells: true }, 'xlsx')));
    book.addSheet(
      'รายงาน 2',
      book.typedRows(sheetRows(SPECS_TABS.nan, { title: 'แบบรายงานผล จังหวัดน่าน', dateCells: true }, 'xlsx')),
    );
    addRegistry(book);
    const bundle = load(OFFICER_BUNDLE, asGlobals(twin.services), () => twin.services.now());
    twin.bindToContext(bundle.context);
    bundle.call('consolidateNation');
    expect(twin.ui.alerts[0].prompt).toMatch(/^รวมผล 76 จังหวัดแล้ว/);
    return twin;
  }

  test.each(['America/Los_Angeles', 'Pacific/Kiritimati'])(
    'a workbook in %s: the tables of the same days typed in Bangkok',
    (timeZone) => {
      const here = outputs(tabsRun(timeZone));
      const bangkok = outputs(tabsRun('Asia/Bangkok'));
      // only ข้อมูล ณ วันที่ may differ (today there); everything read from the tabs is the same
      const asOf = /ข้อมูล ณ วันที่ [^"]*/g;
      expect(JSON.stringify(here).replace(asOf, '')).toEqual(JSON.stringify(bangkok).replace(asOf, ''));
      expect(JSON.stringify(here)).toContain(
        `ข้อมูล ณ วันที่ ${timeZone === 'America/Los_Angeles' ? 20 : 21} พฤศจิกายน 2569`,
      );
    },
  );

  test('the latest submission of a tab is its latest typed day', () => {
    const t = sheetTable(tabsRun('Pacific/Kiritimati').workbook, 'สถานะรายจังหวัด');
    expect(t.rows.find((r) => r[1] === 'พะเยา')![6]).toBe(thaiShort(latestLineDate(SPECS_TABS.phayao)));
  });
});
