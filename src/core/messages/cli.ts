// Thai and English text the command line prints: usage, summaries and failures.

import type { Text } from './text';

export const cliMessages = {
  usage: {
    th: [
      'วิธีใช้: khongdee <คำสั่ง> [ตัวเลือก]',
      '  validate FILE [--sheet NAME] [--json] [--lang en]   ตรวจสอบแบบรายงาน (.xlsx หรือ .csv)',
      '  sample                                               ทำงานหลักกับไฟล์ตัวอย่างจังหวัดพะเยา',
    ].join('\n'),
    en: [
      'Usage: khongdee <command> [options]',
      '  validate FILE [--sheet NAME] [--json] [--lang en]   check a report file (.xlsx or .csv)',
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
