// The roll-up core on small hand-built sheets: every figure of a group (registry totals, distinct อปท. and links, exact sums,
// errors and warnings, periods, targets, achievement), non-reporters, the zone layout, a sheet's province, and that the input
// is never changed. Expected values are worked out by hand (or counted from the registry) in the test, not copied from a run.

import type { CellValue } from '../../src/core/cell';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { detectHeader } from '../../src/core/form/headers';
import { provinceByCode } from '../../src/core/geo/provinces';
import type { Province } from '../../src/core/geo/types';
import type { Period } from '../../src/core/period/period';
import { indexRegistry, matchLao, type RegistryIndex, textIdentity } from '../../src/core/registry/match';
import { PHAYAO_DEMO_REGISTRY } from '../../src/core/registry/phayaoDemo';
import type { Lao, LaoType } from '../../src/core/registry/types';
import { rollupReport } from '../../src/core/report/rollupReport';
import { rollupProvince } from '../../src/core/rollup/provinceRollup';
import { combineProvinces, type RollupInput, type RollupSheet, rollup } from '../../src/core/rollup/rollup';
import { rollupJson } from '../../src/core/rollup/rollupJson';
import { provinceOfSheet } from '../../src/core/rollup/sheetProvince';
import { parseTargets } from '../../src/core/rollup/targets';
import type { Targets } from '../../src/core/rollup/targetTypes';
import type { Group, Level, RollupResult } from '../../src/core/rollup/types';
import { LinkNumbering } from '../../src/core/validate/linkNumbering';
import { check, GOOD, type RowInput, sheet, TODAY } from '../support/sheets';

const FORM = DLA_ONLINE_MARKET;
const PHAYAO = provinceByCode('56')!;
const NAN = provinceByCode('55')!;
const PHRAE = provinceByCode('54')!;
const NONTHABURI = provinceByCode('12')!;
const SONGKHLA = provinceByCode('90')!;

const PHAYAO_INDEX = indexRegistry(PHAYAO_DEMO_REGISTRY, provinceByCode);

// A tiny national registry: the Phayao demo plus a few real อปท. of น่าน (zone 16), นนทบุรี (zone 2) and สงขลา (zone 5).
function lao(code: string, type: LaoType, name: string, districtName: string, provinceName: string): Lao {
  return {
    code,
    type,
    name,
    districtCode: code.slice(1, 5),
    districtName,
    provinceCode: code.slice(1, 3),
    provinceName,
  };
}
const EXTRA_LAOS: Lao[] = [
  lao('2550101', 'pao', 'น่าน', 'เมืองน่าน', 'น่าน'),
  lao('4550102', 'town', 'น่าน', 'เมืองน่าน', 'น่าน'),
  lao('5550103', 'subdistrictMunicipality', 'ดู่ใต้', 'เมืองน่าน', 'น่าน'),
  lao('5550201', 'subdistrictMunicipality', 'หนองแดง', 'แม่จริม', 'น่าน'),
  lao('6550202', 'sao', 'น้ำพาง', 'แม่จริม', 'น่าน'),
  lao('2900101', 'pao', 'สงขลา', 'เมืองสงขลา', 'สงขลา'),
  lao('3900102', 'city', 'สงขลา', 'เมืองสงขลา', 'สงขลา'),
  lao('5900104', 'subdistrictMunicipality', 'เกาะแต้ว', 'เมืองสงขลา', 'สงขลา'),
  lao('2120101', 'pao', 'นนทบุรี', 'เมืองนนทบุรี', 'นนทบุรี'),
  lao('3120102', 'city', 'นนทบุรี', 'เมืองนนทบุรี', 'นนทบุรี'),
  lao('4120201', 'town', 'บางกรวย', 'บางกรวย', 'นนทบุรี'),
];
const NATIONAL_INDEX = indexRegistry({ laos: [...PHAYAO_DEMO_REGISTRY.laos, ...EXTRA_LAOS] }, provinceByCode);

// ---- helpers ------------------------------------------------------------------------------------

let linkSeq = 0;
/** A fresh Facebook post link, so rows do not share links unless a test says so. */
function fb(): string {
  return `https://www.facebook.com/share/p/${++linkSeq}`;
}

function row(r: RowInput): RowInput {
  return { ...GOOD, links: fb(), ...r };
}

/** A checked sheet of a province, matched against the given registry (or by text when there is none). */
function provinceSheet(province: Province, registry: RegistryIndex | null, ...rows: RowInput[]): RollupSheet {
  const reg = registry?.provinces.get(province.code);
  const identify =
    registry && reg
      ? (l: string, d: string | null) => matchLao(registry, reg, l, d)
      : (l: string, d: string | null) => textIdentity(l, d, province.nameTh);
  return {
    file: `${province.nameTh}.xlsx`,
    sheet: 'รายงาน',
    province,
    validation: check(sheet(...rows), { identify }),
  };
}

function phayao(...rows: RowInput[]): RollupSheet {
  return provinceSheet(PHAYAO, PHAYAO_INDEX, ...rows);
}

function run(sheets: RollupSheet[], options: Partial<RollupInput> = {}): RollupResult {
  return rollup({ form: FORM, sheets, registry: PHAYAO_INDEX, period: null, targets: null, ...options });
}

/** The group with this key (and level) anywhere in the tree. */
function group(root: Group, key: string, level?: Level): Group {
  const found = (function walk(g: Group): Group | undefined {
    if (g.key === key && (level === undefined || g.level === level)) return g;
    for (const c of g.children) {
      const hit = walk(c);
      if (hit) return hit;
    }
    return undefined;
  })(root);
  if (!found) throw new Error(`no group ${key}`);
  return found;
}

function targets(rows: CellValue[][], registry: RegistryIndex | null = PHAYAO_INDEX): Targets {
  const parsed = parseTargets(rows, FORM, 'targets.xlsx', registry);
  if (!parsed.ok) throw new Error(parsed.message.en);
  return parsed.targets;
}

/** Registry อปท. per district code, counted here from the registry data itself. */
function countByDistrict(laos: readonly Lao[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of laos) counts.set(l.districtCode, (counts.get(l.districtCode) ?? 0) + 1);
  return counts;
}

const PHAYAO_DISTRICTS = ['5601', '5602', '5603', '5604', '5605', '5606', '5607', '5608', '5609'];

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

// ---- links ----------------------------------------------------------------------------------------

describe('distinct links and links by platform', () => {
  const POST = 'https://www.facebook.com/share/p/9077?fbclid=zz';
  const POST_AGAIN = 'https://m.facebook.com/share/p/9077';
  const POST_BARE = 'facebook.com/share/p/9077';
  const result = run([
    phayao(
      row({ lao: 'ทต.แม่กา', links: POST }),
      // the same post claimed by another อปท. of the district: a warning, one link
      row({ lao: 'อบต.แม่ใส', links: POST_AGAIN }),
      row({ lao: 'ทต.บ้านต๋อม', links: 'https://www.tiktok.com/@shop/video/1?is_from_webapp=1' }),
      // the same post again in another district, with a YouTube link in the same cell
      row({ district: 'จุน', lao: 'ทต.จุน', links: `${POST_BARE}\nhttps://youtu.be/abc` }),
      // links of a row with an error are not counted
      row({ district: 'จุน', lao: 'ทต.เวียงลอ', links: 'https://www.instagram.com/p/xyz/', sales: 'x' }),
    ),
  ]);

  test('a district counts each canonical link once', () => {
    const muang = group(result.root, '5601');
    expect(muang.links).toBe(2);
    expect(muang.linksByPlatform).toEqual({ facebook: 1, tiktok: 1 });
    const chun = group(result.root, '5602');
    expect(chun.links).toBe(2);
    expect(chun.linksByPlatform).toEqual({ facebook: 1, youtube: 1 });
  });

  test('the same link under two districts counts once in the province (so districts do not add up)', () => {
    expect(result.root.links).toBe(3);
    expect(result.root.linksByPlatform).toEqual({ facebook: 1, tiktok: 1, youtube: 1 });
    const sumOfDistricts = result.root.children.reduce((s, d) => s + d.links, 0);
    expect(sumOfDistricts).toBe(4);
    expect(result.root.links).toBeLessThan(sumOfDistricts);
  });

  test('warning rows keep their links; error rows do not add any', () => {
    expect(result.root.entries).toBe(4);
    expect(result.root.rowsWithErrors).toBe(1);
    expect(result.root.linksByPlatform.instagram).toBeUndefined();
    expect(result.problems.byCode.LINK_CLAIMED_BY_OTHER).toBeGreaterThanOrEqual(1);
  });

  test('the report explains in a footnote that distinct counts do not add up', () => {
    const doc = rollupReport(result, FORM, { asOf: TODAY, problems: [] });
    const notes = doc.tables[0].footnotes.join('\n');
    expect(notes).toMatch(/ไม่ซ้ำ/);
    expect(notes).toMatch(/ลิงก์/);
    expect(notes).toMatch(/ครั้งเดียว/);
  });

  test("a province's links are the same texts counted by number (one numbering) or by text, and reach JSON", () => {
    const cells = [POST, `${POST_AGAIN} https://www.tiktok.com/@shop/video/1/`, 'https://youtu.be/abc'];
    const sheets = (linkNumbers?: LinkNumbering) =>
      cells.map((links) => check(sheet(row({ links })), linkNumbers ? { linkNumbers } : {}));
    const byNumber = rollupProvince(FORM, PHAYAO, sheets(new LinkNumbering()), PHAYAO_INDEX, null);
    const byText = rollupProvince(FORM, PHAYAO, sheets(), PHAYAO_INDEX, null);
    const expected = {
      canonical: [
        'https://facebook.com/share/p/9077',
        'https://tiktok.com/@shop/video/1',
        'https://youtube.com/watch?v=abc',
      ],
      platform: ['facebook', 'tiktok', 'youtube'],
    };
    expect(byNumber.links).toEqual(expected);
    expect(byText.links).toEqual(expected);
    expect(JSON.parse(JSON.stringify(byNumber)).links).toEqual(expected);
    // the texts are made once and kept
    expect(byNumber.links.canonical).toBe(byNumber.links.canonical);
  });

  test('links of the same post in two provinces count once in their zone and in the nation', () => {
    const shared = 'https://www.tiktok.com/@both/video/55';
    const national = rollup({
      form: FORM,
      registry: NATIONAL_INDEX,
      period: null,
      targets: null,
      sheets: [
        provinceSheet(PHAYAO, NATIONAL_INDEX, row({ links: shared })),
        provinceSheet(
          NAN,
          NATIONAL_INDEX,
          row({ district: 'เมืองน่าน', lao: 'ทต.ดู่ใต้', links: `${shared}?is_from_webapp=1` }),
        ),
        provinceSheet(SONGKHLA, NATIONAL_INDEX, row({ district: 'เมืองสงขลา', lao: 'ทน.สงขลา', links: shared })),
      ],
    });
    expect(group(national.root, '56', 'province').links).toBe(1);
    expect(group(national.root, '55', 'province').links).toBe(1);
    expect(group(national.root, '16', 'zone').links).toBe(1);
    expect(group(national.root, '5', 'zone').links).toBe(1);
    expect(national.root.links).toBe(1);
    expect(national.root.linksByPlatform).toEqual({ tiktok: 1 });
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

// ---- targets --------------------------------------------------------------------------------------

const TARGET_HEADER = [
  'ที่',
  'จังหวัด',
  'อำเภอ',
  'อปท. ที่เข้าร่วม (แห่ง)',
  'จำนวนครั้งที่ขายได้ (ครั้ง)',
  'รายรับ (บาท)',
  'ผู้ได้รับประโยชน์ (คน)',
  'งบประมาณ (บาท)',
  'เป้าหมาย (คน)',
];

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

// ---- non-reporters --------------------------------------------------------------------------------

describe('non-reporters', () => {
  const result = run([
    phayao(
      row({ lao: 'ทต.แม่กา' }),
      row({ lao: 'อบต.แม่ใส', revenue: 'abc' }), // error only: still not reported
      { district: 'จุน', lao: 'ทต.จุน' }, // named without results: not reported
      row({ district: 'ภูกามยาว', lao: 'อบต.ดงเจน' }),
      row({ district: 'ภูกามยาว', lao: 'ดงเจน' }), // ambiguous: an error, so ทต.ดงเจน has not reported
    ),
  ]);

  test('every registry อปท. without an error-free reported row, and no other', () => {
    const reportedCodes = new Set(['5560103', '6560902']);
    const expected = PHAYAO_DEMO_REGISTRY.laos.filter((l) => !reportedCodes.has(l.code)).map((l) => l.code);
    expect(result.nonReporters.map((n) => n.code).sort()).toEqual([...expected].sort());
    expect(result.nonReporters).toHaveLength(70);
    expect(new Set(result.nonReporters.map((n) => n.code)).size).toBe(70);
  });

  test('listed in DOPA district order, each district together, with the type-prefixed name and code', () => {
    const districts = result.nonReporters.map((n) => n.districtCode);
    expect([...districts].sort()).toEqual(districts);
    expect([...new Set(districts)]).toEqual(PHAYAO_DISTRICTS);
    expect(result.nonReporters[0]).toMatchObject({
      code: '2560101',
      name: 'อบจ.พะเยา',
      type: 'pao',
      district: 'เมืองพะเยา',
      districtCode: '5601',
      province: 'พะเยา',
      provinceCode: '56',
    });
    const byCode = new Map(result.nonReporters.map((n) => [n.code, n]));
    expect(byCode.get('4560102')?.name).toBe('ทม.พะเยา');
    expect(byCode.get('6560115')?.name).toBe('อบต.แม่ใส');
    expect(byCode.get('5560202')).toMatchObject({ name: 'ทต.จุน', district: 'จุน' });
    expect(byCode.get('5560901')).toMatchObject({ name: 'ทต.ดงเจน', district: 'ภูกามยาว' });
    const prefixes: Record<LaoType, string> = {
      pao: 'อบจ.',
      city: 'ทน.',
      town: 'ทม.',
      subdistrictMunicipality: 'ทต.',
      sao: 'อบต.',
      special: '',
    };
    const registryByCode = new Map(PHAYAO_DEMO_REGISTRY.laos.map((l) => [l.code, l]));
    for (const n of result.nonReporters) {
      const l = registryByCode.get(n.code)!;
      expect(n.name).toBe(prefixes[l.type] + l.name);
      expect(n.type).toBe(l.type);
      expect(n.district).toBe(l.districtName);
    }
  });

  test('the JSON list carries code, type, name, district and province', () => {
    const json = rollupJson(result, FORM, 'district', TODAY);
    expect(json.nonReporters?.[0]).toEqual({
      code: '2560101',
      type: 'pao',
      name: 'อบจ.พะเยา',
      district: 'เมืองพะเยา',
      province: 'พะเยา',
    });
  });

  test('when every อปท. of a small registry reports, nobody is listed', () => {
    const index = indexRegistry({ laos: EXTRA_LAOS.filter((l) => l.provinceCode === '90') }, provinceByCode);
    const r = rollup({
      form: FORM,
      registry: index,
      period: null,
      targets: null,
      sheets: [
        provinceSheet(
          SONGKHLA,
          index,
          row({ district: 'เมืองสงขลา', lao: 'อบจ.สงขลา' }),
          row({ district: 'อ.เมือง', lao: 'เทศบาลนครสงขลา' }),
          row({ district: 'เมือง', lao: 'ทต.เกาะแต้ว' }),
        ),
      ],
    });
    expect(r.nonReporters).toEqual([]);
    expect(r.root).toMatchObject({ laosTotal: 3, laosReported: 3, participation: 100 });
  });
});

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

// ---- a sheet's province ---------------------------------------------------------------------------

describe('provinceOfSheet', () => {
  const HEADER_WITH_PROVINCE = ['ลำดับ', 'วันที่', 'จังหวัด', 'อำเภอ', 'องค์กรปกครองส่วนท้องถิ่น', 'ลิงก์', 'รายรับ (บาท)'];
  const HEADER_PLAIN = ['ลำดับ', 'วันที่', 'อำเภอ', 'องค์กรปกครองส่วนท้องถิ่น', 'ลิงก์', 'รายรับ (บาท)'];
  function find(rows: CellValue[][], sheetName = 'Sheet1', fallback?: Province, registry: RegistryIndex | null = null) {
    const detected = detectHeader(rows, FORM);
    if (!detected.ok) throw new Error(detected.message.en);
    return provinceOfSheet(rows, FORM, detected.header, { file: 'report.xlsx', sheetName, fallback, registry });
  }
  const code = (r: ReturnType<typeof find>) => (r.ok ? r.province.code : `error: ${r.message.en}`);

  test('from the province column, in every written form', () => {
    const rows = [
      ['แบบรายงานผล'],
      HEADER_WITH_PROVINCE,
      [1, '', 'จ.พะเยา', 'จุน', 'ทต.จุน', fb(), 1],
      [2, '', 'จังหวัดพะเยา', 'จุน', 'ทต.จุน', fb(), 1],
      [3, '', 'พะเยา', '', 'ทต.จุน', fb(), 1],
      [4, '', 'Phayao', '', 'ทต.จุน', fb(), 1],
      [5, '', '', '', 'ทต.จุน', fb(), 1],
    ];
    expect(code(find(rows))).toBe('56');
    // the column wins over the sheet name and over the caller's fallback
    expect(code(find(rows, 'น่าน', NAN))).toBe('56');
  });

  test('from a title line set apart from the header by a blank row', () => {
    expect(
      code(
        find([
          ['แบบรายงานผลการดำเนินกิจกรรม จังหวัดน่าน ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569'],
          [],
          HEADER_PLAIN,
          [1, '', 'เมืองน่าน', 'ทต.ดู่ใต้', fb(), 1],
        ]),
      ),
    ).toBe('55');
    expect(code(find([['รายงาน จ.สงขลา'], [], HEADER_PLAIN, [1, '', '', 'ทน.สงขลา', fb(), 1]], 'พะเยา'))).toBe('90');
  });

  test('from a title line directly above the header (the usual layout)', () => {
    expect(
      code(
        find([
          ['แบบรายงานผลการดำเนินกิจกรรม จังหวัดน่าน ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569'],
          HEADER_PLAIN,
          [1, '', 'เมืองน่าน', 'ทต.ดู่ใต้', fb(), 1],
        ]),
      ),
    ).toBe('55');
    expect(code(find([['รายงาน จ.สงขลา'], HEADER_PLAIN, [1, '', '', 'ทน.สงขลา', fb(), 1]], 'พะเยา'))).toBe('90');
  });

  test('from the sheet name, then the fallback', () => {
    const rows = [['แบบรายงานผล'], HEADER_PLAIN, [1, '', 'จุน', 'ทต.จุน', fb(), 1]];
    expect(code(find(rows, 'พะเยา'))).toBe('56');
    expect(code(find(rows, 'รายงาน จังหวัดน่าน'))).toBe('55');
    expect(code(find(rows, 'Sheet1', SONGKHLA))).toBe('90');
  });

  test('from the registry: the province where most of the sheet’s อปท. names are found', () => {
    const rows = [
      ['แบบรายงานผล'],
      HEADER_PLAIN,
      [1, '', '', 'ทต.แม่กา', fb(), 1],
      [2, '', '', 'อบต.บ้านตุ่น', fb(), 1],
      [3, '', '', 'ทต.หงส์หิน', fb(), 1],
      [4, '', '', 'อบต.ไม่มีในทะเบียน', fb(), 1],
    ];
    expect(code(find(rows, 'Sheet1', undefined, NATIONAL_INDEX))).toBe('56');
  });

  test('nothing to tell the province by is an error naming the file', () => {
    const rows = [['แบบรายงานผล'], HEADER_PLAIN, [1, '', 'จุน', 'ทต.จุน', fb(), 1]];
    const found = find(rows);
    expect(found.ok).toBe(false);
    if (found.ok) return;
    expect(found.message.th).toContain('report.xlsx');
    expect(found.message.en).toContain('report.xlsx');
  });

  test('two provinces in one sheet are a conflict naming both (column against column, or column against title)', () => {
    const two = find([
      ['แบบรายงานผล'],
      HEADER_WITH_PROVINCE,
      [1, '', 'พะเยา', 'จุน', 'ทต.จุน', fb(), 1],
      [2, '', 'น่าน', 'เมืองน่าน', 'ทต.ดู่ใต้', fb(), 1],
    ]);
    expect(two.ok).toBe(false);
    if (!two.ok) {
      for (const text of [two.message.th, two.message.en]) {
        expect(text).toContain('พะเยา');
        expect(text).toContain('น่าน');
        expect(text).toContain('report.xlsx');
      }
    }
    const titleAgainstColumn = find([
      ['รายงาน จังหวัดน่าน'],
      [],
      HEADER_WITH_PROVINCE,
      [1, '', 'พะเยา', 'จุน', 'ทต.จุน', fb(), 1],
    ]);
    expect(titleAgainstColumn.ok).toBe(false);
  });

  test('a title line directly above the header that names another province than the column is a conflict too', () => {
    const titleAgainstColumn = find([
      ['รายงาน จังหวัดน่าน'],
      HEADER_WITH_PROVINCE,
      [1, '', 'พะเยา', 'จุน', 'ทต.จุน', fb(), 1],
    ]);
    expect(titleAgainstColumn.ok).toBe(false);
  });
});

// ---- the input is never changed -------------------------------------------------------------------

/** A plain, comparable picture of a value, Maps and Sets included. */
function picture(value: unknown, seen = new WeakSet<object>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[cycle]';
  seen.add(value);
  if (value instanceof Map) return { map: [...value.entries()].map(([k, v]) => [picture(k, seen), picture(v, seen)]) };
  if (value instanceof Set) return { set: [...value].map((v) => picture(v, seen)) };
  if (Array.isArray(value)) return value.map((v) => picture(v, seen));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, picture(v, seen)]));
}

function deepFreeze<T>(value: T, seen = new WeakSet<object>()): T {
  if (value === null || typeof value !== 'object' || seen.has(value as object)) return value;
  // typed arrays cannot be frozen (the link numbering's table); the object holding them is
  if (ArrayBuffer.isView(value)) return value;
  seen.add(value as object);
  if (value instanceof Map) {
    for (const [k, v] of value) {
      deepFreeze(k, seen);
      deepFreeze(v, seen);
    }
  }
  for (const v of Object.values(value as object)) deepFreeze(v, seen);
  return Object.freeze(value);
}

describe('a roll-up never changes its input', () => {
  function buildInput(): RollupInput {
    const t = targets(
      [
        TARGET_HEADER,
        [1, 'พะเยา', 'เมืองพะเยา', 3, 20, 2000, 30, 5000, 40],
        [2, 'น่าน', '', 2, 5, 1000, 10, 1000, 10],
        [3, 'นนทบุรี', '', 1, 1, 1, 1, 1, 1],
      ],
      NATIONAL_INDEX,
    );
    return {
      form: FORM,
      registry: NATIONAL_INDEX,
      period: { kind: 'fiscalYear', fiscalYear: 2569 },
      targets: t,
      expectedProvinces: [SONGKHLA],
      sheets: [
        provinceSheet(
          PHAYAO,
          NATIONAL_INDEX,
          row({ lao: 'ทต.แม่กา' }),
          row({ lao: 'อบต.แม่ใส', revenue: 'abc' }),
          row({ date: '', lao: 'ทต.บ้านต๋อม' }),
          row({ district: 'จุน', lao: 'ทต.แม่กา', links: 'https://youtu.be/q' }),
        ),
        provinceSheet(NAN, NATIONAL_INDEX, row({ district: 'เมืองน่าน', lao: 'ทต.ดู่ใต้', links: 'https://youtu.be/q' })),
      ],
    };
  }

  test('sheets, validation, targets, registry and form are the same after a roll-up, and a second roll-up gives the same result', () => {
    const input = buildInput();
    const before = picture(input);
    const first = rollup(input);
    expect(picture(input)).toEqual(before);
    const second = rollup(input);
    expect(picture(second)).toEqual(picture(first));
    expect(picture(input)).toEqual(before);
  });

  test('a deep-frozen input rolls up without a write (frozen objects throw on write in strict mode)', () => {
    const input = buildInput();
    const expected = picture(rollup(buildInput()));
    deepFreeze(input.sheets);
    deepFreeze(input.targets);
    deepFreeze(input.expectedProvinces);
    deepFreeze(input.period);
    const result = rollup(input);
    expect(picture(result)).toEqual(expected);
  });

  test('the result shares no mutable object with the input: changing the result leaves the targets as they were', () => {
    const input = buildInput();
    const before = picture(input.targets);
    const result = rollup(input);
    const walk = (g: Group) => {
      g.targets.laosReported = -1;
      g.sums.revenue = -1;
      g.children.forEach(walk);
    };
    walk(result.root);
    expect(picture(input.targets)).toEqual(before);
  });
});

describe('combining province results', () => {
  test('leaves the results as they were, so combining them again gives the same table', () => {
    const phayao = provinceByCode('56')!;
    const nan = provinceByCode('55')!;
    const results = [
      rollupProvince(DLA_ONLINE_MARKET, phayao, [], null, null),
      rollupProvince(DLA_ONLINE_MARKET, nan, [], null, null),
    ];
    const before = JSON.stringify(results);
    const targets = { rows: [{ provinceCode: '56', district: null, values: { revenue: 100_00 } }], extras: [] };
    const once = combineProvinces({ form: DLA_ONLINE_MARKET, results, registry: null, period: null, targets });
    const twice = combineProvinces({ form: DLA_ONLINE_MARKET, results, registry: null, period: null, targets });
    expect(JSON.stringify(results)).toBe(before);
    expect(twice.root).toEqual(once.root);
    expect(twice.root.targets.revenue).toBe(100_00);
  });
});
