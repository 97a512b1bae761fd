// Reading one source: a named tab through A1 notation (and when Sheets refuses that range), a file's first tab by position,
// and what openById's refusals become, in English and in Thai: one status, never told apart by the words of the message.

import { sheetDays } from '../../src/addon/adapter/sheetDays';
import { type ReadContext, readAndCheck, tabRange } from '../../src/addon/consolidate/readSource';
import { readFile } from '../../src/central/readFile';
import { statusExplanation } from '../../src/core/consolidate/status';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import type { TwinLocale } from '../../src/twin/errors';
import { reportSpecs, sheetRows, TODAY } from '../consolidate/fixture';
import { addProvinceFile, clockedTwin } from './fixture';

const ID = '1nanReportForReadingXXXXXXXXXXXXX';
const rows = sheetRows(reportSpecs('55', 'xlsx', []), { title: 'จังหวัดน่าน', dateCells: true }, 'xlsx');

function setup(locale: TwinLocale = 'en') {
  const { twin } = clockedTwin({ scriptApp: true, twin: { locale } });
  twin.workbook.addSheet('ว่าง', [['']]);
  const book = addProvinceFile(twin, ID, 'รายงานผล', rows, 'คำชี้แจง');
  const ctx: ReadContext = {
    app: twin.services.spreadsheetApp,
    active: twin.workbook,
    form: DLA_ONLINE_MARKET,
    today: TODAY,
    period: null,
    registry: null,
    readFile,
    days: sheetDays(twin.workbook, twin.services.utilities),
    utilities: twin.services.utilities,
  };
  const file = (tab: string | null) => ({
    label: 'x',
    display: 'น่าน',
    hint: '55',
    locator: { kind: 'file' as const, id: ID, tab },
  });
  return { twin, book, ctx, file };
}

test('tab names are quoted for A1 notation, with a quote inside doubled', () => {
  expect(tabRange('รายงานผล')).toBe("'รายงานผล'!A:Z");
  expect(tabRange("O'Neil")).toBe("'O''Neil'!A:Z");
});

test('a named tab: openById, getRange, getValues (and the time zone for its dates)', () => {
  const { twin, ctx, file } = setup();
  const check = readAndCheck(ctx, file('รายงานผล'));
  expect(check.ok).toBe(true);
  // and the file's time zone, once, for its date cells
  expect(twin.counter.byMethod).toEqual({
    'SpreadsheetApp.openById': 1,
    'Spreadsheet.getRange': 1,
    'Range.getValues': 1,
    'Spreadsheet.getSpreadsheetTimeZone': 1,
  });
});

test('a named tab narrower than A:Z (columns deleted): Sheets refuses the range, the tab is read by name instead', () => {
  const { twin, book, ctx, file } = setup();
  book.sheet('รายงานผล').resize(rows.length + 20, 12);
  const check = readAndCheck(ctx, file('รายงานผล'));
  expect(check.ok).toBe(true);
  expect(twin.counter.byMethod['Spreadsheet.getSheetByName']).toBe(1);
});

test('a named tab that is not there: no report header, with what to correct', () => {
  const { ctx, file } = setup();
  const check = readAndCheck(ctx, file('รายงาน'));
  expect(check.ok).toBe(false);
  expect(check.status.status).toBe('noHeader');
  expect(check.status.province?.code).toBe('55');
  expect(check.status.detail?.th).toContain('ไม่พบแผ่นงาน “รายงาน”');
});

test('no tab named: the first tab by position, never the active sheet (here the cover sheet, so no report header); three calls', () => {
  const { twin, ctx, file } = setup();
  const check = readAndCheck(ctx, file(null));
  expect(check.ok).toBe(false);
  expect(check.status.status).toBe('noHeader');
  // which tab getActiveSheet gives for a file opened by id is not documented: the first tab is asked for by position
  expect(twin.counter.byMethod).toEqual({
    'SpreadsheetApp.openById': 1,
    'Spreadsheet.getSheets': 1,
    'Sheet.getSheetValues': 1,
  });
});

test('no tab named and the first tab empty: Sheets refuses the read, the last row says it is empty; four calls, no report header', () => {
  const { twin, ctx } = setup();
  twin.addWorkbook({ id: '1emptyProvinceFileXXXXXXXXXXXXXXX' }).addSheet('แผ่น1', []);
  const check = readAndCheck(ctx, {
    label: 'y',
    display: 'น่าน',
    hint: '55',
    locator: { kind: 'file', id: '1emptyProvinceFileXXXXXXXXXXXXXXX', tab: null },
  });
  expect(check.ok).toBe(false);
  expect(check.status.status).toBe('noHeader');
  expect(twin.counter.byMethod).toEqual({
    'SpreadsheetApp.openById': 1,
    'Spreadsheet.getSheets': 1,
    'Sheet.getSheetValues': 1,
    'Sheet.getLastRow': 1,
  });
});

describe.each<TwinLocale>(['en', 'th'])('openById refused, Google writing in %s', (locale) => {
  test('no access and no such file are one status under the registered province, with what to check and Google’s own words', () => {
    const { book, ctx, file } = setup(locale);
    book.denyAccess();
    const denied = readAndCheck(ctx, file(null));
    const gone = readAndCheck(ctx, {
      ...file(null),
      locator: { kind: 'file', id: '1doesNotExistXXXXXXXXXXXXXXX', tab: null },
    });
    const malformed = readAndCheck(ctx, { ...file(null), locator: { kind: 'file', id: 'not an id', tab: null } });
    for (const check of [denied, gone, malformed]) {
      expect(check.ok || [check.status.status, check.status.province?.code]).toEqual(['cannotOpen', '55']);
      expect(check.status.detail?.th).toMatch(/^ข้อความจาก Google: \S/);
    }
    // the raw text is kept as it came, whatever its language
    expect(denied.status.detail?.en).toBe(
      `Google's message: ${locale === 'th' ? 'คุณไม่มีสิทธิ์เข้าถึงเอกสารที่ขอ' : 'You do not have permission to access the requested document.'}`,
    );
    expect(statusExplanation(denied.status).th).toContain('แชร์ไฟล์ให้บัญชีผู้รวมผล');
    expect(statusExplanation(gone.status).en).toContain('ทะเบียนไฟล์จังหวัด');
  });
});
