// Where each province stands on certifying the consolidation's period, from its การรับรองผล sheet: read with a source,
// merged over a province's sources, shown in สถานะรายจังหวัด and the JSON, and deciding what --certified-only counts.

import type { CellValue } from '../cell';
import { CERTIFICATION_SHEET } from '../messages/certification';
import { consolidateMessages as M } from '../messages/consolidate';
import type { Text } from '../messages/text';
import { namedSheet } from '../namedSheet';
import { type Period, periodKey } from '../period/period';
import { type PeriodCertification, periodCertification, readCertifications } from '../review/certification';
import type { ProvinceConsolidation, ProvinceStatus } from './types';

/** The period's certification in a source's การรับรองผล sheet; null without a period or without that sheet. */
export function sourceCertification(
  sheets: readonly { readonly name: string; readonly rows: readonly CellValue[][] }[],
  period: Period | null,
): PeriodCertification | null {
  if (period === null) return null;
  const sheet = namedSheet(sheets, CERTIFICATION_SHEET);
  return sheet ? periodCertification(readCertifications(sheet.rows), periodKey(period)) : null;
}

const RANK: Record<PeriodCertification['state'], number> = { none: 0, district: 1, province: 2 };

/** A province of several sources stands where its furthest-certified source does (the sheet lives in one of them). */
export function mergeCertifications(list: readonly (PeriodCertification | null)[]): PeriodCertification | null {
  let best: PeriodCertification | null = null;
  for (const c of list) if (c !== null && (best === null || RANK[c.state] > RANK[best.state])) best = c;
  return best;
}

/** The การรับรองผล cell: '-' without a period; a province without the sheet has not certified. */
export function certificationText(c: PeriodCertification | null, timed: boolean): Text {
  if (!timed) return M.certification.noPeriod;
  if (c === null || c.state === 'none' || c.record === null) return M.certification.none;
  if (c.state === 'district') return M.certification.district(c.districts.length);
  return M.certification.province(c.record.by, c.record.at);
}

export const isProvinceCertified = (s: ProvinceStatus): boolean => s.certification?.state === 'province';

export interface CertificationJson {
  state: PeriodCertification['state'];
  by: string | null;
  at: string | null;
  districts: string[];
}

export function certificationJson(c: PeriodCertification | null): CertificationJson | null {
  if (c === null) return null;
  return { state: c.state, by: c.record?.by ?? null, at: c.record?.at ?? null, districts: [...c.districts] };
}

/**
 * --certified-only: the parts counted (provinces the province itself certified for the period) and the reported ones
 * left out; a province with nothing to count (no report, a file that failed) is not listed as left out.
 */
export function certifiedSelection(parts: readonly ProvinceConsolidation[]): {
  readonly counted: readonly number[];
  readonly leftOut: readonly ProvinceStatus[];
} {
  const counted: number[] = [];
  const leftOut: ProvinceStatus[] = [];
  parts.forEach((p, i) => {
    if (isProvinceCertified(p.status)) counted.push(i);
    else if (p.status.status === 'ok') leftOut.push(p.status);
  });
  return { counted, leftOut };
}

/** The note of --certified-only, naming each province left out and where it stands. */
export function certifiedOnlyNote(leftOut: readonly ProvinceStatus[]): Text {
  return M.certifiedOnly(
    leftOut.map((s) => ({ name: s.province?.nameTh ?? '', state: certificationText(s.certification, true) })),
  );
}
