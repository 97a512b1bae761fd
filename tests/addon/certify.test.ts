// รับรองผล on the in-memory twin: a province certification records the figures in การรับรองผล and the audit trail, protects
// the period's rows for the owner and the named staff, and closes the period to entries; reopening is refused to others,
// recorded, and opens it again. District certifications are recorded only; bad requests write nothing.

import { type CertifyAnswer, certifyContext, certifyWith } from '../../src/addon/actions/certify';
import { submitEntryWith } from '../../src/addon/actions/entry';
import { reviewContext, submitReviewWith } from '../../src/addon/actions/review';
import type { EntryPayload, SubmitResult } from '../../src/addon/entry/types';
import { CERTIFICATION_SHEET } from '../../src/core/messages/certification';
import { AUDIT_LOG_SHEET } from '../../src/core/messages/reviewServer';
import type { CallRecord, Twin } from '../../src/twin';
import { officerTwin } from '../support/manifestTwin';
import { OFFICE_HEADER } from '../support/officeHeader';

const TODAY = { year: 2026, month: 11, day: 21 };
const REPORT = 'รายงานผล';
const OWNER = 'owner@phayao.go.th';
const STAFF = 'province@phayao.go.th';
const OFFICER = 'officer@phayao.go.th';
const HEADER = [...OFFICE_HEADER];
const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
let made = 0;

/** Rows 3–4 and 6 in November 2569 B.E. (2570-Q1); row 5 in September (2569-Q4), between them. */
function twinWith(): Twin {
  const twin = officerTwin({ userEmail: STAFF });
  twin.workbook.sharedWith(OWNER, [STAFF, OFFICER]);
  const link = (n: number) => `https://www.facebook.com/share/p/${n}/`;
  twin.workbook.addSheet(REPORT, [
    ['จังหวัดพะเยา', ...HEADER.slice(1).map(() => '')],
    [...HEADER],
    [1, 'เมืองพะเยา', 'ทต.แม่กา', '1/11/2569', 'ข้าว', link(1), 2, 1000, 3, ''],
    [2, 'จุน', 'ทต.จุน', '2/11/2569', 'ผ้าทอ', link(2), 1, 500.5, 2, ''],
    [3, 'จุน', 'ทต.จุน', '20/9/2569', 'ผ้าทอ', link(3), 1, 300, 2, ''],
    [4, 'เมืองพะเยา', 'ทต.บ้านต๋อม', '3/11/2569', 'ชา', link(4), 4, 2000, 5, ''],
  ]);
  return twin;
}

const as = (twin: Twin, email: string) => {
  twin.env.userEmail = email;
  return twin;
};
const certify = (twin: Twin, request: Record<string, unknown>): CertifyAnswer =>
  json(certifyWith(twin.services, json({ district: '', act: 'certify', staff: '', ...request }), TODAY));
const values = (twin: Twin, sheet: string) =>
  twin.workbook
    .sheet(sheet)
    .peek()
    .values.filter((r) => r.some((c) => c !== ''));
const protections = (twin: Twin) => twin.workbook.sheet(REPORT).protections.ranges.filter((p) => !p.warningOnly);

function entry(date: string): EntryPayload {
  made++;
  return {
    id: `cert-id-${String(made).padStart(6, '0')}`,
    attempt: 1,
    values: {
      district: 'เมืองพะเยา',
      lao: 'ทต.แม่กา',
      date,
      product: 'ข้าวกล้อง',
      links: [`https://www.facebook.com/share/p/${900 + made}/`],
      salesCount: '3',
      revenue: '1500',
      beneficiaries: '4',
      note: '',
    },
    confirmWarnings: true,
  };
}
const submit = (twin: Twin, date: string) =>
  json(submitEntryWith(twin.services, TODAY, json(entry(date)))) as SubmitResult;

function callsInsideLock(log: readonly CallRecord[]): string[] {
  const start = log.map((c) => `${c.target}.${c.method}`).lastIndexOf('Lock.tryLock');
  const end = log.findIndex((c, i) => i > start && c.target === 'Lock' && c.method === 'releaseLock');
  return log.slice(start + 1, end).map((c) => `${c.target}.${c.method}`);
}

test('the province certifies a quarter: the figures recorded, its rows protected for the owner and the staff', () => {
  const twin = twinWith();
  const answer = certify(twin, { period: '2570-Q1', staff: 'Suda@phayao.go.th' });
  expect(answer.ok).toBe(true);
  expect(answer.message).toContain('จังหวัดรับรองผล ไตรมาสที่ 1');
  expect(answer.message).toContain('นับ 3 แถว');
  expect(answer.message).toContain('ช่วงเวลานี้ปิดแล้ว');

  const [header, row] = values(twin, CERTIFICATION_SHEET);
  expect(header.slice(0, 7)).toEqual(['รหัสช่วงเวลา', 'ช่วงเวลา', 'ระดับ', 'อำเภอ', 'การดำเนินการ', 'ผู้ดำเนินการ', 'เวลา']);
  expect(row.slice(0, 6)).toEqual(['2570-Q1', expect.stringContaining('ไตรมาสที่ 1'), 'จังหวัด', '', 'รับรอง', STAFF]);
  const figure = (name: string) => row[header.indexOf(name)];
  expect(figure('อปท. ที่รายงาน')).toBe(3);
  expect(figure('แถวที่นับ')).toBe(3);
  expect(figure('รายรับ (บาท)')).toBe('3,500.50');

  // rows 3–4 and 6, not the September row between them: two runs, each for the owner and the two staff only
  const locked = protections(twin);
  expect(locked.map((p) => p.info.a1)).toEqual(['A3:J4', 'A6:J6']);
  for (const p of locked) {
    expect(p.allows(OWNER)).toBe(true);
    expect(p.allows(STAFF)).toBe(true);
    expect(p.allows('suda@phayao.go.th')).toBe(true);
    expect(p.allows(OFFICER)).toBe(false);
    expect(p.info.description).toContain('จังหวัดรับรองผลแล้ว');
  }
  // the officer cannot type over a certified row, but may over the September row
  as(twin, OFFICER);
  expect(() =>
    twin.workbook
      .sheet(REPORT)
      .getRange(3, 8, 1, 1)
      .setValues([[9999]]),
  ).toThrow(/protected/);
  expect(() =>
    twin.workbook
      .sheet(REPORT)
      .getRange(5, 8, 1, 1)
      .setValues([[301]]),
  ).not.toThrow();

  const audit = values(twin, AUDIT_LOG_SHEET);
  expect(audit.slice(1).map((r) => [r[1], r[2], r[3]])).toEqual([[STAFF, 'รับรองผล', CERTIFICATION_SHEET]]);
  expect(audit[1][7]).toContain('อปท. รายงาน 3');
});

test('a certified period refuses entries dated in it on the date field, naming the period and who certified', () => {
  const twin = twinWith();
  expect(certify(twin, { period: '2570-Q1', staff: '' }).ok).toBe(true);
  as(twin, OFFICER);
  const refused = submit(twin, '2026-11-20');
  expect(refused.status).toBe('invalid');
  if (refused.status !== 'invalid') return;
  expect(refused.problems).toEqual([
    expect.objectContaining({ field: 'date', code: 'ENTRY_PERIOD_CLOSED', severity: 'error' }),
  ]);
  expect(refused.message.th).toContain(STAFF);
  expect(refused.message.th).toContain('ยกเลิกการรับรอง');
  expect(twin.workbook.sheet(REPORT).getLastRow()).toBe(6);
  // another period is open
  expect(submit(twin, '2026-09-25').status).toBe('recorded');
});

test('reopening: refused to an officer who may not edit the rows, done by the staff, recorded, entries allowed again', () => {
  const twin = twinWith();
  certify(twin, { period: '2570-Q1', staff: '' });
  as(twin, OFFICER);
  const refused = certify(twin, { period: '2570-Q1', act: 'reopen' });
  expect(refused).toEqual({ ok: false, message: expect.stringContaining('เจ้าของไฟล์หรือเจ้าหน้าที่จังหวัด') });
  expect(protections(twin)).toHaveLength(2);

  as(twin, STAFF);
  const reopened = certify(twin, { period: '2570-Q1', act: 'reopen' });
  expect(reopened.ok).toBe(true);
  expect(reopened.message).toContain('ยกเลิกการรับรอง');
  expect(protections(twin)).toEqual([]);
  const records = values(twin, CERTIFICATION_SHEET).slice(1);
  expect(records.map((r) => [r[0], r[2], r[4], r[5]])).toEqual([
    ['2570-Q1', 'จังหวัด', 'รับรอง', STAFF],
    ['2570-Q1', 'จังหวัด', 'ยกเลิกการรับรอง', STAFF],
  ]);
  expect(
    values(twin, AUDIT_LOG_SHEET)
      .slice(1)
      .map((r) => r[2]),
  ).toEqual(['รับรองผล', 'เปิดให้แก้ไข']);
  as(twin, OFFICER);
  expect(submit(twin, '2026-11-20').status).toBe('recorded');
  // the dialog shows where each period stands
  const context = json(certifyContext(twin.services, TODAY));
  expect(context.states['2570-Q1']).toEqual([expect.stringContaining('จังหวัดยกเลิกการรับรองแล้ว')]);
  expect(context.districts).toEqual(expect.arrayContaining(['เมืองพะเยา', 'จุน']));
  expect(context.staff).toBe(STAFF);
});

test('a district certifies without locking; not once the province has; the province not twice', () => {
  const twin = twinWith();
  const district = certify(twin, { period: '2570-Q1', district: 'จุน' });
  expect(district.ok).toBe(true);
  expect(district.message).toContain('อำเภอรับรองผล');
  expect(district.message).toContain('อปท. รายงาน 1');
  expect(protections(twin)).toEqual([]);
  expect(certify(twin, { period: '2570-Q1', district: 'จุน', act: 'reopen' }).ok).toBe(true);
  expect(certify(twin, { period: '2570-Q1', district: 'จุน', act: 'reopen' }).message).toContain('ยังไม่ได้รับรอง');
  expect(certify(twin, { period: '2570-Q1' }).ok).toBe(true);
  expect(certify(twin, { period: '2570-Q1', district: 'เมืองพะเยา' }).message).toContain('จังหวัดรับรองแล้ว');
  expect(certify(twin, { period: '2570-Q1' }).message).toContain('ไม่ต้องรับรองซ้ำ');
  expect(values(twin, CERTIFICATION_SHEET)).toHaveLength(4);
});

test('bad requests are messages and write nothing', () => {
  const twin = twinWith();
  expect(certify(twin, { period: '2570-Q1', act: 'approve' }).message).toContain('คำขอรับรองไม่ถูกต้อง');
  expect(certify(twin, { period: 'ไตรมาสหน้า' }).ok).toBe(false);
  expect(certify(twin, { period: '2570-Q1', district: 'ไม่มีอำเภอนี้' }).message).toContain('ไม่พบอำเภอ');
  expect(certify(twin, { period: '2570-Q1', staff: 'suda at phayao' }).message).toContain('ไม่ใช่อีเมล');
  expect(json(certifyWith(twin.services, 'not an object', TODAY)).ok).toBe(false);
  expect(twin.workbook.sheets.map((s) => s.getName())).toEqual([REPORT]);
  expect(protections(twin)).toEqual([]);
});

test('a hidden email and no staff typed: refused, since nobody could be named to edit the rows', () => {
  const twin = as(twinWith(), '');
  expect(certify(twin, { period: '2570-Q1' }).message).toContain('ระบุอีเมลเจ้าหน้าที่จังหวัด');
});

test('inside the lock: one read of the record, one append, the protections per run, the audit row, one flush', () => {
  const twin = twinWith();
  certify(twin, { period: '2569-Q4', staff: '' });
  twin.counter.reset();
  certify(twin, { period: '2570-Q1', staff: '' });
  const inside = callsInsideLock(twin.counter.log);
  expect(inside.filter((c) => c === 'Range.getValues')).toHaveLength(1);
  expect(inside.filter((c) => c === 'Range.protect')).toHaveLength(2);
  expect(inside.filter((c) => c === 'Range.setValues')).toHaveLength(2);
  expect(inside.filter((c) => c === 'SpreadsheetApp.flush')).toHaveLength(1);
  // five calls a run, and one reading the description of the 2569-Q4 protection already there
  expect(inside.filter((c) => c.startsWith('Protection.'))).toHaveLength(2 * 5 + 1);
});

test('review in a certified period: each row refused by name, even to the staff, nothing written; decided once reopened', () => {
  const twin = twinWith();
  certify(twin, { period: '2570-Q1', staff: '' });
  const listed = (period: string) => {
    const context = json(reviewContext(twin.services, { district: '', period, filter: 'pending' }, TODAY));
    if (!context.ok) throw new Error(context.message);
    return context.rows.map((r) => ({ row: r.row, verdict: 'approve' as const, note: '', fingerprint: r.fingerprint }));
  };
  const save = (period: string) => json(submitReviewWith(twin.services, json({ decisions: listed(period) })));
  const context = (period: string) =>
    json(reviewContext(twin.services, { district: '', period, filter: 'pending' }, TODAY));
  const closedOf = (period: string) => {
    const c = context(period);
    return c.ok ? c.rows.map((r) => [r.row, r.closed !== '']) : [];
  };
  // the list says so on each card before anything is tried
  expect(closedOf('2570')).toEqual([
    [3, true],
    [4, true],
    [6, true],
  ]);
  expect(closedOf('2569-Q4')).toEqual([[5, false]]);
  const first = context('2570-Q1');
  expect(first.ok && first.rows[0].closed).toContain('จังหวัดรับรองผลแล้ว (โดย province@phayao.go.th');
  // the staff may edit the protected rows: the refusal is the review's own, not the protection's
  const refused = save('2570-Q1');
  expect(refused.ok).toBe(false);
  expect(refused.recorded).toEqual([]);
  expect(refused.refused.map((r) => r.row)).toEqual([3, 4, 6]);
  expect(refused.refused[0].message).toContain('ไตรมาสที่ 1 ปีงบประมาณ 2570 (ต.ค. – ธ.ค. 2569) ซึ่งจังหวัดรับรองผลแล้ว');
  // the review columns were added (a header, as any first save adds them) and no row's review was written
  expect(values(twin, REPORT)[1].slice(-2)).toEqual(['ผลการตรวจสอบ', 'หมายเหตุผู้ตรวจ']);
  expect(
    values(twin, REPORT)
      .slice(2)
      .map((r) => r.slice(-2)),
  ).toEqual([0, 1, 2, 3].map(() => ['', '']));
  expect(
    values(twin, AUDIT_LOG_SHEET)
      .slice(1)
      .map((r) => r[2]),
  ).toEqual(['รับรองผล']);
  // another period is open
  expect(save('2569-Q4')).toMatchObject({ ok: true, recorded: [5] });
  certify(twin, { period: '2570-Q1', act: 'reopen' });
  expect(closedOf('2570-Q1').every(([, closed]) => !closed)).toBe(true);
  expect(save('2570-Q1')).toMatchObject({ ok: true, recorded: [3, 4, 6], refused: [] });
});
