// Generated province reports for the consolidation tests (real อปท. from DLA's national list, seeded so every run is the same),
// the sheets they become (as a reader gives them) and the files they are written to, plus the figures, statuses and shared links
// a consolidation of them must give, computed here from the generated rows without the product's code.

import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core/cell';
import {
  bahtText,
  grouped,
  PREFIXES,
  type ProvinceFact,
  percent1,
  provinceFacts,
  type RegistryLao,
  registryLaos,
  seeded,
  thaiDigits,
} from '../support/rollupData';

export const TODAY = { year: 2026, month: 11, day: 21 };
export const TODAY_ARGS = ['--today', '2026-11-21'];
export const LAOS = registryLaos();
export const FACTS = provinceFacts();
export const FACT = new Map(FACTS.map((p) => [p.code, p]));
/** the 76 provinces with อปท. under DLA (Bangkok is not one) */
export const DLA_PROVINCES: ProvinceFact[] = FACTS.filter((p) => LAOS.some((l) => l.provinceCode === p.code));

export type Platform = 'facebook' | 'tiktok' | 'youtube';
export interface LinkRef {
  readonly id: string;
  readonly platform: Platform;
}
export interface Day {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
export type Status = 'ok' | 'warning' | 'error' | 'not-reported';

/** One generated report line and what it should count for. */
export interface Spec {
  readonly provinceCode: string;
  readonly lao: RegistryLao;
  readonly laoText: string;
  readonly districtText: string;
  readonly date: Day | null;
  readonly links: readonly LinkRef[];
  readonly sales: number | null;
  /** satang */
  readonly revenue: number | null;
  readonly people: number | null;
  readonly cells: { sales: string | number; revenue: string | number; people: string | number };
  readonly status: Status;
  readonly code: string | null;
}

export const rnd = seeded(5_2569);
let linkCounter = 0;
export function newLink(): LinkRef {
  linkCounter++;
  return {
    id: `cons${linkCounter}y${rnd.int(100, 999)}`,
    platform: rnd.pick(['facebook', 'facebook', 'tiktok', 'youtube'] as const),
  };
}

/** The ways one post's address is written; all mean the same canonical link. */
export function linkText(link: LinkRef): string {
  const n = link.id.replace(/\D/g, '');
  switch (link.platform) {
    case 'facebook':
      return rnd.pick([
        `https://www.facebook.com/share/p/${link.id}`,
        `https://m.facebook.com/share/p/${link.id}`,
        `https://www.facebook.com/share/p/${link.id}?fbclid=IwAR0${n}`,
      ]);
    case 'tiktok':
      return rnd.pick([
        `https://www.tiktok.com/@khongdee/video/7${n}`,
        `https://www.tiktok.com/@khongdee/video/7${n}?is_from_webapp=1`,
      ]);
    case 'youtube':
      return rnd.pick([`https://youtu.be/${link.id}`, `https://www.youtube.com/watch?v=${link.id}`]);
  }
}

/** What a canonical link of this post contains, to find it in the product's output without its canonicaliser. */
export function linkMark(link: LinkRef): string {
  return link.platform === 'tiktok' ? `7${link.id.replace(/\D/g, '')}` : link.id;
}

function fiscal2569Date(): Day {
  const day = new Date(Date.UTC(2025, 9, 1) + rnd.int(0, 364) * 86_400_000);
  return { y: day.getUTCFullYear(), m: day.getUTCMonth() + 1, d: day.getUTCDate() };
}

const q1Date = (): Day => ({ y: 2025, m: rnd.int(10, 12), d: rnd.int(1, 28) });

function districtText(l: RegistryLao): string {
  const forms = [l.district, `อำเภอ${l.district}`, `อ.${l.district}`];
  if (l.district.startsWith('เมือง')) forms.push('อ.เมือง');
  return rnd.pick(forms);
}

export type Style = 'xlsx' | 'csv';

function written(style: Style, sales: number | null, revenue: number | null, people: number | null): Spec['cells'] {
  if (style === 'xlsx') {
    return {
      sales: sales ?? '',
      revenue: revenue === null ? '' : rnd.next() < 0.7 ? revenue / 100 : `${bahtText(revenue)} บาท`,
      people: people === null ? '' : people === 0 ? '-' : people,
    };
  }
  const money = (s: number) =>
    rnd.pick([bahtText(s), `${bahtText(s, true)} บาท`, thaiDigits(bahtText(s)), `฿${bahtText(s)}`]);
  return {
    sales: sales === null ? '' : rnd.pick([String(sales), `${sales} ครั้ง`, thaiDigits(String(sales))]),
    revenue: revenue === null ? '' : money(revenue),
    people: people === null ? '' : people === 0 ? '-' : rnd.pick([String(people), `${grouped(people)} คน`]),
  };
}

function goodRow(
  l: RegistryLao,
  style: Style,
  links: readonly LinkRef[] = [],
  status: Status = 'ok',
  code: string | null = null,
): Spec {
  const linkOnly = rnd.next() < 0.1;
  const sales = linkOnly ? null : rnd.int(1, 40);
  const revenue = linkOnly ? null : rnd.int(100, 2_000_000);
  const people = linkOnly ? null : rnd.int(0, 60);
  return {
    provinceCode: l.provinceCode,
    lao: l,
    laoText: `${rnd.pick(PREFIXES[l.type])}${l.name}`,
    districtText: districtText(l),
    date: rnd.next() < 0.12 ? null : fiscal2569Date(),
    links: links.length > 0 ? links : Array.from({ length: rnd.int(1, 3) }, newLink),
    sales,
    revenue,
    people,
    cells: written(style, sales, revenue, people),
    status,
    code,
  };
}

/** อปท. of a province that a typed (type, name) finds wherever its district is written. */
function plainLaos(code: string): RegistryLao[] {
  const mine = LAOS.filter((l) => l.provinceCode === code && l.type !== 'ท้องถิ่นรูปแบบพิเศษ');
  return mine.filter((l) => mine.filter((o) => o.type === l.type && o.name === l.name).length === 1);
}

/**
 * One report of a province: good lines (some with a second line), a line carrying links shared with other reports,
 * an error line of an อปท. that also has good lines, an อปท. whose only line has an error, a warning-only อปท.,
 * an อปท. named without results, and a post claimed again by a second อปท. later in the sheet.
 * `laos` lets two reports of one province use different อปท.
 */
export function reportSpecs(
  code: string,
  style: Style,
  shared: readonly LinkRef[],
  laos: RegistryLao[] = rnd.shuffle(plainLaos(code)),
): Spec[] {
  const [errOnly, warnOnly, notReported, ...good] = laos.slice(0, 12);
  const specs: Spec[] = [];
  for (const l of good.slice(0, 7)) {
    specs.push(goodRow(l, style));
    if (rnd.next() < 0.4) specs.push(goodRow(l, style));
  }
  if (shared.length > 0) specs.push(goodRow(good[7], style, shared));
  const e1 = goodRow(good[0], style, [newLink()], 'error', 'NOT_A_NUMBER');
  specs.push({
    ...e1,
    date: q1Date(),
    sales: 5,
    revenue: null,
    people: 2,
    cells: { sales: 5, revenue: '๑๒x', people: 2 },
  });
  const e2 = goodRow(errOnly, style, [newLink()], 'error', 'NEGATIVE_NUMBER');
  specs.push({
    ...e2,
    date: q1Date(),
    sales: 3,
    revenue: 30000,
    people: null,
    cells: { sales: 3, revenue: 300, people: '-5' },
  });
  const w1 = goodRow(warnOnly, style, [], 'warning', 'SALES_WITHOUT_REVENUE');
  specs.push({ ...w1, sales: 2, revenue: null, people: 1, cells: { sales: 2, revenue: '', people: 1 } });
  specs.push({
    ...goodRow(notReported, style),
    links: [],
    sales: null,
    revenue: null,
    people: null,
    cells: { sales: '', revenue: '', people: '' },
    status: 'not-reported',
    date: null,
  });
  const sharedIds = new Set(shared.map((l) => l.id));
  const first = specs.find(
    (s) => s.status === 'ok' && s.links.length === 1 && s.lao !== good[2] && !sharedIds.has(s.links[0].id),
  )!;
  specs.push(goodRow(good[2], style, [first.links[0]], 'warning', 'LINK_CLAIMED_BY_OTHER'));
  return specs;
}

// ---- sheets ----------------------------------------------------------------------------------------

import { HEADER } from '../support/sheets';

export { HEADER };

const PRODUCTS = ['ข้าวหอมมะลิ', 'ผ้าทอมือ', 'น้ำผึ้งป่า', 'กาแฟดอย', 'ปลาส้ม'];

export interface Layout {
  /** a title line naming the province ("… จังหวัดน่าน"), or a plain one */
  readonly title?: string;
  /** a province column, written in these forms in turn */
  readonly provinceColumn?: readonly string[];
  /** dates as date cells (xlsx) instead of B.E. text */
  readonly dateCells?: boolean;
  /** the sidebar's hidden submission-time column, one ISO time per reported line (null: left blank) */
  readonly submitted?: readonly (string | null)[];
}

/** The sheet as a reader hands it over: a title line, the header, one row per line; csv cells are all text. */
export function sheetRows(specs: readonly Spec[], layout: Layout, style: Style): CellValue[][] {
  const header = [
    ...(layout.provinceColumn ? ['ลำดับ', 'จังหวัด', ...HEADER.slice(1)] : HEADER),
    ...(layout.submitted ? ['เวลาที่ส่ง'] : []),
  ];
  const rows: CellValue[][] = [[layout.title ?? 'แบบรายงานผลการดำเนินกิจกรรมตลาดนัดท้องถิ่นออนไลน์'], header];
  specs.forEach((s, i) => {
    const date: CellValue =
      s.date === null
        ? ''
        : layout.dateCells
          ? { kind: 'date', year: s.date.y, month: s.date.m, day: s.date.d }
          : `${s.date.d}/${s.date.m}/${s.date.y + 543}`;
    const links = s.links.map(linkText).join(rnd.pick(['\n', ' ', ' , ']));
    const figures: CellValue[] = [s.cells.sales, s.cells.revenue, s.cells.people].map((v) =>
      style === 'csv' ? String(v) : v,
    );
    const province = layout.provinceColumn ? [layout.provinceColumn[i % layout.provinceColumn.length]] : [];
    const submitted = layout.submitted ? [layout.submitted[i] ?? ''] : [];
    rows.push([
      style === 'csv' ? String(i + 1) : i + 1,
      ...province,
      date,
      s.districtText,
      s.laoText,
      rnd.pick(PRODUCTS),
      links,
      ...figures,
      '',
      ...submitted,
    ]);
  });
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill('')]);
}

export function csvText(rows: readonly (readonly CellValue[])[]): string {
  const field = (v: CellValue) => {
    const t = v === null ? '' : typeof v === 'object' ? `${v.day}/${v.month}/${v.year + 543}` : String(v);
    return /[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  return `\uFEFF${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

export async function writeXlsx(
  file: string,
  sheets: readonly { name: string; rows: readonly (readonly CellValue[])[] }[],
): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = book.addWorksheet(s.name);
    s.rows.forEach((r, i) => {
      ws.getRow(i + 1).values = r.map((v) =>
        v !== null && typeof v === 'object' ? new Date(Date.UTC(v.year, v.month - 1, v.day)) : v,
      );
    });
  }
  await book.xlsx.writeFile(file);
}

export function writeCsv(file: string, rows: readonly (readonly CellValue[])[]): void {
  writeFileSync(file, csvText(rows));
}

// ---- targets -------------------------------------------------------------------------------------

export interface TargetValues {
  laosReported: number;
  salesCount: number;
  /** satang */
  revenue: number;
  beneficiaries: number;
  /** งบประมาณ, satang: an extra column, summed but never compared */
  budget: number;
}
const TARGET_KEYS: (keyof TargetValues)[] = ['laosReported', 'salesCount', 'revenue', 'beneficiaries', 'budget'];

export interface TargetRow {
  readonly province: string;
  readonly district: string;
  readonly v: TargetValues;
}

export function sumTargets(list: readonly (TargetValues | undefined)[]): TargetValues | undefined {
  const present = list.filter((t): t is TargetValues => t !== undefined);
  if (present.length === 0) return undefined;
  const out: TargetValues = { laosReported: 0, salesCount: 0, revenue: 0, beneficiaries: 0, budget: 0 };
  for (const t of present) for (const k of TARGET_KEYS) out[k] += t[k];
  return out;
}

/** A province's targets: its own row, else the sum of its district rows. */
export function provinceTargets(rows: readonly TargetRow[]): Record<string, TargetValues> {
  const code = (name: string) => FACTS.find((p) => name.endsWith(p.nameTh))!.code;
  const explicit = new Set(rows.filter((r) => r.district === '').map((r) => code(r.province)));
  const out: Record<string, TargetValues> = {};
  for (const r of rows) {
    const c = code(r.province);
    if (r.district !== '' && explicit.has(c)) continue;
    out[c] = sumTargets([out[c], r.v])!;
  }
  return out;
}

export function targetsSheet(rows: readonly TargetRow[]): CellValue[][] {
  return [
    ['ค่าเป้าหมายกิจกรรมตลาดนัดท้องถิ่นออนไลน์ ปีงบประมาณ 2569'],
    [
      'ที่',
      'จังหวัด',
      'อำเภอ',
      'อปท. ที่เข้าร่วม (แห่ง)',
      'จำนวนครั้งที่ขายได้ (ครั้ง)',
      'รายรับ (บาท)',
      'ผู้ได้รับประโยชน์ (คน)',
      'งบประมาณ (บาท)',
    ],
    ...rows.map((r, i) => [
      i + 1,
      r.province,
      r.district,
      r.v.laosReported,
      r.v.salesCount,
      r.v.revenue / 100,
      r.v.beneficiaries,
      bahtText(r.v.budget),
    ]),
  ];
}

// ---- the independent computation --------------------------------------------------------------------

export interface Figures {
  laosTotal: number;
  laosReported: number;
  participation: number | null;
  entries: number;
  links: number;
  linksByPlatform: Record<string, number>;
  salesCount: number;
  /** baht */
  revenue: number;
  beneficiaries: number;
  rowsWithErrors: number;
  rowsWithWarnings: number;
  undated: number;
  targets: Record<string, number>;
  achievement: Record<string, number | null>;
}

const FIGURE_KEYS: readonly (keyof Figures)[] = [
  'laosTotal',
  'laosReported',
  'participation',
  'entries',
  'links',
  'linksByPlatform',
  'salesCount',
  'revenue',
  'beneficiaries',
  'rowsWithErrors',
  'rowsWithWarnings',
  'undated',
  'targets',
  'achievement',
];

/** A JSON group's figures, and only them, to compare with expectedFigures. */
export function figuresOf(group: Record<string, unknown>): Figures {
  return Object.fromEntries(FIGURE_KEYS.map((key) => [key, group[key]])) as unknown as Figures;
}

/** What the expected figures read of a line (the roll-up CLI's lines may name an อปท. the registry does not know). */
type CountedLine = Pick<Spec, 'date' | 'links' | 'sales' | 'revenue' | 'people' | 'status'> & {
  readonly lao: { readonly code: string } | null;
};

/** A reporting period, both days included. */
export interface DayRange {
  readonly start: Day;
  readonly end: Day;
}
const dayNumber = (d: Day) => d.y * 10000 + d.m * 100 + d.d;

/**
 * A group's figures from its lines, the registry's count of its อปท. and its targets, as the roll-up defines them; with a
 * period, only lines dated within it count, and lines without a date are counted as undated.
 */
export function expectedFigures(
  specs: readonly CountedLine[],
  laosTotal: number,
  target: TargetValues | undefined,
  budgetKey: string,
  period?: DayRange,
): Figures {
  const inPeriod = (s: CountedLine) =>
    !period ||
    (s.date !== null && dayNumber(s.date) >= dayNumber(period.start) && dayNumber(s.date) <= dayNumber(period.end));
  const withoutError = specs.filter((s) => s.status === 'ok' || s.status === 'warning');
  const counted = withoutError.filter(inPeriod);
  const laos = new Set(counted.map((s) => s.lao!.code));
  const links = new Map<string, Platform>();
  for (const s of counted) for (const l of s.links) links.set(l.id, l.platform);
  const byPlatform: Record<string, number> = {};
  for (const p of links.values()) byPlatform[p] = (byPlatform[p] ?? 0) + 1;
  const sum = (f: (s: CountedLine) => number | null) => counted.reduce((a, s) => a + (f(s) ?? 0), 0);
  const salesCount = sum((s) => s.sales);
  const revenue = sum((s) => s.revenue);
  const beneficiaries = sum((s) => s.people);
  const targets: Record<string, number> = {};
  const achievement: Record<string, number | null> = {};
  if (target) {
    Object.assign(targets, {
      laosReported: target.laosReported,
      salesCount: target.salesCount,
      revenue: target.revenue / 100,
      beneficiaries: target.beneficiaries,
      [budgetKey]: target.budget / 100,
    });
    Object.assign(achievement, {
      laosReported: percent1(laos.size, target.laosReported),
      salesCount: percent1(salesCount, target.salesCount),
      revenue: percent1(revenue, target.revenue),
      beneficiaries: percent1(beneficiaries, target.beneficiaries),
    });
  }
  return {
    laosTotal,
    laosReported: laos.size,
    participation: percent1(laos.size, laosTotal),
    entries: counted.length,
    links: links.size,
    linksByPlatform: byPlatform,
    salesCount,
    revenue: revenue / 100,
    beneficiaries,
    rowsWithErrors: specs.filter((s) => s.status === 'error' && inPeriod(s)).length,
    rowsWithWarnings: counted.filter((s) => s.status === 'warning').length,
    undated: period ? withoutError.filter((s) => s.date === null).length : 0,
    targets,
    achievement,
  };
}

/** The latest line date (errors included, named-only lines not), as ISO text. */
export function latestLineDate(specs: readonly Spec[]): string | null {
  const days = specs.filter((s) => s.status !== 'not-reported' && s.date !== null).map((s) => s.date!);
  if (days.length === 0) return null;
  const iso = (d: Day) => `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
  return days.map(iso).sort().pop()!;
}

/** Links reported (without error) in two or more provinces: link id → province codes. */
export function sharedAcrossProvinces(specs: readonly Spec[]): Map<string, { link: LinkRef; provinces: Set<string> }> {
  const seen = new Map<string, { link: LinkRef; provinces: Set<string> }>();
  for (const s of specs) {
    if (s.status !== 'ok' && s.status !== 'warning') continue;
    for (const l of s.links) {
      const e = seen.get(l.id) ?? { link: l, provinces: new Set<string>() };
      e.provinces.add(s.provinceCode);
      seen.set(l.id, e);
    }
  }
  for (const [id, e] of seen) if (e.provinces.size < 2) seen.delete(id);
  return seen;
}

export const laosIn = (pred: (l: RegistryLao) => boolean) => LAOS.filter(pred).length;

/** "2026-11-21" → "21 พ.ย. 2569", written here from the month table rather than the product's formatter. */
const MONTH_ABBR = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
export function thaiShort(iso: string | null): string | null {
  if (iso === null) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTH_ABBR[m - 1]} ${y + 543}`;
}

/**
 * Where each figure sits in the national summary, by its header (headers from the sheet or from the document): the results
 * table's headers followed by the targets table's (see joinTables); a header's line break before its unit reads as a space.
 */
export function summaryColumns(headers: readonly string[]) {
  const flat = headers.map((h) => h.replace(/\n/g, ' '));
  const col = (header: string) => {
    const i = flat.indexOf(header);
    if (i < 0) throw new Error(`no column ${header} in ${flat.join(' | ')}`);
    return i;
  };
  return {
    laosTotal: col('อปท. ทั้งหมด (แห่ง)'),
    laosReported: col('อปท. ที่รายงาน (แห่ง)'),
    participation: col('การมีส่วนร่วม (ร้อยละ)'),
    entries: col('รายการที่รายงาน (รายการ)'),
    links: col('ลิงก์เนื้อหา (ลิงก์)'),
    salesCount: col('จำนวนครั้งที่ขายได้ (ครั้ง)'),
    revenue: col('รายรับ (บาท)'),
    beneficiaries: col('จำนวนคนที่ได้รับประโยชน์ (คน)'),
    laosTarget: col('เป้าหมาย อปท. ที่เข้าร่วม (แห่ง)'),
    laosAchievement: col('ร้อยละของเป้าหมาย อปท. ที่เข้าร่วม'),
    revenueTarget: col('เป้าหมาย รายรับ (บาท)'),
    revenueAchievement: col('ร้อยละของเป้าหมาย รายรับ'),
    salesAchievement: col('ร้อยละของเป้าหมาย จำนวนครั้งที่ขายได้'),
    budget: col('งบประมาณ (บาท)'),
    rowsWithErrors: col('แถวที่ต้องแก้ไข (แถว)'),
  };
}

/** The results and targets tables side by side, row by row (they have the same rows), as one table to check cell by cell. */
export function joinTables<R extends { readonly cells: readonly unknown[] }>(
  ...tables: readonly { readonly columns: readonly { readonly header: string }[]; readonly rows: readonly R[] }[]
): { headers: string[]; rows: R[] } {
  const [first, ...rest] = tables;
  if (rest.some((t) => t.rows.length !== first.rows.length)) throw new Error('the tables differ in rows');
  return {
    headers: tables.flatMap((t) => t.columns.map((c) => c.header)),
    rows: first.rows.map((r, i) =>
      r.cells.length === 1 ? r : { ...r, cells: [...r.cells, ...rest.flatMap((t) => t.rows[i].cells)] },
    ),
  };
}
