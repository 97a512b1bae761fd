// Thai and English text of the central script's ส่งอีเมลติดตามผล: the menu and dialog, the e-mail's subject, the log sheet
// บันทึกการส่งอีเมล and its results, the contacts column of ทะเบียนไฟล์จังหวัด, and the run's answer.

import { groupThousands } from '../format/number';
import type { Text } from './text';

const q = (s: string) => `“${s}”`;
const n = (count: number) => groupThousands(count);

/** What happened to one province in one run, as the log's ผล column and the dialog say it. */
export type MailResultKind = 'sent' | 'alreadySent' | 'nothingToSend' | 'quota' | 'unreadable' | 'sendFailed';

export const MAIL_LOG_SHEET = 'บันทึกการส่งอีเมล';

export const followupMailMessages = {
  menu: { th: 'ส่งอีเมลติดตามผล', en: 'E-mail the follow-up messages' } satisfies Text,
  title: { th: 'ส่งอีเมลติดตามผล', en: 'E-mail the follow-up messages' } satisfies Text,
  intro: {
    th: 'ส่งข้อความติดตามผลของช่วงเวลาที่เลือกทางอีเมล ถึงผู้รับในคอลัมน์อีเมลของ ทะเบียนไฟล์จังหวัด จังหวัดละหนึ่งฉบับ เฉพาะจังหวัดที่ยังมี อปท. ไม่ส่งรายงาน จังหวัดที่ส่งแล้วสำหรับช่วงเวลานี้จะไม่ถูกส่งซ้ำ ดูผลได้ที่แผ่นงาน บันทึกการส่งอีเมล',
    en: 'E-mails the follow-up messages of the chosen period to the addresses in the e-mail column of ทะเบียนไฟล์จังหวัด, one e-mail per province, only where some อปท. have not reported. A province already sent for this period is never sent again. See บันทึกการส่งอีเมล for what was done.',
  } satisfies Text,
  run: { th: 'ส่งอีเมล', en: 'Send' } satisfies Text,
  working: { th: 'กำลังอ่านไฟล์ของจังหวัดและส่งอีเมล…', en: 'Reading the provinces’ files and sending…' } satisfies Text,
  /** ทะเบียนไฟล์จังหวัด's contacts column, as createRegister writes it */
  registerHeader: 'อีเมลผู้รับข้อความติดตามผล (คั่นด้วย , หรือขึ้นบรรทัดใหม่)',
  badAddress: (row: number, text: string): Text => ({
    th: `${q(text)} ในแถว ${row} ของ ทะเบียนไฟล์จังหวัด ไม่ใช่อีเมล จึงไม่ส่งถึงที่อยู่นี้ (ที่อยู่อื่นในแถวยังใช้ได้) ให้แก้เป็นรูปแบบ name@example.go.th`,
    en: `${q(text)} on row ${row} of ทะเบียนไฟล์จังหวัด is not an e-mail address, so nothing goes to it (the row's other addresses are still used). Correct it to the form name@example.go.th.`,
  }),
  contactsNoProvince: (row: number): Text => ({
    th: `แถว ${row} ของ ทะเบียนไฟล์จังหวัด มีอีเมลแต่ไม่มีชื่อจังหวัดที่รู้จัก จึงไม่ใช้อีเมลของแถวนี้`,
    en: `Row ${row} of ทะเบียนไฟล์จังหวัด has e-mail addresses but no known province, so they are not used.`,
  }),
  subject: (formTitle: Text, province: string, period: Text): Text => ({
    th: `ติดตามผล ${formTitle.th} จังหวัด${province} ${period.th}`,
    en: `Follow-up: ${formTitle.en}, ${province}, ${period.en}`,
  }),
  logHeader: ['เวลา', 'จังหวัด', 'ช่วงเวลา', 'ผู้รับ', 'ผล'],
  result: {
    sent: { th: 'ส่งแล้ว', en: 'sent' },
    alreadySent: { th: 'ส่งไปแล้วก่อนหน้า', en: 'already sent before' },
    nothingToSend: { th: 'ไม่มีผู้ต้องติดตาม', en: 'nobody to follow up' },
    quota: { th: 'โควตาไม่พอ', en: 'not enough quota' },
    unreadable: { th: 'อ่านไฟล์ไม่ได้', en: 'could not read the file' },
    sendFailed: { th: 'ส่งไม่สำเร็จ', en: 'sending failed' },
  } satisfies Record<MailResultKind, Text>,
  quotaLeft: (needed: number, left: number): Text => ({
    th: `ต้องใช้ ${n(needed)} ผู้รับ เหลือโควตาวันนี้ ${n(left)} ผู้รับ ส่งพรุ่งนี้ด้วยเมนูเดิม`,
    en: `needs ${n(needed)} recipients, ${n(left)} left in today's quota; send tomorrow with the same menu item`,
  }),
  quotaStopped: {
    th: 'หยุดส่งเพราะโควตาวันนี้หมด ส่งพรุ่งนี้ด้วยเมนูเดิม',
    en: 'stopped: today’s quota is used up; send tomorrow with the same menu item',
  } satisfies Text,
  noFile: {
    th: 'ไม่มีลิงก์ไฟล์ของจังหวัดใน ทะเบียนไฟล์จังหวัด',
    en: 'the register lists no file for the province',
  } satisfies Text,
  otherProvince: (province: string): Text => ({
    th: `ไฟล์นี้เป็นรายงานของจังหวัด${province}`,
    en: `the file is ${province}'s report`,
  }),
  noContacts: {
    th: 'ยังไม่มีอีเมลผู้รับใน ทะเบียนไฟล์จังหวัด ใส่อีเมลในคอลัมน์ อีเมลผู้รับข้อความติดตามผล ของแต่ละจังหวัด แล้วส่งอีกครั้ง',
    en: 'ทะเบียนไฟล์จังหวัด has no e-mail addresses yet. Put them in the อีเมลผู้รับข้อความติดตามผล column of each province, then send again.',
  } satisfies Text,
  notForPersons: {
    th: 'แบบรายงานนี้ไม่มีรายชื่อ อปท. ที่ต้องส่ง จึงไม่มีข้อความติดตามผลให้ส่ง',
    en: 'This form has no list of who should report, so there is no follow-up to send.',
  } satisfies Text,
  noRegistry: {
    th: 'ไม่พบแผ่นงาน ทะเบียน อปท. จึงบอกไม่ได้ว่า อปท. ใดยังไม่ส่ง วางทะเบียน อปท. ของกรมแล้วส่งอีกครั้ง',
    en: 'No ทะเบียน อปท. sheet, so who has not reported cannot be told. Paste DLA’s registry, then send again.',
  } satisfies Text,
  notAuthorizedHint: {
    th: 'ให้กดเมนู ส่งอีเมลติดตามผล อีกครั้ง แล้วในหน้าขออนุญาตของ Google ให้ติ๊กอนุญาตทุกข้อ',
    en: 'Use ส่งอีเมลติดตามผล again and, on Google’s permission screen, tick every permission',
  } satisfies Text,
  timeUp: (left: number): Text => ({
    th: `ใกล้หมดเวลาทำงานของ Apps Script ยังเหลือ ${n(left)} จังหวัด กดส่งอีกครั้งเพื่อส่งต่อ (จังหวัดที่ส่งแล้วจะไม่ถูกส่งซ้ำ)`,
    en: `Near Apps Script's time limit with ${n(left)} provinces left: send again to go on (those already sent are not sent again).`,
  }),
  done: (counts: Readonly<Record<MailResultKind, number>>, period: Text): Text => {
    const kinds = (Object.keys(counts) as MailResultKind[]).filter((k) => counts[k] > 0);
    const th = kinds.map((k) => `${followupMailMessages.result[k].th} ${n(counts[k])}`).join(', ');
    const en = kinds.map((k) => `${followupMailMessages.result[k].en} ${n(counts[k])}`).join(', ');
    return {
      th: `ส่งอีเมลติดตามผล ${period.th}: ${th || 'ไม่มีจังหวัดที่ต้องส่ง'} (รายละเอียดในแผ่นงาน ${MAIL_LOG_SHEET})`,
      en: `Follow-up e-mail, ${period.en}: ${en || 'no province to send to'} (details in ${MAIL_LOG_SHEET})`,
    };
  },
  /** one line of the dialog's list */
  line: (province: string, result: Text, detail: Text | null): Text => ({
    th: `จังหวัด${province}: ${result.th}${detail ? ` (${detail.th})` : ''}`,
    en: `${province}: ${result.en}${detail ? ` (${detail.en})` : ''}`,
  }),
};
