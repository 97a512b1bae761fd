// Deadlines in the official report: with a period, the results table gains the on-time rate (ส่งทันกำหนด) beside the
// reporting rate, its footnotes say how it is counted, and ยังไม่รายงาน says the deadline and how many days late each
// non-reporter is; without a period none of it. Checked on the xlsx and HTML `rollup` writes from the Phayao sample.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../support/cli';
import { copyInto, SAMPLE_REPORT, SAMPLE_TARGETS } from '../support/cliFiles';
import { tempDir } from '../support/tempDir';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const report = copyInto(tmp.path('in'), SAMPLE_REPORT, 'report.xlsx');
const targets = copyInto(tmp.path('in'), SAMPLE_TARGETS, 'targets.csv');

interface Written {
  readonly sheets: Map<string, string[][]>;
  readonly html: string;
  readonly groups: { name: string; participation: number; onTimeRate: number | null }[];
  readonly total: { participation: number; onTimeRate: number | null; rowsWithoutSubmissionTime: number };
}

/** rollup of the sample with `args`, as the xlsx's sheets (cell text), the HTML and the JSON. */
async function written(name: string, ...args: string[]): Promise<Written> {
  const xlsx = join(tmp.path(name), 'สรุปผล.xlsx');
  const html = join(tmp.path(name), 'สรุปผล.html');
  const base = [report, '--targets', targets, ...args];
  expect((await runCli('rollup', ...base, '--out', xlsx, '--html', html)).code).toBe(0);
  const json = JSON.parse((await runCli('rollup', ...base, '--json')).stdout);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  const sheets = new Map<string, string[][]>();
  book.eachSheet((ws) => {
    const rows: string[][] = [];
    ws.eachRow((r) =>
      rows.push((r.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))),
    );
    sheets.set(ws.name, rows);
  });
  return { sheets, html: readFileSync(html, 'utf8'), groups: json.groups, total: json.total };
}

const headerRow = (rows: string[][]) => rows.find((r) => r[0] === 'ที่') ?? [];

describe('rollup --period 2569-Q1 (deadline 15 January 2026) on 21 November 2026', () => {
  let out: Written;
  beforeAll(async () => {
    out = await written('q1', '--period', '2569-Q1', '--today', '2026-11-21');
  });

  test('สรุปรายอำเภอ has the on-time rate after the reporting rate, per district and in รวม, as the JSON has them', () => {
    const rows = out.sheets.get('สรุปรายอำเภอ')!;
    const header = headerRow(rows);
    expect(header.length).toBeLessThanOrEqual(12);
    const rate = header.indexOf('การมีส่วนร่วม\n(ร้อยละ)');
    const onTime = header.indexOf('ส่งทันกำหนด\n(ร้อยละ)');
    expect(rate).toBeGreaterThan(0);
    expect(onTime).toBe(rate + 1);
    for (const g of out.groups) {
      const line = rows.find((r) => r[1] === g.name)!;
      expect([Number(line[rate]), Number(line[onTime])]).toEqual([g.participation, g.onTimeRate]);
    }
    const total = rows.find((r) => r[1] === 'รวม')!;
    expect(Number(total[onTime])).toBe(out.total.onTimeRate);
  });

  test('the footnotes name the deadline and the rows without a submission time', () => {
    const text = out.sheets.get('สรุปรายอำเภอ')!.flat().join('\n');
    expect(text).toContain('ภายในกำหนดส่ง 15 มกราคม 2569');
    expect(out.total.rowsWithoutSubmissionTime).toBeGreaterThan(0);
    expect(text).toContain(`มี ${out.total.rowsWithoutSubmissionTime} รายการที่ไม่มีเวลาที่ส่ง`);
  });

  test('ยังไม่รายงาน says the deadline has passed and each non-reporter is 310 days late', () => {
    const rows = out.sheets.get('ยังไม่รายงาน')!;
    expect(rows.flat()).toContain('กำหนดส่ง 15 มกราคม 2569 (เลยกำหนดแล้ว)');
    const header = headerRow(rows);
    const late = header.indexOf('เลยกำหนด\n(วัน)');
    expect(late).toBe(header.length - 1);
    const laos = rows.filter((r) => /^\d+$/.test(r[0]));
    expect(laos.length).toBeGreaterThan(0);
    // 15 January to 21 November 2026: 16 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 21 days
    for (const r of laos) expect(r[late]).toBe('310');
  });

  test('the HTML carries the same columns', () => {
    expect(out.html.includes('<th scope="col">ส่งทันกำหนด\n(ร้อยละ)</th>')).toBe(true);
    expect(out.html.includes('<th scope="col">เลยกำหนด\n(วัน)</th>')).toBe(true);
  });
});

describe('before and on the deadline, and without a period', () => {
  test('five days before: the days left, and no days-late column', async () => {
    const out = await written('before', '--period', '2569-Q1', '--today', '2026-01-10');
    const rows = out.sheets.get('ยังไม่รายงาน')!;
    expect(rows.flat()).toContain('กำหนดส่ง 15 มกราคม 2569 (อีก 5 วัน)');
    expect(headerRow(rows)).not.toContain('เลยกำหนด\n(วัน)');
  });

  test('on the deadline day: today, still not late', async () => {
    const out = await written('on', '--period', '2569-Q1', '--today', '2026-01-15');
    expect(out.sheets.get('ยังไม่รายงาน')!.flat()).toContain('กำหนดส่ง 15 มกราคม 2569 (วันนี้)');
  });

  test('without --period there is no deadline: no on-time column, no deadline line', async () => {
    const out = await written('all', '--today', '2026-11-21');
    expect(headerRow(out.sheets.get('สรุปรายอำเภอ')!)).not.toContain('ส่งทันกำหนด\n(ร้อยละ)');
    expect(
      out.sheets
        .get('ยังไม่รายงาน')!
        .flat()
        .some((t) => t.startsWith('กำหนดส่ง')),
    ).toBe(false);
  });
});
