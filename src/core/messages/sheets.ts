// Thai and English text of the add-on's menu actions: toasts, dialogs and the explanations of what happened to sheets.

import type { Text } from './text';

export const sheetMessages = {
  checkToast: (errors: number, warnings: number, rows: number): Text => ({
    th: `ตรวจ ${rows} แถว: ข้อผิดพลาด ${errors} คำเตือน ${warnings} ดูรายละเอียดในแผ่นงาน ปัญหาข้อมูล`,
    en: `Checked ${rows} rows: ${errors} errors, ${warnings} warnings. See the ปัญหาข้อมูล sheet.`,
  }),
  checkTitle: { th: 'ตรวจสอบข้อมูล', en: 'Check data' } satisfies Text,
  summaryTitle: { th: 'สรุปผลรายอำเภอ', en: 'District summary' } satisfies Text,
  summaryToast: (districts: number, nonReporters: number | null): Text => ({
    th: `สรุป ${districts} อำเภอแล้ว${nonReporters === null ? ' (ไม่มีทะเบียน อปท. จึงไม่ทราบผู้ที่ยังไม่รายงาน)' : ` ยังไม่รายงาน ${nonReporters} แห่ง`}`,
    en: `Summarised ${districts} districts${nonReporters === null ? ' (no registry, so non-reporters are unknown)' : `; ${nonReporters} not reported`}`,
  }),
  renamedBecauseTaken: (wanted: string, used: string): Text => ({
    th: `มีแผ่นงานของผู้ใช้ชื่อ “${wanted}” อยู่แล้ว จึงเขียนผลลงแผ่นงาน “${used}” แทน แผ่นงานเดิมไม่ถูกแตะต้อง`,
    en: `A sheet of yours is already called “${wanted}”, so the result went to “${used}”; your sheet was not touched.`,
  }),
  renamedKept: (given: string, current: string): Text => ({
    th: `แผ่นงาน “${given}” ที่ระบบเคยสร้างถูกเปลี่ยนชื่อเป็น “${current}” จึงเก็บไว้ตามเดิมโดยไม่เขียนทับ และสร้าง “${given}” ใหม่`,
    en: `The sheet “${given}” made earlier was renamed “${current}”; it is kept as it is, not written over, and “${given}” was made again.`,
  }),
  recreated: (name: string): Text => ({
    th: `ไม่พบแผ่นงาน “${name}” ที่เคยสร้างไว้ (อาจถูกลบหรือเปลี่ยนชื่อ) จึงสร้างใหม่`,
    en: `The sheet “${name}” made earlier was not found (deleted or renamed), so it was made again.`,
  }),
  noReportSheet: {
    th: 'ไม่พบแผ่นงานที่มีหัวตารางของแบบรายงานในไฟล์นี้ กรุณาใช้เมนู ของดีบ้านเรา > ตั้งค่าแบบรายงาน เพื่อสร้างหัวตาราง',
    en: 'No sheet in this file has a report header. Use ของดีบ้านเรา > Set up the report sheet to create the header.',
  } satisfies Text,
  noProvince: {
    th: 'บอกไม่ได้ว่าแบบรายงานนี้เป็นของจังหวัดใด กรุณาใส่บรรทัดหัวเรื่อง “จังหวัด…” เหนือหัวตาราง หรือเพิ่มคอลัมน์ จังหวัด',
    en: 'Cannot tell which province this report belongs to. Add a title line “จังหวัด…” above the header, or a จังหวัด column.',
  } satisfies Text,
  protectedRange: (detail: string): Text => ({
    th: `เขียนลงแผ่นงานไม่ได้เพราะช่วงเซลล์ถูกป้องกันไว้ (${detail}) กรุณาขอสิทธิ์แก้ไขจากเจ้าของไฟล์ ข้อมูลเดิมไม่ถูกเปลี่ยนแปลง`,
    en: `Could not write because the range is protected (${detail}). Ask the file's owner for edit access. No data was changed.`,
  }),
  failed: (detail: string): Text => ({
    th: `ทำงานไม่สำเร็จ: ${detail} ข้อมูลในแบบรายงานไม่ถูกเปลี่ยนแปลง กรุณาลองอีกครั้ง หากยังไม่ได้ให้แจ้งผู้ดูแล`,
    en: `Could not finish: ${detail}. The report data was not changed. Try again, and tell the maintainers if it keeps failing.`,
  }),
  problemsColumns: ['แถว', 'คอลัมน์', 'ค่าที่พิมพ์', 'ระดับ', 'ข้อความ/วิธีแก้ไข', 'ไปที่เซลล์'],
  problemsTitle: 'ปัญหาข้อมูลในแบบรายงาน (สร้างโดยเมนู ของดีบ้านเรา > ตรวจสอบข้อมูล)',
  noProblemsLine: 'ไม่พบปัญหาข้อมูล',
};

/** The sheets people keep by hand in the workbook, read by the add-on and the command line alike. */
export const REGISTRY_SHEET = 'ทะเบียน อปท.';
export const TARGETS_SHEET = 'ค่าเป้าหมาย';

export const registrySheetMessages = {
  title: { th: 'ทะเบียน อปท.', en: 'LAO registry' } satisfies Text,
  confirmReplace: (count: number, province: string): Text => ({
    th: `แผ่นงาน ทะเบียน อปท. มีอยู่แล้ว จะแทนที่ด้วยรายชื่อ ${count} แห่งของจังหวัด${province} หรือไม่? การแก้ไขที่ทำไว้ในแผ่นงานเดิม (เช่น การยกฐานะ การเปลี่ยนชื่อ) จะหายไป`,
    en: `The registry sheet exists. Replace it with the ${count} LAOs of ${province}? Corrections made in the sheet (upgrades, renames) will be lost.`,
  }),
  written: (count: number, province: string): Text => ({
    th: `เขียนทะเบียน อปท. ของจังหวัด${province} ${count} แห่งแล้ว (ที่มา: กรมส่งเสริมการปกครองท้องถิ่น) แก้ไขการยกฐานะหรือเปลี่ยนชื่อได้ในแผ่นงานนี้`,
    en: `Wrote the registry of ${province}: ${count} LAOs (source: DLA). Correct upgrades and renames in this sheet.`,
  }),
  noneForProvince: (province: string): Text => ({
    th: `ไม่มีรายชื่อ อปท. ของจังหวัด${province} ในข้อมูลที่เลือก กรุณาเลือกไฟล์ข้อมูลเปิด “ชื่อและที่ตั้งองค์กรปกครองส่วนท้องถิ่น” ของกรมส่งเสริมการปกครองท้องถิ่น`,
    en: `The chosen data has no LAOs of ${province}. Choose DLA's open-data file of local government names and locations.`,
  }),
  cancelled: { th: 'ยกเลิกแล้ว ทะเบียนเดิมไม่ถูกเปลี่ยนแปลง', en: 'Cancelled; the registry was not changed.' } satisfies Text,
  header: ['รหัส อปท.', 'ประเภท', 'ชื่อ อปท.', 'อำเภอ', 'จังหวัด', 'อีเมลผู้รับผิดชอบ'],
};

export const setupMessages = {
  title: { th: 'ตั้งค่าแบบรายงาน', en: 'Set up the report sheet' } satisfies Text,
  reportSheetName: 'รายงานผล',
  listsSheetName: 'รายการสำหรับเลือก',
  created: (name: string): Text => ({
    th: `สร้างแผ่นงาน “${name}” พร้อมหัวตารางตามแบบรายงานแล้ว กรุณาใส่ชื่อจังหวัดในบรรทัดที่ 2 แล้วเริ่มบันทึกผลได้`,
    en: `Made the sheet “${name}” with the report's headers. Put the province's name on line 2, then start recording.`,
  }),
  repaired: (columns: number, dropdowns: boolean): Text => ({
    th: `ปรับแบบรายงานแล้ว: หัวตาราง ตรึงแถว รูปแบบตัวเลข และการตรวจค่าตัวเลข ${columns} คอลัมน์${dropdowns ? ' พร้อมรายการเลือกอำเภอและ อปท. จากทะเบียน' : ' (ยังไม่มีทะเบียน อปท. จึงยังไม่มีรายการเลือก ใช้เมนู ทะเบียน อปท. ก่อน)'} ข้อมูลที่บันทึกไว้ไม่ถูกย้ายหรือแก้ไข`,
    en: `Report sheet repaired: header, frozen rows, number formats and number checks on ${columns} columns${dropdowns ? ', with district and LAO dropdowns from the registry' : ' (no LAO registry yet, so no dropdowns: use the registry menu first)'}. No entry was moved or changed.`,
  }),
  numberHelp: {
    th: 'ใส่ตัวเลขตั้งแต่ 0 ขึ้นไป (ใช้ - เมื่อเป็นศูนย์) ตัวเลขไทย จุลภาค และหน่วยจะถูกตรวจเมื่อใช้เมนู ตรวจสอบข้อมูล',
    en: 'Enter a number of 0 or more (- for zero). Thai digits, commas and units are checked by the Check data menu.',
  } satisfies Text,
  listHelp: { th: 'เลือกจากรายการตามทะเบียน อปท.', en: 'Choose from the registry list.' } satisfies Text,
  protectionHeader: 'หัวตารางแบบรายงาน (ของดีบ้านเรา): แก้ไขได้แต่ระบบจะเตือนก่อน',
  protectionGenerated: 'แผ่นงานที่ของดีบ้านเราสร้าง: จะถูกเขียนทับเมื่อใช้เมนูอีกครั้ง',
  titleLine: 'แบบรายงานผลการดำเนินกิจกรรม “ตลาดนัดท้องถิ่นออนไลน์ เครือข่ายของดีบ้านเรา”',
  provinceLine: (province: string | null) => (province ? `จังหวัด${province}` : 'จังหวัด…………… (ใส่ชื่อจังหวัด)'),
};
