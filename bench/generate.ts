// Generates report rows for the benchmark: realistic cells in the forms officers type (Thai digits, units, several links).

import type { CellValue } from '../src/core/cell';
import { DLA_ONLINE_MARKET } from '../src/core/form/dlaOnlineMarket';
import { laoDisplayName } from '../src/core/registry/laoTypes';
import type { Lao } from '../src/core/registry/types';

/** The form's headers as a province's sheet has them: every column but the province, which the title line names. */
export const BENCH_HEADER = DLA_ONLINE_MARKET.columns.filter((c) => c.role !== 'province').map((c) => c.header);

const THAI = '๐๑๒๓๔๕๖๗๘๙';

/**
 * Text as a file reader hands it over: one flat string. Built by concatenation it would be a chain of pieces that the
 * check flattens (and so copies) on first look, a cost that rows read by exceljs or papaparse do not have.
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

/** The two header rows a province file carries: the three figures sit under one merged group title. */
export const PROVINCE_FILE_HEADER: readonly (readonly string[])[] = [
  [...BENCH_HEADER.slice(0, 6), 'ผลการดำเนินงาน', '', '', 'หมายเหตุ'],
  ['', '', '', '', '', '', ...BENCH_HEADER.slice(6, 9), ''],
];

/**
 * A province's report as provinces send it: two one-cell title lines, the two-row header, then generateRows' data rows
 * with revenue and beneficiaries also written in Thai digits in a tenth of the rows each.
 */
export function provinceFileRows(count: number, laos: readonly Lao[], provinceName: string, seed = 1): CellValue[][] {
  const titles: CellValue[][] = [
    ['แบบรายงานผลการดำเนินงานโครงการตลาดนัดท้องถิ่นออนไลน์ "ของดีบ้านเรา"'],
    [`จังหวัด${provinceName}`],
  ];
  const data = generateRows(count, laos, seed).slice(2);
  for (const [i, row] of data.entries()) {
    if (i % 10 === 7 && typeof row[7] === 'number') row[7] = thai(String(row[7]));
    if (i % 10 === 8 && typeof row[8] === 'number') row[8] = thai(String(row[8]));
  }
  return [...titles, ...PROVINCE_FILE_HEADER.map((r) => [...r]), ...data];
}
