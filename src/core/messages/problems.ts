// Thai and English text of every data problem: what is wrong and what to type instead.

import { groupThousands } from '../format/number';
import { MAX_LINK_LENGTH } from '../normalise/links';
import type { ProblemCode } from '../validate/codes';
import { addonMessages } from './addon';
import type { Text } from './text';

/** What a message may mention; each message uses the parts it needs. */
export interface ProblemParams {
  readonly value?: string;
  readonly column?: Text;
  readonly otherColumn?: Text;
  readonly unit?: Text;
  readonly limit?: string;
  readonly amount?: string;
  readonly firstRow?: number;
  /** a link repeated inside its own cell, rather than after an earlier row */
  readonly inCell?: boolean;
  readonly otherLao?: string;
  /** the label of the form's owner column (อปท., the marketer), for messages that name whose row it is */
  readonly owner?: Text;
  readonly date?: Text;
  /** the first day of the activity */
  readonly from?: Text;
  /** names the person may have meant, or the places where the name exists */
  readonly candidates?: string;
  readonly district?: string;
  readonly province?: string;
  /** the period a minimum is for: เดือน in "ต่อเดือน" */
  readonly per?: Text;
  /** a row's owner as written: the marketer or อปท. whose month is repeated */
  readonly name?: string;
  /** a month, short: ต.ค. 2563 (B.E.) and Oct 2020 */
  readonly month?: Text;
  /** the label of the period a sheet is checked for */
  readonly period?: Text;
  /** OUTLIER: the median of the owner's months, formatted, when the figure stands out among them */
  readonly ownMedian?: string;
  /** OUTLIER: the median of the month's owners, formatted, when the figure stands out among them */
  readonly peerMedian?: string;
  /** OUTLIER: how many rows the month's figure adds up */
  readonly rows?: number;
  /** OUTLIER: one owner, as the form names it (อปท., นักการตลาด) */
  readonly peers?: Text;
  /** EDITED_OUTSIDE_FORM: the columns found changed, with the value the audit trail logged when it has the row's */
  readonly edits?: readonly { readonly column: Text; readonly logged?: string; readonly now: string }[];
}

const q = (s: string | undefined) => `“${s ?? ''}”`;
const th = (t: Text | undefined) => t?.th ?? '';
const en = (t: Text | undefined) => t?.en ?? '';
// the owner as the DLA form names it, for a message made without a form
const ownerTh = (p: ProblemParams) => p.owner?.th ?? 'อปท.';
const ownerEn = (p: ProblemParams) => (p.owner ? p.owner.en.toLowerCase() : 'LAO');

const TEXTS: Record<ProblemCode, (p: ProblemParams) => Text> = {
  LAO_MISSING: () => ({
    th: 'แถวนี้มีผลการดำเนินงานแต่ไม่ได้ระบุ อปท. กรุณาใส่ชื่อ อปท. เช่น อบต.บ้านใหม่ หรือ ทต.แม่กา',
    en: 'This row has results but no local administration. Enter its name, e.g. อบต.บ้านใหม่ or ทต.แม่กา.',
  }),
  PERSON_MISSING: (p) => ({
    th: `แถวนี้มีผลการดำเนินงานแต่ไม่ได้ระบุ${th(p.column)} กรุณาใส่${th(p.column)}`,
    en: `This row has results but no ${en(p.column)}. Enter it.`,
  }),
  NOT_A_NUMBER: (p) => ({
    th: `${q(p.value)} ในช่อง${th(p.column)} ไม่ใช่ตัวเลข กรุณาพิมพ์เป็นตัวเลข เช่น 1,500 หรือ 1500 (ใช้ - เมื่อเป็นศูนย์)`,
    en: `${q(p.value)} in ${en(p.column)} is not a number. Type digits only, e.g. 1,500 or 1500 (use - for zero).`,
  }),
  NEGATIVE_NUMBER: (p) => ({
    th: `${th(p.column)} ติดลบไม่ได้ (${q(p.value)}) กรุณาใส่จำนวนตั้งแต่ 0 ขึ้นไป`,
    en: `${en(p.column)} cannot be negative (${q(p.value)}). Enter 0 or more.`,
  }),
  NOT_INTEGER: (p) => ({
    th: `${th(p.column)} ต้องเป็นจำนวนเต็ม (${q(p.value)}) กรุณาใส่จำนวน${th(p.unit)}เป็นเลขจำนวนเต็ม เช่น 12`,
    en: `${en(p.column)} must be a whole number (${q(p.value)}). Enter a whole number of ${en(p.unit)}, e.g. 12.`,
  }),
  TOO_MANY_DECIMALS: (p) => ({
    th: `${th(p.column)} มีทศนิยมเกิน 2 ตำแหน่ง (${q(p.value)}) กรุณาใส่ไม่เกินหลักสตางค์ เช่น 1,500.25`,
    en: `${en(p.column)} has more than 2 decimals (${q(p.value)}). Round to satang, e.g. 1,500.25.`,
  }),
  LINK_INVALID: (p) =>
    (p.value?.length ?? 0) > MAX_LINK_LENGTH
      ? {
          th: `ลิงก์ ${q(`${p.value?.slice(0, 40)}…`)} ยาว ${groupThousands(p.value?.length ?? 0)} ตัวอักษร เกิน ${groupThousands(MAX_LINK_LENGTH)} ตัวอักษร จึงไม่ใช่ลิงก์ที่เปิดได้ กรุณาคัดลอกลิงก์ของโพสต์จากช่องที่อยู่ของเบราว์เซอร์มาใหม่ (ลิงก์ของโพสต์ยาวไม่ถึงเท่านี้)`,
          en: `The link ${q(`${p.value?.slice(0, 40)}…`)} is ${groupThousands(p.value?.length ?? 0)} characters long, over ${groupThousands(MAX_LINK_LENGTH)}, so it is not a link that can be opened. Copy the post's link from the browser's address bar again (a post's link is much shorter).`,
        }
      : {
          th: `${q(p.value)} ไม่ใช่ลิงก์ที่เปิดได้ กรุณาคัดลอกลิงก์เต็มของโพสต์จากช่องที่อยู่ของเบราว์เซอร์ เช่น https://www.facebook.com/...`,
          en: `${q(p.value)} is not a link that can be opened. Copy the post's full link from the browser's address bar, e.g. https://www.facebook.com/...`,
        },
  LINK_NOT_HTTP: (p) => ({
    th: `${q(p.value)} ไม่ใช่ลิงก์เว็บ กรุณาใส่ลิงก์ของเนื้อหาที่เผยแพร่ซึ่งขึ้นต้นด้วย https://`,
    en: `${q(p.value)} is not a web link. Enter the link of the published content, starting with https://.`,
  }),
  DATE_INVALID: (p) => ({
    th: `อ่านวันที่ ${q(p.value)} ไม่ได้ กรุณาพิมพ์ วัน/เดือน/ปี พ.ศ. เช่น 15/10/2568 หรือ 15 ต.ค. 2568`,
    en: `The date ${q(p.value)} cannot be read. Type day/month/year, e.g. 15/10/2568 (B.E.) or 15/10/2025.`,
  }),
  LINK_UNKNOWN_PLATFORM: (p) => ({
    th: `ลิงก์ ${p.value ?? ''} ไม่ใช่ Facebook, TikTok, YouTube, Instagram, LINE, X, Shopee หรือ Lazada ตรวจสอบว่าเป็นลิงก์ของเนื้อหาที่เผยแพร่จริง`,
    en: `The link ${p.value ?? ''} is not Facebook, TikTok, YouTube, Instagram, LINE, X, Shopee or Lazada. Check that it is the published content.`,
  }),
  LINK_DUPLICATE: (p) =>
    p.inCell
      ? {
          th: 'ลิงก์นี้ซ้ำในช่องเดียวกัน นับเป็นลิงก์เดียว ให้ลบลิงก์ที่ซ้ำออก',
          en: 'This link is repeated in this cell; it counts once. Delete the repeat.',
        }
      : {
          th: `${ownerTh(p)} เดียวกันรายงานลิงก์นี้แล้วที่แถว ${p.firstRow ?? ''} นับลิงก์ครั้งเดียว แต่นับตัวเลขของทั้งสองแถวรวมในยอด ถ้าเป็นยอดเดียวกันที่กรอกซ้ำ ให้ลบแถวนี้`,
          en: `The same ${ownerEn(p)} reported this link in row ${p.firstRow ?? ''}: the link counts once, but both rows' figures are added to the totals. If this row repeats the same figures, delete it.`,
        },
  MARKETER_MONTH_REPEATED: (p) => ({
    th: `แถวนี้รายงานผลงานของ ${q(p.name)} เดือน ${th(p.month)} ซ้ำกับแถว ${p.firstRow ?? ''} ซึ่งนับไว้แล้ว (รายงานได้เดือนละหนึ่งแถว) แถวนี้จึงไม่นับในยอดใด ให้รวมผลงานของเดือนนี้ไว้ในแถว ${p.firstRow ?? ''} แล้วลบแถวนี้ หรือแก้เดือนให้ถูกต้อง`,
    en: `This row reports ${q(p.name)} for ${en(p.month)} again, after row ${p.firstRow ?? ''}, which is counted (one row a month), so this row is left out of every total. Put the month's work in row ${p.firstRow ?? ''} and delete this row, or correct the month.`,
  }),
  DUPLICATE_ROW: (p) => ({
    th: `แถวนี้ซ้ำกับแถว ${p.firstRow ?? ''} ทุกช่อง จึงนับครั้งเดียว ไม่นับแถวนี้ในยอดใด ให้ลบแถวนี้`,
    en: `This row is the same as row ${p.firstRow ?? ''} in every column, so it counts once: it is left out of every total. Delete it.`,
  }),
  LINK_CLAIMED_BY_OTHER: (p) => ({
    th: `ลิงก์นี้ ${p.otherLao ?? ''} รายงานไว้แล้วที่แถว ${p.firstRow ?? ''} ตรวจสอบว่าเป็นเนื้อหาของ ${ownerTh(p)} ใด แล้วให้รายงานเพียงแห่งเดียว`,
    en: `${p.otherLao ?? ''} already reported this link in row ${p.firstRow ?? ''}. Check whose content it is and report it once.`,
  }),
  REVENUE_WITHOUT_SALES: (p) => ({
    th: `มี${th(p.column)}แต่ไม่มี${th(p.otherColumn)} กรุณาใส่${th(p.otherColumn)}`,
    en: `${en(p.column)} is given but ${en(p.otherColumn)} is blank or 0. Enter ${en(p.otherColumn)}.`,
  }),
  SALES_WITHOUT_REVENUE: (p) => ({
    th: `มี${th(p.column)}แต่ไม่มี${th(p.otherColumn)} กรุณาใส่${th(p.otherColumn)}`,
    en: `${en(p.column)} is given but ${en(p.otherColumn)} is blank or 0. Enter ${en(p.otherColumn)}.`,
  }),
  RESULT_WITHOUT_LINK: () => ({
    th: 'มีผลการดำเนินงานแต่ไม่มีลิงก์เนื้อหาที่เผยแพร่ กรุณาใส่ลิงก์ของโพสต์ที่ใช้ขาย',
    en: 'Results are reported but there is no link to the published content. Add the link of the post.',
  }),
  REVENUE_PER_SALE_HIGH: (p) => ({
    th: `${th(p.column)}เฉลี่ยต่อครั้ง ${p.amount ?? ''} บาท สูงเกิน ${p.limit ?? ''} บาท ตรวจสอบว่าพิมพ์ตัวเลขเกินหรือสลับช่องหรือไม่`,
    en: `${en(p.column)} per sale is ${p.amount ?? ''} baht, above ${p.limit ?? ''} baht. Check for extra digits or swapped columns.`,
  }),
  BELOW_MINIMUM: (p) => ({
    th: `${th(p.column)}: ${p.amount ?? ''} ${th(p.unit)} ต่ำกว่าขั้นต่ำ ${p.limit ?? ''} ${th(p.unit)}${p.per ? `ต่อ${th(p.per)}` : ''}`,
    en: `${en(p.column)}: ${p.amount ?? ''} ${en(p.unit)}, below the minimum of ${p.limit ?? ''} ${en(p.unit)}${p.per ? ` a ${en(p.per)}` : ''}.`,
  }),
  NUMBER_IMPLAUSIBLE: (p) => ({
    th: `${th(p.column)} ${p.amount ?? ''} ${th(p.unit)} สูงผิดปกติสำหรับหนึ่งแถว (เกิน ${p.limit ?? ''}) ตรวจสอบว่าพิมพ์ศูนย์เกินหรือไม่`,
    en: `${en(p.column)} of ${p.amount ?? ''} ${en(p.unit)} is unusually high for one row (over ${p.limit ?? ''}). Check for extra zeros.`,
  }),
  DATE_BUDDHIST_YEAR: (p) => ({
    th: `ช่องนี้เป็นรูปแบบวันที่แต่พิมพ์ปี พ.ศ. ระบบอ่านเป็น ${th(p.date)} ให้แล้ว ครั้งต่อไปให้พิมพ์ปี ค.ศ. หรือตั้งรูปแบบช่องเป็นข้อความธรรมดา`,
    en: `A Buddhist-era year was typed into a date cell; it was read as ${en(p.date)}. Next time type the CE year, or format the cell as plain text.`,
  }),
  DATE_OUT_OF_RANGE: (p) => ({
    th: `วันที่ ${th(p.date)} อยู่นอกช่วงกิจกรรม (${th(p.from)} ถึงวันนี้) ตรวจสอบวันและปี พ.ศ. ที่พิมพ์`,
    en: `The date ${en(p.date)} is outside the activity (${en(p.from)} to today). Check the day and year.`,
  }),
  DATE_OUTSIDE_PERIOD: (p) => ({
    th: `${p.month ? `เดือน ${th(p.month)}` : `วันที่ ${th(p.date)}`} อยู่นอกช่วง ${th(p.period)} ที่ตรวจ แถวนี้จะไม่นับในสรุปผลของช่วงนี้ ตรวจสอบเดือนและปี พ.ศ. ที่พิมพ์ ถ้าถูกต้องแล้ว ให้รายงานแถวนี้ในแบบของช่วงนั้น`,
    en: `${p.month ? `The month ${en(p.month)}` : `The date ${en(p.date)}`} is outside ${en(p.period)}, the period checked: the row is left out of that period's roll-up. Check the month and year typed; if they are right, report the row for its own period.`,
  }),
  OUTLIER: outlierText,
  REVIEW_STATUS_INVALID: (p) => ({
    th: `${th(p.column)} ${q(p.value)} ไม่ใช่ผลการตรวจที่ระบบรู้จัก แถวนี้จึงยังไม่นับในสรุปผล ให้ผู้ตรวจพิมพ์ ${p.candidates ?? ''} หรือเว้นว่างไว้ถ้ายังไม่ได้ตรวจ`,
    en: `${en(p.column)} ${q(p.value)} is not a review status the program knows, so the row is left out of the roll-up. The reviewer should write ${p.candidates ?? ''}, or leave it blank while the row awaits review.`,
  }),
  SUBMITTED_AT_INVALID: (p) => ({
    th: `อ่าน${th(p.column)} ${q(p.value)} ไม่ได้ แถวนี้จึงนับว่าไม่มีเวลาที่ส่ง (ไม่นับว่าส่งทันเวลา) ให้พิมพ์วันที่และเวลา เช่น 16/10/2568 10:00 หรือ 2025-10-16T10:00:00+07:00`,
    en: `${en(p.column)} ${q(p.value)} cannot be read, so the row counts as having no submission time (not on time). Write a date and time, e.g. 16/10/2568 10:00 or 2025-10-16T10:00:00+07:00.`,
  }),
  EDITED_OUTSIDE_FORM: editedText,
  TEXT_LOOKS_LIKE_FORMULA: (p) => ({
    th: `${th(p.column)} ขึ้นต้นด้วย ${q(p.value?.charAt(0))} ซึ่งตารางอาจถือเป็นสูตร ให้ลบอักขระนั้นออก หรือเติม ' ไว้ข้างหน้า`,
    en: `${en(p.column)} starts with ${q(p.value?.charAt(0))}, which a spreadsheet may treat as a formula. Remove it or put ' in front.`,
  }),
  LAO_UNKNOWN: (p) => ({
    th:
      `ไม่พบ ${q(p.value)} ในทะเบียน อปท. ของจังหวัด${p.province ?? ''}` +
      (p.candidates
        ? ` ชื่อที่ใกล้เคียง: ${p.candidates} กรุณาแก้ชื่อและประเภทให้ตรงกับทะเบียน`
        : ' กรุณาตรวจสอบชื่อและประเภท (อบต./ทต./ทม.) หรือแก้ไขแผ่นงานทะเบียน อปท. หากมีการเปลี่ยนชื่อหรือยกฐานะ'),
    en:
      `${q(p.value)} is not in the LAO registry of ${p.province ?? ''}.` +
      (p.candidates
        ? ` Similar names: ${p.candidates}. Correct the name and type to match the registry.`
        : ' Check the name and type (อบต./ทต./ทม.), or update the registry sheet after a rename or upgrade.'),
  }),
  LAO_AMBIGUOUS: (p) => ({
    th: `${q(p.value)} ตรงกับ อปท. มากกว่าหนึ่งแห่ง: ${p.candidates ?? ''} กรุณาใส่ประเภทนำหน้าชื่อ เช่น ทต. หรือ อบต.`,
    en: `${q(p.value)} fits more than one local administration: ${p.candidates ?? ''}. Write the type before the name, e.g. ทต. or อบต.`,
  }),
  DISTRICT_UNKNOWN: (p) => ({
    th: `${q(p.value)} ไม่ใช่อำเภอของจังหวัด${p.province ?? ''} กรุณาเลือกอำเภอจากรายชื่อ: ${p.candidates ?? ''}`,
    en: `${q(p.value)} is not a district of ${p.province ?? ''}. Choose one of: ${p.candidates ?? ''}.`,
  }),
  LAO_DISTRICT_MISMATCH: (p) => ({
    th: `${q(p.value)} อยู่ในอำเภอ${p.district ?? ''} ตามทะเบียน ไม่ใช่อำเภอที่ระบุ ระบบนับไว้ที่อำเภอ${p.district ?? ''} กรุณาแก้ช่องอำเภอให้ถูกต้อง`,
    en: `${q(p.value)} is in ${p.district ?? ''} district according to the registry, not the one given; it is counted there. Correct the district.`,
  }),
  LAO_OTHER_PROVINCE: (p) => ({
    th: `${q(p.value)} เป็น อปท. ของจังหวัด${p.candidates ?? ''} ไม่ใช่จังหวัด${p.province ?? ''} กรุณาย้ายรายการไปรายงานในแบบของจังหวัดนั้น`,
    en: `${q(p.value)} is a local administration of ${p.candidates ?? ''}, not of ${p.province ?? ''}. Report it in that province's sheet.`,
  }),
};

/**
 * A month's summed figure far above the owner's other months and/or the province's other owners that month, with the
 * medians it is compared with: "รายรับ เดือน ต.ค. 2568 100,000 บาท สูงกว่าเดือนอื่นของ อบต.แม่ใส มาก (ค่ากลาง 1,025 บาท)".
 */
function outlierText(p: ProblemParams): Text {
  const rows = p.rows ?? 1;
  const unitTh = th(p.unit) ? ` ${th(p.unit)}` : '';
  const unitEn = en(p.unit) ? ` ${en(p.unit)}` : '';
  const amountTh = `${p.amount ?? ''}${unitTh}${rows > 1 ? ` (รวม ${rows} แถว แถวนี้มากที่สุด)` : ''}`;
  const amountEn = `${p.amount ?? ''}${unitEn}${rows > 1 ? ` (${rows} rows; this one is the largest)` : ''}`;
  const name = p.name ?? '';
  const peersTh = p.peers?.th ?? 'อปท.';
  const peersEn = `${(p.peers?.en ?? 'local administration').toLowerCase()}s`;
  const own = p.ownMedian !== undefined;
  const partsTh: string[] = [];
  const partsEn: string[] = [];
  if (own) {
    partsTh.push(`สูงกว่าเดือนอื่นของ ${name} มาก (ค่ากลาง ${p.ownMedian}${unitTh})`);
    partsEn.push(`${name}'s other months (median ${p.ownMedian}${unitEn})`);
  }
  if (p.peerMedian !== undefined) {
    // with the month named already, "the same month"
    const monthTh = own ? 'เดือนเดียวกัน' : `เดือน ${th(p.month)}`;
    partsTh.push(`สูงกว่า ${peersTh} อื่นของจังหวัดใน${monthTh} มาก (ค่ากลาง ${p.peerMedian}${unitTh})`);
    partsEn.push(
      `the province's other ${peersEn} ${own ? 'that month' : `in ${en(p.month)}`} (median ${p.peerMedian}${unitEn})`,
    );
  }
  const headTh = own ? `${th(p.column)} เดือน ${th(p.month)}` : `${th(p.column)}ของ ${name}`;
  const headEn = own ? `${en(p.column)} for ${en(p.month)}` : `${en(p.column)} of ${name}`;
  return {
    th: `${headTh} ${amountTh} ${partsTh.join(' และ')} ตรวจสอบว่าพิมพ์ตัวเลขเกินหรือไม่`,
    en: `${headEn}, ${amountEn}, is far above ${partsEn.join(' and ')}. Check for extra digits.`,
  };
}

/**
 * A row edited in the grid rather than through the form, with what changed: "รายรับ บันทึกไว้ 2,400 ตอนนี้ 24,000".
 * Putting the logged value back makes the warning go; a right change is returned and recorded again through the form.
 */
function editedText(p: ProblemParams): Text {
  const edits = p.edits ?? [];
  const nowTh = (v: string) => (v === '' ? 'ตอนนี้ว่าง' : `ตอนนี้ ${v}`);
  const nowEn = (v: string) => (v === '' ? 'now blank' : `now ${v}`);
  const wasTh = (v: string) => (v === '' ? 'บันทึกไว้ว่าง' : `บันทึกไว้ ${v}`);
  const wasEn = (v: string) => (v === '' ? 'recorded blank' : `recorded ${v}`);
  const partsTh = edits.map((e) => [e.column.th, ...(e.logged === undefined ? [] : [wasTh(e.logged)]), nowTh(e.now)]);
  const partsEn = edits.map((e) => [e.column.en, ...(e.logged === undefined ? [] : [wasEn(e.logged)]), nowEn(e.now)]);
  const whatTh = partsTh.length > 0 ? `: ${partsTh.map((part) => part.join(' ')).join(', ')}` : '';
  const whatEn = partsEn.length > 0 ? `: ${partsEn.map((part) => part.join(', ')).join('; ')}` : '';
  const { menuTitle, menu } = addonMessages;
  return {
    th: `แถวนี้ถูกแก้ไขในตารางโดยตรง ไม่ผ่านแบบฟอร์ม${whatTh} — ตรวจสอบว่าถูกต้อง ถ้าไม่ถูกต้องให้แก้กลับเป็นค่าที่บันทึกไว้ ถ้าถูกต้องให้แจ้งผู้ตรวจส่งกลับแก้ไข แล้วบันทึกใหม่ผ่านแบบฟอร์ม (เมนู ${menuTitle.th} > ${menu.entry.th})`,
    en: `This row was edited in the grid, not through the form${whatEn}. Check that it is right: if not, put back the recorded value; if so, ask the reviewer to return the row, then record it again through the form (menu ${menuTitle.en} > ${menu.entry.en}).`,
  };
}

export function problemText(code: ProblemCode, params: ProblemParams): Text {
  return TEXTS[code](params);
}
