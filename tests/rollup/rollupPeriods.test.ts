// The roll-up core over a period (fiscal year, quarter, month): rows filtered by date, undated rows left out and counted.

import type { Period } from '../../src/core/period/period';
import { rollupReport } from '../../src/core/report/rollupReport';
import { TODAY } from '../support/sheets';
import { FORM, group, phayao, row, run } from './rollupSupport';

// ---- periods --------------------------------------------------------------------------------------

describe('periods', () => {
  const FY2569: Period = { kind: 'fiscalYear', fiscalYear: 2569 };
  const FY2570: Period = { kind: 'fiscalYear', fiscalYear: 2570 };
  const Q1: Period = { kind: 'quarter', fiscalYear: 2569, quarter: 1 };
  const Q2: Period = { kind: 'quarter', fiscalYear: 2569, quarter: 2 };
  const OCT_2025: Period = { kind: 'month', year: 2025, month: 10 };
  const sheets = [
    phayao(
      row({ date: '15/10/2568', lao: 'ทต.แม่กา', revenue: 100, sales: 1 }), // 2025-10-15: FY2569 Q1
      row({ date: '10/01/2569', district: 'จุน', lao: 'ทต.จุน', revenue: 200, sales: 1 }), // 2026-01-10: FY2569 Q2
      row({ date: 'ต.ค. 68', lao: 'อบต.แม่ใส', revenue: 400, sales: 1 }), // October 2025, month only: Q1
      row({ date: '', lao: 'ทต.บ้านต๋อม', revenue: 800, sales: 1 }), // undated
      row({ date: '15/10/2569', district: 'เชียงม่วน', lao: 'ทต.เชียงม่วน', revenue: 1600, sales: 1 }), // 2026-10-15: FY2570 Q1
      row({ date: '05/11/2568', lao: 'ทต.แม่ปืม', revenue: 3200, sales: 1, people: 'x' }), // error, 2025-11-05: Q1
      row({ date: '20/10/2569', lao: 'ทต.บ้านต๊ำ', revenue: 6400, sales: 1, people: 'x' }), // error, 2026-10-20: FY2570
    ),
  ];
  const at = (period: Period | null) => run(sheets, { period });

  test('without a period every row counts and nothing is undated', () => {
    const r = at(null).root;
    expect(r).toMatchObject({ entries: 5, undated: 0, laosReported: 5, rowsWithErrors: 2 });
    expect(r.sums.revenue).toBe((100 + 200 + 400 + 800 + 1600) * 100);
  });

  test('fiscal year 2569 (1 Oct 2025 – 30 Sep 2026): the undated row is left out and counted as undated', () => {
    const result = at(FY2569);
    expect(result.period).toEqual(FY2569);
    expect(result.root).toMatchObject({ entries: 3, undated: 1, laosReported: 3 });
    expect(result.root.sums.revenue).toBe((100 + 200 + 400) * 100);
    expect(group(result.root, '5601').undated).toBe(1);
    // the error row dated in the year counts; the one dated in FY2570 does not
    expect(result.root.rowsWithErrors).toBe(1);
    const nonReporters = result.nonReporters.map((n) => n.code);
    expect(nonReporters).toContain('5560104'); // ทต.บ้านต๋อม: undated, so not reported in the period
    expect(nonReporters).toContain('5560401'); // ทต.เชียงม่วน: reported in FY2570 only
    expect(nonReporters).not.toContain('5560103');
  });

  test('fiscal year 2570 holds only its own row', () => {
    const result = at(FY2570);
    expect(result.root).toMatchObject({ entries: 1, undated: 1, laosReported: 1, rowsWithErrors: 1 });
    expect(result.root.sums.revenue).toBe(160000);
  });

  test('quarters count from October; a month-only date is inside the quarter of its month', () => {
    const q1 = at(Q1).root;
    expect(q1).toMatchObject({ entries: 2, undated: 1, laosReported: 2, rowsWithErrors: 1 });
    expect(q1.sums.revenue).toBe((100 + 400) * 100);
    const q2 = at(Q2);
    expect(q2.root).toMatchObject({ entries: 1, undated: 1, laosReported: 1, rowsWithErrors: 0 });
    expect(q2.root.sums.revenue).toBe(20000);
    // links of rows outside the period are not counted either
    expect(q2.root.links).toBe(1);
    expect(at(Q1).root.links).toBe(2);
    expect(q2.nonReporters.map((n) => n.code)).toContain('5560103'); // ทต.แม่กา reported in Q1 only
    expect(q2.nonReporters.map((n) => n.code)).not.toContain('5560202'); // ทต.จุน
  });

  test('a month: October 2025 holds the dated and the month-only October rows', () => {
    const r = at(OCT_2025).root;
    expect(r).toMatchObject({ entries: 2, undated: 1, laosReported: 2 });
    expect(r.sums.revenue).toBe(50000);
  });

  test('the report says how many undated rows were left out, only when a period leaves some out', () => {
    const withPeriod = rollupReport(at(Q1), FORM, { asOf: TODAY, problems: [] }).tables[0];
    expect(withPeriod.footnotes.some((f) => f.includes('ไม่ระบุวันที่') && f.includes('1'))).toBe(true);
    expect(withPeriod.subtitle.join(' ')).toMatch(/ไตรมาส/);
    const all = rollupReport(at(null), FORM, { asOf: TODAY, problems: [] }).tables[0];
    expect(all.footnotes.some((f) => f.includes('ไม่ระบุวันที่'))).toBe(false);
  });
});
