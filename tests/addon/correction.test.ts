// A returned row comes back to its officer: รายการที่ถูกส่งกลับแก้ไข lists it with the reviewer's reason and its values,
// a correction replaces that row (never a new one) and sets it back to รอตรวจ, and every submission and correction is
// in the audit trail with the values before and after; a row changed since it was opened is never overwritten.

import { submitEntryWith } from '../../src/addon/actions/entry';
import { returnedEntries } from '../../src/addon/actions/returnedEntries';
import { reviewContext, submitReviewWith } from '../../src/addon/actions/review';
import type { EntryPayload, ReturnedEntry, SubmitResult } from '../../src/addon/entry/types';
import type { ReviewContextReady } from '../../src/addon/review/types';
import { AUDIT_LOG_SHEET } from '../../src/core/messages/reviewServer';
import type { Twin } from '../../src/twin';
import { officerTwin } from '../support/manifestTwin';
import { OFFICE_HEADER, REVIEW_HEADERS } from '../support/officeHeader';

const TODAY = { year: 2026, month: 11, day: 21 };
const REPORT = 'รายงานผล';
const HEADER = [...OFFICE_HEADER, ...REVIEW_HEADERS];
const STATUS = 11;
const NOTE = 12;
const REVENUE = 8;
const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
let made = 0;

function twinWith(): Twin {
  const twin = officerTwin({ userEmail: 'officer@phayao.go.th' });
  twin.workbook.addSheet(REPORT, [
    ['จังหวัดพะเยา', ...HEADER.slice(1).map(() => '')],
    [...HEADER],
    [1, 'เมืองพะเยา', 'ทต.แม่กา', '1/11/2569', 'ข้าว', 'https://www.facebook.com/share/p/1001/', 2, 1000, 3, '', '', ''],
    [2, 'จุน', 'ทต.จุน', '2/11/2569', 'ผ้าทอ', 'https://www.facebook.com/share/p/1002/', 1, 500, 2, '', '', ''],
  ]);
  return twin;
}

function entry(values: Record<string, string | string[]>, replaces?: ReturnedEntry): EntryPayload {
  made++;
  return {
    id: `fix-id-${String(made).padStart(6, '0')}`,
    attempt: 1,
    values: { note: '', ...values },
    confirmWarnings: true,
    ...(replaces ? { replaces: { row: replaces.row, fingerprint: replaces.fingerprint } } : {}),
  };
}

const submit = (twin: Twin, p: EntryPayload) => json(submitEntryWith(twin.services, TODAY, json(p))) as SubmitResult;
const returned = (twin: Twin) => {
  const answer = json(returnedEntries(twin.services, { code: '', name: 'ทต.แม่กา' }, TODAY));
  if (!answer.ok) throw new Error(answer.message);
  return answer.rows;
};
const pending = (twin: Twin) =>
  (json(reviewContext(twin.services, { district: '', period: '', filter: 'all' }, TODAY)) as ReviewContextReady).rows;
const cell = (twin: Twin, row: number, column: number) => twin.workbook.sheet(REPORT).valueAt(row, column);
const log = (twin: Twin) =>
  twin.workbook
    .sheet(AUDIT_LOG_SHEET)
    .peek()
    .values.slice(1)
    .filter((r) => r.some((c) => c !== ''));

/** The district returns row 3 (ทต.แม่กา) with a reason. */
function returnRow3(twin: Twin): void {
  twin.setUser('amphoe@phayao.go.th');
  const row = pending(twin).find((r) => r.row === 3)!;
  submitReviewWith(twin.services, {
    decisions: [{ row: 3, verdict: 'return', note: 'รายรับไม่ตรงหลักฐาน', fingerprint: row.fingerprint }],
  });
  twin.setUser('officer@phayao.go.th');
}

test('the officer sees the returned row with its reason and values, and the correction replaces it in place', () => {
  const twin = twinWith();
  returnRow3(twin);
  const [opened, ...others] = returned(twin);
  expect(others).toEqual([]);
  expect(opened).toMatchObject({ row: 3, date: '1 พฤศจิกายน 2569', reason: 'รายรับไม่ตรงหลักฐาน' });
  expect(opened.values).toMatchObject({
    date: '2026-11-01',
    product: 'ข้าว',
    revenue: '1000',
    links: ['https://www.facebook.com/share/p/1001/'],
  });
  const lastRow = twin.workbook.sheet(REPORT).getLastRow();
  const result = submit(
    twin,
    entry({ ...opened.values, district: 'เมืองพะเยา', lao: 'ทต.แม่กา', revenue: '1200' }, opened),
  );
  expect(result).toMatchObject({ status: 'recorded', row: 3, duplicate: false });
  expect(twin.workbook.sheet(REPORT).getLastRow()).toBe(lastRow);
  // back to รอตรวจ, the reason kept for the reviewer who looks again
  expect([cell(twin, 3, REVENUE), cell(twin, 3, STATUS), cell(twin, 3, NOTE)]).toEqual([
    1200,
    'รอตรวจ',
    'รายรับไม่ตรงหลักฐาน',
  ]);
  expect(returned(twin)).toEqual([]);
  expect(pending(twin).find((r) => r.row === 3)?.status).toBe('pending');
  const acts = log(twin).map((r) => [r[1], r[2], r[4]]);
  expect(acts).toEqual([
    ['amphoe@phayao.go.th', 'ส่งกลับแก้ไข', 3],
    ['officer@phayao.go.th', 'แก้ไขข้อมูล', 3],
  ]);
  const [, correction] = log(twin);
  expect(correction[6]).toContain('รายรับ: 1000');
  expect(correction[7]).toContain('รายรับ: 1200');
});

test('links written with platform labels open as one link a box, and the correction passes the entry checks', () => {
  const twin = twinWith();
  twin.workbook
    .sheet(REPORT)
    .getRange(3, 6, 1, 1)
    .setValues([['FB: https://www.facebook.com/share/p/1001/ TikTok: https://www.tiktok.com/@khongdee/video/7 www.']]);
  returnRow3(twin);
  const [opened] = returned(twin);
  // the text that is not a link stays, for the officer to see and fix
  expect(opened.values.links).toEqual([
    'https://www.facebook.com/share/p/1001/',
    'https://www.tiktok.com/@khongdee/video/7',
    'www',
  ]);
  const links = (opened.values.links as string[]).slice(0, 2);
  const result = submit(twin, entry({ ...opened.values, links, district: 'เมืองพะเยา', lao: 'ทต.แม่กา' }, opened));
  expect(result).toMatchObject({ status: 'recorded', row: 3 });
});

test('a new submission is logged once, with its values after', () => {
  const twin = twinWith();
  const result = submit(
    twin,
    entry({
      district: 'เมืองพะเยา',
      lao: 'ทต.แม่กา',
      date: '2026-11-20',
      product: 'ข้าวกล้อง',
      links: ['https://www.facebook.com/share/p/7/'],
      salesCount: '3',
      revenue: '1500',
      beneficiaries: '4',
    }),
  );
  expect(result.status).toBe('recorded');
  const rows = log(twin);
  expect(rows.map((r) => [r[1], r[2], r[3], r[4], r[5], r[6]])).toEqual([
    ['officer@phayao.go.th', 'ส่งข้อมูล', REPORT, 5, 'ทต.แม่กา', ''],
  ]);
  expect(rows[0][7]).toContain('รายรับ: 1500');
});

test('a row edited, or reviewed again, after the officer opened it is not overwritten', () => {
  const twin = twinWith();
  returnRow3(twin);
  const [opened] = returned(twin);
  twin.workbook
    .sheet(REPORT)
    .getRange(3, 5, 1, 1)
    .setValues([['ข้าวเหนียว']]);
  const values = { ...opened.values, district: 'เมืองพะเยา', lao: 'ทต.แม่กา', revenue: '1200' };
  const edited = submit(twin, entry(values, opened));
  expect(edited.status).toBe('failed');
  expect(edited.message.th).toContain('รายการที่ถูกส่งกลับแก้ไข');
  expect([cell(twin, 3, 5), cell(twin, 3, REVENUE)]).toEqual(['ข้าวเหนียว', 1000]);

  const again = twinWith();
  returnRow3(again);
  const [open2] = returned(again);
  again.workbook
    .sheet(REPORT)
    .getRange(3, STATUS, 1, 1)
    .setValues([['ผ่าน']]);
  expect(submit(again, entry({ ...open2.values, district: 'เมืองพะเยา', lao: 'ทต.แม่กา' }, open2)).status).toBe('failed');
  expect(cell(again, 3, STATUS)).toBe('ผ่าน');
  expect(log(again).map((r) => r[2])).toEqual(['ส่งกลับแก้ไข']);
});

test('a correction that names no row of the right shape is refused before anything is read', () => {
  const twin = twinWith();
  const bad = { ...entry({ district: 'เมืองพะเยา', lao: 'ทต.แม่กา' }), replaces: { row: 'three', fingerprint: 'x' } };
  expect(submit(twin, bad as unknown as EntryPayload).status).toBe('failed');
});

test('a correction makes six Spreadsheet calls inside the lock: read the row, write it, append the act, flush', () => {
  const twin = twinWith();
  returnRow3(twin);
  const [opened] = returned(twin);
  twin.counter.reset();
  submit(twin, entry({ ...opened.values, district: 'เมืองพะเยา', lao: 'ทต.แม่กา', revenue: '1200' }, opened));
  const calls = twin.counter.log.map((c) => `${c.target}.${c.method}`);
  const start = calls.lastIndexOf('Lock.tryLock');
  const end = calls.indexOf('Lock.releaseLock', start);
  const inside = calls.slice(start + 1, end).filter((c) => /^(Sheet|Range|SpreadsheetApp|Spreadsheet)\./.test(c));
  expect(inside).toEqual([
    'Sheet.getSheetValues',
    'Sheet.getRange',
    'Range.setValues',
    'Sheet.getRange',
    'Range.setValues',
    'SpreadsheetApp.flush',
  ]);
});
