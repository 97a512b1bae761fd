// The entry tests' twin: a Phayao report sheet in the office's layout, the officer, payloads numbered in order, and the
// calls made inside the document lock.

import { type SubmitResult, submitEntryWith } from '../../src/addon/actions/entry';
import type { EntryPayload, EntryValue } from '../../src/addon/entry/types';
import type { CallRecord, SeedCell, Twin } from '../../src/twin';
import { officerTwin } from '../support/manifestTwin';

export const TODAY = { year: 2026, month: 11, day: 21 };
export const REPORT = 'รายงานผล';
export const OFFICER = 'officer@phayao.go.th';
/** the row checksum the sidebar writes: a fingerprint of the row, then two characters a column */
export const CHECKSUM = /^[0-9a-z]+\.[0-9a-z]+-(?:[0-9a-z]{2})+$/;
/** อปท. before อำเภอ, รายรับ before ครั้ง, หมายเหตุ in the middle: the write must follow the sheet, not the form */
export const HEADER = [
  'ลำดับ',
  'องค์กรปกครองส่วนท้องถิ่น',
  'อำเภอ',
  'หมายเหตุ',
  'วันที่',
  'ลิงก์ (Link) เนื้อหาที่เผยแพร่',
  'รายรับ (บาท)',
  'จำนวนครั้งที่ขายได้ผ่านออนไลน์ (ครั้ง)',
  'จำนวนคนที่ได้รับประโยชน์ (คน)',
  'สินค้า/ผลผลิต',
];
export const col = (header: string) => HEADER.indexOf(header);

export function reportRows(province = 'จังหวัดพะเยา', header: readonly string[] = HEADER): SeedCell[][] {
  const blank = header.map(() => '');
  const first: SeedCell[] = [
    1,
    'อบจ.พะเยา',
    'เมืองพะเยา',
    '',
    '',
    'https://www.facebook.com/share/p/472433/',
    2920,
    4,
    57,
    'ข้าว',
  ];
  return [
    ['แบบรายงานผลการดำเนินกิจกรรม “ตลาดนัดท้องถิ่นออนไลน์ เครือข่ายของดีบ้านเรา”', ...blank.slice(1)],
    [province, ...blank.slice(1)],
    [...header],
    first,
  ];
}

export function twinWith(rows: SeedCell[][] = reportRows(), maxRows?: number): Twin {
  const twin = officerTwin({ userEmail: OFFICER });
  twin.workbook.addSheet(REPORT, rows, { maxRows });
  return twin;
}

let made = 0;
/** An officer's entry for ทต.แม่กา with Thai digits, units and two links; `values` replace the typed values of those keys. */
export function payload(values: Record<string, EntryValue> = {}, confirmWarnings = false): EntryPayload {
  made++;
  return {
    id: `test-id-${String(made).padStart(6, '0')}`,
    attempt: 1,
    values: {
      district: 'เมืองพะเยา',
      lao: 'ทต.แม่กา',
      date: '2026-11-20',
      product: 'ข้าวกล้องหอมมะลิ',
      links: ['https://www.facebook.com/share/p/1001/', 'tiktok.com/@maeka/video/๗๒๑'],
      salesCount: '๑๒ ครั้ง',
      revenue: '๑,๕๐๐.๕๐ บาท',
      beneficiaries: '๓๐',
      note: '',
      ...values,
    },
    confirmWarnings,
  };
}

export function submit(twin: Twin, p: EntryPayload): SubmitResult {
  // what google.script.run does to the argument and the result
  return JSON.parse(
    JSON.stringify(submitEntryWith(twin.services, TODAY, JSON.parse(JSON.stringify(p)))),
  ) as SubmitResult;
}

export function values(twin: Twin) {
  return twin.workbook.sheet(REPORT).peek().values;
}

export const SPREADSHEET_TARGETS = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'Protection',
  'DeveloperMetadata',
  'Chart',
]);

/** The calls between the last tryLock and the releaseLock after it. */
export function callsInsideLock(log: readonly CallRecord[]): CallRecord[] {
  const start = log.map((c) => `${c.target}.${c.method}`).lastIndexOf('Lock.tryLock');
  const end = log.findIndex((c, i) => i > start && c.target === 'Lock' && c.method === 'releaseLock');
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return log.slice(start + 1, end);
}
