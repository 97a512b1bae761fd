// Thai and English text for problems with a report file itself (missing, empty, wrong type, damaged, no such sheet).
// Each message says what is wrong and what the person can do about it, in plain words.

import type { Text } from './text';

const q = (s: string) => `“${s}”`;

/** How to turn anything Excel or Google Sheets can open into a file we read. */
const SAVE_AS = {
  th: 'เปิดไฟล์ใน Excel หรือ Google Sheets แล้วบันทึกเป็น .xlsx หรือ CSV UTF-8 (.csv)',
  en: 'Open it in Excel or Google Sheets and save it as .xlsx or CSV UTF-8 (.csv).',
};

export const fileMessages = {
  notFound: (file: string): Text => ({
    th: `ไม่พบไฟล์ ${q(file)} ตรวจสอบชื่อและที่อยู่ของไฟล์อีกครั้ง`,
    en: `File ${q(file)} not found. Check the file name and folder.`,
  }),
  isFolder: (file: string): Text => ({
    th: `${q(file)} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ ระบุชื่อไฟล์ .xlsx หรือ .csv ที่อยู่ในโฟลเดอร์นี้`,
    en: `${q(file)} is a folder, not a file. Give the name of an .xlsx or .csv file inside it.`,
  }),
  noPermission: (file: string): Text => ({
    th: `ไม่มีสิทธิ์เปิดไฟล์ ${q(file)} ตรวจสอบสิทธิ์ของไฟล์ หรือคัดลอกไฟล์มาไว้ในโฟลเดอร์ของคุณแล้วลองอีกครั้ง`,
    en: `No permission to open ${q(file)}. Check the file's permissions, or copy it into your own folder and try again.`,
  }),
  cannotOpen: (file: string, reason: string): Text => ({
    th: `เปิดไฟล์ ${q(file)} ไม่ได้ (${reason}) ปิดไฟล์นี้ในโปรแกรมอื่นแล้วลองอีกครั้ง`,
    en: `Could not open ${q(file)} (${reason}). Close it in other programs and try again.`,
  }),
  empty: (file: string): Text => ({
    th: `ไฟล์ ${q(file)} ว่างเปล่า ไม่มีข้อมูล ตรวจสอบว่าเลือกไฟล์ถูกต้อง แล้วบันทึกไฟล์จาก Excel หรือ Google Sheets อีกครั้ง`,
    en: `File ${q(file)} is empty. Check that it is the right file, then save it again from Excel or Google Sheets.`,
  }),
  binary: (file: string): Text => ({
    th: `ไฟล์ ${q(file)} ไม่ใช่ไฟล์ข้อความ CSV หรือไฟล์ Excel ${SAVE_AS.th}`,
    en: `File ${q(file)} is neither a CSV text file nor an Excel workbook. ${SAVE_AS.en}`,
  }),
  oldExcel: (file: string): Text => ({
    th:
      `ไฟล์ ${q(file)} เป็นไฟล์ Excel รุ่นเก่า (.xls) หรือไฟล์ที่ตั้งรหัสผ่านไว้ ซึ่งอ่านไม่ได้ ` +
      `เปิดใน Excel แล้วเลือก บันทึกเป็น (Save As) ชนิด Excel Workbook (.xlsx) หรือ CSV UTF-8 (.csv) ถ้ามีรหัสผ่านให้เอารหัสผ่านออกก่อน`,
    en:
      `File ${q(file)} is an old Excel file (.xls) or a password-protected workbook, which cannot be read. ` +
      'Open it in Excel and use Save As, type Excel Workbook (.xlsx) or CSV UTF-8 (.csv); remove any password first.',
  }),
  unsupportedType: (file: string, extension: string): Text => ({
    th: `อ่านไฟล์ชนิด ${extension} ไม่ได้ (${q(file)}) ใช้ได้เฉพาะไฟล์ .xlsx และ .csv ${SAVE_AS.th}`,
    en: `Files of type ${extension} cannot be read (${q(file)}); only .xlsx and .csv files can. ${SAVE_AS.en}`,
  }),
  notXlsx: (file: string): Text => ({
    th: `ไฟล์ ${q(file)} มีนามสกุล .xlsx แต่ไม่ใช่ไฟล์ Excel (อาจถูกเปลี่ยนชื่อมาจากไฟล์ชนิดอื่น) ${SAVE_AS.th}`,
    en: `File ${q(file)} is named .xlsx but is not an Excel workbook (it may have been renamed from another type). ${SAVE_AS.en}`,
  }),
  damagedXlsx: (file: string): Text => ({
    th: `ไฟล์ Excel ${q(file)} เสียหรือไม่สมบูรณ์ จึงอ่านไม่ได้ ดาวน์โหลดหรือคัดลอกไฟล์มาใหม่ หรือเปิดใน Excel หรือ Google Sheets แล้วบันทึกเป็น .xlsx อีกครั้ง`,
    en: `Excel file ${q(file)} is damaged or incomplete and cannot be read. Download or copy it again, or open it in Excel or Google Sheets and save it as .xlsx again.`,
  }),
  badCsv: (file: string, line: number): Text => ({
    th:
      `อ่านไฟล์ CSV ${q(file)} ไม่ได้ที่บรรทัด ${line} มักเกิดจากเครื่องหมายคำพูด (") ที่ไม่ครบคู่ ` +
      'แก้บรรทัดนั้น หรือเปิดไฟล์ใน Excel หรือ Google Sheets แล้วบันทึกเป็น CSV อีกครั้ง',
    en:
      `CSV file ${q(file)} cannot be read at line ${line}, usually because of an unmatched quote mark ("). ` +
      'Fix that line, or open the file in Excel or Google Sheets and save it as CSV again.',
  }),
  sheetNotFound: (sheet: string, available: readonly string[]): Text =>
    available.length === 0
      ? {
          th: `ไม่พบชีต ${q(sheet)} เพราะไฟล์นี้ไม่มีชีตเลย ตรวจสอบว่าเลือกไฟล์ถูกต้อง`,
          en: `Sheet ${q(sheet)} not found: this file has no sheets. Check that it is the right file.`,
        }
      : {
          th: `ไม่พบชีต ${q(sheet)} ในไฟล์ ชีตที่มีคือ ${available.map(q).join(', ')} เลือกชื่อชีตจากรายการนี้`,
          en: `Sheet ${q(sheet)} not found. The sheets in this file are ${available.map(q).join(', ')}. Choose one of these.`,
        },
};
