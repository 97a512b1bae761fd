// Thai and English text of the central script's รวมผลทั้งประเทศ dialog: the period, the certified-only choice, and the two
// buttons that answer a saved run (continue it, or start again with what is chosen).

import type { Text } from './text';

export const nationDialogMessages = {
  intro: {
    th: 'อ่านไฟล์ของทุกจังหวัดตาม ทะเบียนไฟล์จังหวัด แล้วเขียนแผ่นงาน สรุปรายจังหวัด สถานะรายจังหวัด และ ลิงก์ซ้ำข้ามจังหวัด เลือกช่วงเวลาเพื่อนับเฉพาะรายการในช่วงนั้นและดูว่าแต่ละจังหวัดรับรองผลแล้วหรือยัง',
    en: 'Reads every province’s file listed in ทะเบียนไฟล์จังหวัด and writes สรุปรายจังหวัด, สถานะรายจังหวัด and ลิงก์ซ้ำข้ามจังหวัด. Choose a period to count its rows only and to see whether each province has certified it.',
  } satisfies Text,
  everyPeriod: { th: 'ทุกช่วงเวลา (ไม่แยกช่วง)', en: 'Every period' } satisfies Text,
  certifiedOnly: {
    th: 'นับเฉพาะจังหวัดที่รับรองผลของช่วงเวลานี้แล้ว (จังหวัดอื่นจะถูกระบุไว้ใต้ตาราง)',
    en: 'Count only the provinces that certified this period (the others are named under the tables)',
  } satisfies Text,
  run: { th: 'รวมผล', en: 'Consolidate' } satisfies Text,
  working: {
    th: 'กำลังอ่านไฟล์ของจังหวัด… (ดูความคืบหน้าที่มุมล่างของชีต)',
    en: 'Reading the provinces’ files… (progress shows at the bottom of the sheet)',
  } satisfies Text,
  continueSaved: { th: 'ทำต่อรอบที่ค้างไว้', en: 'Continue the unfinished run' } satisfies Text,
  restart: { th: 'เริ่มใหม่ตามที่เลือก', en: 'Start again with these choices' } satisfies Text,
  chooseHint: {
    th: 'ทำต่อ ใช้ช่วงเวลาเดิมของรอบที่ค้าง เริ่มใหม่ ทิ้งสิ่งที่อ่านไว้แล้วเริ่มอ่านทุกไฟล์ตามที่เลือก',
    en: 'Continue keeps the unfinished run’s period; start again drops what it read and reads every file with these choices.',
  } satisfies Text,
  certifiedOnlyNeedsPeriod: {
    th: 'การนับเฉพาะจังหวัดที่รับรองผลต้องเลือกช่วงเวลา (จังหวัดรับรองผลทีละช่วงเวลา) ให้เลือกช่วงเวลาแล้วกด รวมผล อีกครั้ง',
    en: 'Counting only certified provinces needs a period (a province certifies one period at a time). Choose one and try again.',
  } satisfies Text,
};
