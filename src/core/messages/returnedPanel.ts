// Thai and English text of the entry sidebar's รายการที่ถูกส่งกลับแก้ไข panel and the banner of a correction. Only the
// page shows these, so dist/Code.js carries none of it.

import type { Text } from './text';

export const returnedPanelMessages = {
  heading: (count: number): Text => ({
    th: `รายการที่ถูกส่งกลับแก้ไข (${count})`,
    en: `Entries returned for correction (${count})`,
  }),
  open: { th: 'แก้ไข', en: 'Correct' } satisfies Text,
  /** the open button's name for a screen reader: which row it opens */
  openRow: (row: number, date: string): Text => ({
    th: `แก้ไขแถวที่ ${row} วันที่ ${date}`,
    en: `Correct row ${row} of ${date}`,
  }),
  noReason: { th: '(ผู้ตรวจไม่ได้ระบุเหตุผล)', en: '(the reviewer gave no reason)' } satisfies Text,
  noDate: { th: '(ไม่มีวันที่)', en: '(no date)' } satisfies Text,
  listFailed: (detail: string): Text => ({
    th: `ดูรายการที่ถูกส่งกลับแก้ไขไม่สำเร็จ (${detail}) ยังบันทึกรายการใหม่ได้ตามปกติ หากต้องการแก้รายการที่ถูกส่งกลับ กรุณาปิดแถบด้านข้างแล้วเปิดใหม่`,
    en: `Could not list the entries returned for correction (${detail}). New entries can still be recorded; to correct a returned one, close the sidebar and open it again.`,
  }),
  editing: (row: number, reason: string): Text => ({
    th: `กำลังแก้ไขแถวที่ ${row} ที่ถูกส่งกลับ: ${reason}`,
    en: `Correcting row ${row}, returned: ${reason}`,
  }),
  cancel: { th: 'ยกเลิกการแก้ไข', en: 'Cancel the correction' } satisfies Text,
};
