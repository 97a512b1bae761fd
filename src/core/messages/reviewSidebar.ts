// Thai and English text of the ตรวจรับข้อมูล sidebar's page: its lists, cards, buttons and what it says before and
// after a save. Only the page shows these, so dist/Code.js carries none of it.

import type { ReviewStatus } from '../form/types';
import type { Text } from './text';

export const reviewSidebarMessages = {
  districtLabel: { th: 'อำเภอ', en: 'District' } satisfies Text,
  allDistricts: { th: 'ทุกอำเภอ', en: 'Every district' } satisfies Text,
  periodLabel: { th: 'ช่วงเวลา', en: 'Period' } satisfies Text,
  filterLabel: { th: 'แสดง', en: 'Show' } satisfies Text,
  filterPending: { th: 'รอตรวจ', en: 'Pending review' } satisfies Text,
  filterAll: { th: 'ทั้งหมด', en: 'All rows' } satisfies Text,
  loading: { th: 'กำลังโหลดรายการ…', en: 'Loading the list…' } satisfies Text,
  counts: (counts: Readonly<Record<ReviewStatus, number>>): Text => ({
    th: `รอตรวจ ${counts.pending} · ผ่าน ${counts.approved} · ส่งกลับแก้ไข ${counts.returned}`,
    en: `Pending ${counts.pending} · Approved ${counts.approved} · Returned ${counts.returned}`,
  }),
  truncated: (shown: number): Text => ({
    th: `แสดง ${shown} แถวแรกเท่านั้น บันทึกผลชุดนี้แล้วรายการจะแสดงแถวถัดไป หรือเลือกอำเภอเพื่อดูทีละอำเภอ`,
    en: `Only the first ${shown} rows are shown: save these and the list shows the next ones, or choose a district.`,
  }),
  empty: { th: 'ไม่มีแถวที่ตรงกับที่เลือก', en: 'No rows match the choice.' } satisfies Text,
  offList: (rows: number): Text => ({
    th: `มีผลการตรวจที่ยังไม่บันทึกอีก ${rows} แถว ที่ไม่อยู่ในรายการนี้ จะบันทึกไปพร้อมกัน`,
    en: `${rows} more unsaved decision(s) on rows not in this list will be saved with these.`,
  }),
  status: {
    pending: { th: 'รอตรวจ', en: 'Pending' },
    approved: { th: 'ผ่าน', en: 'Approved' },
    returned: { th: 'ส่งกลับแก้ไข', en: 'Returned' },
  } satisfies Record<ReviewStatus, Text>,
  row: (row: number): Text => ({ th: `แถวที่ ${row}`, en: `Row ${row}` }),
  reviewerNote: { th: 'หมายเหตุผู้ตรวจ', en: 'Reviewer’s note' } satisfies Text,
  approve: { th: 'ผ่าน', en: 'Approve' } satisfies Text,
  return: { th: 'ส่งกลับ', en: 'Return' } satisfies Text,
  reasonLabel: { th: 'เหตุผลที่ส่งกลับ (ต้องระบุ)', en: 'Why it is returned (required)' } satisfies Text,
  reasonPlaceholder: {
    th: 'เช่น ลิงก์เปิดไม่ได้ กรุณาแก้ไขแล้วส่งใหม่',
    en: 'e.g. the link does not open: correct it and send again',
  } satisfies Text,
  approveShown: { th: 'ผ่านทั้งหมดที่แสดง', en: 'Approve every row shown' } satisfies Text,
  approvedShown: (marked: number, withErrors: number): Text => ({
    th:
      `ทำเครื่องหมายผ่าน ${marked} แถว (แถวที่รอตรวจ ไม่มีข้อผิดพลาด และยังไม่ได้เลือก)` +
      (withErrors > 0 ? ` แถวที่มีข้อผิดพลาด ${withErrors} แถว ต้องตรวจและเลือกทีละแถว` : ''),
    en:
      `Marked ${marked} row(s) as approved (pending, without errors, not yet decided).` +
      (withErrors > 0 ? ` ${withErrors} row(s) with errors need a decision one by one.` : ''),
  }),
  save: (decisions: number): Text => ({
    th: `บันทึกผลการตรวจ (${decisions})`,
    en: `Save the review (${decisions})`,
  }),
  saving: { th: 'กำลังบันทึกผลการตรวจ…', en: 'Saving the review…' } satisfies Text,
  reasonMissing: (rows: readonly number[]): Text => ({
    th: `ยังไม่ได้บันทึก: กรุณาระบุเหตุผลที่ส่งกลับของแถวที่ ${rows.join(', ')}`,
    en: `Nothing saved: give the reason for returning row(s) ${rows.join(', ')}.`,
  }),
  refused: (row: number, message: string): Text => ({
    th: `แถวที่ ${row}: ${message}`,
    en: `Row ${row}: ${message}`,
  }),
};
