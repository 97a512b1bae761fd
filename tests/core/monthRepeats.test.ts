// A form whose owners report once a month (oncePerMonth): a second counted row of one owner and month is an error that
// names the first row, is left out of the roll-up, and never replaces the exact-copy warning; other forms never get it.

import type { CellValue } from '../../src/core/cell';
import { defineForm } from '../../src/core/form/defineForm';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { OTOP_MARKETER } from '../../src/core/form/otopMarketer';
import type { FormSpec, RowRule } from '../../src/core/form/types';
import { provinceByCode } from '../../src/core/geo/provinces';
import { rollup } from '../../src/core/rollup/rollup';
import type { SheetValidation } from '../../src/core/validate/types';
import { validateSheet } from '../../src/core/validate/validateSheet';
import { OTOP_SHORT_HEADER } from '../support/otopFiles';

const TODAY = { year: 2021, month: 12, day: 31 };
const MINIMUMS = OTOP_MARKETER.rowRules.filter((r): r is Extract<RowRule, { kind: 'atLeast' }> => r.kind === 'atLeast');
const KANDA = 'นางสาวกานดา ใจดี';
const SOMCHAI = 'นายสมชาย รักดี';

/** A row under OTOP_SHORT_HEADER: every count at its minimum plus `extra`, one post of its own. */
function row(marketer: string, month: string, post: number, extra = 0): string[] {
  const counts = MINIMUMS.map((r) => String(r.min + extra));
  return [String(post), marketer, month, ...counts, `https://www.facebook.com/otop/posts/${post}`, ''];
}

/** Sheet rows 1–2 are the title and header: data starts in row 3. */
function check(rows: CellValue[][], form: FormSpec = OTOP_MARKETER): SheetValidation {
  const result = validateSheet([['รายงานผลการปฏิบัติงาน จังหวัดนนทบุรี'], OTOP_SHORT_HEADER, ...rows], form, {
    today: TODAY,
  });
  if (!result.ok) throw new Error(result.message.en);
  return result.result;
}

const codes = (v: SheetValidation) => v.problems.map((p) => `${p.row} ${p.code}`);

describe('passes', () => {
  test('the same marketer in different months', () => {
    const v = check([row(KANDA, 'ต.ค. 2563', 1), row(KANDA, 'พ.ย. 2563', 2), row(KANDA, 'ต.ค. 2564', 3)]);
    expect(v.problems).toEqual([]);
    expect(v.summary.rowsWithErrors).toBe(0);
  });

  test('two marketers in the same month', () => {
    const v = check([row(KANDA, 'ต.ค. 2563', 1), row(SOMCHAI, 'ต.ค. 2563', 2)]);
    expect(v.problems).toEqual([]);
  });

  test('rows without a month are not compared', () => {
    const v = check([row(KANDA, '', 1), row(KANDA, '', 2)]);
    expect(v.problems.map((p) => p.code)).not.toContain('MARKETER_MONTH_REPEATED');
    expect(v.summary.rowsWithErrors).toBe(0);
  });
});

describe('fails', () => {
  test('the same marketer twice in a month, with other figures: an error naming the first row, the owner and the month', () => {
    const v = check([row(KANDA, 'ต.ค. 2563', 1), row(SOMCHAI, 'ต.ค. 2563', 2), row(KANDA, 'ต.ค. 2563', 3, 1)]);
    expect(codes(v)).toEqual(['5 MARKETER_MONTH_REPEATED']);
    const [p] = v.problems;
    expect(p.severity).toBe('error');
    expect(p.column).toBeNull();
    expect(p.message.th).toContain('ซ้ำกับแถว 3');
    expect(p.message.th).toContain(KANDA);
    expect(p.message.th).toContain('ต.ค. 2563');
    expect(p.message.th).toContain('ลบแถวนี้');
    expect(p.message.en).toContain('row 3');
    expect(p.message.en).toContain('Oct 2020');
    expect(p.message.en).toContain('delete this row');
    expect(v.table.row(2).status).toBe('error');
    expect(v.table.row(0).status).toBe('ok');
    expect(v.summary).toMatchObject({ reported: 3, rowsWithErrors: 1, rowsWithWarnings: 0, rowsWithWarningsOnly: 0 });
  });

  test('ต.ค. 2563, 10/2563, ตุลาคม 2563 and ต.ค.63 are one month; a day in it is that month too', () => {
    for (const other of ['10/2563', 'ตุลาคม 2563', 'ต.ค.63', '20/10/2563']) {
      const v = check([row(KANDA, 'ต.ค. 2563', 1), row(KANDA, other, 2, 1)]);
      expect(codes(v)).toEqual(['4 MARKETER_MONTH_REPEATED']);
    }
  });

  test('each later row of the month names the first; the problem comes after the row’s other problems, in row order', () => {
    const v = check([
      row(KANDA, 'ต.ค. 2563', 1),
      row(KANDA, 'ต.ค. 2563', 2, 1),
      [...row(SOMCHAI, 'ต.ค. 2563', 9).slice(0, 3), '1', ...row(SOMCHAI, '', 9).slice(4)],
      row(KANDA, '10/2563', 4, 2),
    ]);
    expect(codes(v)).toEqual(['4 MARKETER_MONTH_REPEATED', '5 BELOW_MINIMUM', '6 MARKETER_MONTH_REPEATED']);
    expect(v.problems[2].message.th).toContain('ซ้ำกับแถว 3');
    expect(v.summary.rowsWithErrors).toBe(2);
  });

  test('a row with warnings only is counted, so it is the first of its month', () => {
    const short = row(SOMCHAI, 'ต.ค. 2563', 1);
    short[3] = '1';
    const v = check([short, row(SOMCHAI, 'ต.ค. 2563', 2)]);
    expect(codes(v)).toEqual(['3 BELOW_MINIMUM', '4 MARKETER_MONTH_REPEATED']);
    expect(v.summary).toMatchObject({ rowsWithErrors: 1, rowsWithWarnings: 1, rowsWithWarningsOnly: 1 });
  });

  test('a first row with an error of its own is not counted, so the next row of the month is the first', () => {
    const broken = row(KANDA, 'ต.ค. 2563', 1);
    broken[3] = 'สาม';
    const v = check([broken, row(KANDA, 'ต.ค. 2563', 2), row(KANDA, 'ต.ค. 2563', 3, 1)]);
    expect(codes(v)).toEqual(['3 NOT_A_NUMBER', '5 MARKETER_MONTH_REPEATED']);
    expect(v.problems[1].message.th).toContain('ซ้ำกับแถว 4');
    expect(v.summary.rowsWithErrors).toBe(2);
  });
});

test('an exact copy is DUPLICATE_ROW (counted once), not MARKETER_MONTH_REPEATED', () => {
  const v = check([row(KANDA, 'ต.ค. 2563', 1), row(KANDA, 'ต.ค. 2563', 1)]);
  expect(codes(v)).toEqual(['4 DUPLICATE_ROW']);
  expect(v.table.row(1).status).toBe('warning');
  expect(v.summary).toMatchObject({ rowsWithErrors: 0, duplicateRows: 1 });
});

test('a DLA-form sheet, which declares no oncePerMonth, never gets the code', () => {
  expect(DLA_ONLINE_MARKET.oncePerMonth).toBeUndefined();
  const header = DLA_ONLINE_MARKET.columns.map((c) => c.header);
  // one อปท. twice in one month with other figures: two reports, both counted
  const dla = (link: number, sales: string) => {
    const cells: Record<string, string> = {
      seq: '1',
      date: '15/10/2568',
      province: 'พะเยา',
      district: 'เมืองพะเยา',
      lao: 'อบต.บ้านใหม่',
      product: 'ข้าวหอม',
      links: `https://www.facebook.com/p/${link}`,
      salesCount: sales,
      revenue: '100',
      beneficiaries: '1',
    };
    return DLA_ONLINE_MARKET.columns.map((c) => cells[c.key] ?? '');
  };
  const result = validateSheet([header, dla(1, '1'), dla(2, '2')], DLA_ONLINE_MARKET, {
    today: { year: 2025, month: 12, day: 31 },
  });
  if (!result.ok) throw new Error(result.message.en);
  expect(result.result.summary).toMatchObject({ reported: 2, rowsWithErrors: 0 });
  expect(result.result.problems.map((p) => p.code)).not.toContain('MARKETER_MONTH_REPEATED');
});

test('the roll-up counts the first row of the month only', () => {
  const v = check([row(KANDA, 'ต.ค. 2563', 1), row(KANDA, '10/2563', 2, 5), row(SOMCHAI, 'ต.ค. 2563', 3)]);
  const province = provinceByCode('12');
  if (!province) throw new Error('no province 12');
  const result = rollup({
    form: OTOP_MARKETER,
    sheets: [{ file: 'nonthaburi.xlsx', sheet: 'นนทบุรี', province, validation: v }],
    registry: null,
    period: null,
    targets: null,
  });
  const products = MINIMUMS.find((r) => r.column === 'products')?.min ?? 0;
  // Kanda's first row and Somchai's: not the repeat's extra 5 of each item
  expect(result.root.sums.products).toBe(2 * products);
  expect(result.root.entries).toBe(2);
  expect(result.root.rowsWithErrors).toBe(1);
});

describe('defineForm', () => {
  const base: FormSpec = { ...OTOP_MARKETER, id: 'monthly' };
  test('accepts a known error code', () => {
    expect(defineForm(base).oncePerMonth).toEqual({ code: 'MARKETER_MONTH_REPEATED' });
  });
  test('refuses an unknown code, a warning code, and a form without a date column', () => {
    expect(() => defineForm({ ...base, oncePerMonth: { code: 'MONTH_TWICE' } })).toThrow(
      /unknown problem code MONTH_TWICE/,
    );
    expect(() => defineForm({ ...base, oncePerMonth: { code: 'DUPLICATE_ROW' } })).toThrow(/must be an error/);
    const undated = base.columns.filter((c) => c.role !== 'date');
    const headerRequires = { ...base.headerRequires };
    expect(() => defineForm({ ...base, columns: undated, headerRequires })).toThrow(/role date/);
  });
});
