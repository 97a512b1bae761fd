// Messages that say whose row a link is on name the owner by the form's owner column: อปท. in the DLA form (its
// wording as before), the marketer in the OTOP form.

import type { CellValue } from '../../src/core/cell';
import { OTOP_MARKETER } from '../../src/core/form/otopMarketer';
import type { Problem } from '../../src/core/validate/types';
import { validateSheet } from '../../src/core/validate/validateSheet';
import { check, GOOD, sheet } from '../support/sheets';

const LINK = 'https://www.facebook.com/otop/posts/1';

function messageOf(problems: readonly Problem[], code: string): Problem['message'] | undefined {
  return problems.find((p) => p.code === code)?.message;
}

describe('the DLA form', () => {
  test('a link the same อปท. reported again', () => {
    const v = check(sheet({ ...GOOD }, { ...GOOD, sales: 1, revenue: 200 }));
    expect(messageOf(v.problems, 'LINK_DUPLICATE')).toEqual({
      th: 'อปท. เดียวกันรายงานลิงก์นี้แล้วที่แถว 3 นับลิงก์ครั้งเดียว แต่นับตัวเลขของทั้งสองแถวรวมในยอด ถ้าเป็นยอดเดียวกันที่กรอกซ้ำ ให้ลบแถวนี้',
      en: "The same local administration reported this link in row 3: the link counts once, but both rows' figures are added to the totals. If this row repeats the same figures, delete it.",
    });
  });

  test('a link another อปท. reported', () => {
    const v = check(sheet({ ...GOOD }, { ...GOOD, lao: 'อบต.บ้านใหม่' }));
    expect(messageOf(v.problems, 'LINK_CLAIMED_BY_OTHER')?.th).toBe(
      'ลิงก์นี้ ทต.แม่กา รายงานไว้แล้วที่แถว 3 ตรวจสอบว่าเป็นเนื้อหาของ อปท. ใด แล้วให้รายงานเพียงแห่งเดียว',
    );
  });
});

describe('the OTOP form', () => {
  const header = OTOP_MARKETER.columns.map((c) => c.header);
  const at = (key: string) => header.indexOf(OTOP_MARKETER.columns.find((c) => c.key === key)?.header ?? '');

  function otopRow(marketer: string, month: string): CellValue[] {
    const cells: CellValue[] = header.map(() => '');
    cells[at('marketer')] = marketer;
    cells[at('month')] = month;
    for (const rule of OTOP_MARKETER.rowRules) if (rule.kind === 'atLeast') cells[at(rule.column)] = rule.min;
    cells[at('links')] = LINK;
    return cells;
  }

  function problems(...rows: CellValue[][]): Problem[] {
    const result = validateSheet([['รายงาน จังหวัดนนทบุรี'], header, ...rows], OTOP_MARKETER, {
      today: { year: 2020, month: 12, day: 31 },
    });
    if (!result.ok) throw new Error(result.message.en);
    return result.result.problems;
  }

  test('a link the same marketer reported again names the marketer, not an อปท.', () => {
    const found = problems(otopRow('นางสาวกานดา ใจดี', 'ต.ค. 2563'), otopRow('นางสาวกานดา ใจดี', 'พ.ย. 2563'));
    const message = messageOf(found, 'LINK_DUPLICATE');
    expect(message?.th).toBe(
      'ชื่อ-สกุล นักการตลาด เดียวกันรายงานลิงก์นี้แล้วที่แถว 3 นับลิงก์ครั้งเดียว แต่นับตัวเลขของทั้งสองแถวรวมในยอด ถ้าเป็นยอดเดียวกันที่กรอกซ้ำ ให้ลบแถวนี้',
    );
    expect(message?.en).toMatch(/^The same marketer's name reported this link in row 3/);
  });

  test('a link another marketer reported names the marketer column', () => {
    const found = problems(otopRow('นางสาวกานดา ใจดี', 'ต.ค. 2563'), otopRow('นายสมชาย รักดี', 'ต.ค. 2563'));
    const message = messageOf(found, 'LINK_CLAIMED_BY_OTHER');
    expect(message?.th).toBe(
      'ลิงก์นี้ นางสาวกานดา ใจดี รายงานไว้แล้วที่แถว 3 ตรวจสอบว่าเป็นเนื้อหาของ ชื่อ-สกุล นักการตลาด ใด แล้วให้รายงานเพียงแห่งเดียว',
    );
    for (const p of found) expect(p.message.th).not.toMatch(/อปท/);
  });
});
