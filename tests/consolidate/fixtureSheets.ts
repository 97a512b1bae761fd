// The sheets the generated report lines and targets become (as a reader hands them over) and the xlsx and csv files
// they are written to.

import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core/cell';
import { bahtText } from '../support/rollupData';
import { HEADER } from '../support/sheets';
import type { TargetRow } from './fixtureFigures';
import { linkText, rnd, type Spec, type Style } from './fixtureSpecs';

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
