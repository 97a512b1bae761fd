// Thai and English text of ตรวจรับข้อมูล as the server says it: the sidebar's title, what a save recorded or refused,
// and the audit trail (บันทึกการเปลี่ยนแปลง) the acts are written to. The sidebar page's own text is in reviewSidebar.ts.

import type { AuditActKind } from '../review/types';
import type { Text } from './text';

export const AUDIT_LOG_SHEET = 'บันทึกการเปลี่ยนแปลง';

const blank = (text: string): string => (text === '' ? '-' : text);

export const reviewMessages = {
  title: { th: 'ตรวจรับข้อมูล', en: 'Review entries' } satisfies Text,
  badDecision: {
    th: 'ข้อมูลการตรวจที่ส่งมาไม่ถูกต้อง กรุณาปิดแถบด้านข้างแล้วเปิดเมนู ตรวจรับข้อมูล ใหม่ (ยังไม่ได้บันทึกอะไร)',
    en: 'The review sent was not valid. Close the sidebar and open Review entries again (nothing was recorded).',
  } satisfies Text,
  noDecisions: {
    th: 'ยังไม่ได้เลือกผลการตรวจของแถวใด กดปุ่ม ผ่าน หรือ ส่งกลับ ที่แถวก่อน',
    en: 'No row has a decision yet: press Approve or Return on a row first.',
  } satisfies Text,
  tooManyDecisions: (max: number): Text => ({
    th: `บันทึกได้ครั้งละไม่เกิน ${max} แถว กรุณาเลือกอำเภอหรือช่วงเวลาให้แคบลง`,
    en: `At most ${max} rows can be recorded at once: choose a district or a shorter period.`,
  }),
  returnNeedsNote: (row: number): Text => ({
    th: `แถว ${row}: การส่งกลับแก้ไขต้องระบุเหตุผล เพื่อให้ผู้บันทึกรู้ว่าต้องแก้อะไร`,
    en: `Row ${row}: a return needs a reason, so the officer knows what to correct.`,
  }),
  noteTooLong: (row: number, max: number): Text => ({
    th: `แถว ${row}: เหตุผลยาวเกิน ${max} ตัวอักษร กรุณาย่อให้สั้นลง`,
    en: `Row ${row}: the reason is longer than ${max} characters; shorten it.`,
  }),
  changedSinceListed: (row: number): Text => ({
    th: `แถว ${row} ถูกแก้ไขหรือย้ายหลังจากเปิดรายการ จึงยังไม่บันทึกผล กรุณาตรวจแถวนี้อีกครั้งในรายการใหม่`,
    en: `Row ${row} was changed or moved after the list was opened, so it was not recorded: review it again in the new list.`,
  }),
  rowInClosedPeriod: (row: number, period: string, by: string, at: string): Text => ({
    th: `แถว ${row} ลงวันที่ใน ${period} ซึ่งจังหวัดรับรองผลแล้ว (โดย ${by} เมื่อ ${at} น.) จึงไม่บันทึกผลการตรวจของแถวนี้ หากต้องเปลี่ยน ขอให้เจ้าหน้าที่จังหวัดยกเลิกการรับรองที่เมนู รับรองผล ก่อน`,
    en: `Row ${row} is dated in ${period}, which the province certified (${by}, ${at}), so its review was not recorded. To change it, ask the province staff to reopen the period from Certify results.`,
  }),
  /** on the card of a row dated in a certified period */
  closedCard: (period: string, by: string, at: string): Text => ({
    th: `${period} จังหวัดรับรองผลแล้ว (โดย ${by} เมื่อ ${at} น.) จึงตรวจรับแถวนี้ไม่ได้ จนกว่าเจ้าหน้าที่จังหวัดจะยกเลิกการรับรองที่เมนู รับรองผล`,
    en: `${period} was certified by the province (${by}, ${at}): this row cannot be reviewed until the province staff reopen it from Certify results.`,
  }),
  recorded: (approved: number, returned: number, refused: number): Text => ({
    th: `บันทึกผลการตรวจแล้ว: ผ่าน ${approved} แถว ส่งกลับแก้ไข ${returned} แถว${refused > 0 ? ` (ไม่ได้บันทึก ${refused} แถว ดูเหตุผลด้านล่าง)` : ''}`,
    en: `Review recorded: ${approved} approved, ${returned} returned${refused > 0 ? ` (${refused} not recorded, see below)` : ''}.`,
  }),
  nothingRecorded: {
    th: 'ไม่ได้บันทึกผลการตรวจ: ทุกแถวที่เลือกถูกแก้ไขหลังจากเปิดรายการ กรุณาตรวจอีกครั้งในรายการใหม่',
    en: 'Nothing was recorded: every chosen row changed after the list was opened. Review them again in the new list.',
  } satisfies Text,
  /** a row's review cells as the audit trail shows them before and after */
  reviewCells: (status: string, note: string): Text => ({
    th: `ผลการตรวจสอบ: ${blank(status)} · หมายเหตุผู้ตรวจ: ${blank(note)}`,
    en: `Review: ${blank(status)} · Reviewer's note: ${blank(note)}`,
  }),
  busy: {
    th: 'มีผู้อื่นกำลังบันทึกข้อมูลในไฟล์นี้ กรุณากดบันทึกอีกครั้งในอีกสักครู่ (ผลการตรวจที่เลือกยังอยู่ครบ)',
    en: 'Someone else is writing to this file: press Save again in a moment (your decisions are kept).',
  } satisfies Text,
  auditHeader: {
    th: ['เวลา', 'ผู้ดำเนินการ', 'การกระทำ', 'ชีต', 'แถว', 'อปท./ผู้รายงาน', 'ก่อน', 'หลัง'],
    en: ['Time', 'By', 'Act', 'Sheet', 'Row', 'Owner', 'Before', 'After'],
  } satisfies Record<'th' | 'en', readonly string[]>,
  act: {
    approve: { th: 'ตรวจผ่าน', en: 'approved' },
    return: { th: 'ส่งกลับแก้ไข', en: 'returned' },
    submit: { th: 'ส่งข้อมูล', en: 'submitted' },
    correct: { th: 'แก้ไขข้อมูล', en: 'corrected' },
    certify: { th: 'รับรองผล', en: 'certified' },
    reopen: { th: 'เปิดให้แก้ไข', en: 'reopened' },
  } satisfies Record<AuditActKind, Text>,
  auditProtection: {
    th: 'บันทึกการเปลี่ยนแปลงของ ของดีบ้านเรา: เพิ่มต่อท้ายโดยเมนูเท่านั้น ห้ามแก้ไขหรือลบ',
    en: 'Khong Dee audit trail: appended by the add-on only; do not edit or delete.',
  } satisfies Text,
};
