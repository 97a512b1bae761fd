// The header of a province's report sheet as the official template lays it out (district before อปท., the date after
// them), for the add-on tests that seed a sheet by hand; the review columns follow it where a test needs them.

export const OFFICE_HEADER = [
  'ลำดับ',
  'อำเภอ',
  'องค์กรปกครองส่วนท้องถิ่น',
  'วันที่',
  'สินค้า/ผลผลิต',
  'ลิงก์ (Link) เนื้อหาที่เผยแพร่',
  'จำนวนครั้งที่ขายได้ผ่านออนไลน์ (ครั้ง)',
  'รายรับ (บาท)',
  'จำนวนคนที่ได้รับประโยชน์ (คน)',
  'หมายเหตุ',
] as const;

export const REVIEW_HEADERS = ['ผลการตรวจสอบ', 'หมายเหตุผู้ตรวจ'] as const;
