// The national OTOP table in the register's own layout: the three province fixtures rolled up against the sample
// register give zone headings, the register's provinces, a bold รวม per zone with the register's subtotals, and
// รวมทั้งประเทศ; the figures are checked against a plain count of the fixtures.

import { OTOP_MARKETER } from '../../src/core/form/otopMarketer';
import type { RowRule } from '../../src/core/form/types';
import { findProvince } from '../../src/core/geo/provinces';
import { rollupReport } from '../../src/core/report/rollupReport';
import { rollup } from '../../src/core/rollup/rollup';
import { rollupJson } from '../../src/core/rollup/rollupJson';
import { parseTargets } from '../../src/core/rollup/targets';
import { validateSheet } from '../../src/core/validate/validateSheet';
import { readWorkbook } from '../../src/node/readTable';
import { OTOP_PROVINCE_FILES, otopProvinceRows, SAMPLE_OTOP_REGISTER } from '../support/otopFiles';

const TODAY = { year: 2021, month: 1, day: 15 };
const MINIMUMS = OTOP_MARKETER.rowRules.filter((r): r is Extract<RowRule, { kind: 'atLeast' }> => r.kind === 'atLeast');

async function national() {
  const book = await readWorkbook(SAMPLE_OTOP_REGISTER);
  const register = parseTargets(book.sheets[0].rows, OTOP_MARKETER, 'r.csv', null);
  if (!register.ok) throw new Error(register.message.en);
  const sheets = OTOP_PROVINCE_FILES.map((f) => {
    const checked = validateSheet(otopProvinceRows(f), OTOP_MARKETER, { today: TODAY });
    if (!checked.ok) throw new Error(checked.message.en);
    return { file: f.file, sheet: f.province, province: findProvince(f.province)!, validation: checked.result };
  });
  const result = rollup({ form: OTOP_MARKETER, sheets, registry: null, period: null, targets: register.targets });
  return { result, json: rollupJson(result, OTOP_MARKETER, 'zone', TODAY) };
}

const count = (n: number | string) => Number(String(n).replace(/\D/g, ''));

describe('the national OTOP table against the register', () => {
  let result: Awaited<ReturnType<typeof national>>['result'];
  let json: Awaited<ReturnType<typeof national>>['json'];
  beforeAll(async () => {
    ({ result, json } = await national());
  });

  test("the zones carry the register's subtotals of marketers and budget", () => {
    expect(json.groups.map((z) => [z.name, (z.targets as Record<string, number>).persons])).toEqual([
      ['เขตตรวจราชการที่ 1 : กลุ่มจังหวัดภาคกลางตอนบน', 17],
      ['เขตตรวจราชการที่ 2 : กลุ่มจังหวัดภาคกลางปริมณฑล', 8],
      ['เขตตรวจราชการที่ 3 : กลุ่มจังหวัดภาคกลางตอนล่าง 1', 9],
    ]);
    expect(json.groups.map((z) => (z.targets as Record<string, number>)['extra:งบประมาณ (บาท)'])).toEqual([
      646_000, 304_000, 342_000,
    ]);
    expect(json.total.targets).toEqual({ persons: 34, 'extra:งบประมาณ (บาท)': 1_292_000 });
  });

  test('persons, marketer-months and months meeting every minimum match a plain count of the fixtures', () => {
    const all = OTOP_PROVINCE_FILES.flatMap((f) => f.months);
    const meets = all.filter((m) => m.counts.every((c, i) => count(c) >= MINIMUMS[i].min)).length;
    expect(json.total).toMatchObject({
      persons: new Set(all.map((m) => m.marketer)).size,
      personMonths: all.length,
      personMonthsMeetingMinimums: meets,
      personMonthsMeetingMinimumsPercent: Math.round((meets / all.length) * 1000) / 10,
      clips: all.reduce((s, m) => s + count(m.counts[2]), 0),
    });
    expect(json.total.achievement).toEqual({ persons: Math.round((7 / 34) * 1000) / 10 });
  });

  test('the provinces of the register without a file are listed as not reported', () => {
    expect(json.provincesNotReported.map((p) => p.name)).toEqual([
      'พระนครศรีอยุธยา',
      'อ่างทอง',
      'ลพบุรี',
      'สิงห์บุรี',
      'สระบุรี',
      'สมุทรปราการ',
      'นครปฐม',
      'ราชบุรี',
      'กาญจนบุรี',
      'สุพรรณบุรี',
    ]);
  });

  test('the summary is laid out as the register: headings, provinces, bold รวม per zone, รวมทั้งประเทศ', () => {
    const doc = rollupReport(result, OTOP_MARKETER, { asOf: TODAY, problems: [] });
    const summary = doc.tables[0];
    const layout = summary.rows.map((r) => [r.style, r.cells[1] ?? r.cells[0]]);
    expect(layout.filter(([style]) => style !== 'normal')).toEqual([
      ['heading', 'เขตตรวจราชการที่ 1 : กลุ่มจังหวัดภาคกลางตอนบน'],
      ['subtotal', 'รวม'],
      ['heading', 'เขตตรวจราชการที่ 2 : กลุ่มจังหวัดภาคกลางปริมณฑล'],
      ['subtotal', 'รวม'],
      ['heading', 'เขตตรวจราชการที่ 3 : กลุ่มจังหวัดภาคกลางตอนล่าง 1'],
      ['subtotal', 'รวม'],
      ['total', 'รวมทั้งประเทศ'],
    ]);
    // the targets are a table of their own after the results, with the same rows
    const targets = doc.tables.find((t) => t.kind === 'targets')!;
    expect(targets.rows.map((r) => r.cells[1] ?? r.cells[0])).toEqual(
      summary.rows.map((r) => r.cells[1] ?? r.cells[0]),
    );
    const column = (header: string) => targets.columns.findIndex((c) => c.header === header);
    const target = column('เป้าหมาย นักการตลาด\n(คน)');
    const budget = column('งบประมาณ (บาท)');
    expect(target).toBeGreaterThan(0);
    const subtotals = targets.rows.filter((r) => r.style !== 'normal' && r.style !== 'heading');
    expect(subtotals.map((r) => [r.cells[target], r.cells[budget]])).toEqual([
      [17, 646_000],
      [8, 304_000],
      [9, 342_000],
      [34, 1_292_000],
    ]);
    expect(summary.rows.find((r) => r.cells[1] === 'นครปฐม (ยังไม่ส่งรายงาน)')).toBeDefined();
  });
});
