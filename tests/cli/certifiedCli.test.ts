// `khongdee consolidate DIR --period P [--certified-only]` on three xlsx province files: one certified by the province for the
// period (its การรับรองผล sheet), one certified by a district only, one without the sheet. The status sheet's การรับรองผล
// column, the JSON, and what --certified-only counts and says it left out; without a period the flag is refused.

import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { CERTIFICATION_SHEET } from '../../src/core/messages/certification';
import { act, certificationRows, provinceName, reportRows } from '../consolidate/certificationSources';
import { TODAY_ARGS, writeXlsx } from '../consolidate/fixture';
import { runCli } from '../support/cli';
import { tempDir } from '../support/tempDir';

jest.setTimeout(60_000);

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const DIR = tmp.path('provinces');

const PHAYAO = provinceName('56');
const NAN = provinceName('55');
const SONGKHLA = provinceName('90');

beforeAll(async () => {
  const { mkdirSync } = await import('node:fs');
  mkdirSync(DIR, { recursive: true });
  await writeXlsx(join(DIR, 'phayao.xlsx'), [
    { name: 'แบบรายงาน', rows: reportRows('56', 3) },
    {
      name: CERTIFICATION_SHEET,
      rows: certificationRows([act({ period: '2569-Q1', act: 'reopen' }), act({ by: 'staff@phayao.go.th' })]),
    },
  ]);
  await writeXlsx(join(DIR, 'nan.xlsx'), [
    { name: 'แบบรายงาน', rows: reportRows('55', 4) },
    {
      name: CERTIFICATION_SHEET,
      rows: certificationRows([
        act({ level: 'district', district: 'ปัว', by: 'pua@nan.go.th' }),
        act({ period: '2568' }),
      ]),
    },
  ]);
  await writeXlsx(join(DIR, 'songkhla.xlsx'), [{ name: 'แบบรายงาน', rows: reportRows('90', 6) }]);
});

const consolidate = (...args: string[]) => runCli('consolidate', DIR, '--period', '2569', ...TODAY_ARGS, ...args);

/** The การรับรองผล column of the written สถานะรายจังหวัด sheet, by province. */
async function statusColumn(file: string): Promise<Record<string, string>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const ws = book.getWorksheet('สถานะรายจังหวัด')!;
  let headerRow = 0;
  let column = 0;
  ws.eachRow((row, n) => {
    row.eachCell((c, i) => {
      if (c.value === 'การรับรองผล' && headerRow === 0) [headerRow, column] = [n, i];
    });
  });
  const out: Record<string, string> = {};
  ws.eachRow((row, n) => {
    const name = row.getCell(2).value;
    if (n > headerRow && typeof name === 'string' && typeof row.getCell(1).value === 'number')
      out[name] = String(row.getCell(column).value ?? '');
  });
  return out;
}

test('the status sheet and the JSON say where each province stands for the period', async () => {
  const out = tmp.path('all.xlsx');
  const run = await consolidate('--out', out);
  expect(run.code).toBe(0);
  expect(await statusColumn(out)).toEqual({
    [NAN]: 'อำเภอรับรองแล้ว 1 อำเภอ',
    [PHAYAO]: 'จังหวัดรับรองแล้ว โดย staff@phayao.go.th เมื่อ 5/10/2569 10:00:00',
    [SONGKHLA]: 'ยังไม่รับรอง',
  });
  const json = JSON.parse((await consolidate('--json')).stdout);
  const by = Object.fromEntries(
    json.statuses.map((s: { province: { code: string }; certification: unknown }) => [
      s.province.code,
      s.certification,
    ]),
  );
  expect(by).toEqual({
    '55': { state: 'district', by: 'pua@nan.go.th', at: '5/10/2569 10:00:00', districts: ['ปัว'] },
    '56': { state: 'province', by: 'staff@phayao.go.th', at: '5/10/2569 10:00:00', districts: [] },
    '90': null,
  });
  expect(json.certifiedOnlyLeftOut).toBeNull();
});

test('--certified-only counts พะเยา only and says which provinces were left out and why', async () => {
  const all = JSON.parse((await consolidate('--json')).stdout);
  const only = JSON.parse((await consolidate('--json', '--certified-only')).stdout);
  expect(only.certifiedOnlyLeftOut).toEqual(['55', '90']);
  expect([only.total.entries, all.total.entries]).toEqual([3, 3 + 4 + 6]);
  // every province keeps its status row, in the table's order (zone, then DOPA code)
  expect(only.statuses.map((s: { province: { code: string } }) => s.province.code)).toEqual(['90', '55', '56']);

  const out = tmp.path('certified.xlsx');
  const human = await consolidate('--certified-only', '--out', out);
  expect(human.code).toBe(0);
  const said = human.stdout.replace(/\s+/g, ' ');
  expect(said).toContain(`ไม่นับ 2 จังหวัดที่ยังไม่รับรองผล: ${NAN} (อำเภอรับรองแล้ว 1 อำเภอ), ${SONGKHLA} (ยังไม่รับรอง)`);
  expect(await statusColumn(out)).toEqual(await statusColumn(tmp.path('all.xlsx')));
  const en = await consolidate('--certified-only', '--lang', 'en');
  expect(en.stdout.replace(/\s+/g, ' ')).toContain('2 not yet certified are left out');
  const without = await consolidate();
  expect(without.stdout).not.toContain('ไม่นับ 2 จังหวัด');
});

test('--certified-only without --period is refused: certification is per period', async () => {
  const run = await runCli('consolidate', DIR, ...TODAY_ARGS, '--certified-only');
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toContain('--certified-only ต้องใช้คู่กับ --period');
  expect(run.stderr).toContain('--certified-only needs --period');
});
