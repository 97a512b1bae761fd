// Consolidation report's charts (revenue by zone, participation by province) and the HTML page that carries them.

import { renderHtml } from '../../src/core/report/html';
import { percent1, type RegistryLao } from '../support/rollupData';
import { expectedFigures, FACT, laosIn } from './fixture';
import { ALL, BUDGET, DOC, inZone, ZONES } from './reportConsolidation';

test('charts: revenue by inspection zone, participation by province', () => {
  expect(DOC.charts.map((c) => c.title)).toEqual(['รายรับรายเขตตรวจราชการ', 'อัตราการรายงานผลของ อปท. รายจังหวัด']);
  const [revenue, participation] = DOC.charts;
  expect(revenue.categories).toEqual(ZONES.map((z) => `เขตตรวจราชการที่ ${z}`));
  expect(revenue.values).toEqual(
    ZONES.map(
      (z) =>
        expectedFigures(
          ALL.filter((s) => inZone(z).includes(s.provinceCode)),
          0,
          undefined,
          BUDGET,
        ).revenue,
    ),
  );
  expect(revenue.format).toBe('money');
  const order = ZONES.flatMap(inZone);
  expect(participation.categories).toEqual(order.map((c) => FACT.get(c)!.nameTh));
  expect(participation.values).toEqual(
    order.map(
      (c) =>
        percent1(
          new Set(
            ALL.filter((s) => s.provinceCode === c && (s.status === 'ok' || s.status === 'warning')).map(
              (s) => s.lao.code,
            ),
          ).size,
          laosIn((l: RegistryLao) => l.provinceCode === c),
        ) ?? 0,
    ),
  );
});

test('the HTML page carries the three consolidation tables and both charts', () => {
  const page = renderHtml(DOC);
  for (const title of [
    'สถานะการรายงานรายจังหวัด',
    'ลิงก์เนื้อหาที่รายงานซ้ำข้ามจังหวัด',
    'รวมทั้งประเทศ',
    'ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569',
  ])
    expect(page).toContain(title);
  expect((page.match(/<section class="chart/g) ?? []).length).toBe(2);
});
