// The roll-up core's national layout: zones in order with their headings, provinces under their zone, figures that add
// up, provinces named only in targets or expected, and a province the registry does not cover.

import { provinceByCode } from '../../src/core/geo/provinces';
import { rollupReport } from '../../src/core/report/rollupReport';
import { rollup } from '../../src/core/rollup/rollup';
import { TODAY } from '../support/sheets';
import {
  FORM,
  group,
  NAN,
  NATIONAL_INDEX,
  NONTHABURI,
  PHAYAO,
  PHAYAO_INDEX,
  PHRAE,
  phayao,
  provinceSheet,
  row,
  SONGKHLA,
  TARGET_HEADER,
  targets,
} from './rollupSupport';

// ---- the zone layout ------------------------------------------------------------------------------

describe('the national layout by inspection zone', () => {
  const sheets = () => [
    provinceSheet(
      SONGKHLA,
      NATIONAL_INDEX,
      row({ district: 'เมืองสงขลา', lao: 'ทน.สงขลา', sales: 1, revenue: 1000, people: 1 }),
    ),
    provinceSheet(
      PHAYAO,
      NATIONAL_INDEX,
      row({ lao: 'ทต.แม่กา', sales: 2, revenue: 2000, people: 2 }),
      row({ district: 'จุน', lao: 'ทต.จุน', sales: 3, revenue: 3000, people: 3 }),
    ),
    provinceSheet(
      NAN,
      NATIONAL_INDEX,
      row({ district: 'แม่จริม', lao: 'อบต.น้ำพาง', sales: 4, revenue: 4000.5, people: 4 }),
      row({ district: 'แม่จริม', lao: 'อบต.น้ำพาง', revenue: 'x' }),
    ),
  ];
  const t = targets([TARGET_HEADER, [1, 'นนทบุรี', '', 2, 0, 0, 0, 0, 0]], NATIONAL_INDEX);
  const result = rollup({ form: FORM, registry: NATIONAL_INDEX, period: null, targets: t, sheets: sheets() });

  test('zones in order, each with its heading, provinces under their own zone in code order', () => {
    expect(result.national).toBe(true);
    expect(result.root).toMatchObject({ level: 'nation', name: 'รวมทั้งประเทศ' });
    expect(result.root.children.map((z) => z.key)).toEqual(['2', '5', '16']);
    expect(result.root.children.map((z) => z.level)).toEqual(['zone', 'zone', 'zone']);
    expect(result.root.children.map((z) => z.name)).toEqual([
      'เขตตรวจราชการที่ 2 : กลุ่มจังหวัดภาคกลางปริมณฑล',
      'เขตตรวจราชการที่ 5 : กลุ่มจังหวัดภาคใต้ฝั่งอ่าวไทย',
      'เขตตรวจราชการที่ 16 : กลุ่มจังหวัดภาคเหนือตอนบน 2',
    ]);
    expect(result.root.children.map((z) => z.children.map((p) => p.name))).toEqual([
      ['นนทบุรี'],
      ['สงขลา'],
      ['น่าน', 'พะเยา'],
    ]);
    expect(result.provinces.map((p) => p.code)).toEqual(['12', '55', '56', '90']);
    for (const z of result.root.children)
      for (const p of z.children) expect(provinceByCode(p.code!)!.zone).toBe(Number(z.key));
  });

  test('a province named only in the targets appears, not reported, with its registry total', () => {
    const nonthaburi = group(result.root, '12', 'province');
    expect(nonthaburi).toMatchObject({
      hasReport: false,
      laosTotal: 3,
      laosReported: 0,
      participation: 0,
      entries: 0,
      targets: { laosReported: 2 },
    });
    expect(nonthaburi.children.map((d) => d.code)).toEqual(['1201', '1202']);
    const doc = rollupReport(result, FORM, { asOf: TODAY, problems: [] });
    const names = doc.tables[0].rows.map((r) => r.cells[1]);
    expect(names.some((n) => typeof n === 'string' && n.startsWith('นนทบุรี') && n.includes('ยังไม่ส่งรายงาน'))).toBe(true);
  });

  test('zone figures add up their provinces and the nation adds up its zones', () => {
    const zone16 = group(result.root, '16', 'zone');
    expect(zone16).toMatchObject({ laosTotal: 72 + 5, laosReported: 3, entries: 3, rowsWithErrors: 1 });
    expect(zone16.sums).toEqual({ salesCount: 9, revenue: 900050, beneficiaries: 9 });
    expect(zone16.participation).toBe(3.9); // 3 of 77
    const zone5 = group(result.root, '5', 'zone');
    expect(zone5).toMatchObject({ laosTotal: 3, laosReported: 1, participation: 33.3 });
    expect(result.root).toMatchObject({
      laosTotal: 72 + 5 + 3 + 3,
      laosReported: 4,
      entries: 4,
      rowsWithErrors: 1,
      participation: 4.8,
    }); // 4 of 83
    expect(result.root.sums).toEqual({ salesCount: 10, revenue: 1000050, beneficiaries: 10 });
    for (const key of ['entries', 'rowsWithErrors', 'rowsWithWarnings', 'laosTotal', 'laosReported'] as const) {
      expect(result.root.children.reduce((s, z) => s + (z[key] ?? 0), 0)).toBe(result.root[key]);
    }
    expect(result.nonReporters.filter((n) => n.provinceCode === '12').map((n) => n.code)).toEqual([
      '2120101',
      '3120102',
      '4120201',
    ]);
  });

  test('expected provinces appear even without a report or a target', () => {
    const r = rollup({
      form: FORM,
      registry: NATIONAL_INDEX,
      period: null,
      targets: null,
      sheets: sheets(),
      expectedProvinces: [NONTHABURI],
    });
    expect(group(r.root, '12', 'province').hasReport).toBe(false);
    expect(r.root.children.map((z) => z.key)).toEqual(['2', '5', '16']);
  });

  test('one province alone is a province table, not a national one', () => {
    const r = rollup({ form: FORM, registry: NATIONAL_INDEX, period: null, targets: null, sheets: [sheets()[0]] });
    expect(r.national).toBe(false);
    expect(r.root).toMatchObject({ level: 'province', code: '90' });
  });

  test('a province the registry does not cover does not distort the participation of its zone', () => {
    // แพร่ (zone 16, like พะเยา) is not in the Phayao registry: its อปท. have no total to be compared with
    const r = rollup({
      form: FORM,
      registry: PHAYAO_INDEX,
      period: null,
      targets: null,
      sheets: [
        phayao(row({ lao: 'ทต.แม่กา' })),
        provinceSheet(
          PHRAE,
          PHAYAO_INDEX,
          row({ district: 'เมืองแพร่', lao: 'ทต.ทุ่งโฮ้ง' }),
          row({ district: 'เมืองแพร่', lao: 'อบต.ช่อแฮ' }),
          row({ district: 'เมืองแพร่', lao: 'อบต.ป่าแมต' }),
        ),
      ],
    });
    const zone16 = group(r.root, '16', 'zone');
    expect(group(r.root, '54', 'province').participation).toBeNull();
    expect(zone16.laosTotal).toBe(72);
    // participation of the zone can only be about the อปท. it has a total for (1 of 72 in พะเยา), or be unknown;
    // dividing all 4 reporting อปท. (3 of them in แพร่) by พะเยา's 72 mixes two populations (and can pass 100 %)
    expect([1.4, null]).toContain(zone16.participation);
    expect([1.4, null]).toContain(r.root.participation);
  });
});
