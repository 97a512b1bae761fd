// Tamper detection offline: an xlsx copy of a province sheet whose rows the entry sidebar wrote (each with its checksum in
// the hidden รหัสตรวจสอบแถว column) is warned of as EDITED_OUTSIDE_FORM by `khongdee validate`, `rollup` and
// `consolidate` once a row was edited in the grid, naming the logged value when the file has its audit trail.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type CellValue, isCellDate } from '../../src/core/cell';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { detectHeader } from '../../src/core/form/headers';
import { SUBMISSION_COLUMNS } from '../../src/core/form/submissionColumns';
import { AUDIT_LOG_SHEET, reviewMessages } from '../../src/core/messages/reviewServer';
import { checksumColumns, rowChecksum } from '../../src/core/validate/editedOutsideForm';
import { runCli } from '../support/cli';
import { OFFICE_HEADER, REVIEW_HEADERS } from '../support/officeHeader';
import { tempDir } from '../support/tempDir';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const TODAY = ['--today', '2026-11-21'];
const REPORT = 'รายงานผล';
const HEADER = [...OFFICE_HEADER, ...REVIEW_HEADERS, ...SUBMISSION_COLUMNS.map((c) => c.header)];
const CHECKSUM = HEADER.indexOf('รหัสตรวจสอบแถว');
/** 0-based columns of the report */
const PRODUCT = 4;
const REVENUE = 7;
const day = (d: number): CellValue => ({ kind: 'date', year: 2026, month: 11, day: d });
const blanks = (n: number): CellValue[] => Array<CellValue>(n).fill('');
const EXTRA = HEADER.length - OFFICE_HEADER.length;

/** The sheet as the sidebar left it: rows 3 and 4 written through the form (with checksums), row 5 typed by hand. */
function writtenRows(): CellValue[][] {
  const rows: CellValue[][] = [
    ['แบบรายงานผล จังหวัดพะเยา', ...blanks(HEADER.length - 1)],
    [...HEADER],
    [
      1,
      'เมืองพะเยา',
      'ทต.แม่กา',
      day(20),
      'ข้าวกล้อง',
      'https://www.facebook.com/share/p/1001/',
      3,
      2400,
      4,
      '',
      ...blanks(EXTRA),
    ],
    [2, 'จุน', 'ทต.จุน', day(19), 'ผ้าทอ', 'https://www.facebook.com/share/p/1002/', 1, 500, 2, '', ...blanks(EXTRA)],
    [3, 'จุน', 'ทต.จุน', day(18), 'ลำไย', 'https://www.facebook.com/share/p/1003/', 2, 800, 3, '', ...blanks(EXTRA)],
  ];
  const detected = detectHeader(rows, DLA_ONLINE_MARKET);
  if (!detected.ok) throw new Error(detected.message.en);
  const columns = checksumColumns(DLA_ONLINE_MARKET, detected.header);
  for (const r of rows.slice(2, 4)) r[CHECKSUM] = rowChecksum(r, columns);
  return rows;
}

/** The audit trail's lines for the two submitted rows, as the sidebar appends them. */
const AUDIT: CellValue[][] = [
  [...reviewMessages.auditHeader.th],
  [
    '20/11/2569 10:00',
    'officer@phayao.go.th',
    reviewMessages.act.submit.th,
    REPORT,
    3,
    'ทต.แม่กา',
    '',
    'วันที่: 2026-11-20 · อำเภอ: เมืองพะเยา · อปท.: ทต.แม่กา · สินค้า/ผลผลิต: ข้าวกล้อง · ลิงก์เนื้อหาที่เผยแพร่: https://www.facebook.com/share/p/1001/ · จำนวนครั้งที่ขายได้: 3 · รายรับ: 2400 · จำนวนคนที่ได้รับประโยชน์: 4',
  ],
  [
    '20/11/2569 10:05',
    'officer@phayao.go.th',
    reviewMessages.act.submit.th,
    REPORT,
    4,
    'ทต.จุน',
    '',
    'วันที่: 2026-11-19 · อำเภอ: จุน · อปท.: ทต.จุน · สินค้า/ผลผลิต: ผ้าทอ · ลิงก์เนื้อหาที่เผยแพร่: https://www.facebook.com/share/p/1002/ · จำนวนครั้งที่ขายได้: 1 · รายรับ: 500 · จำนวนคนที่ได้รับประโยชน์: 2',
  ],
];

const asXlsx = (v: CellValue) => (isCellDate(v) ? new Date(Date.UTC(v.year, v.month - 1, v.day ?? 1)) : v);

async function writeBook(file: string, rows: CellValue[][], audit: boolean): Promise<string> {
  const book = new ExcelJS.Workbook();
  const report = book.addWorksheet(REPORT);
  rows.forEach((r, i) => {
    report.getRow(i + 1).values = r.map(asXlsx) as ExcelJS.CellValue[];
  });
  for (let c = HEADER.length - SUBMISSION_COLUMNS.length + 1; c <= HEADER.length; c++)
    report.getColumn(c).hidden = true;
  if (audit) book.addWorksheet(AUDIT_LOG_SHEET).addRows(AUDIT);
  await book.xlsx.writeFile(file);
  return file;
}

/** The sheet after a person edits in the grid: row 4's revenue, and the typed row 5 (no checksum, never flagged). */
function tamperedRows(): CellValue[][] {
  const rows = writtenRows();
  rows[3][REVENUE] = 24000;
  rows[4][PRODUCT] = 'ลำไยอบแห้ง';
  return rows;
}

interface Problem {
  row: number;
  column: string | null;
  code: string;
  severity: string;
  message: { th: string; en: string };
}

async function editedIn(file: string): Promise<Problem[]> {
  const run = await runCli('validate', file, '--json', ...TODAY);
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout).problems as Problem[]).filter((p) => p.code === 'EDITED_OUTSIDE_FORM');
}

describe('khongdee validate', () => {
  test('must pass: rows as the sidebar wrote them (a figure retyped as text alike) are no edit', async () => {
    const rows = writtenRows();
    rows[2][REVENUE] = '2,400 บาท';
    expect(await editedIn(await writeBook(tmp.path('clean.xlsx'), rows, true))).toEqual([]);
  });

  test('must fail: a revenue typed over is warned of on its cell, naming the value the audit trail logged', async () => {
    const [problem, ...more] = await editedIn(await writeBook(tmp.path('tampered.xlsx'), tamperedRows(), true));
    expect(more).toEqual([]);
    expect(problem).toMatchObject({ row: 4, column: 'revenue', severity: 'warning' });
    expect(problem.message.th).toContain('แถวนี้ถูกแก้ไขในตารางโดยตรง ไม่ผ่านแบบฟอร์ม: รายรับ บันทึกไว้ 500 ตอนนี้ 24,000 — ');
    expect(problem.message.en).toContain('Revenue, recorded 500, now 24,000');
  });

  test('must fail: without the audit trail in the file the edit is still warned of, without the logged value', async () => {
    const [problem, ...more] = await editedIn(await writeBook(tmp.path('no-trail.xlsx'), tamperedRows(), false));
    expect(more).toEqual([]);
    expect(problem).toMatchObject({ row: 4, column: 'revenue' });
    expect(problem.message.th).toContain('ไม่ผ่านแบบฟอร์ม: รายรับ ตอนนี้ 24,000 — ');
  });

  test('the text output lists the warning on the row', async () => {
    const run = await runCli('validate', await writeBook(tmp.path('shown.xlsx'), tamperedRows(), true), ...TODAY);
    const line = run.stdout.split('\n').find((l) => l.includes('แถวนี้ถูกแก้ไขในตารางโดยตรง'));
    expect(line).toMatch(/^\s*4\b/);
  });
});

describe('rollup and consolidate check each file the same way', () => {
  const byCode = async (...argv: string[]) => {
    const run = await runCli(...argv, '--json', ...TODAY);
    if (run.code !== 0) throw new Error(`${argv[0]} failed (${run.code}): ${run.stderr}`);
    return JSON.parse(run.stdout).problems.byCode as Record<string, number>;
  };

  test('an edited row is counted once by both; an untouched file has none', async () => {
    const dir = tmp.path('national');
    mkdirSync(dir, { recursive: true });
    const tampered = await writeBook(join(dir, 'phayao.xlsx'), tamperedRows(), true);
    expect((await byCode('rollup', tampered)).EDITED_OUTSIDE_FORM).toBe(1);
    expect((await byCode('consolidate', dir)).EDITED_OUTSIDE_FORM).toBe(1);
    await writeBook(tampered, writtenRows(), true);
    expect((await byCode('rollup', tampered)).EDITED_OUTSIDE_FORM).toBeUndefined();
    expect((await byCode('consolidate', dir)).EDITED_OUTSIDE_FORM).toBeUndefined();
  });
});
