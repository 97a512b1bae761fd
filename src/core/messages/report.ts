// The fixed wording of the official report tables (Thai, as sent upward) and their English equivalents.

import type { Text } from './text';

export const reportMessages = {
  title: {
    th: 'สรุปผลการดำเนินกิจกรรม “ตลาดนัดท้องถิ่นออนไลน์ เครือข่ายของดีบ้านเรา”',
    en: 'Results of the “Local Online Market: Khong Dee Ban Rao network” activity',
  } satisfies Text,
  nonReportersTitle: {
    th: 'รายชื่อ อปท. ที่ยังไม่รายงานผล',
    en: 'Local administrations that have not reported',
  } satisfies Text,
  problemsTitle: { th: 'ปัญหาข้อมูลที่พบในแบบรายงาน', en: 'Data problems found in the reports' } satisfies Text,
  sheet: {
    byDistrict: 'สรุปรายอำเภอ',
    byProvince: 'สรุปรายจังหวัด',
    byZone: 'สรุปรายเขตตรวจราชการ',
    nonReporters: 'ยังไม่รายงาน',
    problems: 'ปัญหาข้อมูล',
  },
  scopeProvince: (name: string): Text => ({ th: `จังหวัด${name}`, en: `${name} province` }),
  scopeNation: (count: number): Text => ({ th: `ทั้งประเทศ (${count} จังหวัด)`, en: `Nationwide (${count} provinces)` }),
  asOf: (date: Text): Text => ({ th: `ข้อมูล ณ วันที่ ${date.th}`, en: `Data as of ${date.en}` }),
  period: (label: Text | null): Text => ({
    th: `ช่วงเวลา: ${label?.th ?? 'ทั้งหมดที่รายงาน'}`,
    en: `Period: ${label?.en ?? 'everything reported'}`,
  }),
  columns: {
    seq: 'ที่',
    district: 'อำเภอ',
    province: 'จังหวัด',
    zone: 'เขตตรวจราชการ',
    laosTotal: 'อปท. ทั้งหมด (แห่ง)',
    laosReported: 'อปท. ที่รายงาน (แห่ง)',
    participation: 'ร้อยละการมีส่วนร่วม',
    entries: 'รายการที่รายงาน (รายการ)',
    links: 'ลิงก์เนื้อหา (ลิงก์)',
    target: (label: string, unit: string) => `เป้าหมาย${label} (${unit})`,
    achievement: (label: string) => `ร้อยละของเป้าหมาย${label}`,
    rowsWithErrors: 'แถวที่ต้องแก้ไข (แถว)',
    laoCode: 'รหัส อปท.',
    lao: 'องค์กรปกครองส่วนท้องถิ่น',
    file: 'ไฟล์',
    sheet: 'แผ่นงาน',
    row: 'แถว',
    column: 'คอลัมน์',
    value: 'ค่าที่พิมพ์',
    severity: 'ระดับ',
    message: 'ข้อความ/วิธีแก้ไข',
  },
  total: 'รวม',
  grandTotal: 'รวมทั้งประเทศ',
  notReported: ' (ยังไม่ส่งรายงาน)',
  /** the one line below a province's official districts for rows whose district or อปท. the registry does not have */
  unknownPlaces: {
    th: 'ไม่ทราบอำเภอ/อปท. (ดูปัญหาข้อมูล)',
    en: 'District/LAO not known (see data problems)',
  } satisfies Text,
  districtHeading: (name: string, count: number) => `อำเภอ${name} (${count} แห่ง)`,
  provinceHeading: (name: string) => `จังหวัด${name}`,
  noRegistry: 'ไม่มีทะเบียน อปท. จึงบอกไม่ได้ว่า อปท. ใดยังไม่รายงาน (ใช้ --registry หรือแผ่นงาน ทะเบียน อปท.)',
  allReported: 'ทุก อปท. รายงานผลแล้ว',
  noProblems: 'ไม่พบปัญหาข้อมูล',
  severity: { error: 'ผิดพลาด (ไม่นับรวม)', warning: 'เตือน' },
  footnotes: {
    distinct:
      'จำนวน อปท. ที่รายงานและจำนวนลิงก์นับไม่ซ้ำในแต่ละระดับ (ลิงก์เดียวกันที่รายงานในหลายอำเภอนับครั้งเดียวในระดับจังหวัด) จึงอาจไม่เท่ากับผลบวกของแถวย่อย',
    errors: 'แถวที่มีข้อผิดพลาดไม่นับรวมในยอด ดูรายละเอียดในแผ่นงาน ปัญหาข้อมูล',
    unknown: '– หมายถึงไม่ทราบ เพราะไม่มีทะเบียน อปท. หรือไม่มีค่าเป้าหมาย',
    unknownPlaces: 'ไม่ทราบอำเภอ/อปท.: แถวที่ระบุอำเภอหรือ อปท. ที่ไม่มีในทะเบียน นับรวมในยอดรวมแล้ว',
    undated: (n: number) => `มี ${n} รายการที่ไม่ระบุวันที่ จึงไม่นับในช่วงเวลานี้`,
  },
  charts: {
    revenue: (label: string, by: string) => `${label}ราย${by}`,
    participation: (by: string) => `ร้อยละการมีส่วนร่วมของ อปท. ราย${by}`,
  },
};
