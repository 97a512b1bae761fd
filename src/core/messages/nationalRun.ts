// Thai and English text of national consolidation inside Google Sheets: progress, a run paused near Apps Script's time limit,
// a run someone else is making, and (central script only, kept apart so the officer bundle leaves it out) the register of files.

import { groupThousands } from '../format/number';
import { BE_OFFSET } from '../normalise/dates';
import type { Text } from './text';
import { type UserIdentity, userText } from './user';

const q = (s: string) => `“${s}”`;
const BANGKOK_OFFSET_MS = 7 * 3600 * 1000;

/** "14:05" in Thailand for a time in ms since the epoch; worked out by hand because Apps Script's Intl output is not relied on. */
export function bangkokClock(ms: number): string {
  const d = new Date(ms + BANGKOK_OFFSET_MS);
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** "21/11/2569 14:05" in Thailand (B.E. year). */
export function bangkokDateTime(ms: number): string {
  const d = new Date(ms + BANGKOK_OFFSET_MS);
  return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear() + BE_OFFSET} ${bangkokClock(ms)}`;
}

const who = (owner: UserIdentity): Text => userText(owner) ?? { th: 'ผู้ใช้อีกท่าน', en: 'another user' };

export const REGISTER_SHEET = 'ทะเบียนไฟล์จังหวัด';

/** What a permission the central script asks for lets it do, as a person reads it on Google's permission screen. */
const SCOPE_TEXT: Record<string, Text> = {
  'https://www.googleapis.com/auth/spreadsheets': {
    th: 'เปิดไฟล์ Google ชีตของจังหวัด (spreadsheets)',
    en: 'open the provinces’ Google Sheets files (spreadsheets)',
  },
  'https://www.googleapis.com/auth/script.scriptapp': {
    th: 'ทำงานต่อเองเมื่อคุณไม่ได้อยู่ (script.scriptapp)',
    en: 'run when you are not there, to continue by itself (script.scriptapp)',
  },
  'https://www.googleapis.com/auth/script.send_mail': {
    th: 'ส่งอีเมลในนามของคุณ (script.send_mail)',
    en: 'send e-mail as you (script.send_mail)',
  },
};
const scopeText =
  (lang: 'th' | 'en') =>
  (scope: string): string =>
    SCOPE_TEXT[scope]?.[lang] ?? scope;

export const nationalRunMessages = {
  title: { th: 'รวมผลทั้งประเทศ', en: 'National consolidation' } satisfies Text,
  menu: {
    consolidate: { th: 'รวมผลทั้งประเทศ', en: 'Consolidate all provinces' } satisfies Text,
    continueRun: { th: 'รวมผลทั้งประเทศ: ทำต่อ', en: 'National consolidation: continue' } satisfies Text,
  },
  progress: (done: number, total: number, current: string): Text => ({
    th: `${done} / ${total} จังหวัด: ${current}`,
    en: `${done} / ${total} provinces: ${current}`,
  }),

  notBound: {
    th: 'ใช้ได้จากเมนูในไฟล์ Google ชีตที่ติดตั้งสคริปต์เท่านั้น (Google ไม่ให้ล็อกไฟล์แก่สคริปต์แบบแยก) เปิดไฟล์แล้วใช้เมนู ส่วนขยาย',
    en: 'Run this from the menu of the Google Sheets file the script is installed in (Google gives no file lock to a standalone script): open the file and use its Extensions menu.',
  } satisfies Text,
  lockBusy: {
    th: 'มีผู้อื่นกำลังเริ่มหรือบันทึกการรวมผลในไฟล์นี้ กรุณารอสักครู่แล้วกดอีกครั้ง',
    en: 'Someone else is starting or saving a consolidation in this file. Wait a moment and try again.',
  } satisfies Text,
  runningBy: (owner: UserIdentity, startedAt: number, done: number, total: number): Text => ({
    th: `${who(owner).th} กำลังรวมผลอยู่ (เริ่ม ${bangkokDateTime(startedAt)} น. อ่านแล้ว ${done} / ${total}) ไม่ต้องเริ่มซ้ำ รอให้เสร็จแล้วดูแผ่นงาน สรุปรายจังหวัด`,
    en: `${who(owner).en} is consolidating (started ${bangkokDateTime(startedAt)}, ${done} / ${total} read). Do not start again: wait, then see สรุปรายจังหวัด.`,
  }),
  scheduledBy: (owner: UserIdentity, resumeAt: number, done: number, total: number): Text => ({
    th: `การรวมผลที่ ${who(owner).th} เริ่มไว้ (อ่านแล้ว ${done} / ${total}) จะทำต่อเองเวลาประมาณ ${bangkokClock(resumeAt)} น. ไม่ต้องเริ่มซ้ำ`,
    en: `The consolidation ${who(owner).en} started (${done} / ${total} read) continues by itself at about ${bangkokClock(resumeAt)}. Do not start again.`,
  }),
  /** `scope`: what the saved run counts (runScope) */
  savedRun: (owner: UserIdentity, startedAt: number, done: number, total: number, scope: Text): Text => ({
    th: `มีการรวมผลที่ยังไม่เสร็จ (${scope.th} เริ่มโดย ${who(owner).th} ${bangkokDateTime(startedAt)} น. อ่านแล้ว ${done} / ${total})`,
    en: `A consolidation is unfinished (${scope.en}; started by ${who(owner).en} ${bangkokDateTime(startedAt)}, ${done} / ${total} read).`,
  }),
  /** under savedRun, in the alert that asks */
  yesNo: {
    th: 'กด ใช่ (Yes) เพื่อทำต่อ หรือ ไม่ (No) เพื่อเริ่มใหม่ทั้งหมด',
    en: 'Yes continues it; No starts again from the beginning.',
  } satisfies Text,
  /** what a run counts: a period (its label) or every row, and whether only certified provinces */
  runScope: (period: Text | null, certifiedOnly: boolean): Text => ({
    th: `${period ? `ช่วงเวลา ${period.th}` : 'ทุกช่วงเวลา'}${certifiedOnly ? ' นับเฉพาะจังหวัดที่รับรองผลแล้ว' : ''}`,
    en: `${period ? `period ${period.en}` : 'every period'}${certifiedOnly ? ', certified provinces only' : ''}`,
  }),
  nothingToContinue: {
    th: 'ไม่มีการรวมผลที่ค้างอยู่ ใช้เมนู รวมผลทั้งประเทศ เพื่อเริ่มใหม่',
    en: 'Nothing to continue. Use รวมผลทั้งประเทศ to start.',
  } satisfies Text,
  cancelled: { th: 'ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลง', en: 'Cancelled; nothing changed.' } satisfies Text,
  pausedManual: (done: number, total: number): Text => ({
    th: `หยุดพักก่อนครบ 6 นาทีที่ Google อนุญาตต่อครั้ง: อ่านและบันทึกแล้ว ${done} / ${total} กดเมนู รวมผลทั้งประเทศ: ทำต่อ เพื่ออ่านส่วนที่เหลือ (ไม่นับซ้ำ)`,
    en: `Paused before Google's 6-minute limit: ${done} / ${total} read and saved. Use “National consolidation: continue” for the rest (nothing counts twice).`,
  }),
  pausedScheduled: (done: number, total: number, resumeAt: number): Text => ({
    th: `หยุดพักก่อนครบ 6 นาทีที่ Google อนุญาตต่อครั้ง: อ่านแล้ว ${done} / ${total} จะทำต่อเองเวลาประมาณ ${bangkokClock(resumeAt)} น. (หรือกด ทำต่อ)`,
    en: `Paused before Google's 6-minute limit: ${done} / ${total} read. It continues by itself at about ${bangkokClock(resumeAt)} (or use continue).`,
  }),
  /** `scope`: what the run counted (runScope) */
  finished: (provinces: number, counts: Text, crossLinks: number, scope: Text): Text => ({
    th: `รวมผล ${provinces} จังหวัดแล้ว ${scope.th} ${counts.th} ลิงก์ซ้ำข้ามจังหวัด ${groupThousands(crossLinks)} ลิงก์ ดูแผ่นงาน สรุปรายจังหวัด และ สถานะรายจังหวัด`,
    en: `Consolidated ${provinces} provinces, ${scope.en}. ${counts.en}. ${groupThousands(crossLinks)} links in several provinces. See สรุปรายจังหวัด and สถานะรายจังหวัด.`,
  }),
  inputsChanged: {
    th: 'ทะเบียนหรือรายการไฟล์ถูกแก้ไขระหว่างการรวมผล จึงเริ่มใหม่ตั้งแต่ต้นเพื่อให้ตัวเลขตรงกัน',
    en: 'The registry or the list of sources changed during the run, so it started again to keep the figures consistent.',
  } satisfies Text,
  storageFull: {
    th: 'ที่เก็บข้อมูลระหว่างรวมผลของไฟล์นี้เต็ม (Google ให้ 500 KB) กรุณาแจ้งผู้ดูแล',
    en: "The file's storage for a run in progress is full (Google allows 500 KB). Tell the maintainers.",
  } satisfies Text,
  targetsFailed: (detail: Text): Text => ({
    th: `${detail.th}\nอ่านรายงานครบแล้ว แก้แผ่นงาน ค่าเป้าหมาย แล้วกด ทำต่อ เพื่อเขียนตารางสรุป`,
    en: `${detail.en}\nEvery report is read: correct ค่าเป้าหมาย, then use continue to write the tables.`,
  }),
  noReportTabs: {
    th: 'ไม่พบแผ่นงานแบบรายงานของจังหวัดในไฟล์นี้ ให้แต่ละจังหวัดกรอกในแผ่นงานที่ตั้งชื่อเป็นชื่อจังหวัด',
    en: 'No province report tab in this file. Give each province a tab named after it.',
  } satisfies Text,
  tabMissing: (tab: string): Text => ({
    th: `ไม่พบแผ่นงาน ${q(tab)} (ถูกเปลี่ยนชื่อหรือลบ?) ให้แก้ชื่อแผ่นงานให้ตรง`,
    en: `No tab ${q(tab)} (renamed or deleted?). Correct the tab name.`,
  }),
  openFailed: (detail: string): Text => ({
    th: `Google เปิดไฟล์ไม่ได้ (${detail}) ลองรวมผลอีกครั้งภายหลัง`,
    en: `Google could not open the file (${detail}). Try again later.`,
  }),
  /** the hidden sheet holding each province's links between the executions of one consolidation */
  runDataSheet: 'ข้อมูลระหว่างรวมผล',
  chartDataHeading: 'ข้อมูลกราฟ',
};

/** The central script's own text: its menu and the register of province files (plain text, no `${}` at the top level, so the
 * officer bundle can leave the whole object out). */
export const centralRunMessages = {
  menu: {
    createRegister: { th: 'สร้างทะเบียนไฟล์จังหวัด', en: 'Create the register of province files' } satisfies Text,
    about: { th: 'เกี่ยวกับ', en: 'About' } satisfies Text,
  },
  registerMissing: {
    th: `ไม่พบแผ่นงาน ทะเบียนไฟล์จังหวัด ใช้เมนู สร้างทะเบียนไฟล์จังหวัด แล้ววางลิงก์ Google Sheets ของแต่ละจังหวัด จากนั้นรวมผลอีกครั้ง`,
    en: `No ทะเบียนไฟล์จังหวัด sheet. Use “Create the register of province files”, paste each province's Google Sheets link, then consolidate again.`,
  } satisfies Text,
  registerNoHeader: {
    th: `แผ่นงาน ทะเบียนไฟล์จังหวัด ไม่มีหัวตารางที่มีคอลัมน์ จังหวัด และ ลิงก์หรือรหัสไฟล์ ให้ใช้หัวตารางที่เมนู สร้างทะเบียนไฟล์จังหวัด สร้างให้`,
    en: `ทะเบียนไฟล์จังหวัด has no header with a province column and a link-or-id column. Use the header the register menu makes.`,
  } satisfies Text,
  registerEmpty: {
    th: `ยังไม่มีลิงก์ไฟล์ใน ทะเบียนไฟล์จังหวัด วางลิงก์ Google Sheets (หรือรหัสไฟล์) ของแต่ละจังหวัดในคอลัมน์ลิงก์ แล้วรวมผลอีกครั้ง`,
    en: `ทะเบียนไฟล์จังหวัด lists no file yet. Paste each province's Google Sheets link (or file id), then consolidate again.`,
  } satisfies Text,
  registerCreated: (provinces: number): Text => ({
    th: `สร้าง ทะเบียนไฟล์จังหวัด พร้อม ${provinces} จังหวัดเรียงตามเขตตรวจราชการแล้ว วางลิงก์ไฟล์ของแต่ละจังหวัด (ใส่ชื่อแผ่นงานเมื่อแบบรายงานไม่อยู่แผ่นแรก) และให้จังหวัดแชร์ไฟล์ให้บัญชีผู้รวมผลอย่างน้อยสิทธิ์ผู้อ่าน`,
    en: `Made ทะเบียนไฟล์จังหวัด with ${provinces} provinces by inspection zone. Paste each province's file link (and the tab name when the report is not the first tab); each file must be shared with the consolidating account, at least as viewer.`,
  }),
  registerExists: {
    th: `มีแผ่นงาน ทะเบียนไฟล์จังหวัด อยู่แล้ว จึงไม่ได้สร้างใหม่`,
    en: `ทะเบียนไฟล์จังหวัด exists already; nothing was made.`,
  } satisfies Text,
  registerHeader: ['ที่', 'เขตตรวจราชการ', 'จังหวัด', 'ลิงก์หรือรหัสไฟล์ Google Sheets', 'ชื่อแผ่นงาน (ถ้าไม่ใช่แผ่นแรก)', 'หมายเหตุ'],
  registerTitle: 'ทะเบียนไฟล์แบบรายงานของจังหวัด (สำหรับเมนู รวมผลทั้งประเทศ)',
  registerProvinceUnknown: (row: number, text: string): Text => ({
    th: `${q(text)} ในแถว ${row} ของ ทะเบียนไฟล์จังหวัด ไม่ใช่ชื่อจังหวัด ให้แก้แล้วรวมผลอีกครั้ง`,
    en: `${q(text)} on row ${row} of ทะเบียนไฟล์จังหวัด is not a province. Correct it and consolidate again.`,
  }),
  badFileAddress: (text: string): Text => ({
    th: `${q(text)} ไม่ใช่ลิงก์หรือรหัสไฟล์ Google Sheets ให้คัดลอกลิงก์จากแถบที่อยู่ขณะเปิดไฟล์ของจังหวัด`,
    en: `${q(text)} is not a Google Sheets link or id. Copy the link from the address bar with the province's file open.`,
  }),
  /** the raw text of Google's refusal to open a file, kept under the status's advice (it is in the user's language) */
  googleSaid: (detail: string): Text => ({ th: `ข้อความจาก Google: ${detail}`, en: `Google's message: ${detail}` }),
  /** a permission the run needs was not granted (granular consent): nothing was read */
  /** `again`: what to do, when it is another menu item than รวมผลทั้งประเทศ (ending without a full stop) */
  notAuthorized: (scopes: readonly string[], url: string | null, again?: Text): Text => ({
    th: `สคริปต์ส่วนกลางยังไม่ได้รับอนุญาตให้ ${scopes.map(scopeText('th')).join(' และ ')} จึงยังไม่ได้อ่านไฟล์ของจังหวัดใด ${again?.th ?? 'ให้กดเมนู รวมผลทั้งประเทศ อีกครั้ง แล้วในหน้าขออนุญาตของ Google ให้ติ๊กอนุญาตทุกข้อ'}${url ? ` (หรือเปิด ${url})` : ''}`,
    en: `The central script has not been allowed to ${scopes.map(scopeText('en')).join(' and ')}, so no province's file was read. ${again?.en ?? "Use รวมผลทั้งประเทศ again and, on Google's permission screen, tick every permission"}${url ? ` (or open ${url})` : ''}.`,
  }),
  /** Google would not say whether the permissions are granted: most likely the deployed manifest lacks them */
  authorizationUnknown: (scopes: readonly string[], detail: string): Text => ({
    th: `ตรวจสอบสิทธิ์ของสคริปต์ส่วนกลางไม่ได้ (${detail}) จึงยังไม่ได้อ่านไฟล์ของจังหวัดใด ไฟล์ appsscript.json ของสคริปต์ที่ติดตั้งอาจไม่มีสิทธิ์ ${scopes.join(', ')} ให้ผู้ดูแลติดตั้งสคริปต์ส่วนกลางใหม่ด้วย npm run push:central แล้วกดเมนู รวมผลทั้งประเทศ และอนุญาตทุกข้อ`,
    en: `Could not check the central script's permissions (${detail}), so no province's file was read. The deployed appsscript.json may lack ${scopes.join(', ')}: have it deployed again with npm run push:central, then use รวมผลทั้งประเทศ and allow every permission.`,
  }),
  about: (version: string): Text => ({
    th: `ของดีบ้านเรา: รวมผลทั้งประเทศ (สคริปต์ส่วนกลาง) รุ่น ${version}\nอ่านไฟล์ของจังหวัดตาม ทะเบียนไฟล์จังหวัด ด้วยโค้ดชุดเดียวกับ khongdee consolidate`,
    en: `Khong Dee Ban Rao: national consolidation (central script), version ${version}.\nReads the files listed in ทะเบียนไฟล์จังหวัด with the same code as khongdee consolidate.`,
  }),
};
