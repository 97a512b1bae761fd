// ตรวจรับข้อมูล on the in-memory twin: the rows of a district and period listed with their problems, decisions written in
// six Spreadsheet calls under the document lock whatever their number, every act in the audit trail once, in order, with
// the review cells before and after, and a row changed since it was listed never decided blindly.

import { reviewContext, submitReviewWith } from '../../src/addon/actions/review';
import type { ReviewAnswer, ReviewContextReady, ReviewDecision, ReviewQuery } from '../../src/addon/review/types';
import { AUDIT_LOG_SHEET } from '../../src/core/messages/reviewServer';
import type { CallRecord, SeedCell, Twin } from '../../src/twin';
import { officerTwin } from '../support/manifestTwin';
import { OFFICE_HEADER } from '../support/officeHeader';

const TODAY = { year: 2026, month: 11, day: 21 };
const REPORT = 'รายงานผล';
const HEADER = [...OFFICE_HEADER];
const SPREADSHEET = new Set(['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'Protection', 'DeveloperMetadata']);

/** n rows of อปท. of เมืองพะเยา and จุน in November 2569 B.E. (2026), the fifth of them with no link. */
function rows(n: number): SeedCell[][] {
  const laos = [
    ['เมืองพะเยา', 'ทต.แม่กา'],
    ['เมืองพะเยา', 'ทต.บ้านต๋อม'],
    ['จุน', 'ทต.จุน'],
    ['จุน', 'อบต.ห้วยข้าวก่ำ'],
  ];
  const data: SeedCell[][] = [];
  for (let i = 0; i < n; i++) {
    const [district, lao] = laos[i % laos.length];
    const link = i === 4 ? '' : `https://www.facebook.com/share/p/${1000 + i}/`;
    data.push([i + 1, district, lao, `${1 + (i % 20)}/11/2569`, 'ข้าว', link, 2, 1000 + i, 3, '']);
  }
  return [['จังหวัดพะเยา', '', '', '', '', '', '', '', '', ''], [...HEADER], ...data];
}

function twinWith(n: number, email = 'amphoe@phayao.go.th'): Twin {
  const twin = officerTwin({ userEmail: email });
  twin.workbook.addSheet(REPORT, rows(n));
  return twin;
}

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function list(twin: Twin, query: Partial<ReviewQuery> = {}): ReviewContextReady {
  const context = json(
    reviewContext(twin.services, json({ district: '', period: '', filter: 'pending', ...query }), TODAY),
  );
  if (!context.ok) throw new Error(context.message);
  return context;
}

function save(twin: Twin, decisions: ReviewDecision[]): ReviewAnswer {
  return json(submitReviewWith(twin.services, json({ decisions })));
}

const approve = (r: { row: number; fingerprint: string }, note = ''): ReviewDecision => ({
  row: r.row,
  verdict: 'approve',
  note,
  fingerprint: r.fingerprint,
});
const giveBack = (r: { row: number; fingerprint: string }, note: string): ReviewDecision => ({
  row: r.row,
  verdict: 'return',
  note,
  fingerprint: r.fingerprint,
});

const cell = (twin: Twin, sheet: string, row: number, column: number) =>
  twin.workbook.sheet(sheet).valueAt(row, column);
const auditLog = (twin: Twin) =>
  twin.workbook
    .sheet(AUDIT_LOG_SHEET)
    .peek()
    .values.filter((r) => r.some((c) => c !== ''));

function callsInsideLock(log: readonly CallRecord[]): string[] {
  const start = log.map((c) => `${c.target}.${c.method}`).lastIndexOf('Lock.tryLock');
  const end = log.findIndex((c, i) => i > start && c.target === 'Lock' && c.method === 'releaseLock');
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return log
    .slice(start + 1, end)
    .filter((c) => SPREADSHEET.has(c.target))
    .map((c) => `${c.target}.${c.method}`);
}

describe('the review list', () => {
  test('lists the pending rows of the chosen district and period with their problems and a fingerprint each', () => {
    const twin = twinWith(8);
    const context = list(twin, { district: 'อ.เมืองพะเยา', period: '2570-Q1' });
    expect(context.rows.map((r) => [r.row, r.district, r.lao, r.date, r.status])).toEqual([
      [3, 'เมืองพะเยา', 'ทต.แม่กา', '1 พฤศจิกายน 2569', 'pending'],
      [4, 'เมืองพะเยา', 'ทต.บ้านต๋อม', '2 พฤศจิกายน 2569', 'pending'],
      [7, 'เมืองพะเยา', 'ทต.แม่กา', '5 พฤศจิกายน 2569', 'pending'],
      [8, 'เมืองพะเยา', 'ทต.บ้านต๋อม', '6 พฤศจิกายน 2569', 'pending'],
    ]);
    expect(context.counts).toEqual({ pending: 4, approved: 0, returned: 0 });
    // the row without a link says so; the figures are shown by the form's labels
    expect(context.rows[2].problems.length).toBeGreaterThan(0);
    expect(context.rows[0].problems).toEqual([]);
    expect(context.rows[0].fields.map((f) => f.label)).toContain('รายรับ');
    expect(new Set(context.rows.map((r) => r.fingerprint)).size).toBe(4);
    expect(context.districts).toEqual(['เมืองพะเยา', 'จุน']);
  });

  test('a period the rows are not in lists nothing; a period that cannot be read is a message, not a crash', () => {
    const twin = twinWith(4);
    expect(list(twin, { period: '2569-Q1' }).rows).toEqual([]);
    const bad = reviewContext(twin.services, { district: '', period: 'ไตรมาสหน้า', filter: 'pending' }, TODAY);
    expect(bad.ok).toBe(false);
  });
});

describe('saving decisions', () => {
  test('writes ผ่าน and ส่งกลับแก้ไข with the reason, adds the review headers the sheet lacks, and logs each act', () => {
    const twin = twinWith(4);
    const shown = list(twin).rows;
    const answer = save(twin, [approve(shown[0]), giveBack(shown[2], 'ลิงก์เปิดไม่ได้')]);
    expect(answer).toMatchObject({ ok: true, recorded: [3, 5], refused: [] });
    expect(answer.message).toBe('บันทึกผลการตรวจแล้ว: ผ่าน 1 แถว ส่งกลับแก้ไข 1 แถว');
    const sheet = twin.workbook.sheet(REPORT);
    expect([sheet.valueAt(2, 11), sheet.valueAt(2, 12)]).toEqual(['ผลการตรวจสอบ', 'หมายเหตุผู้ตรวจ']);
    expect([sheet.valueAt(3, 11), sheet.valueAt(4, 11), sheet.valueAt(5, 11), sheet.valueAt(5, 12)]).toEqual([
      'ผ่าน',
      '',
      'ส่งกลับแก้ไข',
      'ลิงก์เปิดไม่ได้',
    ]);
    const log = auditLog(twin);
    expect(log[0]).toEqual(['เวลา', 'ผู้ดำเนินการ', 'การกระทำ', 'ชีต', 'แถว', 'อปท./ผู้รายงาน', 'ก่อน', 'หลัง']);
    expect(log.slice(1).map((r) => [r[1], r[2], r[3], r[4], r[5], r[6], r[7]])).toEqual([
      [
        'amphoe@phayao.go.th',
        'ตรวจผ่าน',
        REPORT,
        3,
        'ทต.แม่กา',
        'ผลการตรวจสอบ: - · หมายเหตุผู้ตรวจ: -',
        'ผลการตรวจสอบ: ผ่าน · หมายเหตุผู้ตรวจ: -',
      ],
      [
        'amphoe@phayao.go.th',
        'ส่งกลับแก้ไข',
        REPORT,
        5,
        'ทต.จุน',
        'ผลการตรวจสอบ: - · หมายเหตุผู้ตรวจ: -',
        'ผลการตรวจสอบ: ส่งกลับแก้ไข · หมายเหตุผู้ตรวจ: ลิงก์เปิดไม่ได้',
      ],
    ]);
    // the trail is hidden and the person is still on the report
    expect(twin.workbook.sheet(AUDIT_LOG_SHEET).isSheetHidden()).toBe(true);
    expect(twin.services.spreadsheetApp.getActiveSpreadsheet().getActiveSheet().getName()).toBe(REPORT);
    // the list now has the two rows left, and counts the others by status
    const after = list(twin);
    expect(after.rows.map((r) => r.row)).toEqual([4, 6]);
    expect(after.counts).toEqual({ pending: 2, approved: 1, returned: 1 });
  });

  test('six Spreadsheet calls inside the lock for 3 rows and for 300, two of them writes, flush before release', () => {
    for (const n of [3, 300]) {
      const twin = twinWith(n);
      save(twin, [approve(list(twin).rows[0])]);
      const shown = list(twin, { filter: 'all' }).rows;
      twin.counter.reset();
      const answer = save(
        twin,
        shown.slice(0, n).map((r) => approve(r)),
      );
      expect(answer.recorded).toHaveLength(Math.min(n, 200));
      const inside = callsInsideLock(twin.counter.log);
      expect(inside).toEqual([
        'Sheet.getSheetValues',
        'Sheet.getRange',
        'Range.setValues',
        'Sheet.getRange',
        'Range.setValues',
        'SpreadsheetApp.flush',
      ]);
    }
  });

  test('a row changed after it was listed is refused and left alone; the others are written', () => {
    const twin = twinWith(4);
    const shown = list(twin).rows;
    twin.workbook
      .sheet(REPORT)
      .getRange(4, 8, 1, 1)
      .setValues([[99999]]);
    const answer = save(twin, [approve(shown[0]), approve(shown[1])]);
    expect(answer.recorded).toEqual([3]);
    expect(answer.refused).toEqual([{ row: 4, message: expect.stringContaining('แถว 4 ถูกแก้ไข') }]);
    expect(cell(twin, REPORT, 4, 11)).toBe('');
  });

  test('only changed rows: nothing is written, nothing logged, and the answer says why', () => {
    const twin = twinWith(2);
    const shown = list(twin).rows;
    twin.workbook
      .sheet(REPORT)
      .getRange(3, 5, 1, 1)
      .setValues([['ข้าวโพด']]);
    const answer = save(twin, [approve(shown[0])]);
    expect(answer).toMatchObject({ ok: false, recorded: [] });
    expect(answer.refused).toHaveLength(1);
    expect(cell(twin, REPORT, 3, 11)).toBe('');
  });

  test('bad decisions are refused whole, with a message, and write nothing', () => {
    const twin = twinWith(3);
    const [r] = list(twin).rows;
    const cases: unknown[] = [
      [],
      [{ ...approve(r), verdict: 'maybe' }],
      [giveBack(r, '   ')],
      [{ ...approve(r), row: 2 }],
      [approve(r), approve(r)],
      [{ ...approve(r), fingerprint: '<script>' }],
      [giveBack(r, 'ก'.repeat(501))],
    ];
    for (const decisions of cases) {
      const answer = json(submitReviewWith(twin.services, { decisions }));
      expect(answer.ok).toBe(false);
      expect(answer.message).not.toBe('');
    }
    expect(json(submitReviewWith(twin.services, null)).ok).toBe(false);
    expect(cell(twin, REPORT, 3, 11)).toBe('');
    expect(twin.workbook.sheetNames()).not.toContain(AUDIT_LOG_SHEET);
  });

  test('another execution holding the lock: nothing written, the decisions kept in the page, a message to save again', () => {
    const twin = twinWith(2);
    const shown = list(twin).rows;
    twin.workbook.lock.holdBy('another-reviewer');
    const answer = save(twin, [approve(shown[0])]);
    expect(answer.ok).toBe(false);
    expect(answer.message).toContain('กรุณากดบันทึกอีกครั้ง');
    twin.workbook.lock.free();
    expect(save(twin, [approve(shown[0])]).ok).toBe(true);
  });
});

describe('two reviewers and an officer at once', () => {
  test('lose nothing: each act is written or refused with a reason, and the trail shows them in order', () => {
    const twin = twinWith(6);
    twin.setUser('amphoe.a@phayao.go.th');
    const seenByA = list(twin).rows;
    twin.setUser('amphoe.b@phayao.go.th');
    const seenByB = list(twin).rows;
    // the officer corrects row 5's revenue in the grid while both are reviewing
    twin.setUser('officer@phayao.go.th');
    twin.workbook
      .sheet(REPORT)
      .getRange(5, 8, 1, 1)
      .setValues([[1500]]);
    twin.setUser('amphoe.a@phayao.go.th');
    const a = save(twin, [approve(seenByA[0]), approve(seenByA[1]), approve(seenByA[2])]);
    twin.setUser('amphoe.b@phayao.go.th');
    const b = save(twin, [giveBack(seenByB[1], 'รายรับไม่ตรงหลักฐาน'), approve(seenByB[3])]);
    expect(a.recorded).toEqual([3, 4]);
    expect(a.refused.map((r) => r.row)).toEqual([5]);
    // B returns the row A approved: B's act comes after A's, with A's approval as its "before"
    expect(b.recorded).toEqual([4, 6]);
    expect([cell(twin, REPORT, 4, 11), cell(twin, REPORT, 4, 12)]).toEqual(['ส่งกลับแก้ไข', 'รายรับไม่ตรงหลักฐาน']);
    expect(
      auditLog(twin)
        .slice(1)
        .map((r) => [r[1], r[2], r[4], r[6]]),
    ).toEqual([
      ['amphoe.a@phayao.go.th', 'ตรวจผ่าน', 3, 'ผลการตรวจสอบ: - · หมายเหตุผู้ตรวจ: -'],
      ['amphoe.a@phayao.go.th', 'ตรวจผ่าน', 4, 'ผลการตรวจสอบ: - · หมายเหตุผู้ตรวจ: -'],
      ['amphoe.b@phayao.go.th', 'ส่งกลับแก้ไข', 4, 'ผลการตรวจสอบ: ผ่าน · หมายเหตุผู้ตรวจ: -'],
      ['amphoe.b@phayao.go.th', 'ตรวจผ่าน', 6, 'ผลการตรวจสอบ: - · หมายเหตุผู้ตรวจ: -'],
    ]);
    // the corrected row is still pending, for a reviewer to look at again
    expect(list(twin).rows.map((r) => r.row)).toEqual([5, 7, 8]);
  });
});
