// Generates report rows for the benchmark: realistic cells in the forms officers type (Thai digits, units, several links).

import type { CellValue } from '../src/core/cell';
import { laoDisplayName } from '../src/core/registry/laoTypes';
import type { Lao } from '../src/core/registry/types';

export const BENCH_HEADER = [
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

const THAI = '๐๑๒๓๔๕๖๗๘๙';

/**
 * Text as a file reader hands it over: one flat string. Built by concatenation it would be a chain of pieces that the
 * check flattens (and so copies) on first look, a cost that rows read by exceljs or csv-parse do not have.
 */
const asRead = (v: CellValue): CellValue => (typeof v === 'string' ? Buffer.from(v, 'utf8').toString('utf8') : v);
const thai = (s: string) => s.replace(/[0-9]/g, (d) => THAI[Number(d)]);

/** Deterministic rows for the given อปท. (round robin), with a small share of mistakes. */
export function generateRows(count: number, laos: readonly Lao[], seed = 1): CellValue[][] {
  let state = seed;
  const rand = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const rows: CellValue[][] = [['แบบรายงานผล', '', '', '', '', '', '', '', '', ''], BENCH_HEADER];
  for (let i = 0; i < count; i++) {
    const lao = laos[i % laos.length];
    const style = i % 10;
    const sales = 1 + Math.floor(rand() * 50);
    const revenue = sales * (100 + Math.floor(rand() * 900));
    const id = seed * 10_000_000 + i;
    rows.push(
      (
        [
          i + 1,
          style === 3
            ? `${1 + (i % 28)}/${1 + (i % 12)}/2569`
            : { kind: 'date', year: 2026, month: 1 + (i % 9), day: 1 + (i % 28) },
          lao.districtName,
          style === 5 ? `องค์การบริหารส่วนตำบล${lao.name}` : laoDisplayName(lao),
          'ข้าวหอมมะลิ',
          style === 2
            ? `FB: https://www.facebook.com/share/p/${id}/?mibextid=x และ https://www.tiktok.com/@shop/video/${id}`
            : `https://www.facebook.com/page${i % 997}/posts/${id}`,
          style === 4 ? thai(String(sales)) : sales,
          style === 1 ? `${revenue.toLocaleString('en-US')} บาท` : style === 9 ? '1,50' : revenue,
          style === 6 ? `${sales * 2} คน` : sales * 2,
          '',
        ] as CellValue[]
      ).map(asRead),
    );
  }
  return rows;
}
