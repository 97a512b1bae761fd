// Thai and English text the command line prints: usage, summaries and failures.

import { groupThousands } from '../format/number';
import type { Text } from './text';

export const cliMessages = {
  usage: {
    th: [
      'วิธีใช้: khongdee <คำสั่ง> [ตัวเลือก]',
      '  validate FILE [--sheet NAME] [--registry FILE] [--form ID|form.json] [--period P] [--today yyyy-mm-dd]',
      '      [--json] [--lang en]',
      '      ตรวจสอบแบบรายงาน (.xlsx หรือ .csv)',
      '  rollup FILE... [--registry FILE] [--targets FILE] [--period P] [--province NAME] [--by district|province|zone]',
      '      [--out สรุปผล.xlsx] [--html สรุปผล.html] [--pdf สรุปผล.pdf] [--form ID|form.json] [--today yyyy-mm-dd] [--json] [--lang en]',
      '      สรุปผลรายอำเภอ/จังหวัด/เขต',
      '  consolidate DIR [--form ID|form.json] [--registry FILE] [--targets FILE] [--period P] [--out ทั้งประเทศ.xlsx] [--html ทั้งประเทศ.html]',
      '      [--pdf ทั้งประเทศ.pdf] [--today yyyy-mm-dd] [--json] [--lang en]',
      '      รวมผลทั้งประเทศจากไฟล์ .xlsx/.csv ของทุกจังหวัดในโฟลเดอร์ พร้อมสถานะรายจังหวัด',
      '  followup FILE... --period P [--registry FILE] [--timely-days N] [--out โฟลเดอร์] [--today yyyy-mm-dd] [--lang en]',
      '      ข้อความติดตาม อปท. ที่ยังไม่รายงาน รายอำเภอและสรุปจังหวัด พร้อมกำหนดส่ง (วันสุดท้ายของช่วงเวลา + N วัน ค่าเริ่มต้น 15)',
      '      ระบุ --out จะบันทึกไฟล์ .txt รายอำเภอและของจังหวัดลงในโฟลเดอร์',
      '  registry import FILE [--out ทะเบียน.json] [--json] [--lang en]',
      '      นำเข้าทะเบียน อปท. จากไฟล์ข้อมูลเปิดของ สถ. ไม่ระบุ --out จะตรวจและนับเท่านั้น ไม่บันทึกไฟล์ใด',
      '  sample       ทำงานหลักกับไฟล์ตัวอย่างจังหวัดพะเยา',
      '  --help       แสดงวิธีใช้นี้',
      '  --version    แสดงรุ่นของโปรแกรม',
      'ตัวเลือก:',
      '  --today yyyy-mm-dd  กำหนด "วันนี้" (วันที่หลังจากนี้ถือว่าผิด) ค่าเริ่มต้นคือวันนี้ตามเวลาประเทศไทย',
      '  --form FILE         ใช้แบบฟอร์มอื่น (ไฟล์ JSON แบบเดียวกับ src/core/form/dlaOnlineMarket.ts) แทนแบบของ สถ.',
      '                      หรือแบบในตัวตามรหัส: otop-marketer (นักการตลาดรุ่นใหม่ OTOP)',
      '  --out, --html, --pdf  ไฟล์ผลลัพธ์ ต้องไม่ใช่ไฟล์ที่อ่านเข้ามาและต้องไม่ซ้ำกัน บันทึกพร้อมกันทั้งหมดหรือไม่บันทึกเลย',
      '  --pdf FILE          (rollup, consolidate) พิมพ์รายงาน HTML เป็น PDF ขนาด A4 แนวนอน ด้วย Chromium ของเครื่อง',
      '                      (CHROMIUM_PATH หรือ /usr/bin/chromium) ไม่มี Chromium จะไม่บันทึกไฟล์ใด (รหัสออก 2)',
      '  --map-by reporting|revenue|on-time  (rollup, consolidate) สีของแผนที่ในรายงาน HTML/PDF: อัตราการรายงานผล (ค่าเริ่มต้น)',
      '                      ร้อยละของเป้าหมายรายได้ หรืออัตราการรายงานตรงเวลา',
      '  --approved-only     (rollup, consolidate) นับเฉพาะแถวที่ผลการตรวจสอบเป็น “ผ่าน” (แถว “ส่งกลับแก้ไข” ไม่นับเสมอ)',
      '  --timely-days N     (rollup, consolidate, followup) กำหนดส่ง = วันสุดท้ายของช่วงเวลา + N วัน (ค่าเริ่มต้น 15)',
      '  --certified-only    (consolidate, ต้องมี --period) นับเฉพาะจังหวัดที่จังหวัดรับรองผลของช่วงเวลานั้นแล้ว (แผ่นงาน การรับรองผล)',
      '  --outlier-threshold Z  (validate, rollup, consolidate) เตือนตัวเลขรายเดือนที่สูงกว่าเดือนอื่นของ อปท. เดียวกัน',
      '                      หรือ อปท. อื่นในเดือนเดียวกันมาก เมื่อ modified z-score เกิน Z (ค่าเริ่มต้น 3.5) off = ไม่ตรวจ',
      'รหัสออก: 0 ไม่มีข้อผิดพลาด, 1 มีแถวที่ผิด ไม่มีแถวข้อมูล หรือมีไฟล์ที่ไม่ได้รวม, 2 ใช้ไฟล์หรือตัวเลือกไม่ได้ (ไม่บันทึกไฟล์ใด)',
    ].join('\n'),
    en: [
      'Usage: khongdee <command> [options]',
      '  validate FILE [--sheet NAME] [--registry FILE] [--form ID|form.json] [--period P] [--today yyyy-mm-dd]',
      '      [--json] [--lang en]',
      '      check a report file (.xlsx or .csv)',
      '  rollup FILE... [--registry FILE] [--targets FILE] [--period P] [--province NAME] [--by district|province|zone]',
      '      [--out summary.xlsx] [--html summary.html] [--pdf summary.pdf] [--form ID|form.json] [--today yyyy-mm-dd] [--json] [--lang en]',
      '      roll up by district/province/zone',
      '  consolidate DIR [--form ID|form.json] [--registry FILE] [--targets FILE] [--period P] [--out national.xlsx] [--html national.html]',
      '      [--pdf national.pdf] [--today yyyy-mm-dd] [--json] [--lang en]',
      "      national consolidation of every province's .xlsx/.csv in a folder, with each province's status",
      '  followup FILE... --period P [--registry FILE] [--timely-days N] [--out folder] [--today yyyy-mm-dd] [--lang en]',
      '      follow-up messages for the LAOs that have not reported, per district and for the province, with the deadline',
      "      (the period's last day + N days, 15 by default); with --out, one .txt per district and the province's in the folder",
      '  registry import FILE [--out registry.json] [--json] [--lang en]',
      '      import the LAO registry from DLA open data; without --out it only checks and counts, and writes nothing',
      '  sample       run the main job on the bundled Phayao sample',
      '  --help       show this help',
      '  --version    show the version',
      'Options:',
      '  --today yyyy-mm-dd  fix "today" (later dates are flagged); by default today in Thailand',
      "  --form FILE         another form (JSON, the shape of src/core/form/dlaOnlineMarket.ts) instead of DLA's,",
      '                      or a built-in one by id: otop-marketer (OTOP young marketers)',
      '  --out, --html, --pdf  output files: never one of the inputs, never the same file; written together or not at all',
      "  --pdf FILE          (rollup, consolidate) print the HTML report to an A4 landscape PDF with the machine's Chromium",
      '                      (CHROMIUM_PATH or /usr/bin/chromium); without Chromium nothing is written (exit 2)',
      '  --map-by reporting|revenue|on-time  (rollup, consolidate) what colours the map of the HTML/PDF report: the',
      '                      reporting rate (default), the % of the revenue target, or the on-time rate',
      '  --approved-only     (rollup, consolidate) count only rows whose review is “ผ่าน” (returned rows never count)',
      "  --timely-days N     (rollup, consolidate, followup) the deadline is the period's last day + N days (default 15)",
      '  --certified-only    (consolidate, needs --period) count only provinces that certified the period (their การรับรองผล sheet)',
      "  --outlier-threshold Z  (validate, rollup, consolidate) warn of a month's figure far above the owner's other",
      "                      months or the other owners' that month: modified z-score over Z (default 3.5); off = no check",
      'Exit codes: 0 no errors; 1 rows with errors, no data rows, or a file left out;',
      '            2 a file or an option cannot be used (nothing written)',
    ].join('\n'),
  } satisfies Text,
  unknownCommand: (name: string): Text => ({
    th: `ไม่รู้จักคำสั่ง “${name}” ดูคำสั่งที่ใช้ได้ด้วย khongdee --help`,
    en: `Unknown command “${name}”. See the commands with khongdee --help.`,
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
  rowCounts: (s: {
    dataRows: number;
    reported: number;
    notReported: number;
    subtotalRows: number;
    blankRows: number;
  }): Text => ({
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
  badOutlierThreshold: (value: string): Text => ({
    th: `--outlier-threshold “${value}” ใช้ไม่ได้ ให้ใส่ตัวเลขที่มากกว่า 0 เช่น 3.5 (ค่าเริ่มต้น) หรือ 3 หรือใส่ off เพื่อไม่ตรวจ`,
    en: `--outlier-threshold “${value}” is not valid; give a number above 0, e.g. 3.5 (the default) or 3, or off for no check.`,
  }),
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
  provincesNotReported: (names: readonly string[]): Text =>
    names.length === 0
      ? { th: 'ทุกจังหวัดที่มีค่าเป้าหมายส่งรายงานแล้ว', en: 'Every province with targets has reported' }
      : {
          th: `จังหวัดที่ยังไม่ส่งรายงาน ${names.length} จังหวัด: ${names.join(', ')}`,
          en: `${names.length} provinces have not reported: ${names.join(', ')}`,
        },
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
