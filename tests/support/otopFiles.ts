// The OTOP files the README's examples name: a province's workload report (one row without its marketer, so checking
// it finds an error, as checking the DLA sample does), three provinces' reports for October-December 2563 (otop/), and
// the department's allocation register in its own layout (a copy of samples/otop-register.csv).

import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { OTOP_MARKETER } from '../../src/core/form/otopMarketer';
import { ROOT } from './cliFiles';

/** The register as the department lays it out: zone headings, a รวม row per zone, รวมทั้งสิ้น (see scripts/otopSamples.mjs). */
export const SAMPLE_OTOP_REGISTER = join(ROOT, 'samples', 'otop-register.csv');
export const SAMPLE_OTOP_REPORT = join(ROOT, 'samples', 'otop-nonthaburi.xlsx');

/** An OTOP sheet's header with the short names people use for the nine work items. */
export const OTOP_SHORT_HEADER = [
  'ที่',
  'ชื่อ-สกุล นักการตลาด',
  'เดือน',
  'ออนไลน์ (ผลิตภัณฑ์)',
  'Content',
  'คลิป',
  'Live',
  'จัดแสดง/จำหน่าย',
  'ถ่ายทอดทักษะ',
  'OTOP TODAY',
  'แผน',
  'รายงาน',
  'ลิงก์ผลงาน',
  'หมายเหตุ',
];

const ROWS = [
  [
    '1',
    'นางสาวกานดา ใจดี',
    'ต.ค. 2563',
    '3',
    '2',
    '4 คลิป',
    '2',
    '3',
    '4 กลุ่ม',
    '20',
    '1',
    '1',
    'https://www.facebook.com/otop/posts/1',
    '',
  ],
  [
    '2',
    'นายสมชาย รักดี',
    'ต.ค. 2563',
    '3',
    '2',
    '3',
    '2',
    '3',
    '4',
    '20',
    '1',
    '1',
    'https://www.facebook.com/otop/posts/2',
    '',
  ],
  ['3', '', 'ต.ค. 2563', '3', '2', '4', '2', '3', '4', '20', '1', '1', 'https://www.facebook.com/otop/posts/3', ''],
];

async function writeReport(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('นนทบุรี').addRows([['รายงานผลการปฏิบัติงานประจำเดือน จังหวัดนนทบุรี'], OTOP_SHORT_HEADER, ...ROWS]);
  await book.xlsx.writeFile(file);
}

// ---- three provinces, October-December 2563 --------------------------------------------------------------

const MONTHS = ['ต.ค. 2563', 'พ.ย. 2563', 'ธ.ค. 2563'] as const;
/** Each item's monthly minimum, in the form's order: a marketer's month that meets every one. */
const MEETS = [3, 2, 4, 2, 3, 4, 20, 1, 1] as const;

/** One marketer's month: the nine counts in the form's order (a cell may carry its unit). */
export interface OtopMonth {
  readonly marketer: string;
  readonly month: (typeof MONTHS)[number];
  readonly counts: readonly (number | string)[];
}

/** A province's report as the fixtures write it; `official` files use the form's own headers, the others short ones. */
export interface OtopProvinceFile {
  readonly file: string;
  readonly province: string;
  readonly official: boolean;
  readonly months: readonly OtopMonth[];
}

/** Every month of a marketer, meeting every minimum unless `changes` (month index → item index → count) says otherwise. */
function marketer(
  name: string,
  changes: Record<number, Record<number, number | string>> = {},
  months = 3,
): OtopMonth[] {
  return MONTHS.slice(0, months).map((month, m) => ({
    marketer: name,
    month,
    counts: MEETS.map((min, i) => changes[m]?.[i] ?? min + ((m + i) % 3)),
  }));
}

/**
 * นนทบุรี 2 marketers (target 2), one under on clips in October and one count typed with its unit; ปทุมธานี 2 (target 2),
 * one of them without a December report; ชัยนาท 3 (target 3) in the official headers, one under on Live in November.
 */
export const OTOP_PROVINCE_FILES: readonly OtopProvinceFile[] = [
  {
    file: 'otop/nonthaburi.xlsx',
    province: 'นนทบุรี',
    official: false,
    months: [...marketer('นางสาวกานดา ใจดี', { 1: { 2: '5 คลิป' } }), ...marketer('นายสมชาย รักดี', { 0: { 2: 3 } })],
  },
  {
    file: 'otop/pathumthani.xlsx',
    province: 'ปทุมธานี',
    official: false,
    months: [...marketer('นางสาวอรุณี บุญมา'), ...marketer('นายปกรณ์ ทองคำ', {}, 2)],
  },
  {
    file: 'otop/chainat.xlsx',
    province: 'ชัยนาท',
    official: true,
    months: [
      ...marketer('นางวิไล สุขใจ'),
      ...marketer('นายณัฐพล อินทร์แก้ว', { 1: { 3: 1 } }),
      ...marketer('นางสาวศิริพร มีสุข'),
    ],
  },
];

/** The sheet's rows: a title line naming the province, the header, one row a marketer and month with a link each. */
export function otopProvinceRows(file: OtopProvinceFile): string[][] {
  const header = file.official
    ? OTOP_MARKETER.columns.filter((c) => c.key !== 'province').map((c) => c.header)
    : OTOP_SHORT_HEADER;
  const rows = file.months.map((m, i) => [
    String(i + 1),
    m.marketer,
    m.month,
    ...m.counts.map(String),
    `https://www.facebook.com/otop.${file.file.replace(/\W/g, '')}/posts/${i + 1}`,
    '',
  ]);
  return [[`รายงานผลการปฏิบัติงานประจำเดือน นักการตลาดรุ่นใหม่ จังหวัด${file.province}`], header, ...rows];
}

async function writeProvinceFile(dir: string, file: OtopProvinceFile): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet(file.province).addRows(otopProvinceRows(file));
  await book.xlsx.writeFile(join(dir, file.file));
}

/**
 * otop-nonthaburi.xlsx (with its row without a marketer), otop/ with the three provinces' reports, and the register as
 * otop-register.csv and samples/otop-register.csv (with samples/otop-nonthaburi.xlsx) in `dir`.
 */
export async function writeOtopFixtures(dir: string): Promise<void> {
  mkdirSync(join(dir, 'otop'), { recursive: true });
  mkdirSync(join(dir, 'samples'), { recursive: true });
  await writeReport(join(dir, 'otop-nonthaburi.xlsx'));
  for (const file of OTOP_PROVINCE_FILES) await writeProvinceFile(dir, file);
  copyFileSync(SAMPLE_OTOP_REGISTER, join(dir, 'otop-register.csv'));
  copyFileSync(SAMPLE_OTOP_REGISTER, join(dir, 'samples', 'otop-register.csv'));
  copyFileSync(SAMPLE_OTOP_REPORT, join(dir, 'samples', 'otop-nonthaburi.xlsx'));
}
