// Small province reports and การรับรองผล sheets for the certification tests of the consolidation (core and CLI): rows as a
// reader gives them back, so an xlsx written from them reads the same.

import type { CellValue } from '../../src/core/cell';
import { type CertificationRecord, certificationHeader, certificationRow } from '../../src/core/review/certification';
import { PREFIXES } from '../support/rollupData';
import { sheet } from '../support/sheets';
import { FACT, LAOS } from './fixture';

export const provinceName = (code: string): string => FACT.get(code)!.nameTh;

/** An act of การรับรองผล: by default the province certifying fiscal year 2569. */
export const act = (over: Partial<CertificationRecord>): CertificationRecord => ({
  period: '2569',
  level: 'province',
  district: '',
  act: 'certify',
  by: 'staff@province.go.th',
  at: '5/10/2569 10:00:00',
  ...over,
});

const FIGURES = {
  laosReported: 1,
  laosTotal: null,
  reportingRate: null,
  onTimeRate: null,
  entries: 1,
  rowsPending: 0,
  sums: [],
};

/** The sheet as the add-on writes it, read back: the leading ' that kept text as text is not part of the value. */
export const certificationRows = (records: readonly CertificationRecord[]): CellValue[][] => [
  certificationHeader(FIGURES),
  ...records.map((r) =>
    certificationRow(r, 'ปีงบประมาณ 2569', FIGURES).map((c) => (typeof c === 'string' ? c.replace(/^'/, '') : c)),
  ),
];

/** `n` reported lines of a province's first อปท. (its registry's own names) in November 2025 (fiscal 2569), its name in the title. */
export function reportRows(code: string, n: number): CellValue[][] {
  const mine = LAOS.filter((l) => l.provinceCode === code && l.type === 'อบต.');
  const unique = mine.filter((l) => mine.filter((o) => o.name === l.name).length === 1);
  const lines = unique.slice(0, n).map((l, i) => ({
    seq: i + 1,
    date: '1/11/2568',
    district: l.district,
    lao: `${PREFIXES[l.type][0]}${l.name}`,
    product: 'ผ้าทอมือ',
    links: `https://www.facebook.com/p${code}x${i}`,
    sales: 2,
    revenue: 100,
    people: 1,
  }));
  const [, header, ...rows] = sheet(...lines);
  return [[`แบบรายงานผล จังหวัด${provinceName(code)}`], header, ...rows];
}
