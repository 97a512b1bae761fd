// A reviewer's decisions as the server reads them from the page (must-pass and must-fail inputs) and plans them against
// the rows as they are under the lock.

import type { CellValue } from '../../src/core/cell';
import { REVIEW_STATUS_COLUMN } from '../../src/core/form/sharedColumns';
import { planReview, readDecisions } from '../../src/core/review/decisions';
import { rowFingerprint } from '../../src/core/review/fingerprint';

const CHOICES = REVIEW_STATUS_COLUMN.choices!;
const ok = { row: 5, verdict: 'approve', note: '', fingerprint: 'abc12.z' };

describe('readDecisions', () => {
  test.each([
    ['an approval without a note', [ok]],
    ['a return with its reason', [{ ...ok, verdict: 'return', note: ' ลิงก์เสีย ' }]],
    ['several rows', [ok, { ...ok, row: 6 }, { ...ok, row: 900 }]],
  ])('takes %s', (_, decisions) => {
    const read = readDecisions({ decisions });
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.decisions.map((d) => d.row)).toEqual(decisions.map((d) => d.row));
  });

  test('trims the reason', () => {
    const read = readDecisions({ decisions: [{ ...ok, verdict: 'return', note: ' ลิงก์เสีย ' }] });
    expect(read.ok && read.decisions[0].note).toBe('ลิงก์เสีย');
  });

  test.each([
    ['nothing', undefined],
    ['not an object', 'approve all'],
    ['no decisions', { decisions: [] }],
    ['decisions not a list', { decisions: { row: 5 } }],
    ['a row that is not a whole number', { decisions: [{ ...ok, row: 5.5 }] }],
    ['row 0', { decisions: [{ ...ok, row: 0 }] }],
    ['a row twice', { decisions: [ok, ok] }],
    ['another verdict', { decisions: [{ ...ok, verdict: 'ผ่าน' }] }],
    ['a return without a reason', { decisions: [{ ...ok, verdict: 'return', note: '  ' }] }],
    ['a reason over 500 characters', { decisions: [{ ...ok, note: 'ก'.repeat(501) }] }],
    ['no fingerprint', { decisions: [{ ...ok, fingerprint: undefined }] }],
    ['a fingerprint of another shape', { decisions: [{ ...ok, fingerprint: 'ABC.1' }] }],
    ['over 500 decisions', { decisions: Array.from({ length: 501 }, (_, i) => ({ ...ok, row: i + 2 })) }],
  ])('refuses %s, with a message', (_, raw) => {
    const read = readDecisions(raw);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message.th).not.toBe('');
  });
});

describe('planReview', () => {
  const cells: CellValue[][] = [
    [1, 'ทต.แม่กา', 1500, '', ''],
    [2, 'ทต.จุน', 900, 'ส่งกลับแก้ไข', 'ลิงก์เสีย'],
  ];
  const span = { first: 10, cells, status: 3, note: 4, owner: 1 };
  const print = (r: CellValue[]) => rowFingerprint(r, new Set([3, 4]));

  test('writes the form’s first text for each verdict and records the cells before and after', () => {
    const plan = planReview(
      [
        { row: 11, verdict: 'approve', note: '', fingerprint: print(cells[1]) },
        { row: 10, verdict: 'return', note: 'ไม่มีหลักฐาน', fingerprint: print(cells[0]) },
      ],
      span,
      CHOICES,
    );
    expect([...plan.writes]).toEqual([
      [10, ['ส่งกลับแก้ไข', 'ไม่มีหลักฐาน']],
      [11, ['ผ่าน', '']],
    ]);
    expect(plan.acts).toEqual([
      {
        kind: 'return',
        row: 10,
        owner: 'ทต.แม่กา',
        before: 'ผลการตรวจสอบ: - · หมายเหตุผู้ตรวจ: -',
        after: 'ผลการตรวจสอบ: ส่งกลับแก้ไข · หมายเหตุผู้ตรวจ: ไม่มีหลักฐาน',
      },
      {
        kind: 'approve',
        row: 11,
        owner: 'ทต.จุน',
        before: 'ผลการตรวจสอบ: ส่งกลับแก้ไข · หมายเหตุผู้ตรวจ: ลิงก์เสีย',
        after: 'ผลการตรวจสอบ: ผ่าน · หมายเหตุผู้ตรวจ: -',
      },
    ]);
    expect(plan.refused).toEqual([]);
  });

  test('refuses a row whose cells changed, and one past the rows read', () => {
    const plan = planReview(
      [
        { row: 10, verdict: 'approve', note: '', fingerprint: print([1, 'ทต.แม่กา', 1400, '', '']) },
        { row: 12, verdict: 'approve', note: '', fingerprint: print(cells[0]) },
      ],
      span,
      CHOICES,
    );
    expect(plan.writes.size).toBe(0);
    expect(plan.refused.map((r) => r.row)).toEqual([10, 12]);
  });

  test('refuses by name a row dated in a certified period; a row of another period, and a period reopened, are decided', () => {
    const dated: CellValue[][] = [
      ['1/11/2569', 'ทต.แม่กา', 1500, '', ''],
      [{ kind: 'date', year: 2026, month: 9, day: 20 }, 'ทต.จุน', 900, '', ''],
      ['', 'ทต.ดอกคำใต้', 100, '', ''],
    ];
    const closed = [
      {
        period: '2570-Q1',
        level: 'province' as const,
        district: '',
        act: 'certify' as const,
        by: 'suda@phayao.go.th',
        at: '5/1/2570 10:00:00',
      },
    ];
    const decide = (closedNow: typeof closed) =>
      planReview(
        dated.map((r, i) => ({ row: 20 + i, verdict: 'approve' as const, note: '', fingerprint: print(r) })),
        { first: 20, cells: dated, status: 3, note: 4, owner: 1, date: 0, closed: closedNow },
        CHOICES,
      );
    const plan = decide(closed);
    expect(plan.refused.map((r) => r.row)).toEqual([20]);
    expect(plan.refused[0].message.th).toContain('แถว 20 ลงวันที่ใน ไตรมาสที่ 1 ปีงบประมาณ 2570');
    expect(plan.refused[0].message.th).toContain('suda@phayao.go.th');
    expect(plan.refused[0].message.th).toContain('ยกเลิกการรับรอง');
    // September 2026 is 2569-Q4, and an undated row has no period: both decided
    expect([...plan.writes.keys()]).toEqual([21, 22]);
    expect(plan.acts.map((a) => a.row)).toEqual([21, 22]);
    expect([...decide([]).writes.keys()]).toEqual([20, 21, 22]);
  });
});
