// The period a sheet is checked for (ValidateOptions.period): a counted row dated outside it is the warning
// DATE_OUTSIDE_PERIOD, a month-only date by its month, for every form; without a period no row is checked against one.

import type { CellValue } from '../../src/core/cell';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { OTOP_MARKETER } from '../../src/core/form/otopMarketer';
import type { FormSpec, RowRule } from '../../src/core/form/types';
import { type Period, parsePeriod } from '../../src/core/period/period';
import type { SheetValidation } from '../../src/core/validate/types';
import { validateSheet } from '../../src/core/validate/validateSheet';
import { OTOP_SHORT_HEADER } from '../support/otopFiles';

const TODAY = { year: 2021, month: 12, day: 31 };
const MINIMUMS = OTOP_MARKETER.rowRules.filter((r): r is Extract<RowRule, { kind: 'atLeast' }> => r.kind === 'atLeast');

function period(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(parsed.message.en);
  return parsed.period;
}

function otopRow(month: string, post: number, marketer = 'นางสาวกานดา ใจดี'): string[] {
  return [String(post), marketer, month, ...MINIMUMS.map((r) => String(r.min)), `https://youtu.be/v${post}`, ''];
}

function check(
  rows: CellValue[][],
  p: Period | undefined,
  form: FormSpec = OTOP_MARKETER,
  today = TODAY,
): SheetValidation {
  const header = form === OTOP_MARKETER ? OTOP_SHORT_HEADER : form.columns.map((c) => c.header);
  const result = validateSheet([['รายงาน'], header, ...rows], form, { today, period: p });
  if (!result.ok) throw new Error(result.message.en);
  return result.result;
}

const codes = (v: SheetValidation) => v.problems.map((p) => `${p.row} ${p.code}`);

describe('a quarter: 2564-Q1 is Oct–Dec 2563', () => {
  const q1 = period('2564-Q1');

  test('months inside pass, whatever their form', () => {
    const v = check(
      [otopRow('ต.ค. 2563', 1), otopRow('11/2563', 2), otopRow('ธันวาคม 2563', 3), otopRow('ธ.ค.63', 4, 'นายสมชาย รักดี')],
      q1,
    );
    expect(v.problems).toEqual([]);
  });

  test('a month outside warns, naming the month and the period, and says what to do', () => {
    const v = check([otopRow('ต.ค. 2563', 1), otopRow('ม.ค. 2564', 2)], q1);
    expect(codes(v)).toEqual(['4 DATE_OUTSIDE_PERIOD']);
    const [p] = v.problems;
    expect(p.severity).toBe('warning');
    expect(p.column).toBe('month');
    expect(p.value).toBe('ม.ค. 2564');
    expect(p.message.th).toContain('เดือน ม.ค. 2564 อยู่นอกช่วง ไตรมาสที่ 1 ปีงบประมาณ 2564 (ต.ค. – ธ.ค. 2563)');
    expect(p.message.th).toContain('ตรวจสอบเดือนและปี พ.ศ.');
    expect(p.message.en).toContain('The month Jan 2021 is outside Quarter 1 of fiscal year 2564 (Oct – Dec 2020)');
    // a warning: the row is still counted by the check
    expect(v.table.row(1).status).toBe('warning');
    expect(v.summary).toMatchObject({ rowsWithErrors: 0, rowsWithWarnings: 1, rowsWithWarningsOnly: 1 });
  });

  test('an error row is not counted, so it is not warned of as well; an undated row is not compared', () => {
    const broken = otopRow('ก.ย. 2564', 1);
    broken[3] = 'สาม';
    const v = check([broken, otopRow('', 2)], q1);
    expect(codes(v)).toEqual(['3 NOT_A_NUMBER']);
  });

  test('without a period nothing is checked against one', () => {
    expect(check([otopRow('ต.ค. 2563', 1), otopRow('ม.ค. 2564', 2)], undefined).problems).toEqual([]);
  });
});

test('a fiscal year: 2564 is 1 Oct 2563 – 30 Sep 2564', () => {
  const fy = period('2564');
  expect(check([otopRow('ต.ค. 2563', 1), otopRow('ก.ย. 2564', 2)], fy).problems).toEqual([]);
  const v = check([otopRow('ต.ค. 2564', 1)], fy);
  expect(codes(v)).toEqual(['3 DATE_OUTSIDE_PERIOD']);
  expect(v.problems[0].message.th).toContain('อยู่นอกช่วง ปีงบประมาณ 2564 (1 ต.ค. 2563 – 30 ก.ย. 2564)');
});

test('the DLA form too, by the day: a day of the month asked for passes, a day after it warns', () => {
  const cells = (date: string, link: number): string[] => {
    const byKey: Record<string, string> = {
      seq: '1',
      date,
      district: 'เมืองพะเยา',
      lao: 'อบต.บ้านใหม่',
      links: `https://www.facebook.com/p/${link}`,
      salesCount: '1',
      revenue: '100',
      beneficiaries: '1',
    };
    return DLA_ONLINE_MARKET.columns.map((c) => byKey[c.key] ?? '');
  };
  const october = period('2568-10');
  const v = check([cells('31/10/2568', 1), cells('1/11/2568', 2)], october, DLA_ONLINE_MARKET, {
    year: 2025,
    month: 12,
    day: 31,
  });
  expect(codes(v)).toEqual(['4 DATE_OUTSIDE_PERIOD']);
  expect(v.problems[0].message.th).toContain('วันที่ 1 พ.ย. 2568 อยู่นอกช่วง เดือนตุลาคม 2568');
  expect(v.problems[0].message.en).toContain('The date 1 Nov 2025 is outside October 2025');
});
