// A 50,000-row province file costs the same three Spreadsheet calls as a small one, and its row in the national table is what
// the core gives for the same rows (the same code as khongdee consolidate).

import { generateRows } from '../../bench/generate';
import { runNational } from '../../src/addon/consolidate/runner';
import { FILES_RUN } from '../../src/central/config';
import { checkSource } from '../../src/core/consolidate/checkSource';
import { consolidateProvince } from '../../src/core/consolidate/consolidate';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { provinceByCode } from '../../src/core/geo/provinces';
import { registryFromTable } from '../../src/core/registry/fromRows';
import { indexRegistry } from '../../src/core/registry/match';
import { TODAY } from '../consolidate/fixture';
import { addProvinceFile, addRegistry, clockedTwin, REGISTRY_ROWS, registerRows, url } from './fixture';
import { sheetTable } from './tables';

jest.setTimeout(120_000);

const ROWS = 50_000;
const ID = '1songkhlaFiftyThousandRowsXXXXX';

test('50,000 rows: one file, three calls, the core’s figures', () => {
  const built = registryFromTable(REGISTRY_ROWS);
  if (!built.ok) throw new Error('registry');
  const registry = indexRegistry(built.registry, provinceByCode);
  const songkhla = registry.provinces.get('90')!;
  const rows = generateRows(ROWS, songkhla.laos, 9);

  const { twin } = clockedTwin({ scriptApp: true });
  addRegistry(twin.workbook);
  addProvinceFile(twin, ID, 'สงขลา', rows);
  twin.workbook.addSheet('ทะเบียนไฟล์จังหวัด', registerRows([['สงขลา', url(ID)]]));
  const outcome = runNational(twin.services, FILES_RUN, 'start');
  expect(outcome.kind).toBe('finished');

  const calls = twin.counter.byMethod;
  expect(calls['SpreadsheetApp.openById']).toBe(1);
  expect(twin.counter.cellsRead).toBeGreaterThan(ROWS * 10);
  // the file (its first tab, found by position), the registry and the register: one read each, whatever the rows
  expect(calls['Spreadsheet.getSheets']).toBe(1);
  expect(calls['Spreadsheet.getSheetValues']).toBeUndefined();
  expect(calls['Sheet.getSheetValues']).toBe(3);
  expect(calls['Range.getValues']).toBeUndefined();
  expect(twin.counter.calls).toBeLessThanOrEqual(3 + 60);

  // the same rows through the core (date cells come back from getValues as the same calendar days)
  const check = checkSource(`https://docs.google.com/spreadsheets/d/${ID}`, [{ name: '', rows }], {
    form: DLA_ONLINE_MARKET,
    today: TODAY,
    registry,
    province: provinceByCode('90'),
  });
  expect(check.ok).toBe(true);
  const part = consolidateProvince(DLA_ONLINE_MARKET, provinceByCode('90')!, [check], registry, null);
  const g = part.result.group;

  const summary = sheetTable(twin.workbook, 'สรุปรายจังหวัด');
  const row = summary.rows.find((r) => r[1] === 'สงขลา')!;
  const col = (h: string) => row[summary.header.indexOf(h)];
  expect([
    col('อปท. ที่รายงาน (แห่ง)'),
    col('รายการที่รายงาน (รายการ)'),
    col('ลิงก์เนื้อหา (ลิงก์)'),
    col('จำนวนครั้งที่ขายได้ (ครั้ง)'),
    col('รายรับ (บาท)'),
    col('แถวที่ต้องแก้ไข (แถว)'),
  ]).toEqual([g.laosReported, g.entries, g.links, g.sums.salesCount, g.sums.revenue / 100, g.rowsWithErrors]);
  const status = sheetTable(twin.workbook, 'สถานะรายจังหวัด').rows.find((r) => r[1] === 'สงขลา')!;
  expect(status.slice(3, 6)).toEqual([ROWS, part.status.errors, part.status.warnings]);
  expect(status[7]).toBe('ส่งแล้ว');
});
