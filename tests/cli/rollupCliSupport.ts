// The province reports and targets file the rollup CLI tests read: four provinces generated from DLA's national list
// (xlsx and csv, every written form), seeded so every run is the same, built in a temporary folder before the tests.

import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import {
  type Day,
  HEADER,
  LAOS,
  type LinkRef,
  linkText,
  newLink,
  provinceTargets,
  type TargetRow,
  targetsSheet,
} from '../consolidate/fixture';
import { type CliRun, runCli } from '../support/cli';
import { bahtText, grouped, PREFIXES, REGISTRY_CSV, type RegistryLao, seeded, thaiDigits } from '../support/rollupData';
import { type TempDir, tempDir } from '../support/tempDir';

export const TODAY = ['--today', '2026-11-21'];
export const AS_OF = 'ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569';
export const TITLE = 'สรุปผลการดำเนินกิจกรรม “ตลาดนัดท้องถิ่นออนไลน์ เครือข่ายของดีบ้านเรา”';

// ---- the generated reports ------------------------------------------------------------------------

export type Status = 'ok' | 'warning' | 'error' | 'not-reported';

/** One generated report row, with what it should count for. */
export interface Spec {
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

export interface ProvincePlan {
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

export const HEADER_COMMON = HEADER.slice(1);
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

export function csvText(rows: (string | number)[][]): string {
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

export const TARGET_ROWS: TargetRow[] = [
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
export const PROVINCE_TARGETS = provinceTargets(TARGET_ROWS);

async function writeTargets(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('ค่าเป้าหมาย');
  ws.addRows([...targetsSheet(TARGET_ROWS), ['', 'รวม', '', 38, 130, 290000, 235, 890000.75]]);
  await book.xlsx.writeFile(path);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

// ---- fixtures -------------------------------------------------------------------------------------

export const laosIn = (pred: (l: RegistryLao) => boolean) => LAOS.filter(pred).length;

/** The generated files and what they hold; SPECS and BY_FILE are filled by the beforeAll this registers. */
export interface ProvinceReports {
  readonly tmp: TempDir;
  readonly PLANS: readonly ProvincePlan[];
  readonly TARGETS_FILE: string;
  readonly SPECS: Spec[];
  readonly BY_FILE: Map<string, Spec[]>;
  readonly ZONE16_SHARED: readonly LinkRef[];
  readonly ZONE_2_5_SHARED: readonly LinkRef[];
  /** `khongdee rollup` of the four files with the national registry and the targets, `extra` options, today fixed */
  readonly national: (...extra: string[]) => Promise<CliRun>;
}

/** Called once at the top of a test file: its own folder (removed after the file), its files written before its tests. */
export function provinceReports(): ProvinceReports {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
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

  const national = (...extra: string[]) =>
    runCli(
      'rollup',
      ...PLANS.map((p) => p.file),
      '--registry',
      REGISTRY_CSV,
      '--targets',
      TARGETS_FILE,
      ...extra,
      ...TODAY,
    );
  return { tmp, PLANS, TARGETS_FILE, SPECS, BY_FILE, ZONE16_SHARED, ZONE_2_5_SHARED, national };
}
