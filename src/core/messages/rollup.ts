// Thai and English text of roll-ups: where a file's province comes from, targets, and the report's fixed wording.

import { groupThousands } from '../format/number';
import type { Text } from './text';

/** A printed total of a targets table that is not the sum of the rows it totals. */
export interface TotalMismatch {
  /** the zone's heading as the table writes it, or the total row's own label (รวมทั้งสิ้น) */
  readonly zone: string;
  /** 1-based row of the total */
  readonly row: number;
  /** the target column's header */
  readonly header: string;
  /** the total as printed and the rows' sum, formatted as the table writes numbers */
  readonly printed: string;
  readonly sum: string;
}

export const rollupMessages = {
  provinceUnknown: (file: string): Text => ({
    th: `บอกไม่ได้ว่าไฟล์ ${file} เป็นของจังหวัดใด กรุณาเพิ่มคอลัมน์จังหวัด หรือบรรทัดหัวเรื่อง “จังหวัด…” หรือระบุ --province`,
    en: `Cannot tell which province ${file} belongs to. Add a province column or a title line “จังหวัด…”, or pass --province.`,
  }),
  provinceConflict: (file: string, names: string): Text => ({
    th: `ไฟล์ ${file} ระบุจังหวัดไม่ตรงกัน (${names}) หนึ่งไฟล์ต้องเป็นของจังหวัดเดียว กรุณาแยกไฟล์หรือแก้คอลัมน์จังหวัด`,
    en: `${file} names more than one province (${names}). One file must be one province: split the file or correct the province column.`,
  }),
  targetsNoHeader: (file: string): Text => ({
    th: `ไม่พบหัวตารางค่าเป้าหมายใน ${file} ต้องมีคอลัมน์ จังหวัด และคอลัมน์ค่าเป้าหมายอย่างน้อยหนึ่งคอลัมน์ เช่น อปท. ที่เข้าร่วม (แห่ง), รายรับ (บาท)`,
    en: `No targets header in ${file}. It needs a จังหวัด (province) column and at least one target column, e.g. อปท. ที่เข้าร่วม (แห่ง), รายรับ (บาท).`,
  }),
  targetsUnknownPlaces: (file: string, places: string): Text => ({
    th: `ค่าเป้าหมายใน ${file} ระบุสถานที่ที่ไม่รู้จัก: ${places} กรุณาแก้ชื่อจังหวัดหรืออำเภอให้ถูกต้อง`,
    en: `The targets in ${file} name unknown places: ${places}. Correct the province or district names.`,
  }),
  targetsBadNumbers: (file: string, cells: string): Text => ({
    th: `ค่าเป้าหมายใน ${file} มีค่าที่ไม่ใช่ตัวเลขหรือติดลบ: ${cells} กรุณาใส่ตัวเลขตั้งแต่ 0 ขึ้นไป`,
    en: `The targets in ${file} have values that are not numbers or are negative: ${cells}. Enter numbers of 0 or more.`,
  }),
  targetsTotalsDiffer: (file: string, mismatches: readonly TotalMismatch[]): Text => ({
    th: `ยอดรวมในค่าเป้าหมาย ${file} ไม่ตรงกับผลบวกของจังหวัดที่อยู่เหนือแถวรวม: ${mismatches
      .map((m) => `${m.zone} (แถว ${m.row}) ${m.header} พิมพ์ไว้ ${m.printed} แต่จังหวัดรวมกันได้ ${m.sum}`)
      .join('; ')} กรุณาแก้ยอดรวมหรือตัวเลขรายจังหวัดให้ตรงกัน แล้วสรุปผลอีกครั้ง`,
    en: `A total in the targets ${file} is not the sum of the provinces above it: ${mismatches
      .map((m) => `${m.zone} (row ${m.row}) ${m.header} prints ${m.printed} but its provinces add up to ${m.sum}`)
      .join('; ')}. Correct the total or the provinces' figures so they agree, then roll up again.`,
  }),
  /** `rows` null: the whole file is the same as `earlier` (or is `earlier`, given twice) */
  readOnce: (file: string, earlier: string, rows: number | null): Text =>
    rows === null
      ? {
          th: `${file} มีข้อมูลเหมือน ${earlier} ทุกแถว จึงอ่านครั้งเดียว`,
          en: `${file} holds the same rows as ${earlier}, so it is read once.`,
        }
      : {
          th: `${file} มี ${groupThousands(rows)} แถวที่ซ้ำกับ ${earlier} ทุกช่อง นับแถวเหล่านั้นครั้งเดียว ให้ลบแถวที่ซ้ำจากไฟล์หนึ่ง`,
          en: `${file} has ${groupThousands(rows)} rows the same as in ${earlier}; each counts once. Delete them from one file.`,
        },
  notReportedProvince: { th: 'ยังไม่ส่งรายงาน', en: 'no report yet' } satisfies Text,
  unplacedDistrict: { th: 'ไม่ระบุอำเภอ', en: 'district not given' } satisfies Text,
};
