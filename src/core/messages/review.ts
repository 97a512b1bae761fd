// Thai and English text of the review and deadline figures the CLI prints: reporting rate, on-time rate, returned rows.

import type { Text } from './text';

export const reviewCliMessages = {
  ratesTitle: {
    th: 'อัตราการรายงานและการส่งทันเวลา',
    en: 'Reporting rate and on-time rate',
  } satisfies Text,
  rateColumns: {
    th: ['', 'อปท.', 'รายงาน', 'ร้อยละรายงาน', 'ทันเวลา', 'ร้อยละทันเวลา', 'ไม่มีเวลาส่ง', 'ส่งกลับ', 'รอตรวจ'],
    en: ['', 'LAOs', 'Reported', 'Rate %', 'On time', 'On-time %', 'No time', 'Returned', 'Pending'],
  } satisfies Record<'th' | 'en', readonly string[]>,
  rateNote: {
    th: 'ร้อยละรายงาน = อปท. ที่รายงาน ÷ อปท. ในทะเบียน × 100 · ร้อยละทันเวลา = อปท. ที่ส่งทันกำหนด ÷ อปท. ในทะเบียน × 100 · ไม่มีเวลาส่ง, ส่งกลับ, รอตรวจ นับเป็นแถว',
    en: 'Rate % = LAOs reporting ÷ LAOs in the registry × 100 · On-time % = LAOs on time ÷ LAOs in the registry × 100 · No time, Returned, Pending are rows',
  } satisfies Text,
  total: { th: 'รวม', en: 'Total' } satisfies Text,
  deadline: (day: Text, timelyDays: number): Text => ({
    th: `กำหนดส่ง: ${day.th} เวลา 23:59:59 น. (วันสุดท้ายของช่วงเวลา + ${timelyDays} วัน) อปท. ส่งทันเวลาเมื่อแถวแรกที่นับถูกส่งไม่เกินกำหนดนี้`,
    en: `Deadline: ${day.en}, 23:59:59 Bangkok time (the period's last day + ${timelyDays} days). An LAO is on time when its earliest counted row was submitted by then.`,
  }),
  noPeriod: {
    th: 'ไม่ได้ระบุ --period จึงไม่คำนวณการส่งทันเวลา (ต้องรู้กำหนดส่งของช่วงเวลา)',
    en: 'No --period given, so on time is not worked out (it needs the period’s deadline).',
  } satisfies Text,
  returned: (rows: number): Text => ({
    th: `แถวที่ผู้ตรวจส่งกลับแก้ไข ${rows} แถว ไม่นับในสรุปผล`,
    en: `${rows} row(s) returned by the reviewer are left out of the figures.`,
  }),
  pendingLeftOut: (rows: number): Text => ({
    th: `นับเฉพาะแถวที่ผลการตรวจสอบเป็น “ผ่าน” (--approved-only): แถวที่รอตรวจ ${rows} แถว ไม่นับในสรุปผล`,
    en: `Only rows reviewed as “ผ่าน” (approved) are counted (--approved-only): ${rows} row(s) pending review are left out.`,
  }),
  pendingCounted: (rows: number): Text => ({
    th: `แถวที่ยังรอตรวจ ${rows} แถว นับรวมในสรุปผลแล้ว (ใช้ --approved-only เพื่อนับเฉพาะแถวที่ผ่านการตรวจ)`,
    en: `${rows} row(s) still pending review are counted (use --approved-only to count approved rows only).`,
  }),
  withoutTime: (rows: number): Text => ({
    th: `แถวที่นับแต่ไม่มีเวลาที่ส่ง ${rows} แถว (ไม่นับว่าส่งทันเวลา)`,
    en: `${rows} counted row(s) have no submission time (not on time).`,
  }),
};
