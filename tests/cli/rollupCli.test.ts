// `khongdee rollup` over four generated province files with the national registry and targets: every number of the
// national table (provinces, zones, nation, districts, non-reporters, problems) against a computation from the rows.

import { DLA_PROVINCES, expectedFigures, FACT, figuresOf, LAOS, sumTargets } from '../consolidate/fixture';
import { type DlaType, grouped } from '../support/rollupData';
import { type Json, laosIn, PROVINCE_TARGETS, provinceReports, type Spec, TARGET_ROWS } from './rollupCliSupport';

jest.setTimeout(120_000);

const { PLANS, SPECS, BY_FILE, ZONE16_SHARED, ZONE_2_5_SHARED, national } = provinceReports();

const specsIn = (pred: (s: Spec) => boolean) => SPECS.filter(pred);

// ---- the national table ---------------------------------------------------------------------------

describe('khongdee rollup over four province files with the national registry and targets', () => {
  let json: Json;
  let budgetKey: string;

  beforeAll(async () => {
    const run = await national('--json');
    if (run.code !== 0) throw new Error(`rollup failed (${run.code}): ${run.stderr}`);
    json = JSON.parse(run.stdout);
    budgetKey = Object.keys(json.total.targets).find((k) => k.includes('งบประมาณ')) ?? 'งบประมาณ (บาท) missing';
  });

  test('the generated data holds what the test means it to (sanity of the fixture)', () => {
    expect(SPECS.filter((s) => s.status === 'error')).toHaveLength(12);
    expect(new Set(SPECS.map((s) => s.provinceCode))).toEqual(new Set(['56', '55', '12', '90']));
    expect(SPECS.some((s) => s.status !== 'error' && s.date === null)).toBe(true);
    expect(SPECS.some((s) => s.status !== 'error' && s.date !== null && s.date.y === 2026)).toBe(true);
    expect(
      SPECS.filter((s) => s.status === 'warning')
        .map((s) => s.code)
        .sort(),
    ).toEqual(expect.arrayContaining(['LINK_CLAIMED_BY_OTHER', 'SALES_WITHOUT_REVENUE', 'LAO_DISTRICT_MISMATCH']));
    // every file has a link claimed twice, and the zone-16 and zone-2/5 pairs share links across files
    for (const specs of BY_FILE.values()) expect(specs.some((s) => s.code === 'LINK_CLAIMED_BY_OTHER')).toBe(true);
  });

  test('scope, date, level, and the four provinces read from their column, title, file name and อปท. names', () => {
    expect(json.scope.national).toBe(true);
    expect(json.asOf).toBe('2026-11-21');
    expect(json.period).toBeNull();
    expect(json.level).toBe('zone');
    // with a national registry every DLA province is in the table
    expect(json.scope.provinces.map((p: Json) => p.code)).toEqual(DLA_PROVINCES.map((p) => p.code).sort());
    const reported = json.groups
      .flatMap((z: Json) => z.children)
      .filter((p: Json) => p.hasReport)
      .map((p: Json) => p.code);
    expect(reported.sort()).toEqual(['12', '55', '56', '90']);
  });

  test('every province: every figure equals the computation from the generated rows', () => {
    const provinces = json.groups.flatMap((z: Json) => z.children);
    expect(provinces).toHaveLength(76);
    for (const p of provinces) {
      const want = expectedFigures(
        specsIn((s) => s.provinceCode === p.code),
        laosIn((l) => l.provinceCode === p.code),
        PROVINCE_TARGETS[p.code],
        budgetKey,
      );
      expect({ code: p.code, ...figuresOf(p) }).toEqual({ code: p.code, ...want });
      expect(p.name).toBe(FACT.get(p.code)!.nameTh);
    }
  });

  test('every zone: figures, heading and its provinces', () => {
    const zones = [...new Set(DLA_PROVINCES.map((p) => p.zone))].sort((a, b) => a - b);
    expect(json.groups.map((z: Json) => Number(z.key))).toEqual(zones);
    for (const z of json.groups) {
      const n = Number(z.key);
      const members = DLA_PROVINCES.filter((p) => p.zone === n)
        .map((p) => p.code)
        .sort();
      expect(z.name).toBe(`เขตตรวจราชการที่ ${n} : กลุ่มจังหวัด${DLA_PROVINCES.find((p) => p.zone === n)!.cluster}`);
      expect(z.children.map((p: Json) => p.code)).toEqual(members);
      const want = expectedFigures(
        specsIn((s) => members.includes(s.provinceCode)),
        laosIn((l) => members.includes(l.provinceCode)),
        sumTargets(members.map((c) => PROVINCE_TARGETS[c])),
        budgetKey,
      );
      expect({ zone: n, ...figuresOf(z) }).toEqual({ zone: n, ...want });
    }
  });

  test('the nation: every figure', () => {
    const want = expectedFigures(SPECS, LAOS.length, sumTargets(Object.values(PROVINCE_TARGETS)), budgetKey);
    expect(json.total.name).toBe('รวมทั้งประเทศ');
    expect(figuresOf(json.total)).toEqual(want);
    expect(json.total.laosTotal).toBe(7849);
  });

  test('links shared by two provinces count once in each province, once in their zone and once in the nation', () => {
    const zone16 = json.groups.find((z: Json) => z.key === '16');
    const phayao = zone16.children.find((p: Json) => p.code === '56');
    const nan = zone16.children.find((p: Json) => p.code === '55');
    expect(zone16.links).toBe(phayao.links + nan.links - ZONE16_SHARED.length);
    const provinceLinks = json.groups.flatMap((z: Json) => z.children).reduce((s: number, p: Json) => s + p.links, 0);
    expect(json.total.links).toBe(provinceLinks - ZONE16_SHARED.length - ZONE_2_5_SHARED.length);
  });

  test('districts of the reporting provinces: DOPA order, registry totals, figures', () => {
    for (const plan of PLANS) {
      const p = json.groups.flatMap((z: Json) => z.children).find((g: Json) => g.code === plan.code);
      const districtCodes = [
        ...new Set(LAOS.filter((l) => l.provinceCode === plan.code).map((l) => l.districtCode)),
      ].sort();
      expect(p.children.map((d: Json) => d.code)).toEqual(districtCodes);
      for (const d of p.children) {
        const target =
          plan.code === '56'
            ? TARGET_ROWS.find((r) => r.province.endsWith('พะเยา') && r.district.replace(/^อ\./, '') === d.name)?.v
            : undefined;
        const want = expectedFigures(
          specsIn((s) => s.districtCode === d.code),
          laosIn((l) => l.districtCode === d.code),
          target,
          budgetKey,
        );
        expect({ district: d.code, ...figuresOf(d) }).toEqual({ district: d.code, ...want });
      }
    }
  });

  test('non-reporters: every registry อปท. without an error-free row, in DOPA district order', () => {
    const reported = new Set(SPECS.filter((s) => s.status === 'ok' || s.status === 'warning').map((s) => s.lao!.code));
    const want = LAOS.filter((l) => !reported.has(l.code));
    expect(json.nonReporters).toHaveLength(want.length);
    expect(new Set(json.nonReporters.map((n: Json) => n.code))).toEqual(new Set(want.map((l) => l.code)));
    const districts = json.nonReporters.map((n: Json) => n.code.slice(1, 5));
    expect([...districts].sort()).toEqual(districts);
    const byCode = new Map(LAOS.map((l) => [l.code, l]));
    const short: Record<DlaType, string> = {
      'อบจ.': 'อบจ.',
      เทศบาลนคร: 'ทน.',
      เทศบาลเมือง: 'ทม.',
      เทศบาลตำบล: 'ทต.',
      'อบต.': 'อบต.',
      ท้องถิ่นรูปแบบพิเศษ: '',
    };
    for (const n of json.nonReporters) {
      const l = byCode.get(n.code)!;
      expect(n.name).toBe(short[l.type] + l.name);
      expect(n.province).toBe(l.province);
    }
    // the อปท. whose only row had an error, and the one named without results, are listed
    const errOnly = SPECS.filter((s) => s.code === 'NEGATIVE_NUMBER').map((s) => s.lao!.code);
    for (const c of errOnly) expect(byCode.has(c) && !reported.has(c)).toBe(true);
  });

  test('problems: the errors and warnings the generated rows carry, by code', () => {
    const byCode: Record<string, number> = {};
    for (const s of SPECS) if (s.code) byCode[s.code] = (byCode[s.code] ?? 0) + 1;
    expect(json.problems.byCode).toEqual(byCode);
    expect(json.problems.errors).toBe(SPECS.filter((s) => s.status === 'error').length);
    expect(json.problems.warnings).toBe(SPECS.filter((s) => s.status === 'warning').length);
  });

  test('--by province lists the provinces as groups with the same figures', async () => {
    const run = await national('--json', '--by', 'province');
    expect(run.code).toBe(0);
    const byProvince = JSON.parse(run.stdout);
    expect(byProvince.level).toBe('province');
    expect(byProvince.groups.map((g: Json) => g.code)).toEqual(
      json.groups.flatMap((z: Json) => z.children).map((p: Json) => p.code),
    );
    expect(figuresOf(byProvince.total)).toEqual(figuresOf(json.total));
  });

  test('--by district lists every district of every province with the same national total', async () => {
    const run = await national('--json', '--by', 'district');
    expect(run.code).toBe(0);
    const byDistrict = JSON.parse(run.stdout);
    expect(byDistrict.level).toBe('district');
    // provinces in zone order, each province's districts in DOPA order
    const provinceOrder = [...DLA_PROVINCES]
      .sort((a, b) => a.zone - b.zone || a.code.localeCompare(b.code))
      .map((p) => p.code);
    const districtOrder = provinceOrder.flatMap((c) =>
      [...new Set(LAOS.filter((l) => l.provinceCode === c).map((l) => l.districtCode))].sort(),
    );
    expect(byDistrict.groups.map((g: Json) => g.code)).toEqual(districtOrder);
    expect(byDistrict.groups.reduce((s: number, g: Json) => s + g.entries, 0)).toBe(json.total.entries);
    expect(figuresOf(byDistrict.total)).toEqual(figuresOf(json.total));
  });

  test('a period (2569-Q1): undated rows are left out and counted, the rest filtered by date', async () => {
    const run = await national('--json', '--period', '2569-Q1');
    expect(run.code).toBe(0);
    const q1 = JSON.parse(run.stdout);
    expect(q1.period.key).toBe('2569-Q1');
    const range = { start: { y: 2025, m: 10, d: 1 }, end: { y: 2025, m: 12, d: 31 } };
    expect(figuresOf(q1.total)).toEqual(
      expectedFigures(SPECS, LAOS.length, sumTargets(Object.values(PROVINCE_TARGETS)), budgetKey, range),
    );
    for (const p of q1.groups.flatMap((z: Json) => z.children).filter((g: Json) => g.hasReport)) {
      const want = expectedFigures(
        specsIn((s) => s.provinceCode === p.code),
        laosIn((l) => l.provinceCode === p.code),
        PROVINCE_TARGETS[p.code],
        budgetKey,
        range,
      );
      expect({ code: p.code, ...figuresOf(p) }).toEqual({ code: p.code, ...want });
    }
  });

  test('human output: an aligned Thai table with the national total and the counts', async () => {
    const run = await national();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('รวมทั้งประเทศ');
    expect(run.stdout).toContain('เขตตรวจราชการที่ 16 : กลุ่มจังหวัดภาคเหนือตอนบน 2');
    const count = json.nonReporters.length;
    expect(run.stdout).toMatch(new RegExp(`ยังไม่รายงาน\\D*(?:${count}|${grouped(count)})`));
  });
});
