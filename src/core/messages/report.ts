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
  targetsTitle: { th: 'ผลการดำเนินงานเทียบกับค่าเป้าหมาย', en: 'Results against the targets' } satisfies Text,
  /** after the title of a table that carries on the one before it (a form with more figures than one A4 table holds) */
  continued: { th: ' (ต่อ)', en: ' (continued)' } satisfies Text,
  /** the line under the first 20 problems of a province or district in the HTML; the xlsx lists them all */
  problemsMore: (n: number): Text => ({
    th: `และอีก ${n.toLocaleString('en-US')} รายการ ดูทั้งหมดในไฟล์ Excel`,
    en: `and ${n.toLocaleString('en-US')} more: see the Excel file for all of them`,
  }),
  /** the heading of the problems of rows that name no district */
  noDistrict: { th: 'ไม่ระบุอำเภอ', en: 'No district given' } satisfies Text,
  problemsOf: (place: string, count: number): Text => ({
    th: `${place} (${count.toLocaleString('en-US')} รายการ)`,
    en: `${place} (${count.toLocaleString('en-US')} problems)`,
  }),
  /** the first page's big numbers */
  keyFigures: {
    heading: { th: 'ตัวเลขสำคัญ', en: 'Key figures' } satisfies Text,
    reportingRate: { th: 'อัตราการรายงานผล', en: 'Reporting rate' } satisfies Text,
    ofTotal: (part: string, whole: string, unit: string): Text => ({
      th: `${part} จาก ${whole} ${unit}`,
      en: `${part} of ${whole} ${unit}`,
    }),
    target: { th: 'เป้าหมาย', en: 'Target' } satisfies Text,
    ofTarget: { th: 'ของเป้าหมาย', en: 'of the target' } satisfies Text,
  },
  sheet: {
    byDistrict: 'สรุปรายอำเภอ',
    byProvince: 'สรุปรายจังหวัด',
    byZone: 'สรุปรายเขตตรวจราชการ',
    nonReporters: 'ยังไม่รายงาน',
    targets: 'เทียบเป้าหมาย',
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
    // a header's unit goes on a line of its own, in parentheses: the HTML breaks the line there, the xlsx wraps the cell
    laosTotal: 'อปท. ทั้งหมด\n(แห่ง)',
    laosReported: 'อปท. ที่รายงาน\n(แห่ง)',
    participation: 'การมีส่วนร่วม\n(ร้อยละ)',
    onTimeRate: 'ส่งทันกำหนด\n(ร้อยละ)',
    daysLate: 'เลยกำหนด\n(วัน)',
    entries: 'รายการที่รายงาน\n(รายการ)',
    links: 'ลิงก์เนื้อหา\n(ลิงก์)',
    /** a figure's header: its label, and its unit on the next line */
    metric: (label: string, unit: string) => (unit ? `${label}\n(${unit})` : label),
    target: (label: string, unit: string) => (unit ? `เป้าหมาย ${label}\n(${unit})` : `เป้าหมาย ${label}`),
    achievement: (label: string) => `ร้อยละของเป้าหมาย\n${label}`,
    rowsWithErrors: 'แถวที่ต้องแก้ไข\n(แถว)',
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
  /** a province that reported, left out of a certified-only table */
  notCertified: ' (ยังไม่รับรองผล ไม่นับรวม)',
  /** the one line below a province's official districts for rows whose district or อปท. the registry does not have */
  unknownPlaces: {
    th: 'ไม่ทราบอำเภอ/อปท. (ดูปัญหาข้อมูล)',
    en: 'District/LAO not known (see data problems)',
  } satisfies Text,
  districtHeading: (name: string, count: number) => `อำเภอ${name} (${count} แห่ง)`,
  provinceHeading: (name: string) => `จังหวัด${name}`,
  noRegistry: 'ไม่มีทะเบียน อปท. จึงบอกไม่ได้ว่า อปท. ใดยังไม่รายงาน (ใช้ --registry หรือแผ่นงาน ทะเบียน อปท.)',
  allReported: 'ทุก อปท. รายงานผลแล้ว',
  deadlinePassed: (deadline: string) => `กำหนดส่ง ${deadline} (เลยกำหนดแล้ว)`,
  deadlineAhead: (deadline: string, days: number) =>
    days === 0 ? `กำหนดส่ง ${deadline} (วันนี้)` : `กำหนดส่ง ${deadline} (อีก ${days} วัน)`,
  noProblems: 'ไม่พบปัญหาข้อมูล',
  severity: { error: 'ผิดพลาด (ไม่นับรวม)', warning: 'เตือน' },
  footnotes: {
    distinct:
      'จำนวน อปท. ที่รายงานและจำนวนลิงก์นับไม่ซ้ำในแต่ละระดับ (ลิงก์เดียวกันที่รายงานในหลายอำเภอนับครั้งเดียวในระดับจังหวัด) จึงอาจไม่เท่ากับผลบวกของแถวย่อย',
    errors: 'แถวที่มีข้อผิดพลาดไม่นับรวมในยอด ดูรายละเอียดในแผ่นงาน ปัญหาข้อมูล',
    unknown: '– หมายถึงไม่ทราบ เพราะไม่มีทะเบียน อปท. หรือไม่มีค่าเป้าหมาย',
    unknownPlaces: 'ไม่ทราบอำเภอ/อปท.: แถวที่ระบุอำเภอหรือ อปท. ที่ไม่มีในทะเบียน นับรวมในยอดรวมแล้ว',
    undated: (n: number) => `มี ${n} รายการที่ไม่ระบุวันที่ จึงไม่นับในช่วงเวลานี้`,
    onTime: (deadline: string) =>
      `ส่งทันกำหนด = อปท. ที่ส่งรายการแรกของช่วงเวลาภายในกำหนดส่ง ${deadline} ÷ อปท. ในทะเบียน × 100 (เวลาที่ส่งจากคอลัมน์ เวลาที่ส่ง)`,
    withoutSubmissionTime: (n: number) =>
      `มี ${n} รายการที่ไม่มีเวลาที่ส่ง จึงไม่นับว่าส่งทันกำหนด (รายการที่บันทึกผ่านแถบบันทึกผลจะมีเวลาที่ส่งเสมอ)`,
  },
  /** the tables of a form whose owners are persons (see the form's ownerFigures) */
  owners: {
    sheet: (noun: string) => `ราย${noun}`,
    title: (noun: string) => `ผลการปฏิบัติงานราย${noun}`,
    months: 'เดือนที่รายงาน\n(เดือน)',
    monthsMeetingMinimums: 'เดือนที่ทำได้ครบขั้นต่ำทุกข้อ\n(เดือน)',
    mostOftenShort: 'ข้อที่ต่ำกว่าขั้นต่ำบ่อยที่สุด',
    shortItem: (label: string, months: number) => `${label} (${months} เดือน)`,
    noneShort: 'ครบขั้นต่ำทุกเดือน',
    noOwners: 'ไม่มีรายการที่นับได้',
    percentOf: (label: string) => `${label}\n(ร้อยละ)`,
    distinct: (label: string) => `จำนวน${label}และจำนวนลิงก์นับไม่ซ้ำในแต่ละระดับ จึงอาจไม่เท่ากับผลบวกของแถวย่อย`,
    unknown: '– หมายถึงไม่ทราบ เพราะไม่มีค่าเป้าหมาย หรือไม่มีรายการให้คิดร้อยละ',
    provincesTitle: 'จังหวัดที่ยังไม่ส่งรายงาน',
    provincesSheet: 'จังหวัดที่ยังไม่รายงาน',
    allProvincesReported: 'ทุกจังหวัดที่มีค่าเป้าหมายส่งรายงานแล้ว',
    shortFootnote: 'เดือนที่ทำได้ครบขั้นต่ำทุกข้อ: ทุกข้อของเดือนนั้นไม่ต่ำกว่าปริมาณงานขั้นต่ำ ข้อที่ไม่ได้กรอกหรือไม่มีคอลัมน์นับเป็น 0',
  },
  charts: {
    revenue: (label: string, by: string) => `${label}ราย${by}`,
    participation: (by: string) => `อัตราการรายงานผลของ อปท. ราย${by}`,
    percentBy: (label: string, by: string) => `ร้อยละ${label}ราย${by}`,
  },
};
