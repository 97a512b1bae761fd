// Reading one source: a named tab through A1 notation (and when Sheets refuses that range), a file's first tab, and what
// openById's errors become for a file that refuses the account or does not exist.

import { readAndCheck, tabRange, type ReadContext } from '../../src/addon/consolidate/readSource';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { reportSpecs, sheetRows, TODAY } from '../consolidate/fixture';
import { addProvinceFile, clockedTwin } from './fixture';

const ID = '1nanReportForReadingXXXXXXXXXXXXX';
const rows = sheetRows(reportSpecs('55', 'xlsx', []), { title: 'จังหวัดน่าน', dateCells: true }, 'xlsx');

function setup() {
  const { twin } = clockedTwin({ scriptApp: true });
  twin.workbook.addSheet('ว่าง', [['']]);
  const book = addProvinceFile(twin, ID, 'รายงานผล', rows, 'คำชี้แจง');
  const ctx: ReadContext = { app: twin.services.spreadsheetApp, active: twin.workbook, form: DLA_ONLINE_MARKET, today: TODAY, registry: null };
  const file = (tab: string | null) => ({ label: 'x', display: 'น่าน', hint: '55', locator: { kind: 'file' as const, id: ID, tab } });
  return { twin, book, ctx, file };
}

test("tab names are quoted for A1 notation, with a quote inside doubled", () => {
  expect(tabRange('รายงานผล')).toBe("'รายงานผล'!A:Z");
  expect(tabRange("O'Neil")).toBe("'O''Neil'!A:Z");
});

test('a named tab: openById, getRange, getValues', () => {
  const { twin, ctx, file } = setup();
  const check = readAndCheck(ctx, file('รายงานผล'));
  expect(check.ok).toBe(true);
  expect(twin.counter.calls).toBe(3);
  expect(twin.counter.byMethod).toEqual({ 'SpreadsheetApp.openById': 1, 'Spreadsheet.getRange': 1, 'Range.getValues': 1 });
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

test('no tab named: the first tab (here the cover sheet, so no report header)', () => {
  const { twin, ctx, file } = setup();
  const check = readAndCheck(ctx, file(null));
  expect(check.ok).toBe(false);
  expect(check.status.status).toBe('noHeader');
  expect(twin.counter.byMethod).toEqual({ 'SpreadsheetApp.openById': 1, 'Spreadsheet.getSheetValues': 1 });
});

test('no tab named and the first tab empty: Sheets refuses the read, the last row says it is empty; three calls, no report header', () => {
  const { twin, ctx } = setup();
  twin.addWorkbook({ id: '1emptyProvinceFileXXXXXXXXXXXXXXX' }).addSheet('แผ่น1', []);
  const check = readAndCheck(ctx, { label: 'y', display: 'น่าน', hint: '55', locator: { kind: 'file', id: '1emptyProvinceFileXXXXXXXXXXXXXXX', tab: null } });
  expect(check.ok).toBe(false);
  expect(check.status.status).toBe('noHeader');
  expect(twin.counter.byMethod).toEqual({ 'SpreadsheetApp.openById': 1, 'Spreadsheet.getSheetValues': 1, 'Spreadsheet.getLastRow': 1 });
});

test('openById refusing the account is noPermission; an id that does not exist is notFound; both under the registered province', () => {
  const { book, ctx, file } = setup();
  book.denyAccess();
  const denied = readAndCheck(ctx, file(null));
  expect(denied.ok || [denied.status.status, denied.status.province?.code]).toEqual(['noPermission', '55']);
  const gone = readAndCheck(ctx, { ...file(null), locator: { kind: 'file', id: '1doesNotExistXXXXXXXXXXXXXXX', tab: null } });
  expect(gone.ok || [gone.status.status, gone.status.province?.code]).toEqual(['notFound', '55']);
});
