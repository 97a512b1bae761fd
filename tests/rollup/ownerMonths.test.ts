// A monthly form's roll-up (the OTOP young marketers): persons, marketer-months, those meeting every minimum and their
// %, the sum of each item, and the per-marketer table, checked against a plain computation over generated sheets.

import fc from 'fast-check';
import type { CellValue } from '../../src/core/cell';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { OTOP_MARKETER } from '../../src/core/form/otopMarketer';
import type { RowRule } from '../../src/core/form/types';
import { provinceByCode } from '../../src/core/geo/provinces';
import { rollupReport } from '../../src/core/report/rollupReport';
import { rollup } from '../../src/core/rollup/rollup';
import { rollupJson } from '../../src/core/rollup/rollupJson';
import { validateSheet } from '../../src/core/validate/validateSheet';
import { OTOP_SHORT_HEADER } from '../support/otopFiles';

const TODAY = { year: 2021, month: 1, day: 31 };
const MINIMUMS = OTOP_MARKETER.rowRules.filter((r): r is Extract<RowRule, { kind: 'atLeast' }> => r.kind === 'atLeast');
const KEYS = MINIMUMS.map((r) => r.column);
const MONTHS = ['ต.ค. 2563', 'พ.ย. 2563', 'ธ.ค. 2563'];
const NAMES = ['นางสาวกานดา ใจดี', 'นายสมชาย รักดี', 'นางมาลี ศรีสุข', 'นายวีระ มั่นคง'];

/** A marketer's month as generated: who, which month, and each item's count. */
interface Month {
  readonly name: number;
  readonly month: number;
  readonly counts: readonly number[];
}

function sheetOf(province: string, months: readonly Month[]): CellValue[][] {
  const rows = months.map((m, i) => [
    String(i + 1),
    NAMES[m.name],
    MONTHS[m.month],
    ...m.counts.map(String),
    `https://www.facebook.com/otop/${province}/${i}`,
    '',
  ]);
  return [[`รายงานผลการปฏิบัติงานประจำเดือน จังหวัด${province}`], OTOP_SHORT_HEADER, ...rows];
}

function rolledUp(sheets: readonly { province: string; code: string; months: readonly Month[] }[]) {
  const validated = sheets.map((s) => {
    const checked = validateSheet(sheetOf(s.province, s.months), OTOP_MARKETER, { today: TODAY });
    if (!checked.ok) throw new Error(checked.message.en);
    return { file: `${s.code}.xlsx`, sheet: s.province, province: provinceByCode(s.code)!, validation: checked.result };
  });
  const result = rollup({ form: OTOP_MARKETER, sheets: validated, registry: null, period: null, targets: null });
  return { result, json: rollupJson(result, OTOP_MARKETER, 'province', TODAY) };
}

// each marketer once a month: the distinct (name, month) pairs of a list of draws
const monthsArb = fc
  .uniqueArray(
    fc.record({
      name: fc.integer({ min: 0, max: NAMES.length - 1 }),
      month: fc.integer({ min: 0, max: MONTHS.length - 1 }),
      counts: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: KEYS.length, maxLength: KEYS.length }),
    }),
    { selector: (m) => `${m.name}/${m.month}`, minLength: 1, maxLength: 12 },
  )
  .map((ms) => ms as Month[]);

describe('the figures of a monthly form', () => {
  test('persons, marketer-months, months meeting every minimum and the sums match a plain count', () => {
    fc.assert(
      fc.property(monthsArb, monthsArb, (nonthaburi, pathum) => {
        const { json } = rolledUp([
          { province: 'นนทบุรี', code: '12', months: nonthaburi },
          { province: 'ปทุมธานี', code: '13', months: pathum },
        ]);
        const expected = (months: readonly Month[]): Record<string, number> => {
          const meets = months.filter((m) => m.counts.every((c, i) => c >= MINIMUMS[i].min)).length;
          return {
            persons: new Set(months.map((m) => m.name)).size,
            personMonths: months.length,
            personMonthsMeetingMinimums: meets,
            personMonthsMeetingMinimumsPercent: Math.round((meets / months.length) * 1000) / 10,
            ...Object.fromEntries(KEYS.map((k, i) => [k, months.reduce((s, m) => s + m.counts[i], 0)])),
          };
        };
        const [n, p] = json.groups;
        expect(n).toMatchObject(expected(nonthaburi));
        expect(p).toMatchObject(expected(pathum));
        // the same person in two provinces counts once in each, so the nation adds its provinces up
        const both = expected([...nonthaburi, ...pathum]);
        expect(json.total).toMatchObject({
          persons: expected(nonthaburi).persons + expected(pathum).persons,
          personMonths: both.personMonths,
          personMonthsMeetingMinimums: both.personMonthsMeetingMinimums,
          personMonthsMeetingMinimumsPercent: both.personMonthsMeetingMinimumsPercent,
          clips: both.clips,
        });
      }),
      { numRuns: 60 },
    );
  });

  test('each marketer: months reported, months meeting every minimum, and the items short most often first', () => {
    const at = (over: Record<string, number>) => KEYS.map((k, i) => over[k] ?? MINIMUMS[i].min);
    const { json, result } = rolledUp([
      {
        province: 'นนทบุรี',
        code: '12',
        months: [
          { name: 0, month: 0, counts: at({ clips: 3 }) },
          { name: 0, month: 1, counts: at({ clips: 2, lives: 1 }) },
          { name: 0, month: 2, counts: at({}) },
          { name: 1, month: 0, counts: at({ otopToday: 19 }) },
        ],
      },
    ]);
    expect(json.owners).toEqual([
      {
        province: 'นนทบุรี',
        provinceCode: '12',
        name: 'นางสาวกานดา ใจดี',
        months: 3,
        monthsMeetingMinimums: 1,
        short: { clips: 2, lives: 1 },
      },
      {
        province: 'นนทบุรี',
        provinceCode: '12',
        name: 'นายสมชาย รักดี',
        months: 1,
        monthsMeetingMinimums: 0,
        short: { otopToday: 1 },
      },
    ]);
    const table = rollupReport(result, OTOP_MARKETER, { asOf: TODAY, problems: [] }).tables.find(
      (t) => t.sheetName === 'รายนักการตลาด',
    );
    expect(table?.rows.map((r) => r.cells)).toEqual([
      [1, 'นนทบุรี', 'นางสาวกานดา ใจดี', 3, 1, 'ข้อ 3 สร้างสื่อประชาสัมพันธ์ (2 เดือน), ข้อ 4 Live สด (1 เดือน)'],
      [2, 'นนทบุรี', 'นายสมชาย รักดี', 1, 0, 'ข้อ 7 อัปเดตข้อมูลบน OTOP TODAY.COM (1 เดือน)'],
    ]);
  });

  test('a blank item counts as 0 and so falls short; a row with an error is left out of every figure', () => {
    const rows = sheetOf('นนทบุรี', [{ name: 0, month: 0, counts: MINIMUMS.map((r) => r.min) }]);
    rows[2][3 + KEYS.indexOf('plans')] = '';
    rows.push(['2', NAMES[1], MONTHS[0], ...MINIMUMS.map((r) => String(r.min)), 'https://www.facebook.com/x/9', '']);
    rows[3][3] = 'สาม';
    const checked = validateSheet(rows, OTOP_MARKETER, { today: TODAY });
    if (!checked.ok) throw new Error(checked.message.en);
    const province = provinceByCode('12')!;
    const result = rollup({
      form: OTOP_MARKETER,
      sheets: [{ file: 'a.xlsx', sheet: 'นนทบุรี', province, validation: checked.result }],
      registry: null,
      period: null,
      targets: null,
    });
    const json = rollupJson(result, OTOP_MARKETER, 'province', TODAY);
    expect(json.total).toMatchObject({ persons: 1, personMonths: 1, personMonthsMeetingMinimums: 0, plans: 0 });
    expect(json.owners?.[0].short).toEqual({ plans: 1 });
  });

  test('a form without monthly owners has none of these figures', () => {
    const result = rollup({ form: DLA_ONLINE_MARKET, sheets: [], registry: null, period: null, targets: null });
    const json = rollupJson(result, DLA_ONLINE_MARKET, 'province', TODAY);
    expect(json.owners).toBeUndefined();
    expect(json.total).not.toHaveProperty('personMonths');
    expect(json.total).toHaveProperty('laosReported');
  });
});
