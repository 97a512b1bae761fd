// `khongdee rollup` and `consolidate` with review status and deadlines: --approved-only, --timely-days N, the reporting and
// on-time rates per group in the terminal and in --json (participation and reportingRate both), and a bad --timely-days.
// The submission times carry their own day and hour; --today is given, so nothing depends on the clock or time zone.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/cli';
import { csvText } from '../support/cliFiles';
import { HEADER } from '../support/sheets';
import { tempDir } from '../support/tempDir';

jest.setTimeout(120_000);

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const TODAY = ['--today', '2026-11-21'];
const Q1 = ['--period', '2569-Q1'];
const MUEANG = '5601';

/** [อปท., review, reviewer's note, submission time] of rows in เมืองพะเยา, one sale of 100 baht each. */
const ROWS: [string, string, string, string][] = [
  // on the deadline's last second (15 Jan 2569 + 15 days' grace of 2569-Q1): on time
  ['ทต.แม่กา', 'ผ่าน', '', '15/01/2569 23:59:59'],
  // a second later: late with 15 days, on time with 30
  ['ทต.บ้านต๋อม', 'ผ่าน', '', '16/01/2569 00:00:00'],
  // returned: left out, counted as returned
  ['ทต.แม่ปืม', 'ส่งกลับแก้ไข', 'ลิงก์ไม่ใช่โพสต์ของ อปท.', '01/12/2568 10:00'],
  // pending, without a submission time
  ['ทต.บ้านต๊ำ', 'รอตรวจ', '', ''],
];

function reportCsv(): string {
  return csvText([
    ['แบบรายงานผล จังหวัดพะเยา'],
    [...HEADER, 'ผลการตรวจสอบ', 'หมายเหตุผู้ตรวจ', 'เวลาที่ส่ง'],
    ...ROWS.map(([lao, review, note, time], i) => [
      String(i + 1),
      '15/10/2568',
      'เมืองพะเยา',
      lao,
      'ข้าว',
      `https://www.facebook.com/share/p/review${i}`,
      '1',
      '100',
      '2',
      '',
      review,
      note,
      time,
    ]),
  ]);
}

function writeReport(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'พะเยา.csv');
  writeFileSync(file, reportCsv());
  return file;
}

type GroupJson = Record<string, unknown> & { key: string };

async function rollupJson(...extra: string[]) {
  const run = await runCli('rollup', writeReport(join(tmp.dir, 'r')), '--json', ...TODAY, ...extra);
  expect(run.code).toBe(0);
  const json = JSON.parse(run.stdout);
  return { json, mueang: (json.groups as GroupJson[]).find((g) => g.key === MUEANG)! };
}

describe('khongdee rollup', () => {
  test('--json: reporting and on-time rates per district and in total, returned and pending rows, the deadline', async () => {
    const { json, mueang } = await rollupJson(...Q1);
    expect(json.approvedOnly).toBe(false);
    expect(json.deadline.endsAt).toBe('2026-01-15T23:59:59+07:00');
    expect(mueang.entries).toBe(3);
    expect(mueang.laosReported).toBe(3);
    expect(mueang.laosOnTime).toBe(1);
    expect(mueang.rowsReturned).toBe(1);
    expect(mueang.rowsPending).toBe(1);
    expect(mueang.rowsWithoutSubmissionTime).toBe(1);
    const laos = mueang.laosTotal as number;
    expect(mueang.onTimeRate).toBe(Math.round((1 / laos) * 1000) / 10);
    for (const g of [json.total, ...json.groups]) expect(g.reportingRate).toBe(g.participation);
    expect(json.total.laosOnTime).toBe(1);
  });

  test('--approved-only counts approved rows; --timely-days 30 moves the deadline', async () => {
    const approved = await rollupJson(...Q1, '--approved-only');
    expect(approved.json.approvedOnly).toBe(true);
    expect([approved.mueang.entries, approved.mueang.rowsPending, approved.mueang.laosReported]).toEqual([2, 1, 2]);
    const later = await rollupJson(...Q1, '--timely-days', '30');
    expect(later.json.deadline.date).toBe('2026-01-30');
    expect(later.mueang.laosOnTime).toBe(2);
  });

  test('without --period the on-time figures are null', async () => {
    const { json, mueang } = await rollupJson();
    expect(json.deadline).toBeNull();
    expect([mueang.laosOnTime, mueang.onTimeRate]).toEqual([null, null]);
  });

  test('the terminal shows the rates per district and says what approved-only left out', async () => {
    const file = writeReport(join(tmp.dir, 't'));
    const th = await runCli('rollup', file, ...Q1, ...TODAY, '--approved-only');
    expect(th.code).toBe(0);
    expect(th.stdout).toContain('ร้อยละทันเวลา');
    expect(th.stdout).toContain('กำหนดส่ง: 15 มกราคม 2569 เวลา 23:59:59 น.');
    expect(th.stdout).toContain('แถวที่รอตรวจ 1 แถว ไม่นับในสรุปผล');
    expect(th.stdout).toContain('ส่งกลับแก้ไข 1 แถว');
    const en = await runCli('rollup', file, ...TODAY, '--lang', 'en');
    expect(en.stdout).toContain('On-time %');
    expect(en.stdout).toContain('No --period given');
  });

  test.each(['abc', '-1', '400', '1.5'])('--timely-days %s is refused (exit 2, Thai and English)', async (value) => {
    const run = await runCli('rollup', writeReport(join(tmp.dir, 'bad')), ...Q1, ...TODAY, '--timely-days', value);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--timely-days');
    expect(run.stderr).toMatch(/[ก-๙]/);
  });
});

describe('khongdee consolidate', () => {
  test('takes the same options, and gives the rates per province in --json and the terminal', async () => {
    const dir = join(tmp.dir, 'national');
    writeReport(dir);
    const run = await runCli('consolidate', dir, ...Q1, ...TODAY, '--json', '--approved-only', '--timely-days', '30');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.approvedOnly).toBe(true);
    expect(json.total.laosOnTime).toBe(2);
    expect(json.total.rowsReturned).toBe(1);
    expect(json.total.reportingRate).toBe(json.total.participation);
    const human = await runCli('consolidate', dir, ...Q1, ...TODAY);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('ร้อยละรายงาน');
    expect(human.stdout).toContain('พะเยา');
  });
});
