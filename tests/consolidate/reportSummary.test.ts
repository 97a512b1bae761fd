// Consolidation report tables: which tables there are, and สรุปรายจังหวัด with เทียบเป้าหมาย cell by cell against the lines.

import { consolidationReport } from '../../src/core/consolidate/report';
import { rollupReport } from '../../src/core/report/rollupReport';
import type { ReportRow } from '../../src/core/report/types';
import {
  expectedFigures,
  FACT,
  joinTables,
  LAOS,
  laosIn,
  type Spec,
  sharedAcrossProvinces,
  summaryColumns,
  sumTargets,
  TODAY,
} from './fixture';
import {
  ALL,
  BUDGET,
  CHECKS,
  CONS,
  DOC,
  FORM,
  heading,
  inZone,
  PROBLEMS,
  PROVINCE_TARGETS,
  table,
  ZONES,
} from './reportConsolidation';

const REPORTED = new Set(['56', '55', '12', '90']);

test('the generated sources are what the test means them to be', () => {
  expect(CHECKS.map((c) => c.ok)).toEqual([true, true, true, true, true, false, false, false]);
  expect(CHECKS.filter((c) => c.ok).map((c) => (c.ok ? c.province.code : ''))).toEqual(['56', '55', '12', '12', '90']);
  expect(ALL.filter((s) => s.code === 'LINK_CLAIMED_BY_OTHER')).toHaveLength(5);
  expect(sharedAcrossProvinces(ALL).size).toBe(3);
});

test('the tables: results and targets by zone, status, cross-province links, non-reporters, problems', () => {
  expect(DOC.tables.map((t) => t.sheetName)).toEqual([
    'สรุปรายจังหวัด',
    'เทียบเป้าหมาย',
    'เทียบเป้าหมาย (2)',
    'สถานะรายจังหวัด',
    'ลิงก์ซ้ำข้ามจังหวัด',
    'ยังไม่รายงาน',
    'ปัญหาข้อมูล',
  ]);
  for (const t of DOC.tables.slice(0, 5)) {
    expect(t.subtitle).toContain('ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569');
    expect(t.subtitle).toContain('ทั้งประเทศ (76 จังหวัด)');
  }
  // without problems given (the add-on may not write them) the problems table is left out
  expect(
    consolidationReport(CONS.result, CONS.statuses, CONS.crossLinks, FORM, { asOf: TODAY }).tables.map(
      (t) => t.sheetName,
    ),
  ).not.toContain('ปัญหาข้อมูล');
});

test('สรุปรายจังหวัด is the roll-up’s own zone table', () => {
  expect(table('สรุปรายจังหวัด')).toEqual(
    rollupReport(CONS.result, FORM, { asOf: TODAY, by: 'zone', problems: PROBLEMS }).tables[0],
  );
});

describe('สรุปรายจังหวัด and เทียบเป้าหมาย, cell by cell', () => {
  const t = joinTables(table('สรุปรายจังหวัด'), ...DOC.tables.filter((x) => x.kind === 'targets'));
  const C = summaryColumns(t.headers);

  function expectRow(
    row: ReportRow,
    specs: readonly Spec[],
    laosTotal: number,
    target: ReturnType<typeof sumTargets>,
  ): void {
    const want = expectedFigures(specs, laosTotal, target, BUDGET);
    const c = row.cells;
    expect({
      laosTotal: c[C.laosTotal],
      laosReported: c[C.laosReported],
      participation: c[C.participation],
      entries: c[C.entries],
      links: c[C.links],
      salesCount: c[C.salesCount],
      revenue: c[C.revenue],
      beneficiaries: c[C.beneficiaries],
      rowsWithErrors: c[C.rowsWithErrors],
      laosTarget: c[C.laosTarget],
      laosAchievement: c[C.laosAchievement],
      revenueTarget: c[C.revenueTarget],
      revenueAchievement: c[C.revenueAchievement],
      salesAchievement: c[C.salesAchievement],
      budget: c[C.budget],
    }).toEqual({
      laosTotal: want.laosTotal,
      laosReported: want.laosReported,
      participation: want.participation,
      entries: want.entries,
      links: want.links,
      salesCount: want.salesCount,
      revenue: want.revenue,
      beneficiaries: want.beneficiaries,
      rowsWithErrors: want.rowsWithErrors,
      laosTarget: want.targets.laosReported ?? null,
      laosAchievement: want.achievement.laosReported ?? null,
      revenueTarget: want.targets.revenue ?? null,
      revenueAchievement: want.achievement.revenue ?? null,
      salesAchievement: want.achievement.salesCount ?? null,
      budget: want.targets[BUDGET] ?? null,
    });
  }

  test('zone headings, every province under its zone, bold รวม per zone, รวมทั้งประเทศ last', () => {
    const rows = [...t.rows];
    let seq = 0;
    for (const zone of ZONES) {
      expect(rows.shift()).toEqual({ cells: [heading(zone)], style: 'heading' });
      const codes = inZone(zone);
      for (const code of codes) {
        const row = rows.shift()!;
        const name = FACT.get(code)!.nameTh;
        expect(row.style).toBe('normal');
        expect(row.cells.slice(0, 2)).toEqual([++seq, REPORTED.has(code) ? name : `${name} (ยังไม่ส่งรายงาน)`]);
        expectRow(
          row,
          ALL.filter((s) => s.provinceCode === code),
          laosIn((l) => l.provinceCode === code),
          PROVINCE_TARGETS[code],
        );
      }
      const subtotal = rows.shift()!;
      expect(subtotal.style).toBe('subtotal');
      expect(subtotal.cells.slice(0, 2)).toEqual(['', 'รวม']);
      expectRow(
        subtotal,
        ALL.filter((s) => codes.includes(s.provinceCode)),
        laosIn((l) => codes.includes(l.provinceCode)),
        sumTargets(codes.map((c) => PROVINCE_TARGETS[c])),
      );
    }
    const total = rows.shift()!;
    expect(rows).toEqual([]);
    expect(total.style).toBe('total');
    expect(total.cells.slice(0, 2)).toEqual(['', 'รวมทั้งประเทศ']);
    expectRow(total, ALL, LAOS.length, sumTargets(Object.values(PROVINCE_TARGETS)));
    expect(seq).toBe(76);
  });
});
