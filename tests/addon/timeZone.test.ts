// The add-on's actions on spreadsheets whose time zone is not Bangkok: the same typed days give the same checks and tables,
// "today" and ข้อมูล ณ วันที่ are the spreadsheet's, and the entry's date and time are written as instants of its zone.

import { generateRows } from '../../bench/generate';
import { runCheckData } from '../../src/addon/actions/checkData';
import { runDistrictSummary } from '../../src/addon/actions/districtSummary';
import { entryContext, submitEntryWith } from '../../src/addon/actions/entry';
import { writeRegistry } from '../../src/addon/actions/registry';
import { SUBMISSION_COLUMNS } from '../../src/addon/entry/submissionColumns';
import type { EntryContext } from '../../src/addon/entry/types';
import type { CellValue } from '../../src/core/cell';
import { PHAYAO_DEMO_REGISTRY } from '../../src/core/registry/phayaoDemo';
import type { Twin } from '../../src/twin';
import { officerTwin } from '../support/manifestTwin';
import { REPORT_SHEET, TODAY } from '../support/twinReport';

const ZONES = ['Asia/Bangkok', 'America/Los_Angeles', 'Pacific/Kiritimati'] as const;
const day = (year: number, month: number, d: number): CellValue => ({ kind: 'date', year, month, day: d });
/** data rows whose date cells sit on the edges that matter: the fiscal year's last and first day, today, tomorrow */
const EDGES: [number, CellValue][] = [
  [0, day(2026, 9, 30)],
  [1, day(2026, 10, 1)],
  [2, day(2026, 11, 21)],
  [3, day(2026, 11, 22)],
];
const FIRST_DATA_ROW = 4; // province line, title, header, then data

/** A Phayao report typed into a spreadsheet of `timeZone`, with the registry sheet the add-on writes. */
function twinIn(timeZone: string): Twin {
  const twin = officerTwin({ userEmail: 'officer@phayao.go.th', workbook: { timeZone } });
  const rows = [['จังหวัดพะเยา'], ...generateRows(40, PHAYAO_DEMO_REGISTRY.laos)];
  for (const [i, date] of EDGES) rows[FIRST_DATA_ROW - 1 + i][1] = date;
  twin.workbook.addSheet(REPORT_SHEET, twin.workbook.typedRows(rows));
  writeRegistry(twin.services, PHAYAO_DEMO_REGISTRY.laos);
  return twin;
}

describe('ตรวจสอบข้อมูล in any time zone', () => {
  const problems = (timeZone: string) => {
    const twin = twinIn(timeZone);
    expect(runCheckData(twin.services, TODAY).ok).toBe(true);
    return twin.workbook.sheet('ปัญหาข้อมูล').values();
  };
  const bangkok = problems('Asia/Bangkok');

  test('tomorrow typed in the sheet is after today; today is not', () => {
    const onDate = bangkok.filter((r) => r[1] === 'วันที่').map((r) => r[0]);
    expect(onDate).toContain(FIRST_DATA_ROW + 3);
    expect(onDate).not.toContain(FIRST_DATA_ROW + 2);
  });

  test.each(ZONES.slice(1))('%s: the same problems as in Bangkok', (timeZone) => {
    expect(problems(timeZone)).toEqual(bangkok);
  });

  test('one getSpreadsheetTimeZone for the whole check, and no Spreadsheet call per date', () => {
    const twin = twinIn('America/Los_Angeles');
    twin.counter.reset();
    runCheckData(twin.services, TODAY);
    expect(twin.counter.count('Spreadsheet.getSpreadsheetTimeZone')).toBe(1);
    // one formatDate per distinct date value (the generated rows hold a few dozen), never one per row
    expect(twin.counter.count('Utilities.formatDate')).toBeLessThan(60);
  });
});

describe('สรุปผลรายอำเภอ in any time zone', () => {
  const summary = (timeZone: string, period: string) => {
    const twin = twinIn(timeZone);
    expect(runDistrictSummary(twin.services, TODAY, period).ok).toBe(true);
    return twin.workbook.sheet('สรุปรายอำเภอ').values();
  };

  test.each(ZONES.slice(1))('%s: each fiscal year counts the entries typed in it, as in Bangkok', (timeZone) => {
    for (const period of ['2569', '2570']) expect(summary(timeZone, period)).toEqual(summary('Asia/Bangkok', period));
  });

  test.each([
    // 02:00 UTC on 21 Nov 2026: already the 21st in Bangkok and Kiritimati, still the 20th in Los Angeles
    ['Asia/Bangkok', Date.UTC(2026, 10, 21, 2), 'ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569', 'ปีงบประมาณ 2570'],
    ['America/Los_Angeles', Date.UTC(2026, 10, 21, 2), 'ข้อมูล ณ วันที่ 20 พฤศจิกายน 2569', 'ปีงบประมาณ 2570'],
    // 11:00 UTC on 30 Sep 2026: the first day of fiscal 2570 only at +14
    ['Pacific/Kiritimati', Date.UTC(2026, 8, 30, 11), 'ข้อมูล ณ วันที่ 1 ตุลาคม 2569', 'ปีงบประมาณ 2570'],
    ['Asia/Bangkok', Date.UTC(2026, 8, 30, 11), 'ข้อมูล ณ วันที่ 30 กันยายน 2569', 'ปีงบประมาณ 2569'],
  ])('%s at %d: today and its fiscal year are the spreadsheet’s', (timeZone, now, asOf, fiscalYear) => {
    const twin = twinIn(timeZone);
    twin.clock = () => now;
    expect(runDistrictSummary(twin.services, undefined, null).ok).toBe(true);
    const values = twin.workbook.sheet('สรุปรายอำเภอ').values();
    expect(values[2][0]).toBe(asOf);
    expect(String(values[3][0])).toContain(fiscalYear);
  });
});

describe('the entry sidebar in any time zone', () => {
  const payload = (id: string) => ({
    id,
    attempt: 1,
    values: {
      district: 'เมืองพะเยา',
      lao: 'ทต.แม่กา',
      date: '2026-11-20',
      product: 'ข้าวกล้องหอมมะลิ',
      links: ['https://www.facebook.com/share/p/tz-1/'],
      salesCount: '3',
      revenue: '450',
      beneficiaries: '2',
      note: '',
    },
    confirmWarnings: true,
  });
  const NOW = Date.UTC(2026, 10, 21, 2, 0, 0);

  test.each([
    ['Asia/Bangkok', '2026-11-21', '2026-11-21T09:00:00+0700'],
    ['America/Los_Angeles', '2026-11-20', '2026-11-20T18:00:00-0800'],
    ['Pacific/Kiritimati', '2026-11-21', '2026-11-21T16:00:00+1400'],
  ])(
    '%s: today is %s there; the entry’s day is a date cell of that zone and its time the zone’s wall clock',
    (timeZone, today, time) => {
      const twin = twinIn(timeZone);
      twin.clock = () => NOW;
      const context = entryContext(twin.services) as Extract<EntryContext, { ok: true }>;
      expect(context.today.iso).toBe(today);

      const result = submitEntryWith(
        twin.services,
        undefined,
        payload(`test-id-tz${ZONES.indexOf(timeZone as (typeof ZONES)[number])}`),
      );
      expect(result.status).toBe('recorded');
      const values = twin.workbook.sheet(REPORT_SHEET).values();
      const header = values[FIRST_DATA_ROW - 2];
      const row = values[values.length - 1];
      const date = row[header.indexOf('วันที่')] as Date;
      expect(date).toBeInstanceOf(Date);
      expect(twin.workbook.shownDay(date)).toEqual({ year: 2026, month: 11, day: 20 });
      expect(date.getTime()).toBe(twin.workbook.typedDate({ year: 2026, month: 11, day: 20 }).getTime());
      expect(row[header.indexOf(SUBMISSION_COLUMNS[1].header)]).toBe(time);
      expect(result.status === 'recorded' && result.submittedAt).toBe(time);
    },
  );
});
