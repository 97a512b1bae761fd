// Thai and English text of the add-on's menus and dialogs.

import type { Text } from './text';

export const addonMessages = {
  menuTitle: { th: 'ของดีบ้านเรา', en: 'Khong Dee Ban Rao' } satisfies Text,
  menu: {
    checkData: { th: 'ตรวจสอบข้อมูล', en: 'Check data' } satisfies Text,
  },
  checkTitle: { th: 'ผลการตรวจสอบข้อมูล', en: 'Data check' } satisfies Text,
  checkSummary: (s: { reported: number; notReported: number; rowsWithErrors: number; rowsWithWarnings: number }, errors: number, warnings: number): Text => ({
    th:
      `รายงานแล้ว ${s.reported} แถว ยังไม่รายงาน ${s.notReported} แถว\n` +
      `ข้อผิดพลาด ${errors} รายการ ใน ${s.rowsWithErrors} แถว (ไม่นับรวมในยอดจนกว่าจะแก้ไข) คำเตือน ${warnings} รายการ ใน ${s.rowsWithWarnings} แถว`,
    en:
      `${s.reported} rows reported, ${s.notReported} not reported.\n` +
      `${errors} errors in ${s.rowsWithErrors} rows (left out of totals until fixed), ${warnings} warnings in ${s.rowsWithWarnings} rows.`,
  }),
  firstProblems: (shown: number, total: number): Text => ({
    th: `ปัญหา ${shown} รายการแรกจากทั้งหมด ${total} รายการ:`,
    en: `First ${shown} of ${total} problems:`,
  }),
  problemLine: (row: number, header: string, message: string): string => `• แถว ${row} ${header}: ${message}`,
  noProblems: { th: 'ไม่พบปัญหา ข้อมูลพร้อมสรุปผล', en: 'No problems found; the data is ready to roll up.' } satisfies Text,
};
