// The สรุปผลรายอำเภอ action on the twin: the official tables in place, charts made once, the budget, and bad input.

import { generateRows } from '../../bench/generate';
import { runDistrictSummary } from '../../src/addon/actions/districtSummary';
import { writeRegistry } from '../../src/addon/actions/registry';
import { saveTimelyDays } from '../../src/addon/timelyDays';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { provinceByCode } from '../../src/core/geo/provinces';
import { indexRegistry, provinceMatcher } from '../../src/core/registry/match';
import { PHAYAO_DEMO_REGISTRY } from '../../src/core/registry/phayaoDemo';
import { rollup } from '../../src/core/rollup/rollup';
import { validateSheet } from '../../src/core/validate/validateSheet';
import { checksum, TODAY, twinWithReport } from '../support/twinReport';

const SUMMARY = 'สรุปรายอำเภอ';
const NON_REPORTERS = 'ยังไม่รายงาน';

function withRegistry(rows: number) {
  const twin = twinWithReport(rows);
  writeRegistry(twin.services, PHAYAO_DEMO_REGISTRY.laos);
  return twin;
}

describe('สรุปผลรายอำเภอ', () => {
  test('writes the district table with the same figures as the core roll-up, and the non-reporters', () => {
    const twin = withRegistry(30);
    const outcome = runDistrictSummary(twin.services, TODAY, '2569');
    expect(outcome.ok).toBe(true);
    const values = twin.workbook.sheet(SUMMARY).peek().values;
    expect(values[0][0]).toContain('สรุปผลการดำเนินกิจกรรม');
    expect(values[1][0]).toBe('จังหวัดพะเยา');
    expect(values[2][0]).toBe('ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569');
    expect(values[3][0]).toContain('ปีงบประมาณ 2569');

    // independent: the core roll-up over the same generated rows
    const index = indexRegistry(PHAYAO_DEMO_REGISTRY, provinceByCode);
    const reg = index.provinces.get('56')!;
    const checked = validateSheet([['จังหวัดพะเยา'], ...generateRows(30, PHAYAO_DEMO_REGISTRY.laos)], DLA_ONLINE_MARKET, {
      today: TODAY,
      identify: provinceMatcher(index, reg),
    });
    if (!checked.ok) throw new Error('no header');
    const expected = rollup({
      form: DLA_ONLINE_MARKET,
      sheets: [{ file: '', sheet: '', province: reg.province, validation: checked.result }],
      registry: index,
      period: { kind: 'fiscalYear', fiscalYear: 2569 },
      targets: null,
    });
    const header = values[5];
    // a header's unit is on a line of its own in the cell
    const col = (h: string) => header.map((c) => String(c).replace(/\n/g, ' ')).indexOf(h);
    const rows = values.slice(6, 6 + 9);
    expect(rows.map((r) => r[1])).toEqual(expected.root.children.map((d) => d.name));
    rows.forEach((r, i) => {
      const d = expected.root.children[i];
      expect(r[col('อปท. ทั้งหมด (แห่ง)')]).toBe(d.laosTotal);
      expect(r[col('อปท. ที่รายงาน (แห่ง)')]).toBe(d.laosReported);
      expect(r[col('รายรับ (บาท)')]).toBeCloseTo((d.sums.revenue ?? 0) / 100, 2);
    });
    const total = values[6 + 9];
    expect(total[1]).toBe('รวม');
    expect(twin.workbook.sheet(SUMMARY).peek().fontWeights[6 + 9][1]).toBe('bold');
    expect(twin.workbook.sheet(SUMMARY).peek().numberFormats[6][col('รายรับ (บาท)')]).toBe('#,##0.00');

    const listed = twin.workbook
      .sheet(NON_REPORTERS)
      .peek()
      .values.flat()
      .filter((v) => typeof v === 'string' && /^\d{7}$/.test(v));
    expect(listed.sort()).toEqual(expected.nonReporters.map((n) => n.code).sort());
  });

  test('the deadline is the workbook’s setting: 15 days after the period by default, 30 once set', () => {
    const deadlineLine = (twin: ReturnType<typeof withRegistry>) =>
      twin.workbook
        .sheet(NON_REPORTERS)
        .peek()
        .values.flat()
        .find((c) => String(c).startsWith('กำหนดส่ง'));
    const standard = withRegistry(10);
    runDistrictSummary(standard.services, TODAY, '2569-Q1');
    expect(deadlineLine(standard)).toBe('กำหนดส่ง 15 มกราคม 2569 (เลยกำหนดแล้ว)');
    const longer = withRegistry(10);
    saveTimelyDays(longer.services.propertiesService.getDocumentProperties(), '30');
    runDistrictSummary(longer.services, TODAY, '2569-Q1');
    expect(deadlineLine(longer)).toBe('กำหนดส่ง 30 มกราคม 2569 (เลยกำหนดแล้ว)');
  });

  test('two bar charts are made once; a second run refreshes the cells in place', () => {
    const twin = withRegistry(20);
    runDistrictSummary(twin.services, TODAY, null);
    expect(runDistrictSummary(twin.services, TODAY, null).ok).toBe(true);
    const sheet = twin.workbook.sheet(SUMMARY);
    expect(sheet.getCharts()).toHaveLength(2);
    expect(twin.workbook.sheetNames().filter((n) => n.startsWith(SUMMARY))).toEqual([SUMMARY]);
  });

  test('never changes the entries, and a person’s own sheet called สรุปรายอำเภอ is left alone', () => {
    const twin = withRegistry(20);
    twin.workbook.addSheet(SUMMARY, [['ของฉัน']]);
    const sum = checksum(twin);
    const outcome = runDistrictSummary(twin.services, TODAY, null);
    expect(checksum(twin)).toBe(sum);
    expect(twin.workbook.sheet(SUMMARY).peek().values[0][0]).toBe('ของฉัน');
    expect(outcome.notices.map((n) => n.th).join()).toContain(`${SUMMARY} (2)`);
  });

  test('a period that cannot be read is refused with examples, and nothing is written', () => {
    const twin = withRegistry(10);
    const outcome = runDistrictSummary(twin.services, TODAY, '2569-Q5');
    expect(outcome.ok).toBe(false);
    expect(outcome.message.th).toContain('2569-Q2');
    expect(twin.workbook.sheetNames()).not.toContain(SUMMARY);
  });

  test('a registry sheet with missing columns gets a clear message and nothing is written', () => {
    const twin = twinWithReport(10);
    twin.workbook.addSheet('ทะเบียน อปท.', [
      ['รหัส', 'ชื่อ'],
      ['1', 'ก'],
    ]);
    const outcome = runDistrictSummary(twin.services, TODAY, null);
    expect(outcome.ok).toBe(false);
    expect(outcome.message.th).toContain('ประเภท');
    expect(twin.workbook.sheetNames()).not.toContain(SUMMARY);
  });

  test('budget: the same number of Spreadsheet calls for 10, 10,000 and 100,000 rows (at most 16, one of them the spreadsheet’s time zone), one read of the data block', () => {
    const counts = [10, 10_000, 100_000].map((n) => {
      const twin = withRegistry(n);
      twin.counter.logging = false;
      runDistrictSummary(twin.services, TODAY, null); // leaves the person on ยังไม่รายงาน
      twin.counter.reset();
      runDistrictSummary(twin.services, TODAY, null);
      return {
        calls: twin.counter.calls,
        reads: (twin.counter.byMethod['Range.getValues'] ?? 0) + (twin.counter.byMethod['Sheet.getSheetValues'] ?? 0),
      };
    });
    expect(new Set(counts.map((c) => c.calls)).size).toBe(1);
    expect(counts[0].calls).toBeLessThanOrEqual(16);
    // the report block once, the registry once
    for (const c of counts) expect(c.reads).toBe(2);
  });
});
