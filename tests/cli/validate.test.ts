// `khongdee validate` on fixture files: xlsx (merged headers, formulas, dates), CSV encodings, and files it must refuse.

import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { runCli } from '../support/cli';
import { HEADER } from '../support/sheets';
import { tempDir } from '../support/tempDir';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const CSV_ROWS = [
  ['แบบรายงานผล จังหวัดพะเยา'],
  HEADER,
  [
    '1',
    '15/10/2568',
    'เมืองพะเยา',
    'ทต.แม่กา',
    'ข้าว',
    'FB: https://www.facebook.com/share/p/1?fbclid=x และ https://youtu.be/abc',
    '๑๒ ครั้ง',
    '๑,๕๐๐.๒๕ บาท',
    '30 คน',
    '',
  ],
  ['2', '', 'เมืองพะเยา', 'อบต.แม่ใส', '', '', '', '', '', ''],
  ['3', 'ต.ค. 68', 'จุน', 'ทต.จุน', 'ลำไย', 'เพจลำไยจุน', '2', '1,50', '3', ''],
];

function csv(rows: string[][]): string {
  return rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n');
}

async function xlsxFixture(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('ปก').getCell('A1').value = 'หน้าปก';
  const ws = book.addWorksheet('รายงาน');
  ws.getCell('A1').value = 'แบบรายงานผล';
  ws.mergeCells('A1:F1');
  ws.getRow(3).values = ['ที่', 'วันที่', 'ชื่อ อปท.', 'ลิงก์', 'ผลการดำเนินงาน', '', ''];
  ws.getRow(4).values = ['', '', '', '', 'จำนวนครั้งที่ขายได้', 'รายรับ (บาท)', 'ผู้ได้รับประโยชน์'];
  for (const c of ['A', 'B', 'C', 'D']) ws.mergeCells(`${c}3:${c}4`);
  ws.mergeCells('E3:G3');
  ws.getRow(5).values = [
    1,
    new Date(Date.UTC(2025, 10, 3)),
    'ทต.แม่กา',
    'https://www.tiktok.com/@a/video/1',
    2,
    { formula: '1000+500.5', result: 1500.5 },
    4,
  ];
  ws.getRow(6).values = [
    2,
    new Date(Date.UTC(2568, 10, 3)),
    'ทต.บ้านต๋อม',
    'https://www.facebook.com/x/posts/2',
    1,
    300,
    1,
  ];
  ws.getRow(7).values = [
    'รวม',
    '',
    '',
    '',
    { formula: 'SUM(E5:E6)', result: 3 },
    { formula: 'SUM(F5:F6)', result: 1800.5 },
    5,
  ];
  await book.xlsx.writeFile(file);
}

describe('khongdee validate', () => {
  test('xlsx with title lines, a merged two-row header, formula and date cells', async () => {
    const file = tmp.path('report.xlsx');
    await xlsxFixture(file);
    const run = await runCli('validate', file, '--json', '--today', '2026-11-21');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.sheet).toBe('รายงาน');
    expect(json.headerRows).toEqual([3, 4]);
    expect(json.columns).toMatchObject({
      seq: 'ที่',
      lao: 'ชื่อ อปท.',
      salesCount: 'จำนวนครั้งที่ขายได้',
      revenue: 'รายรับ (บาท)',
    });
    expect(json.summary).toEqual({
      dataRows: 3,
      reported: 2,
      notReported: 0,
      subtotalRows: 1,
      blankRows: 0,
      rowsWithErrors: 0,
      rowsWithWarnings: 1,
      rowsWithWarningsOnly: 1,
      duplicateRows: 0,
    });
    expect(json.rows[0]).toMatchObject({
      row: 5,
      status: 'ok',
      lao: 'ทต.แม่กา',
      salesCount: 2,
      revenue: 1500.5,
      beneficiaries: 4,
      date: '2025-11-03',
    });
    expect(json.rows[0].links).toEqual([
      { url: 'https://www.tiktok.com/@a/video/1', canonical: 'https://tiktok.com/@a/video/1', platform: 'tiktok' },
    ]);
    expect(json.rows[1]).toMatchObject({ row: 6, status: 'warning', date: '2025-11-03' });
    expect(json.problems).toEqual([
      expect.objectContaining({ row: 6, code: 'DATE_BUDDHIST_YEAR', severity: 'warning', column: 'date' }),
    ]);
  });

  test.each([
    ['UTF-8 with BOM', (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')])],
    ['UTF-8 without BOM', (s: string) => Buffer.from(s, 'utf8')],
    ['Windows-874', (s: string) => iconv.encode(s, 'win874')],
  ])('CSV in %s: Thai digits, units and multi-link cells; exit 1 on errors', async (name, encode) => {
    const file = tmp.path(`${name}.csv`);
    writeFileSync(file, encode(csv(CSV_ROWS)));
    const run = await runCli('validate', file, '--json', '--today', '2026-11-21');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.rows[0]).toMatchObject({
      lao: 'ทต.แม่กา',
      salesCount: 12,
      revenue: 1500.25,
      beneficiaries: 30,
      date: '2025-10-15',
      status: 'ok',
    });
    expect(json.rows[0].links.map((l: { canonical: string }) => l.canonical)).toEqual([
      'https://facebook.com/share/p/1',
      'https://youtube.com/watch?v=abc',
    ]);
    expect(json.rows[1]).toMatchObject({ status: 'not-reported', lao: 'อบต.แม่ใส', revenue: null });
    expect(json.rows[2]).toMatchObject({ status: 'error', date: '2025-10' });
    expect(json.problems.map((p: { code: string; row: number }) => [p.row, p.code]).sort()).toEqual([
      [5, 'LINK_INVALID'],
      [5, 'NOT_A_NUMBER'],
    ]);
  });

  test('human output is Thai by default and English with --lang en', async () => {
    const file = tmp.path('human.csv');
    writeFileSync(file, csv(CSV_ROWS));
    const th = await runCli('validate', file, '--today', '2026-11-21');
    expect(th.code).toBe(1);
    expect(th.stdout).toContain('รายงานแล้ว 2');
    expect(th.stdout).toContain('ยังไม่รายงาน 1');
    expect(th.stdout).toMatch(/5\s+รายรับ \(บาท\)\s+1,50\s+ผิดพลาด/);
    const en = await runCli('validate', file, '--today', '2026-11-21', '--lang', 'en');
    expect(en.stdout).toContain('reported 2');
    expect(en.stdout).toContain('is not a number');
  });

  test.each([
    ['empty file', 'empty.csv', Buffer.alloc(0)],
    ['binary file', 'binary.csv', Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0])],
    ['no header', 'noheader.csv', Buffer.from('ชื่อ,ที่อยู่\nก,ข\n', 'utf8')],
    ['not a zip named xlsx', 'fake.xlsx', Buffer.from('hello', 'utf8')],
  ])('%s: exit 2, a Thai and English message on stderr, nothing on stdout', async (_name, fileName, bytes) => {
    const file = tmp.path(fileName);
    writeFileSync(file, bytes);
    const run = await runCli('validate', file, '--json');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/[\u0E00-\u0E7F]/);
    expect(run.stderr).toMatch(/[A-Za-z]{4,}/);
  });

  test('missing file, unknown sheet and bad options exit 2', async () => {
    expect((await runCli('validate', tmp.path('nope.xlsx'))).code).toBe(2);
    const book = tmp.path('sheets.xlsx');
    await xlsxFixture(book);
    const unknown = await runCli('validate', book, '--sheet', 'ไม่มี');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('รายงาน');
    expect((await runCli('validate', book, '--lang', 'fr')).code).toBe(2);
    expect((await runCli('validate', book, '--today', '2026-13-01')).code).toBe(2);
    expect((await runCli('validate')).code).toBe(2);
    expect((await runCli('frobnicate')).code).toBe(2);
  });
});

describe('the built khongdee bin', () => {
  const root = join(__dirname, '..', '..');
  const bin = join(root, 'bin', 'khongdee.js');

  test('exit codes and streams of the real process', async () => {
    const file = tmp.path('bin.csv');
    writeFileSync(file, csv(CSV_ROWS));
    const bad = spawnSync(process.execPath, [bin, 'validate', file, '--json'], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(() => JSON.parse(bad.stdout)).not.toThrow();
    const missing = spawnSync(process.execPath, [bin, 'validate', tmp.path('missing.csv')], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('ไม่พบไฟล์');
  });

  test('npm start’s job on the Phayao sample prints the check and exits 0', () => {
    const out = execFileSync(process.execPath, [bin, 'sample'], { encoding: 'utf8' });
    expect(out).toContain('รายงานผล');
    expect(out).toContain('ยังไม่รายงาน');
    expect(readdirSync(join(root, 'samples'))).toContain('phayao-report.xlsx');
  });
});

describe('--form', () => {
  test('another layout declared in JSON is used for the header and the checks', async () => {
    const form = JSON.parse(JSON.stringify(DLA_ONLINE_MARKET));
    form.columns.find((c: { key: string }) => c.key === 'lao').variants.push('Local government');
    const formFile = tmp.path('form.json');
    writeFileSync(formFile, JSON.stringify(form));
    const file = tmp.path('english.csv');
    writeFileSync(
      file,
      csv([
        ['Local government', 'Link', 'Revenue'],
        ['ทต.แม่กา', 'https://www.facebook.com/x', '1,50'],
      ]),
    );
    const plain = await runCli('validate', file, '--json', '--today', '2026-11-21');
    expect(plain.code).toBe(2);
    const run = await runCli('validate', file, '--json', '--today', '2026-11-21', '--form', formFile);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).problems.map((p: { code: string }) => p.code)).toEqual(['NOT_A_NUMBER']);
  });

  test('a form file that cannot be used exits 2 with the reason', async () => {
    const formFile = tmp.path('bad-form.json');
    writeFileSync(formFile, JSON.stringify({ id: 'x', columns: [] }));
    const file = tmp.path('any.csv');
    writeFileSync(file, csv(CSV_ROWS));
    const run = await runCli('validate', file, '--form', formFile);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad-form.json');
    expect((await runCli('validate', file, '--form', tmp.path('missing-form.json'))).code).toBe(2);
  });
});
