// Thai and English follow-up messages (ติดตามผล), ready to paste into LINE or an e-mail: to a district, who has not
// reported; to the provincial office, the province at a glance; and what `khongdee followup` says about its run.
// Plain text, short lines, no tables and no emoji: LINE wraps long lines on a phone and shows tabs as nothing.

import { groupThousands } from '../format/number';
import { addonMessages } from './addon';
import type { Text } from './text';

/** Where today stands against the deadline. */
export type DeadlineNote =
  | { readonly passed: false; readonly daysLeft: number }
  | { readonly passed: true; readonly daysLate: number };

/** What every message of a province and period shares; dates already written out (B.E. in Thai). */
export interface FollowupHeading {
  /** bare province name: พะเยา */
  readonly province: string;
  readonly provinceEn: string;
  /** the form's title: แบบรายงานผลการดำเนินกิจกรรม “…” */
  readonly formTitle: Text;
  readonly period: Text;
  readonly asOf: Text;
  readonly deadline: Text;
  readonly deadlineNote: DeadlineNote;
}

export interface DistrictLetter {
  /** bare district name: จุน */
  readonly district: string;
  readonly total: number;
  /** type-prefixed names, in registry order */
  readonly notReported: readonly string[];
  /** rows of the district with errors: not counted, so their อปท. may be listed although they sent something */
  readonly rowsWithErrors: number;
}

export interface ProvinceDistrictLine {
  readonly district: string;
  readonly reported: number;
  readonly total: number;
}

export interface ProvinceLetter {
  readonly reported: number;
  readonly total: number;
  /** the reporting rate, %, one decimal */
  readonly rate: number;
  /** districts with at least one อปท. not reported, in DOPA order */
  readonly toFollow: readonly ProvinceDistrictLine[];
  /** districts where every อปท. has reported */
  readonly complete: readonly ProvinceDistrictLine[];
  readonly rowsWithErrors: number;
}

const n = (count: number) => groupThousands(count);
const districtName = (bare: string) => `อำเภอ${bare}`;
const officeTh = (province: string) => `สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด${province}`;
const officeEn = (provinceEn: string) => `${provinceEn} Provincial Office of Local Administration`;
const numbered = (items: readonly string[]) => items.map((item, i) => `${i + 1}. ${item}`);

function deadlineLine(h: FollowupHeading): Text {
  const note = h.deadlineNote;
  const th = note.passed
    ? `เลยกำหนดมาแล้ว ${n(note.daysLate)} วัน`
    : note.daysLeft === 0
      ? 'วันนี้เป็นวันสุดท้าย'
      : `เหลืออีก ${n(note.daysLeft)} วัน`;
  const en = note.passed
    ? `passed ${n(note.daysLate)} ${note.daysLate === 1 ? 'day' : 'days'} ago`
    : note.daysLeft === 0
      ? 'today is the last day'
      : `${n(note.daysLeft)} ${note.daysLeft === 1 ? 'day' : 'days'} left`;
  return { th: `กำหนดส่งภายในวันที่ ${h.deadline.th} (${th})`, en: `Deadline: ${h.deadline.en} (${en})` };
}

const MENU = addonMessages.menu;
const MENU_TITLE = addonMessages.menuTitle;

export const followupMessages = {
  districtFileName: (bare: string): string => districtName(bare),
  provinceFileName: (bare: string): string => `จังหวัด${bare}`,
  noRegistryText: (province: string): Text => ({
    th: `ไม่มีทะเบียน อปท. ของจังหวัด${province} จึงไม่ทราบว่า อปท. ใดยังไม่รายงาน`,
    en: `There is no LAO registry for ${province}, so who has not reported is unknown.`,
  }),

  /** To the district's local-administration officer (ท้องถิ่นอำเภอ), from the provincial office: who has not reported. */
  district: (h: FollowupHeading, d: DistrictLetter): Text => {
    const deadline = deadlineLine(h);
    const th = [
      `เรียน ท้องถิ่น${districtName(d.district)}`,
      `เรื่อง ติดตามการส่ง${h.formTitle.th}`,
      `ช่วงเวลา ${h.period.th}`,
      '',
      `ข้อมูล ณ วันที่ ${h.asOf.th}`,
      `อปท. ที่ยังไม่รายงาน ${n(d.notReported.length)} แห่ง จากทั้งหมด ${n(d.total)} แห่ง ดังนี้`,
      ...numbered(d.notReported),
      ...(d.rowsWithErrors > 0
        ? [
            `(มีรายการที่ข้อมูลผิดพลาด ${n(d.rowsWithErrors)} รายการ ซึ่งยังไม่นับ`,
            'หาก อปท. ข้างต้นส่งแล้ว ขอให้ตรวจสอบและแก้ไขรายการนั้น)',
          ]
        : []),
      '',
      deadline.th,
      `ขอความร่วมมือแจ้ง อปท. ข้างต้นบันทึกผลผ่านเมนู ส่วนขยาย > ${MENU_TITLE.th} > ${MENU.entry.th}`,
      'ในแบบรายงานของจังหวัด หรือกรอกลงแผ่นงานรายงานของจังหวัดโดยตรง',
      `หากมีข้อสงสัย ติดต่อ${officeTh(h.province)}`,
      '',
      'จึงเรียนมาเพื่อโปรดทราบและดำเนินการ',
      officeTh(h.province),
    ];
    const en = [
      `To: the local administration officer of ${districtName(d.district)}`,
      `Subject: follow-up on the ${h.formTitle.en}`,
      `Period: ${h.period.en}`,
      '',
      `As of ${h.asOf.en}`,
      `${n(d.notReported.length)} of the ${n(d.total)} LAOs have not reported:`,
      ...numbered(d.notReported),
      ...(d.rowsWithErrors > 0
        ? [
            `(${n(d.rowsWithErrors)} ${d.rowsWithErrors === 1 ? 'entry has' : 'entries have'} errors and ${d.rowsWithErrors === 1 ? 'is' : 'are'} not counted;`,
            'if an LAO above has sent its results, please check and correct them.)',
          ]
        : []),
      '',
      deadline.en,
      `Please ask these LAOs to enter their results through Extensions > ${MENU_TITLE.en} > ${MENU.entry.en}`,
      "in the province's report sheet, or to type them into the province's report sheet directly.",
      `For any question, contact the ${officeEn(h.provinceEn)}.`,
      '',
      officeEn(h.provinceEn),
    ];
    return { th: th.join('\n'), en: en.join('\n') };
  },

  /** To the provincial office (ท้องถิ่นจังหวัด): the reporting rate, the districts to follow up and those complete. */
  province: (h: FollowupHeading, p: ProvinceLetter): Text => {
    const th = [
      `เรียน ท้องถิ่นจังหวัด${h.province}`,
      `เรื่อง สรุปการส่ง${h.formTitle.th}`,
      `ช่วงเวลา ${h.period.th}`,
      `ข้อมูล ณ วันที่ ${h.asOf.th}`,
      deadlineLine(h).th,
      '',
      p.reported === p.total
        ? `อปท. รายงานครบทั้ง ${n(p.total)} แห่ง (ร้อยละ ${groupThousands(p.rate, 1)})`
        : `อปท. รายงานแล้ว ${n(p.reported)} จาก ${n(p.total)} แห่ง (ร้อยละ ${groupThousands(p.rate, 1)})`,
      ...(p.reported === p.total ? [] : [`ยังไม่รายงาน ${n(p.total - p.reported)} แห่ง`]),
      ...(p.rowsWithErrors > 0
        ? [`มีรายการที่ข้อมูลผิดพลาด ${n(p.rowsWithErrors)} รายการ ซึ่งยังไม่นับ (ดูได้ที่เมนู ${MENU.checkData.th})`]
        : []),
      ...districtList(
        `อำเภอที่ต้องติดตาม ${n(p.toFollow.length)} อำเภอ (รายงานแล้ว/ทั้งหมด)`,
        p.toFollow,
        (d) => ` ยังไม่รายงาน ${n(d.total - d.reported)} แห่ง`,
      ),
      ...districtList(`อำเภอที่รายงานครบทุกแห่ง ${n(p.complete.length)} อำเภอ`, p.complete, () => ''),
      '',
      'จึงเรียนมาเพื่อโปรดทราบ',
    ];
    const en = [
      `To: the head of the ${officeEn(h.provinceEn)}`,
      `Subject: reporting on the ${h.formTitle.en}`,
      `Period: ${h.period.en}`,
      `As of ${h.asOf.en}`,
      deadlineLine(h).en,
      '',
      p.reported === p.total
        ? `All ${n(p.total)} LAOs have reported (${groupThousands(p.rate, 1)}%)`
        : `${n(p.reported)} of ${n(p.total)} LAOs have reported (${groupThousands(p.rate, 1)}%)`,
      ...(p.reported === p.total ? [] : [`${n(p.total - p.reported)} have not reported`]),
      ...(p.rowsWithErrors > 0
        ? [`${n(p.rowsWithErrors)} entries with errors are not counted (see the ${MENU.checkData.en} menu)`]
        : []),
      ...districtList(
        `Districts to follow up: ${n(p.toFollow.length)} (reported/total)`,
        p.toFollow,
        (d) => `, ${n(d.total - d.reported)} not reported`,
      ),
      ...districtList(`Districts where every LAO has reported: ${n(p.complete.length)}`, p.complete, () => ''),
    ];
    return { th: th.join('\n'), en: en.join('\n') };
  },
};

/** A blank line, a heading and the numbered districts with reported/total; nothing when there are none. */
function districtList(
  heading: string,
  lines: readonly ProvinceDistrictLine[],
  tail: (d: ProvinceDistrictLine) => string,
): string[] {
  if (lines.length === 0) return [];
  return [
    '',
    heading,
    ...numbered(lines.map((d) => `${districtName(d.district)} ${n(d.reported)}/${n(d.total)}${tail(d)}`)),
  ];
}

/** What `khongdee followup` prints about its run (the messages themselves are above). */
export const followupCliMessages = {
  missingFiles: {
    th: 'กรุณาระบุไฟล์แบบรายงานอย่างน้อยหนึ่งไฟล์ เช่น khongdee followup รายงาน.xlsx --period 2569-Q1',
    en: 'Name at least one report file, e.g. khongdee followup report.xlsx --period 2569-Q1.',
  } satisfies Text,
  missingPeriod: {
    th: 'กรุณาระบุช่วงเวลาที่จะติดตามด้วย --period เช่น --period 2569-Q1 (ไตรมาส), --period 2569 (ปีงบประมาณ) หรือ --period 2568-10 (เดือน) กำหนดส่งคำนวณจากวันสุดท้ายของช่วงเวลานี้',
    en: 'Name the period to follow up with --period, e.g. --period 2569-Q1 (quarter), 2569 (fiscal year) or 2568-10 (month); the deadline is counted from its last day.',
  } satisfies Text,
  badTimelyDays: (value: string, max: number): Text => ({
    th: `--timely-days “${value}” ใช้ไม่ได้ ให้ระบุจำนวนวันหลังวันสุดท้ายของช่วงเวลาเป็นจำนวนเต็ม 0 ถึง ${max} เช่น --timely-days 15`,
    en: `--timely-days “${value}” is not valid; give the days after the period's last day as a whole number from 0 to ${max}, e.g. --timely-days 15.`,
  }),
  noRegistry: (province: string): Text => ({
    th: `ไม่มีทะเบียน อปท. ของจังหวัด${province} จึงไม่ทราบว่า อปท. ใดยังไม่รายงาน กรุณาระบุทะเบียนด้วย --registry เช่น --registry data/dla-lao-registry.csv (ทะเบียนในตัวโปรแกรมมีเฉพาะจังหวัดพะเยา)`,
    en: `There is no LAO registry for ${province}, so who has not reported is unknown. Pass one with --registry, e.g. --registry data/dla-lao-registry.csv (the built-in registry covers Phayao only).`,
  }),
  outIsFile: (path: string): Text => ({
    th: `--out “${path}” เป็นไฟล์ ต้องระบุเป็นโฟลเดอร์ที่จะบันทึกไฟล์ข้อความ (.txt) รายอำเภอ`,
    en: `--out “${path}” is a file; name the folder to write the districts' .txt messages into.`,
  }),
  provinceHeading: (province: string, provinceEn: string, files: number): Text => ({
    th: `=== จังหวัด${province}: ข้อความติดตาม ${n(files)} ฉบับ ===`,
    en: `=== ${provinceEn}: ${n(files)} follow-up messages ===`,
  }),
  messageHeading: (title: string): Text => ({ th: `----- ${title} -----`, en: `----- ${title} -----` }),
  nothingToFollow: (province: string): Text => ({
    th: `ทุก อปท. ของจังหวัด${province} รายงานแล้ว ไม่มีอำเภอที่ต้องส่งข้อความติดตาม`,
    en: `Every LAO of ${province} has reported; no district needs a follow-up message.`,
  }),
  staleFile: (path: string): Text => ({
    th: `ไฟล์ ${path} เป็นของการทำงานครั้งก่อน อำเภอนี้รายงานครบแล้ว ไม่ต้องส่ง (ไม่ได้ลบไฟล์นี้)`,
    en: `${path} is from an earlier run; this district has now reported in full, do not send it (the file was left as it is).`,
  }),
  wrote: (path: string): Text => ({ th: `บันทึกไฟล์ ${path}`, en: `Wrote ${path}` }),
  writeFailed: (detail: string): Text => ({
    th: `บันทึกไฟล์ข้อความไม่ได้ (${detail}) ตรวจสอบว่าโฟลเดอร์เขียนได้ แล้วลองอีกครั้ง ไม่มีไฟล์ใดถูกเปลี่ยนแปลง`,
    en: `Could not write the messages (${detail}). Check the folder is writable, then try again. No file was changed.`,
  }),
  rowsWithErrors: (rows: number): Text => ({
    th: `รายการที่ข้อมูลผิดพลาด ${n(rows)} รายการไม่นับเป็นการรายงาน ตรวจรายละเอียดด้วย khongdee validate`,
    en: `${n(rows)} entries with errors do not count as reported; see them with khongdee validate.`,
  }),
};
