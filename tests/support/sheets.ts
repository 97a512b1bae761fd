// Builders of small report sheets for tests: a title line, the canonical header, then the given rows.

import type { CellValue } from '../../src/core/cell';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import type { Entry } from '../../src/core/validate/entry';
import type { SheetValidation } from '../../src/core/validate/types';
import { type ValidateOptions, validateSheet } from '../../src/core/validate/validateSheet';

export const TODAY = { year: 2026, month: 11, day: 21 };

export const HEADER = [
  'ลำดับ',
  'วันที่',
  'อำเภอ',
  'องค์กรปกครองส่วนท้องถิ่น',
  'สินค้า/ผลผลิต',
  'ลิงก์ (Link) เนื้อหาที่เผยแพร่',
  'จำนวนครั้งที่ขายได้ผ่านออนไลน์ (ครั้ง)',
  'รายรับ (บาท)',
  'จำนวนคนที่ได้รับประโยชน์ (คน)',
  'หมายเหตุ',
];

export interface RowInput {
  seq?: CellValue;
  date?: CellValue;
  district?: CellValue;
  lao?: CellValue;
  product?: CellValue;
  links?: CellValue;
  sales?: CellValue;
  revenue?: CellValue;
  people?: CellValue;
  note?: CellValue;
}

export function row(r: RowInput): CellValue[] {
  return [
    r.seq ?? '',
    r.date ?? '',
    r.district ?? '',
    r.lao ?? '',
    r.product ?? '',
    r.links ?? '',
    r.sales ?? '',
    r.revenue ?? '',
    r.people ?? '',
    r.note ?? '',
  ];
}

/** A sheet with a title line in row 1 and the header in row 2: data starts in sheet row 3. */
export function sheet(...rows: RowInput[]): CellValue[][] {
  return [['แบบรายงานผล', '', '', '', '', '', '', '', '', ''], HEADER, ...rows.map(row)];
}

/** A checked sheet with its rows as objects, made once (table.entries()), as the tests read them. */
export type CheckedSheet = SheetValidation & { readonly entries: readonly Entry[] };

export function check(rows: CellValue[][], options: Partial<ValidateOptions> = {}): CheckedSheet {
  const result = validateSheet(rows, DLA_ONLINE_MARKET, { today: TODAY, ...options });
  if (!result.ok) throw new Error(result.message.en);
  return { ...result.result, entries: result.result.table.entries() };
}

/** The codes raised for one sheet row number. */
export function codesAt(v: SheetValidation, sheetRow: number): string[] {
  return v.problems
    .filter((p) => p.row === sheetRow)
    .map((p) => p.code)
    .sort();
}

export const GOOD = {
  date: '15/10/2568',
  district: 'เมืองพะเยา',
  lao: 'ทต.แม่กา',
  product: 'ข้าว',
  links: 'https://www.facebook.com/share/p/1',
  sales: 3,
  revenue: 1500,
  people: 4,
} as const;
