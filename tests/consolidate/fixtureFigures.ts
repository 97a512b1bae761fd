// The figures, statuses and shared links a consolidation of the generated reports must give, computed here from the
// generated lines and targets without the product's code, and where to find them in the national summary.

import { percent1, type RegistryLao } from '../support/rollupData';
import { type Day, FACTS, LAOS, type LinkRef, type Platform, type Spec } from './fixtureSpecs';

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
