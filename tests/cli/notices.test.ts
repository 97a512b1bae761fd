// Notices instead of silence: --by zone|province without a national registry says what it did, a file of several that
// cannot be used is reported and left out (the rest rolled up, exit 1, the report says so), and a sheet with only a
// header is "no data rows" with exit 1.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../support/cli';
import { copyInto, csvText, SAMPLE_REPORT } from '../support/cliFiles';
import { REGISTRY_CSV } from '../support/rollupData';
import { HEADER } from '../support/sheets';
import { tempDir } from '../support/tempDir';

jest.setTimeout(60_000);

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const TODAY = ['--today', '2026-11-21'];
const report = copyInto(tmp.dir, SAMPLE_REPORT, 'phayao.xlsx');

describe('--by zone|province without a national registry', () => {
  test.each(['zone', 'province'])(
    '--by %s explains that the table is by district, and how to get the national one',
    async (by) => {
      const run = await runCli('rollup', report, '--by', by, ...TODAY);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain(`--by ${by}`);
      expect(run.stderr).toContain('รายอำเภอ');
      expect(run.stderr).toContain('--registry');
      const en = await runCli('rollup', report, '--by', by, '--lang', 'en', '--json', ...TODAY);
      expect(en.stderr).toContain('by district');
      expect(JSON.parse(en.stdout)).toBeTruthy();
    },
  );

  test('with the national registry there is nothing to explain', async () => {
    const run = await runCli('rollup', report, '--by', 'zone', '--registry', REGISTRY_CSV, '--json', ...TODAY);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });
});

describe('rollup of several files, one of them unusable', () => {
  const damaged = tmp.path('damaged.xlsx');
  const noHeader = tmp.path('notes.csv');
  beforeAll(() => {
    writeFileSync(damaged, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
    writeFileSync(noHeader, 'just,some\nnotes,here\n');
  });

  test('is reported and left out; the rest is rolled up as on its own, and the exit code is 1', async () => {
    const alone = await runCli('rollup', report, '--json', ...TODAY);
    const run = await runCli('rollup', report, damaged, noHeader, '--json', ...TODAY);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(alone.stdout));
    expect(run.stderr).toContain('damaged.xlsx');
    expect(run.stderr).toContain('notes.csv');
    expect(run.stderr).toContain('ไม่ได้รวมไฟล์');
  });

  test('the written report says its totals leave the file out', async () => {
    const out = tmp.path('partial.xlsx');
    const run = await runCli('rollup', report, damaged, '--out', out, '--html', tmp.path('partial.html'), ...TODAY);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('ยอดรวมนี้ยังไม่ครบ');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const texts: string[] = [];
    book.worksheets[0].eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts.some((t) => t.includes('ยอดรวมนี้ยังไม่ครบ') && t.includes('damaged.xlsx'))).toBe(true);
  });

  test('one file that cannot be used, or none usable, is still exit 2', async () => {
    expect((await runCli('rollup', damaged, ...TODAY)).code).toBe(2);
    expect((await runCli('rollup', damaged, noHeader, ...TODAY)).code).toBe(2);
  });
});

describe('a sheet with only a header', () => {
  const headerOnly = tmp.path('header-only.csv');
  beforeAll(() => writeFileSync(headerOnly, csvText([['แบบรายงานผล จังหวัดพะเยา'], HEADER])));

  test('validate says "no data rows" in Thai and English and exits 1, not "no problems"', async () => {
    const th = await runCli('validate', headerOnly, ...TODAY);
    expect(th.code).toBe(1);
    expect(th.stdout).not.toContain('ไม่พบปัญหา');
    expect(th.stderr).toContain('ไม่มีแถวข้อมูล');
    const en = await runCli('validate', headerOnly, '--lang', 'en', ...TODAY);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('no data rows');
    expect((await runCli('validate', headerOnly, '--json', ...TODAY)).code).toBe(1);
  });

  test('rollup says so too and exits 1', async () => {
    const run = await runCli('rollup', headerOnly, ...TODAY);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('ไม่มีแถวข้อมูล');
  });

  test('a file with rows is unaffected', async () => {
    const rows = join(tmp.dir, 'one-row.csv');
    writeFileSync(
      rows,
      csvText([
        ['แบบรายงานผล จังหวัดพะเยา'],
        HEADER,
        ['1', '15/10/2568', 'เมืองพะเยา', 'ทต.แม่กา', 'ข้าว', 'https://www.facebook.com/share/p/1', '3', '1500', '4', ''],
      ]),
    );
    const run = await runCli('validate', rows, ...TODAY);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('ไม่พบปัญหา');
  });
});
