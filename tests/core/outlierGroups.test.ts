// OUTLIER on checked sheets: an อปท.'s month against its own months and against the province's other อปท. that month,
// a month's sum on its largest row, what is left out of the statistics, the setting, the messages (th + en), the OTOP
// form, the CLI option, and the grouping against a plain reference over random sheets.

import fc from 'fast-check';
import { outlierOption } from '../../src/cli/reportInputs';
import type { CellValue } from '../../src/core/cell';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { OTOP_MARKETER } from '../../src/core/form/otopMarketer';
import type { FormSpec, RowRule } from '../../src/core/form/types';
import { groupStats, highOutliers } from '../../src/core/validate/outliers';
import type { SheetValidation } from '../../src/core/validate/types';
import { type ValidateOptions, validateSheet } from '../../src/core/validate/validateSheet';
import { OTOP_SHORT_HEADER } from '../support/otopFiles';

const TODAY = { year: 2026, month: 11, day: 21 };
const HEADER = DLA_ONLINE_MARKET.columns.filter((c) => c.role !== 'province').map((c) => c.header);
// ต.ค. 2568 … พ.ค. 2569 (B.E.), the activity's first eight months
const MONTHS = [10, 11, 12, 1, 2, 3, 4, 5].map((m) => ({ m, y: m >= 10 ? 2568 : 2569 }));
const MAESAI = 'อบต.แม่ใส';
const PEERS = ['อบต.บ้านตุ่น', 'อบต.บ้านต๊ำ', 'อบต.บ้านต๋อม', 'อบต.แม่กา', 'อบต.จำป่าหวาย', 'อบต.ท่าวังทอง', 'อบต.แม่นาเรือ'];

let post = 0;
/** A DLA row: date, อปท., one link of its own, sales, revenue (baht), beneficiaries. */
function dla(lao: string, day: string, sales: number, revenue: number | string, people: number): CellValue[] {
  post++;
  return [post, day, 'เมืองพะเยา', lao, 'ข้าว', `https://www.facebook.com/p/posts/${post}`, sales, revenue, people, ''];
}

/** Ordinary figures, a little different each month and อปท. (about 1,000 baht): no outlier among them. */
function usual(lao: number, month: number): [number, number, number] {
  const wobble = (lao * 3 + month * 5) % 7;
  return [5 + (wobble % 3), 1000 + 10 * wobble, 10 + (wobble % 4)];
}

const dayOf = (i: number, d = 15) => `${d}/${MONTHS[i].m}/${MONTHS[i].y}`;

/** Sheet rows 1–2 are the title and header: data starts in row 3. */
function check(rows: CellValue[][], options: Partial<ValidateOptions> = {}, form: FormSpec = DLA_ONLINE_MARKET) {
  const header = form === DLA_ONLINE_MARKET ? HEADER : OTOP_SHORT_HEADER;
  const result = validateSheet([['แบบรายงานผล จังหวัดพะเยา'], header, ...rows], form, { today: TODAY, ...options });
  if (!result.ok) throw new Error(result.message.en);
  return result.result;
}

const outliers = (v: SheetValidation) => v.problems.filter((p) => p.code === 'OUTLIER');
const where = (v: SheetValidation) => outliers(v).map((p) => `${p.row} ${p.column}`);

/** Eight อปท. over `months` months, one row a month; `figures` replaces some. */
function province(
  months: number,
  laos: readonly string[] = [MAESAI, ...PEERS],
  figures: (lao: number, month: number) => [number, number | string, number] | null = () => null,
): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let m = 0; m < months; m++)
    for (const [l, lao] of laos.entries()) rows.push(dla(lao, dayOf(m), ...(figures(l, m) ?? usual(l, m))));
  return rows;
}

describe('a DLA sheet', () => {
  test('ordinary months give no OUTLIER', () => {
    const v = check(province(8));
    expect(outliers(v)).toEqual([]);
    expect(v.problems).toEqual([]);
  });

  test('one อปท. month with 100,000 instead of ~1,000 baht: exactly one OUTLIER, on its row and the revenue column', () => {
    const rows = province(8, undefined, (l, m) => (l === 0 && m === 3 ? [5, 100_000, 10] : null));
    const v = check(rows);
    // อบต.แม่ใส is the first of eight อปท., month 4 (ม.ค. 2569) starts at data row 3 × 8
    expect(where(v)).toEqual([`${2 + 3 * 8 + 1} revenue`]);
    const [p] = outliers(v);
    expect(p.severity).toBe('warning');
    expect(p.value).toBe('100000');
    expect(p.header).toBe('รายรับ (บาท)');
    // both groups flag it: one warning names both medians. Its other months: 1,000 1,050 1,030 1,060 1,040 1,020 1,000
    // and 100,000 → median (1,030 + 1,040) / 2; the อปท. of ม.ค. 2569: 1,040 1,000 1,030 1,060 1,020 1,050 1,010 and it
    expect(p.message.th).toBe(
      'รายรับ เดือน ม.ค. 2569 100,000 บาท สูงกว่าเดือนอื่นของ อบต.แม่ใส มาก (ค่ากลาง 1,035 บาท) และสูงกว่า อปท. อื่นของจังหวัดในเดือนเดียวกัน มาก (ค่ากลาง 1,035 บาท) ตรวจสอบว่าพิมพ์ตัวเลขเกินหรือไม่',
    );
    expect(p.message.en).toBe(
      "Revenue for Jan 2026, 100,000 baht, is far above อบต.แม่ใส's other months (median 1,035 baht) and the province's other local administrations that month (median 1,035 baht). Check for extra digits.",
    );
    // counted as usual, and a warned row
    const row = v.table.row(3 * 8);
    expect(row.status).toBe('warning');
    expect(row.figure('revenue')).toBe(10_000_000);
    expect(v.summary).toMatchObject({ rowsWithErrors: 0, rowsWithWarnings: 1, rowsWithWarningsOnly: 1 });
  });

  test('against its own months only: three อปท. (too few peers), eight months', () => {
    const v = check(
      province(8, [MAESAI, ...PEERS.slice(0, 2)], (l, m) => (l === 0 && m === 5 ? [6, 100_000, 11] : null)),
    );
    expect(where(v)).toEqual([`${2 + 5 * 3 + 1} revenue`]);
    const { th, en } = outliers(v)[0].message;
    expect(th).toMatch(
      /^รายรับ เดือน มี\.ค\. 2569 100,000 บาท สูงกว่าเดือนอื่นของ อบต\.แม่ใส มาก \(ค่ากลาง [\d,]+ บาท\) ตรวจสอบ/,
    );
    expect(th).not.toContain('อื่นของจังหวัด');
    expect(en).toContain("อบต.แม่ใส's other months (median");
    expect(en).not.toContain('province');
  });

  test('against its peers only: eight อปท., two months (too few months of its own)', () => {
    const v = check(province(2, undefined, (l, m) => (l === 4 && m === 1 ? [7, 20, 250] : null)));
    expect(where(v)).toEqual([`${2 + 8 + 5} beneficiaries`]);
    const { th, en } = outliers(v)[0].message;
    expect(th).toMatch(
      /^จำนวนคนที่ได้รับประโยชน์ของ อบต\.แม่กา 250 คน สูงกว่า อปท\. อื่นของจังหวัดในเดือน พ\.ย\. 2568 มาก \(ค่ากลาง [\d.]+ คน\) ตรวจสอบว่าพิมพ์ตัวเลขเกินหรือไม่$/,
    );
    expect(en).toMatch(
      /^Beneficiaries of อบต\.แม่กา, 250 people, is far above the province's other local administrations in Nov 2025 \(median/,
    );
    // 20 baht in a month of ~1,000 is low, not flagged
    expect(where(v)).not.toContain(`${2 + 8 + 5} revenue`);
  });

  test('a large อปท., above its peers every month but ordinary among its own eight months, is not flagged', () => {
    const big = (l: number, m: number): [number, number, number] | null => {
      const [sales, revenue, people] = usual(l, m);
      return l === 2 ? [sales * 20, revenue * 20, people * 20] : null;
    };
    expect(outliers(check(province(8, undefined, big)))).toEqual([]);
    // with two months of its own the peers decide, and find it far above them
    expect(where(check(province(2, undefined, big)))).toContain(`${2 + 3} revenue`);
  });

  test("a month's value is the sum of its rows, warned on its largest row, and says how many rows it adds", () => {
    const rows = province(8, undefined, (l, m) => (l === 0 && m === 2 ? [5, 40_000, 10] : null));
    // a second row of อบต.แม่ใส in ธ.ค. 2568, larger: the month is 100,000.50
    rows.push(dla(MAESAI, dayOf(2, 20), 5, '60,000.50', 0));
    const v = check(rows);
    expect(where(v)).toEqual([`${2 + rows.length} revenue`]);
    const { th, en } = outliers(v)[0].message;
    expect(th).toContain('รายรับ เดือน ธ.ค. 2568 100,000.50 บาท (รวม 2 แถว แถวนี้มากที่สุด) สูงกว่าเดือนอื่นของ อบต.แม่ใส มาก');
    expect(en).toContain('100,000.50 baht (2 rows; this one is the largest)');
  });

  test('left out of the statistics: rows with errors, exact repeats, undated rows', () => {
    const rows = province(8);
    // an error row (sales unreadable) with a huge revenue
    rows.push(dla(MAESAI, dayOf(1), Number.NaN, 900_000, 10));
    rows[rows.length - 1][6] = 'ห้า';
    // an exact repeat of อบต.แม่ใส's first row doubles nothing
    rows.push([...rows[0]]);
    // a row without a date
    rows.push(dla(MAESAI, '', 5, 500_000, 10));
    const v = check(rows);
    expect(v.problems.map((p) => p.code).sort()).toEqual(['DUPLICATE_ROW', 'NOT_A_NUMBER']);
  });

  test('fewer than 6 values in both groups: nothing, however far', () => {
    const v = check(
      province(5, [MAESAI, ...PEERS.slice(0, 4)], (l, m) => (l === 0 && m === 4 ? [5, 1_000_000, 10] : null)),
    );
    expect(outliers(v)).toEqual([]);
  });

  test('a blank figure is no value: a month of blanks is left out of that figure, not counted as 0', () => {
    const rows = province(8, undefined, (l, m) => (l === 0 && m === 0 ? [5, 1000, 10] : null));
    // beneficiaries blank in most months of อบต.แม่ใส: its own group has 2 values
    for (let m = 1; m < 7; m++) rows[m * 8][8] = '';
    const v = check(rows);
    expect(outliers(v)).toEqual([]);
  });
});

describe('the setting', () => {
  // อบต.แม่ใส's beneficiaries over six months: 5,5,5,5,6,7 → z(7) ≈ 3.19 (see outliers.test.ts); no peers
  const rows = () => [5, 5, 5, 5, 6, 7].map((people, m) => dla(MAESAI, dayOf(m), 5, 1000 + m, people));

  test('3.0 flags the borderline month, 3.5 (the default) does not', () => {
    expect(where(check(rows(), { outliers: { threshold: 3.0 } }))).toEqual(['8 beneficiaries']);
    expect(where(check(rows(), { outliers: { threshold: 3.5 } }))).toEqual([]);
    expect(where(check(rows()))).toEqual([]);
  });

  test('null turns the check off', () => {
    const far = province(8, undefined, (l, m) => (l === 0 && m === 3 ? [5, 100_000, 10] : null));
    expect(outliers(check(far, { outliers: null }))).toEqual([]);
    expect(outliers(check(far, { outliers: { threshold: 3.5 } }))).toHaveLength(1);
  });

  test('the CLI option: a number above 0, or off', () => {
    expect(outlierOption(undefined)).toBeUndefined();
    expect(outlierOption('3')).toEqual({ threshold: 3 });
    expect(outlierOption('3.5')).toEqual({ threshold: 3.5 });
    expect(outlierOption('OFF')).toBeNull();
    for (const bad of ['0', '-1', 'x', '', '3,5', 'Infinity'])
      expect(() => outlierOption(bad)).toThrow(/--outlier-threshold/);
  });
});

describe('the OTOP form', () => {
  const MINIMUMS = OTOP_MARKETER.rowRules.filter(
    (r): r is Extract<RowRule, { kind: 'atLeast' }> => r.kind === 'atLeast',
  );
  const MARKETERS = ['นางสาวกานดา ใจดี', 'นายสมชาย รักดี', 'นางมาลี ดีใจ', 'นายวิทยา ขยัน', 'นางสาวสุดา งามดี', 'นายชัย มานะ'];

  test("a marketer's month with 300 clips instead of ~4: OUTLIER naming the marketer and the form's noun", () => {
    const rows: CellValue[][] = [];
    for (let m = 0; m < 6; m++)
      for (const [i, name] of MARKETERS.entries()) {
        const counts = MINIMUMS.map((r, k) => String(r.min + ((i + m + k) % 3)));
        if (i === 1 && m === 2) counts[2] = '300';
        rows.push([String(rows.length + 1), name, `${MONTHS[m].m}/${MONTHS[m].y}`, ...counts, '', '']);
      }
    const v = check(rows, {}, OTOP_MARKETER);
    expect(where(v)).toEqual([`${2 + 2 * 6 + 2} clips`]);
    const { th, en } = outliers(v)[0].message;
    expect(th).toContain('เดือน ธ.ค. 2568 300 คลิป สูงกว่าเดือนอื่นของ นายสมชาย รักดี มาก');
    expect(th).toContain('และสูงกว่า นักการตลาด อื่นของจังหวัดในเดือนเดียวกัน มาก');
    expect(en).toContain("the province's other marketers that month");
  });
});

/** The plain reference: owner-months from the entries as objects, grouped by strings, each group through highOutliers. */
function referenceOutliers(v: SheetValidation, keys: readonly string[], threshold: number): string[] {
  const months = new Map<string, { owner: string; month: string; rows: ReturnType<typeof v.table.entries> }>();
  for (const [i, e] of v.table.entries().entries()) {
    const row = v.table.row(i);
    if (e.date === null || !row.countable || row.repeatsEarlierRow) continue;
    const key = `${e.identity?.key}|${e.date.year}-${e.date.month}`;
    const om = months.get(key) ?? { owner: e.identity?.key ?? '', month: `${e.date.year}-${e.date.month}`, rows: [] };
    om.rows.push(e);
    months.set(key, om);
  }
  const flagged = new Set<string>();
  for (const key of keys) {
    const values = [...months.values()]
      .filter((om) => om.rows.some((e) => e.numbers[key] !== null))
      .map((om) => ({ om, sum: om.rows.reduce((s, e) => s + (e.numbers[key] ?? 0), 0) }));
    // each owner-month's verdict from its own months (null: too few, or no spread, to judge) and from its month's peers
    const verdict = (by: 'owner' | 'month') => {
      const out = new Map<(typeof values)[number], boolean | null>();
      const groups = new Map<string, typeof values>();
      for (const x of values) groups.set(x.om[by], [...(groups.get(x.om[by]) ?? []), x]);
      for (const group of groups.values()) {
        const sums = group.map((x) => x.sum);
        const high = new Set(highOutliers(sums, threshold));
        const judged = groupStats(sums) !== null;
        for (const [i, x] of group.entries()) out.set(x, judged ? high.has(i) : null);
      }
      return out;
    };
    const own = verdict('owner');
    const peers = verdict('month');
    for (const x of values) {
      // its own months decide when they can; its peers only when they cannot
      const flaggedHere = own.get(x) === true || (own.get(x) === null && peers.get(x) === true);
      if (!flaggedHere) continue;
      const rows = x.om.rows.filter((e) => e.numbers[key] !== null);
      const top = rows.reduce((a, b) => ((b.numbers[key] ?? 0) > (a.numbers[key] ?? 0) ? b : a));
      flagged.add(`${top.row} ${key}`);
    }
  }
  return [...flagged].sort();
}

test('the grouping agrees with a plain reference on random sheets', () => {
  const cell = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 2000 }) },
    { weight: 1, arbitrary: fc.integer({ min: 50_000, max: 500_000 }) },
    { weight: 1, arbitrary: fc.constantFrom('', '-', 'ห้า') },
  );
  const row = fc.record({
    lao: fc.integer({ min: 0, max: 7 }),
    month: fc.integer({ min: 0, max: 8 }),
    sales: cell,
    revenue: cell,
    people: cell,
  });
  fc.assert(
    fc.property(fc.array(row, { minLength: 0, maxLength: 120 }), fc.constantFrom(2.5, 3.5), (spec, threshold) => {
      const laos = [MAESAI, ...PEERS];
      const rows = spec.map((r) => {
        const day = r.month === 8 ? '' : dayOf(r.month);
        const out = dla(laos[r.lao], day, 0, 0, 0);
        out[6] = r.sales;
        out[7] = r.revenue;
        out[8] = r.people;
        return out;
      });
      const v = check(rows, { outliers: { threshold } });
      const found = outliers(v).map((p) => `${p.row} ${p.column}`);
      expect([...found].sort()).toEqual(referenceOutliers(v, ['salesCount', 'revenue', 'beneficiaries'], threshold));
      // one warning per row and column, in row order
      expect(new Set(found).size).toBe(found.length);
      const rowsInOrder = v.problems.map((p) => p.row);
      expect(rowsInOrder).toEqual([...rowsInOrder].sort((a, b) => a - b));
    }),
    { numRuns: 200 },
  );
});
