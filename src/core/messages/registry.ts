// Thai and English text about the LAO registry (ทะเบียน อปท.): a table or file that cannot be used, and where the data comes from.
// Row problems name the sheet rows (as a spreadsheet numbers them) so the person can go straight to them.

import type { Text } from './text';

const q = (s: string) => `“${s}”`;

/** DLA's open-data licence requires this attribution wherever its registry data is shown. */
export const REGISTRY_ATTRIBUTION: Text = {
  th: 'ที่มา: กรมส่งเสริมการปกครองท้องถิ่น',
  en: 'Source: Department of Local Administration',
};

/** A row that shows a problem, and the cell value that caused it ('' when the cell is blank). */
export interface RowExample {
  readonly row: number;
  readonly value: string;
}

const MAX_VALUE = 40;

function shortValue(value: string): string {
  return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value;
}

/** "แถว 5 “25601”, แถว 9 “abc” และอีก 3 แถว": the first few rows, then how many more. */
function rowList(examples: readonly RowExample[], total: number): Text {
  const show = (label: string) =>
    examples
      .map((e) => (e.value === '' ? `${label} ${e.row}` : `${label} ${e.row} ${q(shortValue(e.value))}`))
      .join(', ');
  const more = total - examples.length;
  return {
    th: show('แถว') + (more > 0 ? ` และอีก ${more} แถว` : ''),
    en: show('row') + (more > 0 ? ` and ${more} more row${more === 1 ? '' : 's'}` : ''),
  };
}

const TYPE_NAMES = 'อบจ., เทศบาลนคร, เทศบาลเมือง, เทศบาลตำบล, อบต., ท้องถิ่นรูปแบบพิเศษ';

export const registryMessages = {
  missingColumns: (missing: readonly string[], found: readonly string[]): Text => ({
    th:
      `ตารางทะเบียน อปท. ไม่มีคอลัมน์ ${missing.map(q).join(', ')} ` +
      `(คอลัมน์ที่พบในแถวหัวตาราง: ${found.length === 0 ? 'ไม่มี' : found.map(q).join(', ')}) ` +
      'ใช้ไฟล์ข้อมูลเปิด "ชื่อและที่ตั้งองค์กรปกครองส่วนท้องถิ่น" ของกรมส่งเสริมการปกครองท้องถิ่นตามที่ดาวน์โหลดมา ' +
      'หรือตารางที่มีหัวคอลัมน์ รหัส อปท. | ประเภท | ชื่อ อปท. | อำเภอ | จังหวัด ในแถวแรก',
    en:
      `The LAO registry table has no column ${missing.map(q).join(', ')} ` +
      `(columns found in the header row: ${found.length === 0 ? 'none' : found.map(q).join(', ')}). ` +
      "Use DLA's open-data file of local government names and locations as downloaded, " +
      'or a table whose first row has the headers รหัส อปท. | ประเภท | ชื่อ อปท. | อำเภอ | จังหวัด.',
  }),
  noRows: (): Text => ({
    th: 'ตารางทะเบียน อปท. มีแต่หัวตาราง ไม่มีรายชื่อ อปท. เลย ตรวจสอบว่าเลือกไฟล์หรือชีตถูกต้อง แล้วใส่รายชื่อ อปท. ใต้หัวตาราง',
    en: 'The LAO registry table has a header but no LAOs under it. Check that it is the right file or sheet, and list the LAOs under the header.',
  }),
  badCodes: (examples: readonly RowExample[], total: number): Text => {
    const rows = rowList(examples, total);
    return {
      th: `รหัส อปท. ต้องเป็นตัวเลข 7 หลัก (เช่น 6560112) แต่ไม่ใช่ใน ${rows.th} แก้รหัสในแถวเหล่านี้ให้ตรงกับรหัสของกรมส่งเสริมการปกครองท้องถิ่น`,
      en: `An LAO code must be 7 digits (such as 6560112), but is not in ${rows.en}. Correct these codes to DLA's codes.`,
    };
  },
  unknownTypes: (examples: readonly RowExample[], total: number): Text => {
    const rows = rowList(examples, total);
    return {
      th: `ไม่รู้จักประเภท อปท. ใน ${rows.th} ใส่ประเภทเป็นหนึ่งใน ${TYPE_NAMES} (หรือ ทน. ทม. ทต.)`,
      en: `Unknown LAO type in ${rows.en}. Write the type as one of ${TYPE_NAMES} (or ทน. ทม. ทต.).`,
    };
  },
  prefixConflicts: (examples: readonly RowExample[], total: number): Text => {
    const rows = rowList(examples, total);
    return {
      th: `ชื่อ อปท. ขึ้นต้นด้วยคำนำหน้าของประเภทอื่น ไม่ตรงกับคอลัมน์ประเภท ใน ${rows.th} แก้ประเภทหรือชื่อให้ตรงกัน`,
      en: `The LAO name starts with the prefix of a different type than the type column says in ${rows.en}. Make the type and the name agree.`,
    };
  },
  unknownProvinces: (examples: readonly RowExample[], total: number): Text => {
    const rows = rowList(examples, total);
    return {
      th: `ไม่รู้จักชื่อจังหวัดใน ${rows.th} เขียนชื่อจังหวัดให้ถูกต้อง เช่น พะเยา หรือ จังหวัดพะเยา`,
      en: `Province name not recognised in ${rows.en}. Write the province's name correctly, such as พะเยา or จังหวัดพะเยา.`,
    };
  },
  provinceMismatch: (examples: readonly RowExample[], total: number): Text => {
    const rows = rowList(examples, total);
    return {
      th: `รหัส อปท. ไม่ตรงกับจังหวัดใน ${rows.th} (หลักที่ 2-3 ของรหัสคือรหัสจังหวัด เช่น 56 คือพะเยา) ตรวจสอบรหัสหรือชื่อจังหวัดในแถวเหล่านี้`,
      en: `The LAO code does not belong to the province in ${rows.en} (digits 2-3 of the code are the province code, such as 56 for พะเยา). Check the code or the province in these rows.`,
    };
  },
  blankCells: (examples: readonly RowExample[], total: number): Text => {
    const rows = rowList(examples, total);
    return {
      th: `ชื่อ อปท. หรือชื่ออำเภอว่างอยู่ใน ${rows.th} กรอกให้ครบทุกแถว`,
      en: `The LAO name or the district is blank in ${rows.en}. Fill them in on every row.`,
    };
  },

  // ---- registry files (CLI) ----

  inFile: (file: string, problem: Text): Text => ({
    th: `ทะเบียน อปท. ในไฟล์ ${q(file)} ใช้ไม่ได้: ${problem.th}`,
    en: `The LAO registry in ${q(file)} cannot be used: ${problem.en}`,
  }),
  noFittingSheet: (file: string, sheets: readonly string[]): Text => ({
    th:
      `ไม่พบชีต ${q('ทะเบียน อปท.')} หรือชีตที่มีหัวคอลัมน์ของทะเบียน อปท. ในไฟล์ ${q(file)} (ชีตที่มี: ${sheets.map(q).join(', ')}) ` +
      'ตั้งชื่อชีตของทะเบียนเป็น ทะเบียน อปท. และใส่หัวคอลัมน์ รหัส อปท. | ประเภท | ชื่อ อปท. | อำเภอ | จังหวัด ในแถวแรก',
    en:
      `No sheet named ${q('ทะเบียน อปท.')} and no sheet with the LAO registry's columns in ${q(file)} (sheets: ${sheets.map(q).join(', ')}). ` +
      'Name the registry sheet ทะเบียน อปท. and give it the headers รหัส อปท. | ประเภท | ชื่อ อปท. | อำเภอ | จังหวัด in its first row.',
  }),
  jsonUnreadable: (file: string): Text => ({
    th: `ไฟล์ ${q(file)} ไม่ใช่ไฟล์ JSON ที่สมบูรณ์ (อาจถูกแก้ไขด้วยมือหรือบันทึกไม่ครบ) สร้างไฟล์ทะเบียนใหม่จากไฟล์ข้อมูลเปิดของกรมส่งเสริมการปกครองท้องถิ่น`,
    en: `File ${q(file)} is not complete, valid JSON (it may have been edited by hand or saved only in part). Make the registry file again from DLA's open-data file.`,
  }),
  notRegistryJson: (file: string): Text => ({
    th: `ไฟล์ ${q(file)} ไม่ใช่ไฟล์ทะเบียน อปท. ของโปรแกรมนี้ ระบุไฟล์ทะเบียนที่โปรแกรมสร้างไว้ หรือไฟล์ .csv / .xlsx ของทะเบียน อปท.`,
    en: `File ${q(file)} is not a registry file made by this program. Give a registry file it made, or an LAO registry .csv or .xlsx file.`,
  }),
  newerVersion: (file: string, version: number): Text => ({
    th: `ไฟล์ทะเบียน ${q(file)} เป็นรูปแบบรุ่น ${version} ซึ่งใหม่กว่าที่โปรแกรมรุ่นนี้อ่านได้ ปรับปรุงโปรแกรม khongdee เป็นรุ่นล่าสุดแล้วลองอีกครั้ง`,
    en: `Registry file ${q(file)} is format version ${version}, newer than this program can read. Update khongdee to the latest version and try again.`,
  }),
  jsonContentInvalid: (file: string, where: string): Text => ({
    th: `ข้อมูลในไฟล์ทะเบียน ${q(file)} ไม่ถูกต้องที่ ${where} (อาจถูกแก้ไขด้วยมือ) สร้างไฟล์ทะเบียนใหม่จากไฟล์ข้อมูลเปิดของกรมส่งเสริมการปกครองท้องถิ่น`,
    en: `The data in registry file ${q(file)} is not valid at ${where} (it may have been edited by hand). Make the registry file again from DLA's open-data file.`,
  }),
  jsonDuplicateCode: (file: string, code: string): Text => ({
    th: `ไฟล์ทะเบียน ${q(file)} มีรหัส อปท. ${code} ซ้ำกันมากกว่าหนึ่งรายการ สร้างไฟล์ทะเบียนใหม่จากไฟล์ข้อมูลเปิดของกรมส่งเสริมการปกครองท้องถิ่น`,
    en: `Registry file ${q(file)} lists LAO code ${code} more than once. Make the registry file again from DLA's open-data file.`,
  }),
  writeFailed: (file: string, reason: string): Text => ({
    th: `บันทึกไฟล์ทะเบียน ${q(file)} ไม่ได้ (${reason}) ตรวจสอบว่ามีโฟลเดอร์นี้อยู่และมีสิทธิ์เขียน แล้วลองอีกครั้ง ไฟล์เดิม (ถ้ามี) ไม่ถูกเปลี่ยนแปลง`,
    en: `Could not save registry file ${q(file)} (${reason}). Check that the folder exists and you may write to it, then try again. Any existing file was left unchanged.`,
  }),
};

/** Several problems found in one pass, one per line, so the person can fix them all before trying again. */
export function joinTexts(texts: readonly Text[]): Text {
  return { th: texts.map((t) => t.th).join('\n'), en: texts.map((t) => t.en).join('\n') };
}
