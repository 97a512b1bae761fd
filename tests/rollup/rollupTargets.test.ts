// The roll-up core's targets: the targets table read and refused, district, province, zone and nation targets, extra
// targets carried, achievement in % with one decimal, and the targets in JSON.

import type { CellValue } from '../../src/core/cell';
import { rollup } from '../../src/core/rollup/rollup';
import { rollupJson } from '../../src/core/rollup/rollupJson';
import { parseTargets } from '../../src/core/rollup/targets';
import { TODAY } from '../support/sheets';
import {
  FORM,
  group,
  NAN,
  NATIONAL_INDEX,
  PHAYAO,
  PHAYAO_INDEX,
  phayao,
  provinceSheet,
  row,
  run,
  TARGET_HEADER,
  targets,
} from './rollupSupport';

// ---- targets --------------------------------------------------------------------------------------

describe('targets', () => {
  const DISTRICT_TARGETS: CellValue[][] = [
    ['ค่าเป้าหมาย ปีงบประมาณ 2569'],
    TARGET_HEADER,
    [1, 'พะเยา', 'เมืองพะเยา', 3, 20, '2,000', 30, '5,000.50', 40],
    [2, 'จ.พะเยา', 'อ.จุน', 4, 0, 500, 10, '2,000.25', 20],
    ['', 'รวม', '', 7, 20, 2500, 40, 7000.75, 60],
  ];
  const reported = () =>
    phayao(
      row({ lao: 'ทต.แม่กา', sales: 2, revenue: 1000, people: 6 }),
      row({ lao: 'อบต.แม่ใส', sales: 1, revenue: 500, people: 3 }),
      row({ district: 'จุน', lao: 'ทต.จุน', sales: 1, revenue: 250, people: 2 }),
    );

  test('the table is read: metric columns by header, other numeric columns as extra targets (money in satang), total rows skipped', () => {
    const t = targets(DISTRICT_TARGETS);
    expect(t.rows).toHaveLength(2);
    expect(t.extras.map((e) => [e.header, e.money])).toEqual([
      ['งบประมาณ (บาท)', true],
      ['เป้าหมาย (คน)', false],
    ]);
    const budget = t.extras[0].key;
    const people = t.extras[1].key;
    expect(t.rows[0]).toEqual({
      provinceCode: '56',
      district: '5601',
      values: { laosReported: 3, salesCount: 20, revenue: 200000, beneficiaries: 30, [budget]: 500050, [people]: 40 },
    });
    expect(t.rows[1].district).toBe('5602');
    expect(t.rows[1].values[budget]).toBe(200025);
  });

  test('district targets add up to the province when it has no row of its own; achievement in % with one decimal', () => {
    const t = targets(DISTRICT_TARGETS);
    const [budget, people] = t.extras.map((e) => e.key);
    const result = run([reported()], { targets: t });
    const muang = group(result.root, '5601');
    expect(muang.targets).toEqual({
      laosReported: 3,
      salesCount: 20,
      revenue: 200000,
      beneficiaries: 30,
      [budget]: 500050,
      [people]: 40,
    });
    // 2 of 3 อปท., 3 of 20 sales, 1,500 of 2,000 baht, 9 of 30 people
    expect(muang.achievement).toEqual({ laosReported: 66.7, salesCount: 15, revenue: 75, beneficiaries: 30 });
    const chun = group(result.root, '5602');
    // a target of 0 has no achievement
    expect(chun.achievement).toEqual({ laosReported: 25, salesCount: null, revenue: 50, beneficiaries: 20 });
    expect(result.root.targets).toEqual({
      laosReported: 7,
      salesCount: 20,
      revenue: 250000,
      beneficiaries: 40,
      [budget]: 700075,
      [people]: 60,
    });
    // 3 of 7, 4 of 20, 1,750 of 2,500, 11 of 40
    expect(result.root.achievement).toEqual({ laosReported: 42.9, salesCount: 20, revenue: 70, beneficiaries: 27.5 });
    // districts without a target have none
    expect(group(result.root, '5603').targets).toEqual({});
    expect(group(result.root, '5603').achievement).toEqual({});
    // extra targets are carried, never compared
    expect(result.extraTargets.map((e) => e.header)).toEqual(['งบประมาณ (บาท)', 'เป้าหมาย (คน)']);
  });

  test('a province row is the province target; its district rows stay on their districts', () => {
    const t = targets([...DISTRICT_TARGETS.slice(0, 4), [3, 'พะเยา', '', 50, 100, 10000, 200, 90000, 300]]);
    const [budget, people] = t.extras.map((e) => e.key);
    const result = run([reported()], { targets: t });
    expect(result.root.targets).toEqual({
      laosReported: 50,
      salesCount: 100,
      revenue: 1000000,
      beneficiaries: 200,
      [budget]: 9000000,
      [people]: 300,
    });
    expect(group(result.root, '5601').targets.laosReported).toBe(3);
    expect(group(result.root, '5602').targets.laosReported).toBe(4);
    expect(result.root.achievement.laosReported).toBe(6); // 3 of 50
  });

  test('provinces add up to their zone and zones to the nation, extras included; a province named only in targets appears', () => {
    const t = targets(
      [
        TARGET_HEADER,
        [1, 'พะเยา', 'เมืองพะเยา', 3, 20, 2000, 30, 5000, 40],
        [2, 'พะเยา', 'จุน', 4, 10, 500, 10, 2000, 20],
        [3, 'น่าน', '', 2, 5, 1000, 10, 1000, 10],
        [4, 'นนทบุรี', '', 3, 6, 3000, 9, 4000.5, 5],
      ],
      NATIONAL_INDEX,
    );
    const [budget, people] = t.extras.map((e) => e.key);
    const result = rollup({
      form: FORM,
      registry: NATIONAL_INDEX,
      period: null,
      targets: t,
      sheets: [
        provinceSheet(PHAYAO, NATIONAL_INDEX, row({ lao: 'ทต.แม่กา', sales: 1, revenue: 100, people: 1 })),
        provinceSheet(
          NAN,
          NATIONAL_INDEX,
          row({ district: 'เมืองน่าน', lao: 'ทต.ดู่ใต้', sales: 1, revenue: 100, people: 1 }),
        ),
      ],
    });
    expect(result.national).toBe(true);
    const zone16 = group(result.root, '16', 'zone');
    expect(zone16.targets).toEqual({
      laosReported: 9,
      salesCount: 35,
      revenue: 350000,
      beneficiaries: 50,
      [budget]: 800000,
      [people]: 70,
    });
    expect(zone16.achievement.laosReported).toBe(22.2); // 2 of 9
    const zone2 = group(result.root, '2', 'zone');
    expect(zone2.targets).toEqual({
      laosReported: 3,
      salesCount: 6,
      revenue: 300000,
      beneficiaries: 9,
      [budget]: 400050,
      [people]: 5,
    });
    expect(zone2.achievement).toEqual({ laosReported: 0, salesCount: 0, revenue: 0, beneficiaries: 0 });
    expect(result.root.targets).toEqual({
      laosReported: 12,
      salesCount: 41,
      revenue: 650000,
      beneficiaries: 59,
      [budget]: 1200050,
      [people]: 75,
    });
    expect(result.root.achievement.revenue).toBe(3.1); // 200 of 6,500 baht
    const nonthaburi = group(result.root, '12', 'province');
    expect(nonthaburi).toMatchObject({ hasReport: false, entries: 0, laosReported: 0, laosTotal: 3 });
    expect(group(result.root, '56', 'province').hasReport).toBe(true);
  });

  test('without a registry, district targets still find the districts written in the sheet', () => {
    const t = targets([TARGET_HEADER, [1, 'น่าน', 'อำเภอเมืองน่าน', 2, 4, 1000, 8, 0, 0]], null);
    const result = run(
      [provinceSheet(NAN, null, row({ district: 'เมืองน่าน', lao: 'ทต.ดู่ใต้', sales: 1, revenue: 500, people: 2 }))],
      { registry: null, targets: t },
    );
    expect(result.root.children).toHaveLength(1);
    expect(result.root.children[0].targets).toMatchObject({
      laosReported: 2,
      salesCount: 4,
      revenue: 100000,
      beneficiaries: 8,
    });
    expect(result.root.children[0].achievement).toMatchObject({
      laosReported: 50,
      salesCount: 25,
      revenue: 50,
      beneficiaries: 25,
    });
    expect(result.root.targets.revenue).toBe(100000);
  });

  test('unknown provinces and districts are refused, every one listed, in Thai and English', () => {
    const parsed = parseTargets(
      [
        TARGET_HEADER,
        [1, 'จังหวัดไม่มีจริง', '', 1, 1, 1, 1, 1, 1],
        [2, 'พะเยา', 'อ.แม่สาย', 1, 1, 1, 1, 1, 1],
        [3, 'พะเยา', 'จุน', 1, 1, 1, 1, 1, 1],
      ],
      FORM,
      'เป้า.xlsx',
      PHAYAO_INDEX,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    for (const text of [parsed.message.th, parsed.message.en]) {
      expect(text).toContain('ไม่มีจริง');
      expect(text).toContain('แม่สาย');
      expect(text).toContain('เป้า.xlsx');
      expect(text).not.toContain('จุน');
    }
    expect(parsed.message.th).toMatch(/[\u0E00-\u0E7F]/);
    expect(parsed.message.en).toMatch(/unknown/i);
  });

  test('numbers that are negative, not numbers, fractional counts or money below a satang are refused, every one listed', () => {
    const parsed = parseTargets(
      [
        TARGET_HEADER,
        [1, 'พะเยา', 'เมืองพะเยา', '-5', 'abc', 1, 1, 1, 1],
        [2, 'พะเยา', 'จุน', 1, '1.5', '1.234', 1, 1, 1],
      ],
      FORM,
      'เป้า.xlsx',
      PHAYAO_INDEX,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    for (const text of [parsed.message.th, parsed.message.en]) {
      for (const value of ['-5', 'abc', '1.5', '1.234']) expect(text).toContain(value);
    }
  });

  test('a table without a province column or without any target column is refused', () => {
    expect(
      parseTargets(
        [
          ['อำเภอ', 'รายรับ (บาท)'],
          ['จุน', 5],
        ],
        FORM,
        't.csv',
        PHAYAO_INDEX,
      ).ok,
    ).toBe(false);
    expect(
      parseTargets(
        [
          ['จังหวัด', 'หมายเหตุ'],
          ['พะเยา', 'x'],
        ],
        FORM,
        't.csv',
        PHAYAO_INDEX,
      ).ok,
    ).toBe(false);
  });

  test('JSON shows money targets (extras too) in baht and count targets as they are', () => {
    const t = targets(DISTRICT_TARGETS);
    const [budget, people] = t.extras.map((e) => e.key);
    const json = rollupJson(run([reported()], { targets: t }), FORM, 'district', TODAY);
    expect(json.total.targets).toEqual({
      laosReported: 7,
      salesCount: 20,
      revenue: 2500,
      beneficiaries: 40,
      [budget]: 7000.75,
      [people]: 60,
    });
    expect(json.total.achievement).toEqual({ laosReported: 42.9, salesCount: 20, revenue: 70, beneficiaries: 27.5 });
  });
});
