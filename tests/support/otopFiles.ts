// The OTOP files the README's examples name: a province's workload report (one row without its marketer, so checking
// it finds an error, as checking the DLA sample does) and the department's allocation register.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

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

const REGISTER = 'จังหวัด,เป้าหมาย (คน),งบประมาณ (บาท)\nนนทบุรี,2,"76,000"\nปทุมธานี,2,"76,000"\n';

async function writeReport(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('นนทบุรี').addRows([['รายงานผลการปฏิบัติงานประจำเดือน จังหวัดนนทบุรี'], OTOP_SHORT_HEADER, ...ROWS]);
  await book.xlsx.writeFile(file);
}

/** otop-nonthaburi.xlsx, otop/nonthaburi.xlsx and otop-register.csv in `dir`. */
export async function writeOtopFixtures(dir: string): Promise<void> {
  mkdirSync(join(dir, 'otop'), { recursive: true });
  await writeReport(join(dir, 'otop-nonthaburi.xlsx'));
  await writeReport(join(dir, 'otop', 'nonthaburi.xlsx'));
  writeFileSync(join(dir, 'otop-register.csv'), `\uFEFF${REGISTER}`);
}
