// The roll-up core's figures on small hand-built sheets: registry totals, distinct อปท., participation, entries and exact
// sums over error-free rows. Expected values are worked out by hand (or counted from the registry), not copied from a run.

import { PHAYAO_DEMO_REGISTRY } from '../../src/core/registry/phayaoDemo';
import type { Lao } from '../../src/core/registry/types';
import { rollupJson } from '../../src/core/rollup/rollupJson';
import { TODAY } from '../support/sheets';
import { FORM, group, NAN, PHAYAO_DISTRICTS, phayao, provinceSheet, row, run } from './rollupSupport';

/** Registry อปท. per district code, counted here from the registry data itself. */
function countByDistrict(laos: readonly Lao[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of laos) counts.set(l.districtCode, (counts.get(l.districtCode) ?? 0) + 1);
  return counts;
}

// ---- registry totals, distinct อปท., participation, entries ------------------------------------------------

describe('laosTotal, laosReported, participation and entries', () => {
  test('laosTotal per district and province comes from the registry; districts in DOPA order even without rows', () => {
    const result = run([phayao(row({}))]);
    const expected = countByDistrict(PHAYAO_DEMO_REGISTRY.laos);
    expect(result.national).toBe(false);
    expect(result.withRegistry).toBe(true);
    expect(result.root.level).toBe('province');
    expect(result.root.code).toBe('56');
    expect(result.root.laosTotal).toBe(PHAYAO_DEMO_REGISTRY.laos.length);
    expect(result.root.laosTotal).toBe(72);
    expect(result.root.children.map((d) => d.code)).toEqual(PHAYAO_DISTRICTS);
    expect(result.root.children[0].name).toBe('เมืองพะเยา');
    for (const d of result.root.children) expect(d.laosTotal).toBe(expected.get(d.code!));
    expect(result.root.children.map((d) => d.laosTotal)).toEqual([15, 7, 11, 3, 11, 9, 7, 5, 4]);
  });

  test('two rows (in any written form) of one อปท. count once; entries count every error-free reported row', () => {
    const result = run([
      phayao(
        row({ lao: 'ทต.แม่กา' }),
        row({ lao: 'เทศบาลตำบลแม่กา' }),
        row({ lao: 'ทต. แม่กา' }),
        row({ lao: 'อบต.แม่ใส' }),
        row({ district: 'จุน', lao: 'ทต.จุน' }),
        // a row naming an อปท. with no result is "not reported", neither an entry nor a participant
        { district: 'จุน', lao: 'ทต.หงส์หิน' },
      ),
    ]);
    const muang = group(result.root, '5601');
    const chun = group(result.root, '5602');
    expect(muang).toMatchObject({ laosReported: 2, entries: 4 });
    expect(chun).toMatchObject({ laosReported: 1, entries: 1 });
    expect(result.root).toMatchObject({ laosReported: 3, entries: 5 });
    // 2 of 15, 1 of 7, 3 of 72, in % with one decimal
    expect(muang.participation).toBe(13.3);
    expect(chun.participation).toBe(14.3);
    expect(result.root.participation).toBe(4.2);
    for (const code of ['5603', '5604', '5605', '5606', '5607', '5608', '5609']) {
      expect(group(result.root, code)).toMatchObject({ laosReported: 0, entries: 0, participation: 0 });
    }
  });

  test('participation is exact at 100 % and always has at most one decimal', () => {
    const result = run([
      phayao(
        row({ district: 'เชียงม่วน', lao: 'ทต.เชียงม่วน' }),
        row({ district: 'เชียงม่วน', lao: 'อบต.บ้านมาง' }),
        row({ district: 'เชียงม่วน', lao: 'อบต.สระ' }),
        row({ district: 'ภูซาง', lao: 'ทต.สบบง' }),
        row({ district: 'ดอกคำใต้', lao: 'ทม.ดอกคำใต้' }),
      ),
    ]);
    expect(group(result.root, '5604').participation).toBe(100);
    expect(group(result.root, '5608').participation).toBe(20);
    expect(group(result.root, '5605').participation).toBe(9.1); // 1 of 11
    const all = [result.root, ...result.root.children];
    for (const g of all) expect(Number.isInteger(Math.round(g.participation! * 10 * 1e6) / 1e6)).toBe(true);
  });

  test('an อปท. whose only row has an error has not reported; one with an error row and a good row has', () => {
    const result = run([
      phayao(
        row({ lao: 'ทต.แม่กา', revenue: 'abc' }),
        row({ lao: 'อบต.แม่ใส', revenue: 'abc' }),
        row({ lao: 'อบต.แม่ใส' }),
      ),
    ]);
    const muang = group(result.root, '5601');
    expect(muang).toMatchObject({ laosReported: 1, entries: 1, rowsWithErrors: 2 });
    const missing = result.nonReporters.map((n) => n.code);
    expect(missing).toContain('5560103'); // ทต.แม่กา
    expect(missing).not.toContain('6560115'); // อบต.แม่ใส
  });

  test('an อปท. written under the wrong district counts in its registry district, with the warning', () => {
    const result = run([phayao(row({ district: 'จุน', lao: 'ทต.แม่กา' }))]);
    expect(group(result.root, '5601')).toMatchObject({ laosReported: 1, entries: 1, rowsWithWarnings: 1 });
    expect(group(result.root, '5602')).toMatchObject({ laosReported: 0, entries: 0, rowsWithWarnings: 0 });
    expect(result.problems.byCode.LAO_DISTRICT_MISMATCH).toBe(1);
  });

  test('without a registry, totals and participation are unknown (null), not zero, and nobody is listed as not reported', () => {
    const sheetNoReg = provinceSheet(
      NAN,
      null,
      row({ district: 'เมืองน่าน', lao: 'ทต.ดู่ใต้' }),
      row({ district: 'อ.เมือง', lao: 'เทศบาลตำบลดู่ใต้' }),
    );
    const result = run([sheetNoReg], { registry: null });
    expect(result.withRegistry).toBe(false);
    expect(result.root.laosTotal).toBeNull();
    expect(result.root.participation).toBeNull();
    // the two written forms and the two district forms are one อปท. by text
    expect(result.root.laosReported).toBe(1);
    expect(result.root.entries).toBe(2);
    expect(result.root.children).toHaveLength(1);
    expect(result.root.children[0]).toMatchObject({
      laosTotal: null,
      participation: null,
      laosReported: 1,
      entries: 2,
    });
    expect(result.nonReporters).toEqual([]);
    expect(rollupJson(result, FORM, 'district', TODAY).nonReporters).toBeNull();
  });
});
// ---- sums -----------------------------------------------------------------------------------------

describe('sums over error-free rows, exact in satang', () => {
  test('0.1 + 0.2 baht is exactly 30 satang (0.3 baht in JSON); ten 0.1 are exactly 1 baht', () => {
    const result = run([
      phayao(
        row({ lao: 'ทต.แม่กา', sales: 1, revenue: '0.1', people: 1 }),
        row({ lao: 'ทต.บ้านต๋อม', sales: 1, revenue: '0.2', people: 1 }),
        ...Array.from({ length: 10 }, () => row({ district: 'จุน', lao: 'ทต.จุน', sales: 1, revenue: 0.1, people: 1 })),
      ),
    ]);
    expect(group(result.root, '5601').sums.revenue).toBe(30);
    expect(group(result.root, '5602').sums.revenue).toBe(100);
    expect(result.root.sums.revenue).toBe(130);
    const json = rollupJson(result, FORM, 'district', TODAY);
    expect(json.groups[0].revenue).toBe(0.3);
    expect(json.groups[1].revenue).toBe(1);
    expect(json.total.revenue).toBe(1.3);
  });

  test('amounts written with Thai digits, separators, units and ฿ add up exactly; counts add up', () => {
    const result = run([
      phayao(
        row({ lao: 'ทต.แม่กา', sales: '๑๒ ครั้ง', revenue: '๑,๐๐๐.๕๐', people: '30 คน' }),
        row({ lao: 'อบต.แม่ใส', sales: 3, revenue: '฿1,234.56', people: 4 }),
        row({ district: 'จุน', lao: 'ทต.จุน', sales: '1,200', revenue: '1,500 บาท', people: '-' }),
      ),
    ]);
    expect(group(result.root, '5601').sums).toEqual({ salesCount: 15, revenue: 100050 + 123456, beneficiaries: 34 });
    expect(group(result.root, '5602').sums).toEqual({ salesCount: 1200, revenue: 150000, beneficiaries: 0 });
    expect(result.root.sums).toEqual({ salesCount: 1215, revenue: 373506, beneficiaries: 34 });
    // districts without rows still carry every metric, as zero
    expect(group(result.root, '5609').sums).toEqual({ salesCount: 0, revenue: 0, beneficiaries: 0 });
    expect(rollupJson(result, FORM, 'district', TODAY).total.revenue).toBe(3735.06);
  });

  test('rows with errors are left out of every sum but counted in rowsWithErrors where they were written', () => {
    const result = run([
      phayao(
        row({ lao: 'ทต.แม่กา', sales: 2, revenue: 200, people: 3 }),
        row({ lao: 'ทต.บ้านต๋อม', sales: 5, revenue: 'abc', people: 7 }), // NOT_A_NUMBER
        row({ district: 'จุน', lao: 'อบต.ไม่มีในทะเบียน', sales: 9, revenue: 900, people: 9 }), // LAO_UNKNOWN
        row({ district: 'จุน', lao: 'ทต.จุน', sales: 1, revenue: 100, people: 1 }),
        row({ district: 'อ.แม่สาย', lao: 'ทต.จุน', sales: 4, revenue: 400, people: 4 }), // DISTRICT_UNKNOWN
        row({ lao: 'ทต.แม่ปืม', sales: 1.5, revenue: 10, people: 1 }), // NOT_INTEGER
      ),
    ]);
    const muang = group(result.root, '5601');
    expect(muang.sums).toEqual({ salesCount: 2, revenue: 20000, beneficiaries: 3 });
    expect(muang).toMatchObject({ entries: 1, rowsWithErrors: 2, laosReported: 1 });
    const chun = group(result.root, '5602');
    expect(chun.sums).toEqual({ salesCount: 1, revenue: 10000, beneficiaries: 1 });
    expect(chun).toMatchObject({ entries: 1, rowsWithErrors: 1, laosReported: 1 });
    expect(result.root.sums).toEqual({ salesCount: 3, revenue: 30000, beneficiaries: 4 });
    expect(result.root.rowsWithErrors).toBe(4);
    expect(result.root.children.reduce((s, d) => s + d.rowsWithErrors, 0)).toBe(4);
    // the row under a district the province does not have is shown apart, without a registry total; the province keeps 72
    const unplaced = result.root.children.find((d) => d.code === null);
    expect(unplaced).toMatchObject({ name: 'แม่สาย', rowsWithErrors: 1, entries: 0, laosTotal: null });
    expect(result.root.laosTotal).toBe(72);
    expect(result.problems.errors).toBe(4);
    expect(result.problems.byCode).toMatchObject({
      NOT_A_NUMBER: 1,
      LAO_UNKNOWN: 1,
      DISTRICT_UNKNOWN: 1,
      NOT_INTEGER: 1,
    });
  });

  test('rows with warnings are kept in every figure and counted in rowsWithWarnings', () => {
    const result = run([
      phayao(
        row({ lao: 'ทต.แม่กา', sales: 2, revenue: '', people: 1 }), // SALES_WITHOUT_REVENUE
        row({ lao: 'ทต.บ้านต๋อม', sales: 1, revenue: 100, people: 2, links: '' }), // RESULT_WITHOUT_LINK
        row({ lao: 'อบต.แม่ใส', sales: 1, revenue: 50, people: 1 }),
      ),
    ]);
    const muang = group(result.root, '5601');
    expect(muang).toMatchObject({ entries: 3, laosReported: 3, rowsWithWarnings: 2, rowsWithErrors: 0 });
    expect(muang.sums).toEqual({ salesCount: 4, revenue: 15000, beneficiaries: 4 });
    expect(muang.links).toBe(2);
    expect(result.root.rowsWithWarnings).toBe(2);
    expect(result.problems).toMatchObject({ errors: 0, warnings: 2 });
    expect(result.problems.byCode).toEqual({ SALES_WITHOUT_REVENUE: 1, RESULT_WITHOUT_LINK: 1 });
  });
});
