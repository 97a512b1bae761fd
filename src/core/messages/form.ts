// Thai and English text about the layout of a report sheet (its header).

import type { Text } from './text';

export const formMessages = {
  /** the hint under a figure with a minimum: "ขั้นต่ำ 4 คลิปต่อเดือน" */
  minimumHint: (min: string, unit: Text | undefined, per: Text | undefined): Text => ({
    th: `ขั้นต่ำ ${min}${unit ? ` ${unit.th}` : ''}${per ? `ต่อ${per.th}` : ''}`,
    en: `at least ${min}${unit ? ` ${unit.en}` : ''}${per ? ` a ${per.en}` : ''}`,
  }),
  formFileUnusable: (source: string, detail: string): Text => ({
    th: `แบบฟอร์มใน ${source} ใช้ไม่ได้ (${detail}) กรุณาแก้ไฟล์ตามรูปแบบใน README แล้วลองอีกครั้ง`,
    en: `The form in ${source} cannot be used (${detail}). Correct the file as the README describes and try again.`,
  }),
  formFileUnreadable: (source: string, detail: string): Text => ({
    th: `อ่านไฟล์แบบฟอร์ม ${source} ไม่ได้ (${detail}) ตรวจสอบชื่อไฟล์และว่าเป็น JSON ที่ถูกต้อง`,
    en: `Cannot read the form file ${source} (${detail}). Check the file name and that it is valid JSON.`,
  }),
  headerNotFound: (required: string, anyOf: string, looked: string): Text => ({
    th:
      `ไม่พบแถวหัวตารางของแบบรายงานใน 20 แถวแรก หัวตารางต้องมีคอลัมน์ ${required} และอย่างน้อยหนึ่งใน ${anyOf} ` +
      `กรุณาตรวจสอบว่าเลือกแผ่นงานถูกต้อง หรือใช้เมนู ตั้งค่าแบบรายงาน เพื่อสร้างหัวตาราง หัวตารางที่ค้นหา: ${looked}`,
    en:
      `No report header was found in the first 20 rows. The header needs the column ${required} and at least one of ${anyOf}. ` +
      `Check that this is the right sheet, or use the set-up menu to create the header. Headers looked for: ${looked}`,
  }),
};
