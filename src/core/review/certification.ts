// Certification of a period (อำเภอรับรอง, จังหวัดรับรอง) as plain data: the rows of การรับรองผล with the figures certified,
// read back into the latest act per period, level and district, and the periods a province certification has closed.

import { type CellValue, cellText } from '../cell';
import { certificationMessages as M } from '../messages/certification';
import { normaliseText } from '../normalise/text';
import { type Period, parsePeriod, periodContains, periodKey } from '../period/period';
import { asSheetText } from '../report/grid';

export type CertificationLevel = 'district' | 'province';
export type CertificationAct = 'certify' | 'reopen';

export interface CertificationRecord {
  /** the period's key (periodKey), e.g. '2569-Q1' */
  readonly period: string;
  readonly level: CertificationLevel;
  /** '' for the province */
  readonly district: string;
  readonly act: CertificationAct;
  /** an email, or the temporary user key when the email is hidden */
  readonly by: string;
  /** as people read it: B.E. date and Bangkok time */
  readonly at: string;
}

/** What was certified, from the roll-up of the period and level. */
export interface CertifiedFigures {
  readonly laosReported: number;
  readonly laosTotal: number | null;
  readonly reportingRate: number | null;
  readonly onTimeRate: number | null;
  readonly entries: number;
  readonly rowsPending: number;
  /** the form's roll-up metrics as headers and the values written out (money in baht) */
  readonly sums: readonly { readonly header: string; readonly value: string }[];
}

/** The sheet's header: the columns every form shares, then the figures and the form's metrics. */
export function certificationHeader(figures: CertifiedFigures): string[] {
  return [...M.header.th, ...M.figureHeader.th, ...figures.sums.map((s) => s.header)];
}

/** One row of the sheet; every text kept as text, never a formula. */
export function certificationRow(
  record: CertificationRecord,
  periodLabel: string,
  figures: CertifiedFigures | null,
): (string | number)[] {
  const fixed = [
    asSheetText(record.period),
    asSheetText(periodLabel),
    M.level[record.level].th,
    asSheetText(record.district),
    M.act[record.act].th,
    asSheetText(record.by),
    asSheetText(record.at),
  ];
  if (figures === null) return fixed;
  return [
    ...fixed,
    figures.laosReported,
    figures.laosTotal ?? '-',
    figures.reportingRate ?? '-',
    figures.onTimeRate ?? '-',
    figures.entries,
    figures.rowsPending,
    ...figures.sums.map((s) => asSheetText(s.value)),
  ];
}

/** The figures as one line for the person who certified them. */
export function figuresText(figures: CertifiedFigures): { th: string; en: string } {
  return M.figures(
    figures.laosReported,
    figures.laosTotal,
    figures.reportingRate === null ? null : figures.reportingRate.toFixed(1),
    figures.onTimeRate === null ? null : figures.onTimeRate.toFixed(1),
    figures.entries,
  );
}

function textIs(cell: CellValue | undefined, options: Record<string, { th: string }>): string | null {
  const text = normaliseText(cellText(cell ?? null));
  return Object.keys(options).find((k) => options[k].th === text) ?? null;
}

/**
 * The records of the sheet's rows, by the shared header wherever it is in the first row; rows that are not records
 * (blank, a level or act typed otherwise, a period that cannot be read) are passed over, as a hand edit may leave them.
 */
export function readCertifications(rows: readonly (readonly CellValue[])[]): CertificationRecord[] {
  const header = (rows[0] ?? []).map((c) => normaliseText(cellText(c)));
  const at = M.header.th.map((h) => header.indexOf(h));
  if (at.some((i) => i < 0)) return [];
  const [periodAt, , levelAt, districtAt, actAt, byAt, timeAt] = at;
  const records: CertificationRecord[] = [];
  for (const row of rows.slice(1)) {
    const parsed = parsePeriod(cellText(row[periodAt] ?? null));
    const level = textIs(row[levelAt], M.level) as CertificationLevel | null;
    const act = textIs(row[actAt], M.act) as CertificationAct | null;
    if (!parsed.ok || level === null || act === null) continue;
    records.push({
      period: periodKey(parsed.period),
      level,
      district: level === 'district' ? normaliseText(cellText(row[districtAt] ?? null)) : '',
      act,
      by: cellText(row[byAt] ?? null),
      at: cellText(row[timeAt] ?? null),
    });
  }
  return records;
}

/** The latest record of a period at a level (and district), in sheet order; null when there is none. */
export function latestCertification(
  records: readonly CertificationRecord[],
  period: string,
  level: CertificationLevel,
  district = '',
): CertificationRecord | null {
  let latest: CertificationRecord | null = null;
  for (const r of records)
    if (r.period === period && r.level === level && (level === 'province' || r.district === district)) latest = r;
  return latest;
}

/** Where a period stands, as สถานะรายจังหวัด shows it: the province's certification, else any district's. */
export interface PeriodCertification {
  readonly state: 'none' | 'district' | 'province';
  /** the act that put it there (the province's, or the latest district's) */
  readonly record: CertificationRecord | null;
  /** districts whose latest act certifies the period */
  readonly districts: readonly string[];
}

export function periodCertification(records: readonly CertificationRecord[], period: string): PeriodCertification {
  const province = latestCertification(records, period, 'province');
  const latestByDistrict = new Map<string, CertificationRecord>();
  for (const r of records) if (r.period === period && r.level === 'district') latestByDistrict.set(r.district, r);
  const certified = [...latestByDistrict.values()].filter((r) => r.act === 'certify');
  if (province?.act === 'certify')
    return { state: 'province', record: province, districts: certified.map((r) => r.district) };
  if (certified.length > 0)
    return { state: 'district', record: certified[certified.length - 1], districts: certified.map((r) => r.district) };
  return { state: 'none', record: null, districts: [] };
}

/** The periods whose latest province act certifies them: entries dated in them are refused. */
export function closedPeriods(records: readonly CertificationRecord[]): CertificationRecord[] {
  const keys = new Set(records.filter((r) => r.level === 'province').map((r) => r.period));
  return [...keys]
    .map((k) => latestCertification(records, k, 'province'))
    .filter((r): r is CertificationRecord => r !== null && r.act === 'certify');
}

/** The closed period a date falls in, if any (month-only dates by their month). */
export function closingOf(
  closed: readonly CertificationRecord[],
  date: { year: number; month: number; day: number | null },
): { record: CertificationRecord; period: Period } | null {
  for (const record of closed) {
    const parsed = parsePeriod(record.period);
    if (parsed.ok && periodContains(parsed.period, date)) return { record, period: parsed.period };
  }
  return null;
}
