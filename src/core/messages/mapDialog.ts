// Thai and English text of the map dialog's page (src/mapDialog), kept out of addon.ts so that Code.js does not carry it.

import type { Text } from './text';

export const mapDialogMessages = {
  noData: {
    th: 'ยังไม่มีข้อมูลสำหรับแผนที่ กรุณาเรียก “สรุปผลรายอำเภอ” (หรือ “รวมผลทั้งประเทศ”) จากเมนูก่อน แล้วเปิดแผนที่อีกครั้ง',
    en: 'There is nothing to map yet: run “District summary” (or the national consolidation) from the menu first, then open the map again.',
  } satisfies Text,
  print: { th: 'พิมพ์', en: 'Print' } satisfies Text,
  close: { th: 'ปิด', en: 'Close' } satisfies Text,
  failed: (reason: string): Text => ({ th: `เปิดแผนที่ไม่สำเร็จ: ${reason}`, en: `Could not open the map: ${reason}` }),
};
