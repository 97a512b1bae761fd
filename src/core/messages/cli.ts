// Thai and English text the command line prints: usage, summaries and failures.

import { groupThousands } from '../format/number';
import type { Text } from './text';

export const cliMessages = {
  usage: {
    th: [
      'วิธีใช้: khongdee <คำสั่ง> [ตัวเลือก]',
      '  validate FILE [--sheet NAME] [--registry FILE] [--json] [--lang en]   ตรวจสอบแบบรายงาน (.xlsx หรือ .csv)',
      '  rollup FILE... [--registry FILE] [--targets FILE] [--period P] [--province NAME]',
      '         [--by district|province|zone] [--out report.xlsx] [--html report.html] [--json]   สรุปผลรายอำเภอ/จังหวัด/เขต',
      '  consolidate DIR [--registry FILE] [--targets FILE] [--period P] [--out report.xlsx] [--html report.html]',
      '         [--json]   รวมผลทั้งประเทศจากไฟล์ .xlsx/.csv ของทุกจังหวัดในโฟลเดอร์ พร้อมสถานะรายจังหวัด',
      '  registry import FILE [--out FILE] [--json]           นำเข้าทะเบียน อปท. จากไฟล์ข้อมูลเปิดของ สถ.',
      '  sample                                               ทำงานหลักกับไฟล์ตัวอย่างจังหวัดพะเยา',
    ].join('\n'),
    en: [
      'Usage: khongdee <command> [options]',
      '  validate FILE [--sheet NAME] [--registry FILE] [--json] [--lang en]   check a report file (.xlsx or .csv)',
      '  rollup FILE... [--registry FILE] [--targets FILE] [--period P] [--province NAME]',
      '         [--by district|province|zone] [--out report.xlsx] [--html report.html] [--json]   roll up by district/province/zone',
      '  consolidate DIR [--registry FILE] [--targets FILE] [--period P] [--out report.xlsx] [--html report.html]',
      '         [--json]   national consolidation of every province\'s .xlsx/.csv in a folder, with each province\'s status',
      '  registry import FILE [--out FILE] [--json]           import the LAO registry from DLA open data',
      '  sample                                               run the main job on the bundled Phayao sample',
    ].join('\n'),
  } satisfies Text,
  unknownCommand: (name: string): Text => ({
    th: `ไม่รู้จักคำสั่ง “${name}” ดูคำสั่งที่ใช้ได้ด้วย khongdee --help`,
    en: `Unknown command “${name}”. See the commands with khongdee --help.`,
  }),
  badOption: (detail: string): Text => ({
    th: `ตัวเลือกไม่ถูกต้อง: ${detail} ดูวิธีใช้ด้วย khongdee --help`,
    en: `Invalid option: ${detail}. See khongdee --help.`,
  }),
  missingFile: {
    th: 'กรุณาระบุไฟล์แบบรายงาน เช่น khongdee validate รายงาน.xlsx',
    en: 'Name the report file, e.g. khongdee validate report.xlsx.',
  } satisfies Text,
  badToday: (value: string): Text => ({
    th: `วันที่ “${value}” ของ --today อ่านไม่ได้ ให้ใช้รูปแบบ ค.ศ. ปปปป-ดด-วว เช่น 2026-11-21`,
    en: `--today “${value}” cannot be read; use yyyy-mm-dd, e.g. 2026-11-21.`,
  }),
  unexpected: (detail: string): Text => ({
    th: `เกิดข้อผิดพลาดที่ไม่คาดคิด: ${detail} กรุณาแจ้งผู้ดูแลระบบพร้อมไฟล์ที่ใช้`,
    en: `Unexpected error: ${detail}. Please report it to the maintainers with the file used.`,
  }),
  fileLine: (file: string, sheet: string, headerRows: string): Text => ({
    th: `ไฟล์ ${file}  แผ่นงาน “${sheet}”  หัวตารางแถวที่ ${headerRows}`,
    en: `File ${file}  sheet “${sheet}”  header in row ${headerRows}`,
  }),
  rowCounts: (s: { dataRows: number; reported: number; notReported: number; subtotalRows: number; blankRows: number }): Text => ({
    th: `แถวข้อมูล ${s.dataRows}  รายงานแล้ว ${s.reported}  ยังไม่รายงาน ${s.notReported}  แถวรวม ${s.subtotalRows}  แถวว่าง ${s.blankRows}`,
    en: `Data rows ${s.dataRows}  reported ${s.reported}  not reported ${s.notReported}  subtotal rows ${s.subtotalRows}  blank rows ${s.blankRows}`,
  }),
  problemCounts: (errors: number, warnings: number, rowsWithErrors: number, rowsWithWarnings: number): Text => ({
    th: `ข้อผิดพลาด ${errors} รายการ ใน ${rowsWithErrors} แถว (แถวเหล่านี้จะไม่นับรวมในยอด)  คำเตือน ${warnings} รายการ ใน ${rowsWithWarnings} แถว`,
    en: `${errors} errors in ${rowsWithErrors} rows (these rows are left out of totals)  ${warnings} warnings in ${rowsWithWarnings} rows`,
  }),
  allGood: {
    th: 'ไม่พบปัญหา ข้อมูลพร้อมสรุปผล',
    en: 'No problems found; the data is ready to roll up.',
  } satisfies Text,
  problemColumns: {
    th: ['แถว', 'คอลัมน์', 'ค่า', 'ระดับ', 'ข้อความ'],
    en: ['Row', 'Column', 'Value', 'Level', 'Message'],
  },
  severity: {
    error: { th: 'ผิดพลาด', en: 'error' } satisfies Text,
    warning: { th: 'เตือน', en: 'warning' } satisfies Text,
  },
  sampleHeading: (path: string): Text => ({
    th: `ตัวอย่าง: ตรวจสอบแบบรายงานจังหวัดพะเยา (${path})`,
    en: `Sample: checking the Phayao report (${path})`,
  }),
};

export const rollupCliMessages = {
  badBy: (value: string): Text => ({
    th: `--by “${value}” ใช้ไม่ได้ ให้เลือก district (รายอำเภอ), province (รายจังหวัด) หรือ zone (รายเขตตรวจราชการ)`,
    en: `--by “${value}” is not valid; choose district, province or zone.`,
  }),
  badProvince: (value: string): Text => ({
    th: `ไม่รู้จักจังหวัด “${value}” ของ --province กรุณาพิมพ์ชื่อจังหวัด เช่น พะเยา หรือ จังหวัดพะเยา`,
    en: `--province “${value}” is not a province; write its name, e.g. พะเยา or Phayao.`,
  }),
  missingFiles: {
    th: 'กรุณาระบุไฟล์แบบรายงานอย่างน้อยหนึ่งไฟล์ เช่น khongdee rollup รายงาน.xlsx',
    en: 'Name at least one report file, e.g. khongdee rollup report.xlsx.',
  } satisfies Text,
  nonReporters: (count: number | null): Text =>
    count === null
      ? { th: 'อปท. ที่ยังไม่รายงาน: ไม่ทราบ (ไม่มีทะเบียน อปท.)', en: 'LAOs not reported: unknown (no registry)' }
      : { th: `อปท. ที่ยังไม่รายงาน ${groupThousands(count)} แห่ง`, en: `${groupThousands(count)} LAOs have not reported` },
  problems: (errors: number, warnings: number): Text => ({
    th: `ปัญหาข้อมูล: ข้อผิดพลาด ${errors} รายการ (ไม่นับรวมในยอด) คำเตือน ${warnings} รายการ`,
    en: `Data problems: ${errors} errors (left out of totals), ${warnings} warnings`,
  }),
  wrote: (path: string): Text => ({ th: `บันทึกไฟล์ ${path}`, en: `Wrote ${path}` }),
  writeFailed: (detail: string): Text => ({
    th: `บันทึกไฟล์รายงานไม่ได้ (${detail}) ตรวจสอบว่าโฟลเดอร์มีอยู่ เขียนได้ และไฟล์ไม่ได้เปิดค้างอยู่ใน Excel แล้วลองอีกครั้ง ไม่มีไฟล์ใดถูกเปลี่ยนแปลง`,
    en: `Could not write the report (${detail}). Check the folder exists and is writable and the file is not open in Excel, then try again. No file was changed.`,
  }),
  registryCounts: (total: number, provinces: number): Text => ({
    th: `ทะเบียน อปท. ${total} แห่ง ใน ${provinces} จังหวัด`,
    en: `LAO registry: ${total} LAOs in ${provinces} provinces`,
  }),
  registryDuplicates: (duplicates: number, conflicts: number): Text => ({
    th: `แถวซ้ำที่ตัดออก ${duplicates} แถว รหัสซ้ำที่ข้อมูลไม่ตรงกัน ${conflicts} รหัส (ใช้แถวแรก)`,
    en: `${duplicates} repeated rows removed, ${conflicts} codes repeated with different data (the first row was kept)`,
  }),
};
