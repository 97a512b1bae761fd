// `khongdee rollup` end to end over several province files generated here (xlsx and csv, real อปท. names from DLA's national
// list), with the national registry and a targets file: every number of the national table is checked against a computation
// done in this test from the generated rows, then the xlsx (re-read with exceljs) and the HTML. Also a single-province run,
// `khongdee registry import`, and bad input, which must exit 2 with a Thai and English message and leave no file behind.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  type Day,
  DLA_PROVINCES,
  expectedFigures,
  FACT,
  FACTS,
  figuresOf,
  HEADER,
  LAOS,
  type LinkRef,
  linkText,
  newLink,
  provinceTargets,
  sumTargets,
  type TargetRow,
  targetsSheet,
} from '../consolidate/fixture';
import { type CliRun, runCli } from '../support/cli';
import {
  bahtText,
  type DlaType,
  grouped,
  PREFIXES,
  REGISTRY_CSV,
  type RegistryLao,
  seeded,
  thaiDigits,
} from '../support/rollupData';
import { tempDir } from '../support/tempDir';

jest.setTimeout(120_000);

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const TODAY = ['--today', '2026-11-21'];
const AS_OF = 'ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569';
const TITLE = 'สรุปผลการดำเนินกิจกรรม “ตลาดนัดท้องถิ่นออนไลน์ เครือข่ายของดีบ้านเรา”';

// ---- the generated reports ------------------------------------------------------------------------

type Status = 'ok' | 'warning' | 'error' | 'not-reported';

/** One generated report row, with what it should count for. */
interface Spec {
  readonly file: string;
  provinceCode: string;
  /** the registry อปท. it is about (null: a name the registry does not know) */
  readonly lao: RegistryLao | null;
  /** the registry district the row is counted under */
  readonly districtCode: string;
  readonly laoText: string;
  readonly districtText: string;
  readonly date: Day | null;
  readonly links: readonly LinkRef[];
  readonly sales: number | null;
  /** satang */
  readonly revenue: number | null;
  readonly people: number | null;
  /** how the three figures are written in the file (numbers or text) */
  readonly cells: { sales: string | number; revenue: string | number; people: string | number };
  readonly status: Status;
  readonly code: string | null;
  sheetRow: number;
}

const rnd = seeded(20261121);

function randomDate(): Day {
  // 1 Oct 2025 – 30 Sep 2026: fiscal year 2569
  const start = Date.UTC(2025, 9, 1);
  const day = new Date(start + rnd.int(0, 364) * 86_400_000);
  return { y: day.getUTCFullYear(), m: day.getUTCMonth() + 1, d: day.getUTCDate() };
}

function q1Date(): Day {
  return { y: 2025, m: rnd.int(10, 12), d: rnd.int(1, 28) };
}

function laoText(l: RegistryLao): string {
  return `${rnd.pick(PREFIXES[l.type])}${l.name}`;
}

function districtText(l: { district: string }): string {
  const forms = [l.district, `อำเภอ${l.district}`, `อ.${l.district}`];
  if (l.district.startsWith('เมือง')) forms.push('อ.เมือง', 'เมือง');
  return rnd.pick(forms);
}

/** An error-free row of an อปท.: 1–3 links, figures written in the file's style. */
function goodRow(
  file: string,
  l: RegistryLao,
  style: 'xlsx' | 'csv',
  links: LinkRef[] = [],
  status: Status = 'ok',
  code: string | null = null,
): Spec {
  const all = links.length > 0 ? links : Array.from({ length: rnd.int(1, 3) }, newLink);
  const linkOnly = rnd.next() < 0.1;
  const sales = linkOnly ? null : rnd.int(1, 40);
  const revenue = linkOnly ? null : rnd.int(100, 2_000_000);
  const people = linkOnly ? null : rnd.int(0, 60);
  return {
    file,
    provinceCode: l.provinceCode,
    lao: l,
    districtCode: l.districtCode,
    laoText: laoText(l),
    districtText: districtText(l),
    date: rnd.next() < 0.12 ? null : randomDate(),
    links: all,
    sales,
    revenue,
    people,
    cells: writtenFigures(style, sales, revenue, people),
    status,
    code,
    sheetRow: 0,
  };
}

function writtenFigures(
  style: 'xlsx' | 'csv',
  sales: number | null,
  revenue: number | null,
  people: number | null,
): Spec['cells'] {
  if (style === 'xlsx') {
    return {
      sales: sales ?? '',
      revenue: revenue === null ? '' : rnd.next() < 0.7 ? revenue / 100 : `${bahtText(revenue)} บาท`,
      people: people === null ? '' : people === 0 ? '-' : people,
    };
  }
  const money = (s: number) =>
    rnd.pick([bahtText(s), `${bahtText(s, true)} บาท`, thaiDigits(bahtText(s)), `฿${bahtText(s)}`, String(s / 100)]);
  return {
    sales: sales === null ? '' : rnd.pick([String(sales), `${sales} ครั้ง`, thaiDigits(String(sales))]),
    revenue: revenue === null ? '' : money(revenue),
    people:
      people === null
        ? ''
        : people === 0
          ? '-'
          : rnd.pick([String(people), `${grouped(people)} คน`, thaiDigits(String(people))]),
  };
}

interface ProvincePlan {
  readonly code: string;
  readonly file: string;
  readonly style: 'xlsx' | 'csv';
}

/** The rows of one province's report: good rows, a link claimed twice, warnings, errors, a not-reported line. */
function generateProvince(plan: ProvincePlan, sharedLinks: LinkRef[]): Spec[] {
  const mine = LAOS.filter((l) => l.provinceCode === plan.code && l.type !== 'ท้องถิ่นรูปแบบพิเศษ');
  // (type, name) unique in the province, so a wrong district still finds it
  const uniqueInProvince = (l: RegistryLao) => mine.filter((o) => o.type === l.type && o.name === l.name).length === 1;
  const chosen = rnd.shuffle(mine).slice(0, 16);
  const [errOnly, warnOnly, notReported, mismatch, ...good] = chosen;
  const specs: Spec[] = [];
  for (const l of good.slice(0, 10)) {
    specs.push(goodRow(plan.file, l, plan.style));
    if (rnd.next() < 0.4) specs.push(goodRow(plan.file, l, plan.style));
  }
  // links reported in another province too (counted once in the zone and the nation)
  specs.push(goodRow(plan.file, good[10], plan.style, sharedLinks));
  // an error row of an อปท. that also has good rows: its figures and links are left out
  const e1 = goodRow(plan.file, good[0], plan.style, [newLink()], 'error', 'NOT_A_NUMBER');
  specs.push({
    ...e1,
    date: q1Date(),
    sales: 5,
    revenue: null,
    people: 2,
    cells: { sales: 5, revenue: '๑๒x', people: 2 },
  });
  // an อปท. whose only row has an error: not reported
  const e2 = goodRow(plan.file, errOnly, plan.style, [newLink()], 'error', 'NEGATIVE_NUMBER');
  specs.push({
    ...e2,
    date: q1Date(),
    sales: 3,
    revenue: 30000,
    people: null,
    cells: { sales: 3, revenue: 300, people: '-5' },
  });
  // a name the registry does not know, under a real district
  const e3 = goodRow(plan.file, good[1], plan.style, [newLink()], 'error', 'LAO_UNKNOWN');
  specs.push({ ...e3, lao: null, laoText: 'อบต.ไม่มีในทะเบียนเลย', date: q1Date() });
  // a warning-only อปท.: sales without revenue
  const w1 = goodRow(plan.file, warnOnly, plan.style, [], 'warning', 'SALES_WITHOUT_REVENUE');
  specs.push({ ...w1, sales: 2, revenue: null, people: 1, cells: { sales: 2, revenue: '', people: 1 } });
  // an อปท. named with no result: not reported, not an entry
  specs.push({
    ...goodRow(plan.file, notReported, plan.style),
    links: [],
    sales: null,
    revenue: null,
    people: null,
    cells: { sales: '', revenue: '', people: '' },
    status: 'not-reported',
    date: null,
  });
  // an อปท. written under another district of its province: counted in its registry district, with a warning
  if (uniqueInProvince(mismatch)) {
    const other = mine.find((o) => o.districtCode !== mismatch.districtCode);
    if (other)
      specs.push({
        ...goodRow(plan.file, mismatch, plan.style, [], 'warning', 'LAO_DISTRICT_MISMATCH'),
        districtText: other.district,
      });
  }
  // the same post claimed by a second อปท. later in the file: one link, a warning on the later row
  const first = specs.find((s) => s.status === 'ok' && s.links.length === 1 && s.lao !== good[2])!;
  specs.push(goodRow(plan.file, good[2], plan.style, [first.links[0]], 'warning', 'LINK_CLAIMED_BY_OTHER'));
  return specs;
}

const HEADER_COMMON = HEADER.slice(1);
const PRODUCTS = ['ข้าวหอมมะลิ', 'ผ้าทอมือ', 'น้ำผึ้งป่า', 'กาแฟดอย', 'ปลาส้ม', 'ทุเรียน', 'ลำไยอบแห้ง'];

function thaiDate(d: Day): string {
  return `${d.d}/${d.m}/${d.y + 543}`;
}

function dataCells(s: Spec, i: number, dateAsCell: boolean): (string | number | Date)[] {
  const date =
    s.date === null ? '' : dateAsCell ? new Date(Date.UTC(s.date.y, s.date.m - 1, s.date.d)) : thaiDate(s.date);
  return [
    i + 1,
    date,
    s.districtText,
    s.laoText,
    rnd.pick(PRODUCTS),
    s.links.map(linkText).join(rnd.pick(['\n', ' ', ' , '])),
    s.cells.sales,
    s.cells.revenue,
    s.cells.people,
    '',
  ];
}

function csvText(rows: (string | number)[][]): string {
  const field = (v: string | number) => {
    const t = String(v);
    return /[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  return `\uFEFF${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

/** พะเยา: xlsx with a province column written four ways; dates typed as B.E. text. */
async function writePhayao(path: string, specs: Spec[]): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('รายงาน');
  ws.addRow(['แบบรายงานผลการดำเนินกิจกรรมตลาดนัดท้องถิ่นออนไลน์']);
  ws.addRow(['ลำดับ', 'จังหวัด', ...HEADER_COMMON]);
  const names = ['จ.พะเยา', 'จังหวัดพะเยา', 'พะเยา', 'Phayao'];
  specs.forEach((s, i) => {
    const [seq, ...rest] = dataCells(s, i, false);
    ws.addRow([seq, names[i % names.length], ...rest]);
    s.sheetRow = i + 3;
  });
  await book.xlsx.writeFile(path);
}

/** น่าน: xlsx whose province is in a title line (set apart by a blank row), dates as date cells. */
async function writeNan(path: string, specs: Spec[]): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('คำอธิบาย').getCell('A1').value = 'กรอกข้อมูลในแผ่นงานถัดไป';
  const ws = book.addWorksheet('Sheet1');
  ws.getCell('A1').value = 'แบบรายงานผลการดำเนินกิจกรรม “ตลาดนัดท้องถิ่นออนไลน์ เครือข่ายของดีบ้านเรา” จังหวัดน่าน';
  ws.getRow(3).values = ['ลำดับ', ...HEADER_COMMON];
  specs.forEach((s, i) => {
    ws.getRow(i + 4).values = dataCells(s, i, true);
    s.sheetRow = i + 4;
  });
  await book.xlsx.writeFile(path);
}

/** A csv report: its province comes from the file name, or only from the อปท. names (the registry). */
function writeCsv(path: string, specs: Spec[]): void {
  const rows: (string | number)[][] = [['แบบรายงานผลการดำเนินกิจกรรม'], ['ลำดับ', ...HEADER_COMMON]];
  specs.forEach((s, i) => {
    rows.push(dataCells(s, i, false) as (string | number)[]);
    s.sheetRow = i + 3;
  });
  writeFileSync(path, csvText(rows));
}

// ---- targets --------------------------------------------------------------------------------------

const TARGET_ROWS: TargetRow[] = [
  {
    province: 'พะเยา',
    district: 'เมืองพะเยา',
    v: { laosReported: 8, salesCount: 40, revenue: 5_000_000, beneficiaries: 60, budget: 12_000_050 },
  },
  {
    province: 'จ.พะเยา',
    district: 'อ.จุน',
    v: { laosReported: 3, salesCount: 10, revenue: 1_000_000, beneficiaries: 20, budget: 3_000_000 },
  },
  {
    province: 'จังหวัดน่าน',
    district: '',
    v: { laosReported: 10, salesCount: 0, revenue: 8_000_000, beneficiaries: 50, budget: 25_000_025 },
  },
  {
    province: 'นนทบุรี',
    district: '',
    v: { laosReported: 12, salesCount: 60, revenue: 12_000_000, beneficiaries: 80, budget: 40_000_000 },
  },
  {
    province: 'ลำพูน',
    district: '',
    v: { laosReported: 5, salesCount: 20, revenue: 3_000_000, beneficiaries: 25, budget: 9_000_000 },
  },
];
/** Province targets as the issue defines them: the province row, else the sum of its district rows. */
const PROVINCE_TARGETS = provinceTargets(TARGET_ROWS);

async function writeTargets(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('ค่าเป้าหมาย');
  ws.addRows([...targetsSheet(TARGET_ROWS), ['', 'รวม', '', 38, 130, 290000, 235, 890000.75]]);
  await book.xlsx.writeFile(path);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

// ---- fixtures -------------------------------------------------------------------------------------

const PLANS: ProvincePlan[] = [
  { code: '56', file: tmp.path('phayao.xlsx'), style: 'xlsx' },
  { code: '55', file: tmp.path('nan-report.xlsx'), style: 'xlsx' },
  { code: '12', file: tmp.path('นนทบุรี.csv'), style: 'csv' },
  { code: '90', file: tmp.path('report-south.csv'), style: 'csv' },
];
const TARGETS_FILE = tmp.path('targets.xlsx');
const SPECS: Spec[] = [];
const BY_FILE = new Map<string, Spec[]>();
const ZONE16_SHARED = [newLink()];
const ZONE_2_5_SHARED = [newLink(), newLink()];

beforeAll(async () => {
  for (const plan of PLANS) {
    const shared = plan.code === '56' || plan.code === '55' ? ZONE16_SHARED : ZONE_2_5_SHARED;
    const specs = generateProvince(plan, shared);
    BY_FILE.set(plan.file, specs);
    SPECS.push(...specs);
  }
  await writePhayao(PLANS[0].file, BY_FILE.get(PLANS[0].file)!);
  await writeNan(PLANS[1].file, BY_FILE.get(PLANS[1].file)!);
  writeCsv(PLANS[2].file, BY_FILE.get(PLANS[2].file)!);
  writeCsv(PLANS[3].file, BY_FILE.get(PLANS[3].file)!);
  await writeTargets(TARGETS_FILE);
});

const laosIn = (pred: (l: RegistryLao) => boolean) => LAOS.filter(pred).length;
const specsIn = (pred: (s: Spec) => boolean) => SPECS.filter(pred);

function expectThaiAndEnglish(run: CliRun): void {
  const lines = run.stderr.split('\n').filter((l) => l.trim() !== '');
  expect(lines.length).toBeGreaterThanOrEqual(2);
  expect(lines[0]).toMatch(/[\u0E01-\u0E4E]{3}/);
  expect(lines[lines.length - 1]).toMatch(/[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}/);
}

// ---- the national table ---------------------------------------------------------------------------

describe('khongdee rollup over four province files with the national registry and targets', () => {
  let json: Json;
  let budgetKey: string;

  beforeAll(async () => {
    const run = await runCli(
      'rollup',
      ...PLANS.map((p) => p.file),
      '--registry',
      REGISTRY_CSV,
      '--targets',
      TARGETS_FILE,
      '--json',
      ...TODAY,
    );
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
    const run = await runCli(
      'rollup',
      ...PLANS.map((p) => p.file),
      '--registry',
      REGISTRY_CSV,
      '--targets',
      TARGETS_FILE,
      '--json',
      '--by',
      'province',
      ...TODAY,
    );
    expect(run.code).toBe(0);
    const byProvince = JSON.parse(run.stdout);
    expect(byProvince.level).toBe('province');
    expect(byProvince.groups.map((g: Json) => g.code)).toEqual(
      json.groups.flatMap((z: Json) => z.children).map((p: Json) => p.code),
    );
    expect(figuresOf(byProvince.total)).toEqual(figuresOf(json.total));
  });

  test('--by district lists every district of every province with the same national total', async () => {
    const run = await runCli(
      'rollup',
      ...PLANS.map((p) => p.file),
      '--registry',
      REGISTRY_CSV,
      '--targets',
      TARGETS_FILE,
      '--json',
      '--by',
      'district',
      ...TODAY,
    );
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
    const run = await runCli(
      'rollup',
      ...PLANS.map((p) => p.file),
      '--registry',
      REGISTRY_CSV,
      '--targets',
      TARGETS_FILE,
      '--json',
      '--period',
      '2569-Q1',
      ...TODAY,
    );
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
    const run = await runCli(
      'rollup',
      ...PLANS.map((p) => p.file),
      '--registry',
      REGISTRY_CSV,
      '--targets',
      TARGETS_FILE,
      ...TODAY,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('รวมทั้งประเทศ');
    expect(run.stdout).toContain('เขตตรวจราชการที่ 16 : กลุ่มจังหวัดภาคเหนือตอนบน 2');
    const count = json.nonReporters.length;
    expect(run.stdout).toMatch(new RegExp(`ยังไม่รายงาน\\D*(?:${count}|${grouped(count)})`));
  });
});

// ---- the xlsx and HTML reports --------------------------------------------------------------------

describe('--out xlsx and --html of the national roll-up', () => {
  const out = tmp.path('national/รายงาน.xlsx');
  const html = tmp.path('national/รายงาน.html');
  let json: Json;
  let book: ExcelJS.Workbook;

  beforeAll(async () => {
    const run = await runCli(
      'rollup',
      ...PLANS.map((p) => p.file),
      '--registry',
      REGISTRY_CSV,
      '--targets',
      TARGETS_FILE,
      '--json',
      '--out',
      out,
      '--html',
      html,
      ...TODAY,
    );
    if (run.code !== 0) throw new Error(`rollup failed (${run.code}): ${run.stderr}`);
    json = JSON.parse(run.stdout);
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
  });

  const text = (v: ExcelJS.CellValue) =>
    v === null || v === undefined
      ? ''
      : typeof v === 'object' && 'richText' in v
        ? v.richText.map((r) => r.text).join('')
        : String(v);

  function table(ws: ExcelJS.Worksheet): { headerRow: number; headers: string[] } {
    for (let r = 1; r <= 10; r++) {
      if (text(ws.getRow(r).getCell(1).value) === 'ที่') {
        const headers: string[] = [];
        ws.getRow(r).eachCell({ includeEmpty: true }, (c, col) => (headers[col - 1] = text(c.value)));
        return { headerRow: r, headers };
      }
    }
    throw new Error(`no header in ${ws.name}`);
  }

  test('sheets: สรุปรายจังหวัด, the targets in A4 tables of their own, ยังไม่รายงาน, ปัญหาข้อมูล', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'สรุปรายจังหวัด',
      'เทียบเป้าหมาย',
      'เทียบเป้าหมาย (2)',
      'ยังไม่รายงาน',
      'ปัญหาข้อมูล',
    ]);
  });

  test('title block: title, scope, Thai B.E. date, period', () => {
    const ws = book.getWorksheet('สรุปรายจังหวัด')!;
    expect(text(ws.getCell('A1').value)).toBe(TITLE);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    const lines = [2, 3, 4].map((r) => text(ws.getCell(`A${r}`).value));
    expect(lines.some((l) => l.includes('76') && l.includes('จังหวัด'))).toBe(true);
    expect(lines).toContain(AS_OF);
    for (const ws2 of book.worksheets) expect([2, 3, 4].map((r) => text(ws2.getCell(`A${r}`).value))).toContain(AS_OF);
  });

  test('zone headings, provinces under them, bold รวม rows and รวมทั้งประเทศ, with the figures of the JSON computation', () => {
    const ws = book.getWorksheet('สรุปรายจังหวัด')!;
    const { headerRow } = table(ws);
    // the results and the targets sheets have the same rows: their columns are read as one table, results first
    const parts = [ws, ...book.worksheets.filter((w) => w.name.startsWith('เทียบเป้าหมาย'))].map((w) => ({
      w,
      ...table(w),
    }));
    for (const p of parts) expect(p.headerRow).toBe(headerRow);
    const headers = parts.flatMap((p) => p.headers);
    const where = parts.flatMap((p) => p.headers.map((_, i) => ({ w: p.w, c: i + 1 })));
    const col = (pred: (h: string) => boolean, what: string) => {
      const i = headers.findIndex(pred);
      if (i < 0) throw new Error(`no column for ${what} in ${headers.join(' | ')}`);
      return i + 1;
    };
    const C = {
      name: 2,
      laosTotal: col((h) => h.includes('ทั้งหมด'), 'laosTotal'),
      laosReported: col((h) => h.includes('ที่รายงาน') && h.includes('อปท'), 'laosReported'),
      participation: col((h) => h.includes('มีส่วนร่วม'), 'participation'),
      entries: col((h) => h.includes('รายการ'), 'entries'),
      links: col((h) => h.includes('ลิงก์'), 'links'),
      salesCount: col((h) => h.includes('ขายได้') && !h.includes('เป้าหมาย') && !h.includes('ร้อยละ'), 'salesCount'),
      revenue: col((h) => h.includes('รายรับ') && !h.includes('เป้าหมาย') && !h.includes('ร้อยละ'), 'revenue'),
      beneficiaries: col(
        (h) => h.includes('ประโยชน์') && !h.includes('เป้าหมาย') && !h.includes('ร้อยละ'),
        'beneficiaries',
      ),
      revenueTarget: col((h) => h.includes('เป้าหมาย') && h.includes('รายรับ') && !h.includes('ร้อยละ'), 'revenue target'),
      revenueAchievement: col((h) => h.includes('ร้อยละ') && h.includes('รายรับ'), 'revenue achievement'),
      budget: col((h) => h === 'งบประมาณ (บาท)', 'budget'),
      rowsWithErrors: col((h) => h.includes('แก้ไข') || h.includes('ผิดพลาด'), 'rowsWithErrors'),
    };
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.paperSize).toBe(9);
    // the name column is wide enough for Thai province names
    expect(ws.getColumn(C.name).width).toBeGreaterThanOrEqual(16);

    // walk the table: heading, provinces, รวม per zone; รวมทั้งประเทศ at the end
    const zones = json.groups;
    let r = headerRow + 1;
    const cell = (c: number) => where[c - 1].w.getRow(r).getCell(where[c - 1].c);
    const num = (c: number) => cell(c).value;
    const checkFigures = (g: Json) => {
      expect(num(C.laosTotal)).toBe(g.laosTotal);
      expect(num(C.laosReported)).toBe(g.laosReported);
      expect(num(C.participation)).toBe(g.participation);
      expect(num(C.entries)).toBe(g.entries);
      expect(num(C.links)).toBe(g.links);
      expect(num(C.salesCount)).toBe(g.salesCount);
      expect(num(C.revenue)).toBe(g.revenue);
      expect(num(C.beneficiaries)).toBe(g.beneficiaries);
      expect(num(C.rowsWithErrors)).toBe(g.rowsWithErrors);
      expect(num(C.revenueTarget)).toEqual(g.targets.revenue ?? '–');
      expect(num(C.revenueAchievement)).toEqual(g.achievement.revenue ?? '–');
      expect(num(C.budget)).toEqual(g.targets[Object.keys(g.targets).find((k) => k.includes('งบประมาณ')) ?? ''] ?? '–');
      for (const c of [
        C.laosTotal,
        C.laosReported,
        C.entries,
        C.links,
        C.salesCount,
        C.beneficiaries,
        C.rowsWithErrors,
      ])
        expect(cell(c).numFmt).toBe('#,##0');
      expect(cell(C.revenue).numFmt).toBe('#,##0.00');
      if (typeof num(C.revenueTarget) === 'number') expect(cell(C.revenueTarget).numFmt).toBe('#,##0.00');
      if (typeof num(C.budget) === 'number') expect(cell(C.budget).numFmt).toBe('#,##0.00');
    };
    for (const z of zones) {
      const n = Number(z.key);
      const cluster = FACTS.find((p) => p.zone === n)!.cluster;
      expect(text(cell(1).value)).toBe(`เขตตรวจราชการที่ ${n} : กลุ่มจังหวัด${cluster}`);
      expect(cell(1).font?.bold).toBe(true);
      expect(cell(1).isMerged).toBe(true);
      r++;
      for (const p of z.children) {
        const name = text(cell(C.name).value);
        if (p.hasReport) expect(name).toBe(FACT.get(p.code)!.nameTh);
        else {
          expect(name.startsWith(FACT.get(p.code)!.nameTh)).toBe(true);
          expect(name).toMatch(/ยังไม่/);
        }
        expect(typeof cell(1).value).toBe('number');
        checkFigures(p);
        r++;
      }
      expect(text(cell(C.name).value)).toBe('รวม');
      expect(cell(C.name).font?.bold).toBe(true);
      expect(cell(C.laosTotal).font?.bold).toBe(true);
      checkFigures(z);
      r++;
    }
    expect(text(cell(C.name).value)).toBe('รวมทั้งประเทศ');
    expect(cell(C.revenue).font?.bold).toBe(true);
    checkFigures(json.total);
    // province numbers run 1..76 over the zones
    const seqs: number[] = [];
    for (let i = headerRow + 1; i < r; i++) {
      const v = ws.getRow(i).getCell(1).value;
      if (typeof v === 'number') seqs.push(v);
    }
    expect(seqs).toEqual(Array.from({ length: 76 }, (_, i) => i + 1));
  });

  test('the sheet ยังไม่รายงาน lists exactly the non-reporters with code and prefixed name', () => {
    const ws = book.getWorksheet('ยังไม่รายงาน')!;
    const codes: string[] = [];
    const names = new Map<string, string>();
    ws.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (c, i) => (cells[i - 1] = text(c.value)));
      const i = cells.findIndex((c) => /^\d{7}$/.test(c));
      if (i >= 0) {
        codes.push(cells[i]);
        names.set(cells[i], cells[i + 1]);
      }
    });
    expect(codes).toEqual(json.nonReporters.map((n: Json) => n.code));
    const sample = json.nonReporters[100];
    expect(names.get(sample.code)).toBe(sample.name);
  });

  test('the sheet ปัญหาข้อมูล has every problem: file, row, column header, value and a Thai message', () => {
    const ws = book.getWorksheet('ปัญหาข้อมูล')!;
    const { headerRow, headers } = table(ws);
    const rows: string[][] = [];
    ws.eachRow((row, n) => {
      if (n <= headerRow) return;
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (c, i) => (cells[i - 1] = text(c.value)));
      if (/^\d+$/.test(cells[0] ?? '')) rows.push(cells);
    });
    const problems = SPECS.filter((s) => s.code);
    expect(rows).toHaveLength(problems.length);
    const fileCol = headers.findIndex((h) => h.includes('ไฟล์'));
    const rowCol = headers.indexOf('แถว');
    const valueCol = headers.findIndex((h) => h.includes('ค่า'));
    const messageCol = headers.findIndex((h) => h.includes('ข้อความ'));
    const columnCol = headers.findIndex((h) => h.includes('คอลัมน์'));
    expect(Math.min(fileCol, rowCol, valueCol, messageCol, columnCol)).toBeGreaterThanOrEqual(0);
    for (const s of problems) {
      const hit = rows.find((r) => r[fileCol].endsWith(s.file.split('/').pop()!) && r[rowCol] === String(s.sheetRow));
      expect(hit).toBeDefined();
      expect(hit![messageCol]).toMatch(/[\u0E01-\u0E4E]/);
    }
    const notNumber = SPECS.find((s) => s.code === 'NOT_A_NUMBER')!;
    const hit = rows.find(
      (r) => r[fileCol].endsWith(notNumber.file.split('/').pop()!) && r[rowCol] === String(notNumber.sheetRow),
    )!;
    expect(hit[valueCol]).toBe('๑๒x');
    expect(hit[columnCol]).toBe('รายรับ (บาท)');
  });

  test('the HTML page is self-contained and carries the same table', () => {
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/i);
    expect(page).not.toMatch(/\s(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(page).not.toMatch(/<script[^>]*\ssrc\s*=/i);
    expect(page).not.toMatch(/<link[^>]*rel\s*=\s*["']?stylesheet/i);
    expect(page).not.toMatch(/@import/i);
    // the embedded Sarabun is the only url(), as data: URLs
    expect(page).not.toMatch(/url\s*\((?!data:|#)/i);
    expect(page).not.toMatch(/<iframe|<object|<embed/i);
    // bar charts of revenue and of participation
    expect((page.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(page).toContain(TITLE);
    expect(page).toContain(AS_OF);
    expect(page).toContain('รวมทั้งประเทศ');
    expect(page).toContain('เขตตรวจราชการที่ 16 : กลุ่มจังหวัดภาคเหนือตอนบน 2');
    expect(page).toContain(bahtText(Math.round(json.total.revenue * 100)));
    expect(page).toMatch(/@media print|@page/);
  });
});

// ---- one province ---------------------------------------------------------------------------------

describe('a single-province run by district', () => {
  const phayaoLaos = () => LAOS.filter((l) => l.provinceCode === '56');

  function checkPhayao(json: Json): void {
    expect(json.scope.national).toBe(false);
    expect(json.scope.provinces).toEqual([{ code: '56', name: 'พะเยา' }]);
    expect(json.level).toBe('district');
    const districtCodes = [...new Set(phayaoLaos().map((l) => l.districtCode))].sort();
    expect(json.groups.map((g: Json) => g.code)).toEqual(districtCodes);
    const specs = BY_FILE.get(PLANS[0].file)!;
    for (const d of json.groups) {
      const want = expectedFigures(
        specs.filter((s) => s.districtCode === d.code),
        laosIn((l) => l.districtCode === d.code),
        undefined,
        '',
      );
      expect({ code: d.code, ...figuresOf(d) }).toEqual({ code: d.code, ...want });
    }
    expect(figuresOf(json.total)).toEqual(expectedFigures(specs, phayaoLaos().length, undefined, ''));
    expect(json.nonReporters.every((n: Json) => n.province === 'พะเยา')).toBe(true);
  }

  test('with the built-in Phayao registry: the district table, xlsx sheet สรุปรายอำเภอ', async () => {
    const out = tmp.path('phayao-only/phayao.xlsx');
    const run = await runCli('rollup', PLANS[0].file, '--by', 'district', '--json', '--out', out, ...TODAY);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    checkPhayao(json);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(['สรุปรายอำเภอ', 'ยังไม่รายงาน', 'ปัญหาข้อมูล']);
    const ws = book.worksheets[0];
    expect(ws.getCell('A1').value).toBe(TITLE);
    expect([ws.getCell('A2').value, ws.getCell('A3').value]).toEqual(['จังหวัดพะเยา', AS_OF]);
    let last = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(2).value === 'รวม') last = n;
    });
    expect(last).toBeGreaterThan(0);
    expect(ws.getRow(last).getCell(3).value).toBe(json.total.laosTotal);
    expect(ws.getRow(last).getCell(2).font?.bold).toBe(true);
    const names: string[] = [];
    ws.eachRow((row, n) => {
      if (n < last && typeof row.getCell(1).value === 'number') names.push(String(row.getCell(2).value));
    });
    expect(names).toEqual(json.groups.map((g: Json) => g.name));
    expect(names[0]).toBe('เมืองพะเยา');
  });

  test('with the national registry (DLA’s CSV), one province file is still that province’s table', async () => {
    const viaCsv = await runCli(
      'rollup',
      PLANS[0].file,
      '--by',
      'district',
      '--json',
      '--registry',
      REGISTRY_CSV,
      ...TODAY,
    );
    expect(viaCsv.code).toBe(0);
    checkPhayao(JSON.parse(viaCsv.stdout));
  });

  test('the imported registry file gives the same roll-up as DLA’s CSV', async () => {
    const registryJson = tmp.path('single/registry.json');
    expect((await runCli('registry', 'import', REGISTRY_CSV, '--out', registryJson, '--json')).code).toBe(0);
    const a = await runCli('rollup', ...PLANS.map((p) => p.file), '--json', '--registry', REGISTRY_CSV, ...TODAY);
    const b = await runCli('rollup', ...PLANS.map((p) => p.file), '--json', '--registry', registryJson, ...TODAY);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(JSON.parse(b.stdout)).toEqual(JSON.parse(a.stdout));
  });

  test('--province tells the province of a file that does not say it', async () => {
    const file = tmp.path('province-option/report.csv');
    mkdirSync(tmp.path('province-option'), { recursive: true });
    const nan = LAOS.filter((l) => l.provinceCode === '55').slice(0, 2);
    writeFileSync(
      file,
      csvText([
        ['ลำดับ', ...HEADER_COMMON],
        ...nan.map((l, i) => [
          i + 1,
          '15/10/2568',
          l.district,
          `${PREFIXES[l.type][0]}${l.name}`,
          'ข้าว',
          `https://www.facebook.com/share/p/opt${i}`,
          1,
          100,
          1,
          '',
        ]),
      ]),
    );
    const run = await runCli('rollup', file, '--json', '--province', 'จ.น่าน', ...TODAY);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.scope.provinces).toEqual([{ code: '55', name: 'น่าน' }]);
    expect(json.total).toMatchObject({
      entries: 2,
      revenue: 200,
      salesCount: 2,
      beneficiaries: 2,
      laosTotal: null,
      participation: null,
    });
  });

  test('a file whose only province hint is a title line directly above the header', async () => {
    const file = tmp.path('title-only/report.csv');
    mkdirSync(tmp.path('title-only'), { recursive: true });
    const nan = LAOS.filter((l) => l.provinceCode === '55').slice(0, 3);
    writeFileSync(
      file,
      csvText([
        ['แบบรายงานผลการดำเนินกิจกรรม จังหวัดน่าน'],
        ['ลำดับ', ...HEADER_COMMON],
        ...nan.map((l, i) => [
          i + 1,
          '15/10/2568',
          l.district,
          `${PREFIXES[l.type][0]}${l.name}`,
          'ข้าว',
          `https://www.facebook.com/share/p/title${i}`,
          1,
          100,
          1,
          '',
        ]),
      ]),
    );
    const run = await runCli('rollup', file, '--json', ...TODAY);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).scope.provinces).toEqual([{ code: '55', name: 'น่าน' }]);
  });
});

// ---- registry import ------------------------------------------------------------------------------

describe('khongdee registry import', () => {
  const TYPE_KEY: Record<DlaType, string> = {
    'อบจ.': 'pao',
    เทศบาลนคร: 'city',
    เทศบาลเมือง: 'town',
    เทศบาลตำบล: 'subdistrictMunicipality',
    'อบต.': 'sao',
    ท้องถิ่นรูปแบบพิเศษ: 'special',
  };

  test('DLA’s national list: 7,849 อปท. by type and province', async () => {
    const out = tmp.path('import/registry.json');
    const run = await runCli('registry', 'import', REGISTRY_CSV, '--out', out, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.laos).toBe(7849);
    expect(json.byType).toEqual({ pao: 76, city: 30, town: 195, subdistrictMunicipality: 2247, sao: 5300, special: 1 });
    // and the same counts read independently from the file's ประเภท อปท. and รหัส อปท. columns
    const byType: Record<string, number> = {};
    const byProvince: Record<string, number> = {};
    for (const l of LAOS) {
      byType[TYPE_KEY[l.type]] = (byType[TYPE_KEY[l.type]] ?? 0) + 1;
      byProvince[l.provinceCode] = (byProvince[l.provinceCode] ?? 0) + 1;
    }
    expect(json.byType).toEqual(byType);
    expect(json.byProvince).toEqual(byProvince);
    expect(Object.keys(json.byProvince)).toHaveLength(76);
    expect(json.byProvince['10']).toBeUndefined();
    expect(existsSync(out)).toBe(true);
  });

  test('a copy with every อปท. repeated once per ตำบล imports to the same registry file', async () => {
    const original = tmp.path('import2/original.json');
    const repeatedOut = tmp.path('import2/repeated.json');
    const repeatedCsv = tmp.path('import2/repeated.csv');
    mkdirSync(tmp.path('import2'), { recursive: true });
    const records = readFileSync(REGISTRY_CSV, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r\n/)
      .filter((l) => l !== '');
    const [header, ...body] = records;
    const lines = [header];
    for (const line of body) {
      const cells = line.split(',');
      for (let t = 1; t <= 3; t++) {
        cells[2] = `ตำบลที่ ${t}`;
        cells[6] = `"${t}/2, หมู่บ้าน"`;
        lines.push(cells.join(','));
      }
    }
    writeFileSync(repeatedCsv, `\uFEFF${lines.join('\r\n')}\r\n`);
    const a = await runCli('registry', 'import', REGISTRY_CSV, '--out', original, '--json');
    const b = await runCli('registry', 'import', repeatedCsv, '--out', repeatedOut, '--json');
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const jb = JSON.parse(b.stdout);
    expect(jb.laos).toBe(7849);
    expect(jb.rowsRead).toBe(3 * 7849);
    expect(jb.duplicateRows).toBe(2 * 7849);
    expect(jb.conflicts).toBe(0);
    expect(readFileSync(repeatedOut, 'utf8')).toBe(readFileSync(original, 'utf8'));
  });
});

// ---- bad input ------------------------------------------------------------------------------------

describe('bad input: exit 2, Thai + English on stderr, nothing on stdout, no output file', () => {
  let n = 0;
  async function refused(args: string[], mentions: (string | RegExp)[] = []): Promise<CliRun> {
    const dir = tmp.path(`bad-${++n}`);
    mkdirSync(dir, { recursive: true });
    const run = await runCli(
      'rollup',
      ...args,
      '--out',
      join(dir, 'report.xlsx'),
      '--html',
      join(dir, 'report.html'),
      ...TODAY,
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expectThaiAndEnglish(run);
    for (const m of mentions) expect(run.stderr).toMatch(m);
    expect(readdirSync(dir)).toEqual([]);
    return run;
  }

  function badFile(name: string, content: string | Buffer): string {
    const file = tmp.path(`inputs/${name}`);
    mkdirSync(tmp.path('inputs'), { recursive: true });
    writeFileSync(file, content);
    return file;
  }

  test('a registry file of the wrong shape', async () => {
    const registry = badFile('wrong-registry.csv', '\uFEFFชื่อ,ที่อยู่,โทรศัพท์\r\nบ้านใหม่,1 หมู่ 2,054000000\r\n');
    await refused([PLANS[0].file, '--registry', registry], ['wrong-registry.csv', 'รหัส อปท.']);
  });

  test('an empty registry (header only, or an empty file)', async () => {
    const headerOnly = badFile('empty-registry.csv', `${readFileSync(REGISTRY_CSV, 'utf8').split('\r\n')[0]}\r\n`);
    await refused([PLANS[0].file, '--registry', headerOnly], ['empty-registry.csv']);
    const zero = badFile('zero-registry.csv', '');
    await refused([PLANS[0].file, '--registry', zero], ['zero-registry.csv']);
  });

  test('targets naming unknown places', async () => {
    const targets = badFile(
      'bad-targets.csv',
      csvText([
        ['จังหวัด', 'อำเภอ', 'รายรับ (บาท)'],
        ['จังหวัดสมมุติ', '', 1000],
        ['พะเยา', 'อ.ไม่มีอำเภอนี้', 500],
        ['พะเยา', 'จุน', 200],
      ]),
    );
    await refused(
      [...PLANS.map((p) => p.file), '--registry', REGISTRY_CSV, '--targets', targets],
      ['สมมุติ', 'ไม่มีอำเภอนี้', 'bad-targets.csv'],
    );
  });

  test('targets with numbers that cannot be read', async () => {
    const targets = badFile(
      'bad-numbers.csv',
      csvText([
        ['จังหวัด', 'รายรับ (บาท)'],
        ['พะเยา', 'หนึ่งพัน'],
        ['น่าน', '-5'],
      ]),
    );
    await refused([PLANS[0].file, '--targets', targets], ['หนึ่งพัน', '-5']);
  });

  test('two provinces in the province column of one file', async () => {
    const file = badFile(
      'two-provinces.csv',
      csvText([
        ['ลำดับ', 'จังหวัด', ...HEADER_COMMON],
        [
          1,
          'พะเยา',
          '15/10/2568',
          'เมืองพะเยา',
          'ทต.แม่กา',
          'ข้าว',
          'https://www.facebook.com/share/p/tp1',
          1,
          100,
          1,
          '',
        ],
        [2, 'น่าน', '15/10/2568', 'เมืองน่าน', 'ทต.ดู่ใต้', 'ข้าว', 'https://www.facebook.com/share/p/tp2', 1, 100, 1, ''],
      ]),
    );
    await refused([file, '--registry', REGISTRY_CSV], ['two-provinces.csv', 'พะเยา', 'น่าน']);
  });

  test('a file whose province cannot be told', async () => {
    const file = badFile(
      'no-province.csv',
      csvText([
        ['ลำดับ', ...HEADER_COMMON],
        [1, '15/10/2568', 'ไม่ทราบ', 'อบต.ไม่มีในทะเบียนเลย', 'ข้าว', 'https://www.facebook.com/share/p/np1', 1, 100, 1, ''],
      ]),
    );
    await refused([file], ['no-province.csv']);
  });

  test('a period that cannot be read', async () => {
    await refused([PLANS[0].file, '--period', '2569-Q5'], ['2569-Q5']);
  });

  test('an unknown --by', async () => {
    await refused([PLANS[0].file, '--by', 'amphoe'], ['amphoe', 'district']);
  });

  test('an unknown --province', async () => {
    await refused([PLANS[0].file, '--province', 'เมืองลับแล'], ['เมืองลับแล']);
  });

  test('an existing report is left as it was when the run is refused', async () => {
    const dir = tmp.path('keep');
    mkdirSync(dir, { recursive: true });
    const out = join(dir, 'report.xlsx');
    writeFileSync(out, 'old report');
    const run = await runCli('rollup', PLANS[0].file, '--period', '2569-Q5', '--out', out, ...TODAY);
    expect(run.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('old report');
    expect(readdirSync(dir)).toEqual(['report.xlsx']);
  });
});
