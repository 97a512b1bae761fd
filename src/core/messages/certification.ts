// Thai and English text of การรับรองผล (อำเภอรับรอง, จังหวัดรับรอง): the generated sheet's name and header, the dialog,
// what a certification or a reopening recorded, and the refusal of an entry dated in a period the province has closed.

import type { Text } from './text';

export const CERTIFICATION_SHEET = 'การรับรองผล';

export const certificationMessages = {
  title: { th: 'รับรองผล', en: 'Certify results' } satisfies Text,
  /** the columns every form shares, in this order; the form's figures follow them */
  header: {
    th: ['รหัสช่วงเวลา', 'ช่วงเวลา', 'ระดับ', 'อำเภอ', 'การดำเนินการ', 'ผู้ดำเนินการ', 'เวลา'],
    en: ['Period key', 'Period', 'Level', 'District', 'Act', 'By', 'Time'],
  } satisfies Record<'th' | 'en', readonly string[]>,
  figureHeader: {
    th: ['อปท. ที่รายงาน', 'อปท. ทั้งหมด', 'อัตราการรายงานผล (ร้อยละ)', 'ส่งทันกำหนด (ร้อยละ)', 'แถวที่นับ', 'แถวรอตรวจ'],
    en: ['LAOs reported', 'LAOs', 'Reporting rate (%)', 'On time (%)', 'Rows counted', 'Rows pending'],
  } satisfies Record<'th' | 'en', readonly string[]>,
  level: {
    district: { th: 'อำเภอ', en: 'district' },
    province: { th: 'จังหวัด', en: 'province' },
  } satisfies Record<'district' | 'province', Text>,
  act: {
    certify: { th: 'รับรอง', en: 'certified' },
    reopen: { th: 'ยกเลิกการรับรอง', en: 'reopened' },
  } satisfies Record<'certify' | 'reopen', Text>,
  protection: (periodLabel: string): Text => ({
    th: `ของดีบ้านเรา: ${periodLabel} จังหวัดรับรองผลแล้ว แก้ไขได้เฉพาะเจ้าของไฟล์และเจ้าหน้าที่จังหวัดที่ระบุ (ยกเลิกการรับรองได้ที่เมนู รับรองผล)`,
    en: `Khong Dee: ${periodLabel} is certified by the province; only the owner and the named province staff may edit (reopen it from Certify results).`,
  }),
  // the dialog
  levelLabel: { th: 'ระดับที่รับรอง', en: 'Level' } satisfies Text,
  provinceChoice: { th: 'จังหวัดรับรอง (ปิดช่วงเวลา)', en: 'Province certifies (closes the period)' } satisfies Text,
  districtChoice: (district: string): Text => ({
    th: `อำเภอรับรอง: ${district}`,
    en: `District certifies: ${district}`,
  }),
  actLabel: { th: 'การดำเนินการ', en: 'Act' } satisfies Text,
  certifyChoice: { th: 'รับรองผล', en: 'Certify' } satisfies Text,
  reopenChoice: { th: 'ยกเลิกการรับรอง (เปิดให้แก้ไข)', en: 'Reopen' } satisfies Text,
  staffLabel: {
    th: 'เจ้าหน้าที่จังหวัดที่แก้ไขช่วงเวลาที่รับรองแล้วได้ (อีเมล คั่นด้วยจุลภาค)',
    en: 'Province staff who may edit a certified period (emails, comma-separated)',
  } satisfies Text,
  run: { th: 'บันทึก', en: 'Record' } satisfies Text,
  working: { th: 'กำลังบันทึกการรับรอง…', en: 'Recording…' } satisfies Text,
  stateNone: { th: 'ยังไม่มีการรับรอง', en: 'not certified' } satisfies Text,
  stateLine: (level: Text, act: Text, by: string, at: string): Text => ({
    th: `${level.th}${act.th}แล้ว โดย ${by} เมื่อ ${at} น.`,
    en: `${level.en} ${act.en} by ${by} on ${at}`,
  }),
  // the answers
  badRequest: {
    th: 'คำขอรับรองไม่ถูกต้อง กรุณาปิดหน้าต่างแล้วเปิดเมนู รับรองผล ใหม่ (ยังไม่ได้บันทึกอะไร)',
    en: 'The request was not valid: close the dialog and open Certify results again (nothing was recorded).',
  } satisfies Text,
  unknownDistrict: (district: string): Text => ({
    th: `ไม่พบอำเภอ "${district}" ในทะเบียนหรือในรายงาน กรุณาเลือกจากรายการ`,
    en: `No district "${district}" in the registry or the report: choose one from the list.`,
  }),
  alreadyCertified: (period: string, by: string, at: string): Text => ({
    th: `${period} จังหวัดรับรองแล้ว โดย ${by} เมื่อ ${at} น. ไม่ต้องรับรองซ้ำ`,
    en: `${period} was already certified by the province (${by}, ${at}); nothing to do.`,
  }),
  notCertified: (period: string): Text => ({
    th: `${period} ยังไม่ได้รับรองในระดับนี้ จึงไม่มีอะไรให้ยกเลิก`,
    en: `${period} is not certified at this level, so there is nothing to reopen.`,
  }),
  provinceClosedForDistrict: (period: string): Text => ({
    th: `${period} จังหวัดรับรองแล้ว การรับรองหรือยกเลิกระดับอำเภอต้องให้จังหวัดยกเลิกการรับรองก่อน`,
    en: `${period} is certified by the province: the province must reopen it before a district certifies or reopens.`,
  }),
  mayNotReopen: (period: string): Text => ({
    th: `ยกเลิกการรับรอง ${period} ได้เฉพาะเจ้าของไฟล์หรือเจ้าหน้าที่จังหวัดที่ระบุไว้ตอนรับรอง กรุณาติดต่อเจ้าหน้าที่จังหวัด`,
    en: `Only the owner or the province staff named at certification may reopen ${period}: ask the province staff.`,
  }),
  noStaff: {
    th: 'ระบุอีเมลเจ้าหน้าที่จังหวัดอย่างน้อยหนึ่งคน (ระบบอ่านอีเมลของท่านไม่ได้) แล้วกดบันทึกอีกครั้ง',
    en: 'Name at least one province staff email (yours cannot be read), then record again.',
  } satisfies Text,
  badStaff: (text: string): Text => ({
    th: `"${text}" ไม่ใช่อีเมล กรุณาพิมพ์อีเมลคั่นด้วยจุลภาค เช่น somchai@example.go.th, suda@example.go.th`,
    en: `"${text}" is not an email: type emails separated by commas, e.g. somchai@example.go.th, suda@example.go.th`,
  }),
  certified: (period: string, level: Text, figures: string, pending: number): Text => ({
    th: `${level.th}รับรองผล ${period} แล้ว: ${figures}${pending > 0 ? ` (ยังมีแถวรอตรวจ ${pending} แถว นับรวมไว้ในผลที่รับรอง)` : ''}`,
    en: `${period} certified by the ${level.en}: ${figures}${pending > 0 ? ` (${pending} rows still pending review, counted in the figures)` : ''}`,
  }),
  closedNote: {
    th: ' ช่วงเวลานี้ปิดแล้ว: บันทึกหรือแก้ไขผลที่ลงวันที่ในช่วงนี้ไม่ได้จนกว่าจะยกเลิกการรับรอง',
    en: ' The period is closed: no entry or correction dated in it until it is reopened.',
  } satisfies Text,
  figures: (
    reported: number,
    total: number | null,
    rate: string | null,
    onTime: string | null,
    rows: number,
  ): Text => ({
    th: `อปท. รายงาน ${reported}${total === null ? '' : ` จาก ${total}`} แห่ง${rate === null ? '' : ` (ร้อยละ ${rate})`}${onTime === null ? '' : ` ส่งทันกำหนด ร้อยละ ${onTime}`} นับ ${rows} แถว`,
    en: `${reported}${total === null ? '' : ` of ${total}`} LAOs reported${rate === null ? '' : ` (${rate}%)`}${onTime === null ? '' : `, on time ${onTime}%`}, ${rows} rows counted`,
  }),
  periodLabel: { th: 'ช่วงเวลาที่รับรอง', en: 'Period to certify' } satisfies Text,
  reopened: (period: string, level: Text): Text => ({
    th: `ยกเลิกการรับรอง${level.th} ${period} แล้ว บันทึกและแก้ไขผลในช่วงนี้ได้อีกครั้ง`,
    en: `${period} reopened at the ${level.en} level: entries and corrections in it are possible again.`,
  }),
  /** the entry sidebar and the review, for a row dated in a closed period */
  periodClosed: (period: string, by: string, at: string): Text => ({
    th: `${period} จังหวัดรับรองผลแล้ว (โดย ${by} เมื่อ ${at} น.) จึงบันทึกหรือแก้ไขผลที่ลงวันที่ในช่วงนี้ไม่ได้ หากต้องแก้ไข ขอให้เจ้าหน้าที่จังหวัดยกเลิกการรับรองที่เมนู รับรองผล ก่อน`,
    en: `${period} was certified by the province (${by}, ${at}): entries and corrections dated in it are refused. To change it, ask the province staff to reopen it from Certify results.`,
  }),
};
