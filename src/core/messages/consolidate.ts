// Thai and English text of the national consolidation: each province's status and what the province should do about it,
// the status and duplicate-link tables, and the `khongdee consolidate` command's own messages.

import { groupThousands } from '../format/number';
import type { Text } from './text';

/** Every status a province (or one of its sources) can have in a consolidation. */
export type SourceStatusKey =
  | 'ok'
  | 'noPermission'
  | 'notFound'
  | 'cannotOpen'
  | 'noHeader'
  | 'noProvince'
  | 'unreadable'
  | 'notReported';

const q = (s: string) => `“${s}”`;

export const consolidateMessages = {
  /** short labels for the status column */
  statusLabel: {
    ok: { th: 'ส่งแล้ว', en: 'reported' },
    noPermission: { th: 'เปิดไม่ได้: ไม่มีสิทธิ์', en: 'cannot open: no permission' },
    notFound: { th: 'เปิดไม่ได้: ไม่พบไฟล์', en: 'cannot open: not found' },
    cannotOpen: { th: 'เปิดไม่ได้: ไม่มีสิทธิ์หรือไม่มีไฟล์นี้', en: 'cannot open: no access or no such file' },
    noHeader: { th: 'ไม่พบหัวตารางแบบรายงาน', en: 'no report header' },
    noProvince: { th: 'ไม่ทราบว่าเป็นของจังหวัดใด', en: 'province unknown' },
    unreadable: { th: 'เปิดไม่ได้: ไฟล์เสียหรืออ่านไม่ได้', en: 'cannot open: damaged or unreadable' },
    notReported: { th: 'ยังไม่รายงาน', en: 'not yet reported' },
  } satisfies Record<SourceStatusKey, Text>,

  /** what the province (or the central staff) should do, by status */
  explain: {
    ok: (errors: number, warnings: number): Text =>
      errors > 0
        ? {
            th: `ได้รับรายงานแล้ว แต่มีข้อผิดพลาด ${groupThousands(errors)} รายการที่ยังไม่นับรวมในยอด ให้จังหวัดแก้ไขตามแผ่นงาน ปัญหาข้อมูล แล้วรวมผลอีกครั้ง`,
            en: `Reported, but ${groupThousands(errors)} errors are left out of the totals. The province should correct them as listed in the ปัญหาข้อมูล sheet; then consolidate again.`,
          }
        : warnings > 0
          ? {
              th: `ได้รับรายงานแล้ว มีคำเตือน ${groupThousands(warnings)} รายการ (นับรวมในยอดแล้ว) ให้จังหวัดตรวจสอบตามแผ่นงาน ปัญหาข้อมูล`,
              en: `Reported, with ${groupThousands(warnings)} warnings (counted in the totals). The province should check them in the ปัญหาข้อมูล sheet.`,
            }
          : { th: 'ได้รับรายงานแล้ว ข้อมูลครบถ้วน ไม่ต้องดำเนินการเพิ่ม', en: 'Reported with no problems; nothing to do.' },
    noPermission: {
      th: 'ส่วนกลางไม่มีสิทธิ์เปิดไฟล์ของจังหวัด ให้จังหวัดแชร์ไฟล์ให้บัญชีของผู้รวมผล (อย่างน้อยสิทธิ์ผู้มีสิทธิ์อ่าน) หรือส่งสำเนาไฟล์มาใหม่',
      en: 'The central office has no permission to open the province’s file. The province should share it with the consolidating account (at least as viewer), or send a new copy.',
    } satisfies Text,
    notFound: {
      th: 'ไม่พบไฟล์ตามที่อยู่หรือรหัสที่ลงทะเบียนไว้ (อาจถูกลบหรือย้าย) ให้จังหวัดแจ้งลิงก์ไฟล์ที่ถูกต้อง แล้วแก้ในแผ่นงาน ทะเบียนไฟล์จังหวัด',
      en: 'No file at the registered address or id (it may have been deleted or moved). The province should send the correct link; then correct it in the ทะเบียนไฟล์จังหวัด sheet.',
    } satisfies Text,
    // Google's refusal does not say which (its text is in the user's language and names neither), so the advice covers both
    cannotOpen: {
      th: 'ส่วนกลางเปิดไฟล์ไม่ได้ (Google ไม่บอกว่าเพราะไม่มีสิทธิ์หรือไม่มีไฟล์) ให้จังหวัดตรวจว่าลิงก์ใน ทะเบียนไฟล์จังหวัด เปิดไฟล์ได้และไม่อยู่ในถังขยะ แชร์ไฟล์ให้บัญชีผู้รวมผลแล้ว (อย่างน้อยผู้อ่าน) และเป็นไฟล์ Google ชีต ไม่ใช่ไฟล์ Excel (ถ้าใช่ ให้เลือก ไฟล์ > บันทึกเป็น Google ชีต แล้วลงลิงก์ใหม่)',
      en: 'The file could not be opened (Google does not say whether for lack of access or because there is no such file). The province should check that the link in ทะเบียนไฟล์จังหวัด opens it (not in the trash), that it is shared with the consolidating account (viewer at least), and that it is a Google Sheets file, not an Excel upload (if it is: File > Save as Google Sheets, and register the new link).',
    } satisfies Text,
    noHeader: {
      th: 'เปิดไฟล์ได้แต่ไม่พบหัวตารางของแบบรายงาน ให้จังหวัดใช้แบบรายงานมาตรฐาน โดยคงหัวคอลัมน์ องค์กรปกครองส่วนท้องถิ่น ลิงก์ และตัวเลขผลการดำเนินงานไว้ตามเดิม',
      en: 'The file opens but has no report header. The province should use the standard report form and keep its column headers (อปท., links and the result figures) as they are.',
    } satisfies Text,
    noProvince: {
      th: 'บอกไม่ได้ว่าไฟล์เป็นของจังหวัดใด ให้เพิ่มคอลัมน์จังหวัด หรือบรรทัดหัวเรื่อง “จังหวัด…” หรือตั้งชื่อไฟล์หรือแผ่นงานเป็นชื่อจังหวัด แล้วรวมผลอีกครั้ง',
      en: 'Cannot tell which province the file belongs to. Add a province column or a title line “จังหวัด…”, or name the file or sheet after the province; then consolidate again.',
    } satisfies Text,
    unreadable: {
      th: 'ไฟล์เสียหรือเป็นชนิดที่อ่านไม่ได้ ให้จังหวัดเปิดไฟล์ใน Excel หรือ Google Sheets แล้วบันทึกเป็น .xlsx หรือ CSV UTF-8 และส่งมาใหม่',
      en: 'The file is damaged or of a type that cannot be read. The province should open it in Excel or Google Sheets, save it as .xlsx or CSV UTF-8, and send it again.',
    } satisfies Text,
    notReported: {
      th: 'ยังไม่ได้รับแบบรายงานของจังหวัด ให้จังหวัดกรอกผลการดำเนินงานในแบบรายงานและส่ง (หรือลงทะเบียนไฟล์) ให้ส่วนกลาง',
      en: 'No report received from the province yet. The province should fill in the report form and send it (or register its file) to the central office.',
    } satisfies Text,
    emptyReport: {
      th: 'ได้รับไฟล์แล้วแต่ยังไม่มีรายการที่รายงานผล ให้จังหวัดติดตามให้ อปท. กรอกผลการดำเนินงาน',
      en: 'The file was received but has no reported entries yet. The province should have its LAOs enter their results.',
    } satisfies Text,
  },

  participationChart: 'อัตราการรายงานผลของ อปท. รายจังหวัด',
  statusTitle: { th: 'สถานะการรายงานรายจังหวัด', en: 'Reporting status by province' } satisfies Text,
  linksTitle: {
    th: 'ลิงก์เนื้อหาที่รายงานซ้ำข้ามจังหวัด',
    en: 'Content links reported in more than one province',
  } satisfies Text,
  sheet: { status: 'สถานะรายจังหวัด', links: 'ลิงก์ซ้ำข้ามจังหวัด' },
  unplacedHeading: 'ไฟล์ที่ไม่ทราบจังหวัด',
  noLinksShared: 'ไม่พบลิงก์ที่รายงานซ้ำในหลายจังหวัด',
  columns: {
    seq: 'ที่',
    province: 'จังหวัด',
    source: 'แหล่งข้อมูล (ไฟล์/แผ่นงาน)',
    rowsRead: 'แถวที่อ่าน (แถว)',
    errors: 'ข้อผิดพลาด (รายการ)',
    warnings: 'คำเตือน (รายการ)',
    latest: 'ส่งข้อมูลล่าสุด',
    status: 'สถานะ',
    explanation: 'คำอธิบาย/สิ่งที่จังหวัดควรดำเนินการ',
    certification: 'การรับรองผล',
    link: 'ลิงก์ (รูปแบบมาตรฐาน)',
    platform: 'แพลตฟอร์ม',
    provinceCount: 'จำนวนจังหวัด (จังหวัด)',
    provinces: 'จังหวัดที่รายงาน',
  },
  statusCounts: (counts: readonly (readonly [SourceStatusKey, number])[]): Text => ({
    th: `สรุปสถานะ: ${counts.map(([k, n]) => `${consolidateMessages.statusLabel[k].th} ${n} จังหวัด`).join(' · ')}`,
    en: `Status: ${counts.map(([k, n]) => `${consolidateMessages.statusLabel[k].en} ${n}`).join(' · ')}`,
  }),
  unplacedCount: (n: number): Text => ({
    th: `ไฟล์ที่ไม่ทราบจังหวัด ${n} ไฟล์ (แสดงท้ายตาราง)`,
    en: `${n} files of unknown province (listed at the end of the table)`,
  }),
  latestFootnote: 'ส่งข้อมูลล่าสุด: วันที่ในคอลัมน์เวลาที่ส่ง (เมื่อส่งผ่านแถบด้านข้าง) หรือวันที่ล่าสุดของรายการที่รายงาน ไม่นับวันที่ที่เลยวันที่ของข้อมูล',
  /** the การรับรองผล column: where the period stands in the province's การรับรองผล sheet */
  certification: {
    none: { th: 'ยังไม่รับรอง', en: 'not certified' } satisfies Text,
    district: (n: number): Text => ({
      th: `อำเภอรับรองแล้ว ${groupThousands(n)} อำเภอ`,
      en: `certified by ${groupThousands(n)} districts`,
    }),
    province: (by: string, at: string): Text => ({
      th: `จังหวัดรับรองแล้ว โดย ${by} เมื่อ ${at}`,
      en: `certified by the province (${by}, ${at})`,
    }),
    /** without a period there is nothing to certify: certification is per period */
    noPeriod: { th: '-', en: '-' } satisfies Text,
    noPeriodFootnote: 'การรับรองผลแสดงเมื่อรวมผลของช่วงเวลาที่ระบุ (การรับรองผลทำเป็นรายช่วงเวลา)',
  },
  /** --certified-only: which provinces the national figures leave out, with where each stands */
  certifiedOnly: (leftOut: readonly { readonly name: string; readonly state: Text }[]): Text =>
    leftOut.length === 0
      ? {
          th: 'นับเฉพาะจังหวัดที่จังหวัดรับรองผลแล้ว: ทุกจังหวัดที่ส่งรายงานรับรองผลแล้ว',
          en: 'Only provinces that certified the period are counted: every province that reported has.',
        }
      : {
          th: `นับเฉพาะจังหวัดที่จังหวัดรับรองผลแล้ว ไม่นับ ${groupThousands(leftOut.length)} จังหวัดที่ยังไม่รับรองผล: ${leftOut.map((p) => `${p.name} (${p.state.th})`).join(', ')} ให้จังหวัดเหล่านี้รับรองผลที่เมนู รับรองผล แล้วรวมผลอีกครั้ง`,
          en: `Only provinces that certified the period are counted; ${groupThousands(leftOut.length)} not yet certified are left out: ${leftOut.map((p) => `${p.name} (${p.state.en})`).join(', ')}. They should certify from Certify results; then consolidate again.`,
        },
  linksFootnotes: [
    'ลิงก์เดียวกันนับครั้งเดียวในระดับเขตตรวจราชการและระดับประเทศ จึงไม่ถูกนับซ้ำในยอดรวม',
    'ให้จังหวัดที่เกี่ยวข้องตรวจสอบว่าเนื้อหาเป็นของ อปท. ใด และให้รายงานเพียงแห่งเดียว',
  ],
};

export const consolidateCliMessages = {
  missingFolder: {
    th: 'กรุณาระบุโฟลเดอร์ที่เก็บไฟล์แบบรายงานของจังหวัด เช่น khongdee consolidate รายงานจังหวัด',
    en: 'Name the folder holding the provinces’ report files, e.g. khongdee consolidate reports.',
  } satisfies Text,
  oneFolder: (names: readonly string[]): Text => ({
    th: `ระบุได้เพียงหนึ่งโฟลเดอร์ แต่พบ ${names.length} รายการ (${names.map(q).join(', ')}) ถ้าต้องการรวมไฟล์ที่เลือกเอง ใช้ khongdee rollup FILE...`,
    en: `Give exactly one folder, not ${names.length} (${names.map(q).join(', ')}). To combine chosen files, use khongdee rollup FILE....`,
  }),
  folderNotFound: (dir: string): Text => ({
    th: `ไม่พบโฟลเดอร์ ${q(dir)} ตรวจสอบชื่อและที่อยู่ของโฟลเดอร์อีกครั้ง`,
    en: `Folder ${q(dir)} not found. Check its name and location.`,
  }),
  notAFolder: (dir: string): Text => ({
    th: `${q(dir)} เป็นไฟล์ ไม่ใช่โฟลเดอร์ ระบุโฟลเดอร์ที่เก็บไฟล์ของทุกจังหวัด หรือใช้ khongdee rollup กับไฟล์นี้`,
    en: `${q(dir)} is a file, not a folder. Give the folder holding every province’s file, or use khongdee rollup on this file.`,
  }),
  folderUnreadable: (dir: string, reason: string): Text => ({
    th: `เปิดโฟลเดอร์ ${q(dir)} ไม่ได้ (${reason}) ตรวจสอบสิทธิ์ของโฟลเดอร์แล้วลองอีกครั้ง`,
    en: `Cannot open folder ${q(dir)} (${reason}). Check the folder’s permissions and try again.`,
  }),
  noReportFiles: (dir: string): Text => ({
    th: `โฟลเดอร์ ${q(dir)} ไม่มีไฟล์ .xlsx หรือ .csv ให้คัดลอกไฟล์แบบรายงานของแต่ละจังหวัดไว้ในโฟลเดอร์นี้ (ไม่รวมโฟลเดอร์ย่อย)`,
    en: `Folder ${q(dir)} has no .xlsx or .csv files. Copy each province’s report file into it (subfolders are not read).`,
  }),
  cannotOpen: (file: string, reason: string): Text => ({
    th: `เปิดไฟล์ ${q(file)} ไม่ได้ (${reason})`,
    en: `Could not open ${q(file)} (${reason}).`,
  }),
  filesRead: (files: number, provinces: number): Text => ({
    th: `พบไฟล์แบบรายงาน ${files} ไฟล์ ของ ${provinces} จังหวัด`,
    en: `Found ${files} report files of ${provinces} provinces`,
  }),
  supportFiles: (names: readonly string[]): Text => ({
    th: `ไฟล์ที่ไม่ใช่แบบรายงานของจังหวัด (ค่าเป้าหมาย ทะเบียน อปท. หรือรายงานสรุปที่ทำไว้ก่อน) ไม่นับเป็นไฟล์ของจังหวัดใด: ${names.join(', ')}`,
    en: `Not province reports (targets, LAO registry or an earlier summary), so not counted for any province: ${names.join(', ')}`,
  }),
  needsAction: { th: 'จังหวัดที่ต้องดำเนินการ', en: 'Provinces that need to act' } satisfies Text,
  statusColumns: {
    th: ['จังหวัด', 'สถานะ', 'แหล่งข้อมูล'],
    en: ['Province', 'Status', 'Source'],
  },
  okWithErrors: (errors: number): Text => ({
    th: `ส่งแล้ว มีข้อผิดพลาด ${groupThousands(errors)} รายการ`,
    en: `reported, ${groupThousands(errors)} errors`,
  }),
  unknownProvince: { th: '(ไม่ทราบจังหวัด)', en: '(unknown province)' } satisfies Text,
  certifiedOnlyNeedsPeriod: {
    th: '--certified-only ต้องใช้คู่กับ --period เพราะจังหวัดรับรองผลเป็นรายช่วงเวลา เช่น khongdee consolidate รายงานจังหวัด --period 2569-Q1 --certified-only',
    en: '--certified-only needs --period, since provinces certify one period at a time, e.g. khongdee consolidate reports --period 2569-Q1 --certified-only',
  } satisfies Text,
  crossLinks: (n: number): Text => ({
    th: `ลิงก์ที่รายงานซ้ำข้ามจังหวัด ${groupThousands(n)} ลิงก์`,
    en: `${groupThousands(n)} links reported in more than one province`,
  }),
};
