// Thai and English text of the add-on's menu, and of what ตั้งค่าแบบรายงาน says of the form it sets up.

import type { Text } from './text';

export const addonMessages = {
  menuTitle: { th: 'ของดีบ้านเรา', en: 'Khong Dee Ban Rao' } satisfies Text,
  menu: {
    entry: { th: 'บันทึกผลการดำเนินงาน', en: 'Record results' } satisfies Text,
    checkData: { th: 'ตรวจสอบข้อมูล', en: 'Check data' } satisfies Text,
    review: { th: 'ตรวจรับข้อมูล (อำเภอ/จังหวัด)', en: 'Review entries (district/province)' } satisfies Text,
    certify: { th: 'รับรองผล (อำเภอ/จังหวัด)', en: 'Certify results (district/province)' } satisfies Text,
    districtSummary: { th: 'สรุปผลรายอำเภอ', en: 'District summary' } satisfies Text,
    followup: { th: 'ติดตามผล (ข้อความถึงอำเภอ)', en: 'Follow up (messages to districts)' } satisfies Text,
    /** also the map dialog's title */
    map: { th: 'แผนที่ผลการดำเนินงาน', en: 'Results map' } satisfies Text,
    setup: { th: 'ตั้งค่าแบบรายงาน', en: 'Set up the report sheet' } satisfies Text,
    registry: { th: 'ทะเบียน อปท.', en: 'LAO registry' } satisfies Text,
    about: { th: 'เกี่ยวกับ', en: 'About' } satisfies Text,
  },
  badTimelyDays: (typed: string, max: number): Text => ({
    th: `กำหนดส่ง "${typed}" ใช้ไม่ได้ กรุณาพิมพ์จำนวนวันเป็นจำนวนเต็ม 0 ถึง ${max} เช่น 15 (ยังไม่ได้ตั้งค่าอะไร)`,
    en: `Deadline "${typed}" is not valid: type a whole number of days from 0 to ${max}, e.g. 15 (nothing was set up).`,
  }),
  unknownForm: (id: string): Text => ({
    th: `ไม่รู้จักแบบรายงาน “${id}” กรุณาเลือกแบบรายงานจากรายการ`,
    en: `There is no report form “${id}”: choose one from the list.`,
  }),
  /** the repair of a form whose rows belong to people, not อปท.: it has no district or อปท. list to make */
  repairedWithoutLists: (columns: number): Text => ({
    th: `ปรับแบบรายงานแล้ว: หัวตาราง ตรึงแถว รูปแบบตัวเลข และการตรวจค่าตัวเลข ${columns} คอลัมน์ ข้อมูลที่บันทึกไว้ไม่ถูกย้ายหรือแก้ไข`,
    en: `Report sheet repaired: header, frozen rows, number formats and number checks on ${columns} columns. No entry was moved or changed.`,
  }),
};
