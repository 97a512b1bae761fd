// One report document both renderers are tested on (HTML and xlsx): a district table with a total, a national table with
// zone headings and subtotals, non-reporters, problems carrying hostile user text, and bar charts; and the row builders.

import type { BarChart, ReportColumn, ReportDocument, ReportRow, ReportTable } from '../../src/core/report/types';

export const IMG_NOTE = '<img src=x onerror=alert(1)>';
export const FORMULA_NOTE = '=HYPERLINK("http://evil")';
export const AS_OF = 'ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569';
export const ZONE_2 = 'เขตตรวจราชการที่ 2 : กลุ่มจังหวัดภาคกลางปริมณฑล';
export const ZONE_16 = 'เขตตรวจราชการที่ 16 : กลุ่มจังหวัดภาคเหนือตอนบน 2';

export const row = (...cells: ReportRow['cells']): ReportRow => ({ cells, style: 'normal' });
export const heading = (text: string): ReportRow => ({ cells: [text], style: 'heading' });
export const subtotal = (...cells: ReportRow['cells']): ReportRow => ({ cells, style: 'subtotal' });
export const total = (...cells: ReportRow['cells']): ReportRow => ({ cells, style: 'total' });

const PERIOD = 'ปีงบประมาณ 2569 ไตรมาสที่ 1 (ต.ค. – ธ.ค. 2568)';

const FIGURE_COLUMNS: ReportColumn[] = [
  { header: 'จำนวน อปท. (แห่ง)', format: 'integer', width: 10 },
  { header: 'รายงานแล้ว (แห่ง)', format: 'integer', width: 10 },
  { header: 'ร้อยละที่รายงาน (%)', format: 'percent', width: 10 },
  { header: 'จำนวนครั้งที่จัด (ครั้ง)', format: 'integer', width: 12 },
  { header: 'ยอดจำหน่าย (บาท)', format: 'money', width: 16 },
  { header: 'ผู้ค้า (คน)', format: 'integer', width: 10 },
];

export const districts: ReportTable = {
  sheetName: 'สรุปรายอำเภอ',
  title: 'สรุปผลการดำเนินงานตลาดนัดท้องถิ่นออนไลน์ เครือข่ายของดีบ้านเรา',
  subtitle: ['จังหวัดพะเยา', AS_OF, PERIOD],
  columns: [
    { header: 'ที่', format: 'integer', width: 5 },
    { header: 'อำเภอ', format: 'text', width: 18 },
    ...FIGURE_COLUMNS,
  ],
  rows: [
    row(1, 'เมืองพะเยา', 16, 15, 93.75, 48, 1234567.5, 312),
    row(2, 'จุน', 7, 7, 100, 21, 98000, 64),
    row(3, 'เชียงคำ', 12, 8, 66.66666666666667, 17, 250300.25, 90),
    row(4, 'เชียงม่วน', 4, 0, 0, 0, 0, 0),
    row(5, 'ดอกคำใต้', 12, 11, 91.66666666666667, 30, 412000, 120),
    row(6, 'ปง', 8, 3, 37.5, 5, null, 12),
    row(7, 'แม่ใจ', 6, 6, 100, 18, 75250.75, 41),
    row(8, 'ภูซาง', 5, 4, 80, 9, 30100, 22),
    row(9, 'ภูกามยาว', 3, 3, 100, 6, 12000, 9),
    total(null, 'รวมทั้งจังหวัด', 73, 57, 78.08219178082192, 154, 2112218.5, 670),
  ],
  footnotes: [
    'ร้อยละที่รายงาน = อปท. ที่รายงานแล้ว ÷ จำนวน อปท. ทั้งหมด × 100',
    '– หมายถึง ไม่ทราบข้อมูล (อปท. ยังไม่รายงานยอดจำหน่าย)',
  ],
};

export const national: ReportTable = {
  sheetName: 'สรุปรายจังหวัด',
  title: 'สรุปผลการดำเนินงานตลาดนัดท้องถิ่นออนไลน์ เครือข่ายของดีบ้านเรา รายจังหวัด',
  subtitle: ['ทั่วประเทศ', AS_OF],
  columns: [
    { header: 'ที่', format: 'integer', width: 5 },
    { header: 'จังหวัด', format: 'text', width: 18 },
    ...FIGURE_COLUMNS,
  ],
  rows: [
    heading(ZONE_2),
    row(1, 'นนทบุรี', 46, 40, 86.95652173913044, 120, 3500000, 800),
    row(2, 'ปทุมธานี', 64, 50, 78.125, 150, 4200000.1, 950),
    subtotal(null, 'รวม', 110, 90, 81.81818181818181, 270, 7700000.1, 1750),
    heading(ZONE_16),
    row(3, 'เชียงราย', 143, 120, 83.91608391608392, 300, 5100000, 1200),
    row(4, 'พะเยา', 73, 57, 78.08219178082192, 154, 2112218.5, 670),
    row(5, 'น่าน', 99, null, null, null, null, null),
    subtotal(null, 'รวม', 315, 177, 56.19047619047619, 454, 7212218.5, 1870),
    total(null, 'รวมทั้งประเทศ', 425, 267, 62.82352941176471, 724, 14912218.6, 3620),
  ],
  footnotes: ['จังหวัดน่านยังไม่ส่งรายงาน'],
};

export const nonReporters: ReportTable = {
  sheetName: 'ยังไม่รายงาน',
  title: 'อปท. ที่ยังไม่รายงานผลการดำเนินงาน',
  subtitle: ['จังหวัดพะเยา', AS_OF],
  columns: [
    { header: 'ที่', format: 'integer', width: 5 },
    { header: 'อำเภอ', format: 'text', width: 16 },
    { header: 'อปท.', format: 'text', width: 30 },
  ],
  rows: [row(1, 'เมืองพะเยา', 'อบต.บ้านใหม่'), row(2, 'เชียงคำ', 'ทต.เชียงบาน'), row(3, 'ปง', 'อบต.ควร')],
  footnotes: [],
};

export const problems: ReportTable = {
  sheetName: 'ปัญหาข้อมูล',
  title: 'รายการข้อมูลที่ต้องตรวจสอบ',
  subtitle: ['จังหวัดพะเยา', AS_OF],
  columns: [
    { header: 'ที่', format: 'integer', width: 5 },
    { header: 'แถว', format: 'integer', width: 6 },
    { header: 'อปท.', format: 'text', width: 24 },
    { header: 'ปัญหา', format: 'text', width: 40 },
    { header: 'ค่าที่พบ', format: 'text', width: 40 },
  ],
  rows: [
    row(1, 12, 'ทต.แม่กา', 'ลิงก์ไม่ใช่ลิงก์ของแพลตฟอร์มที่กำหนด', IMG_NOTE),
    row(2, 15, 'อบต.บ้านตุ่น', 'ยอดจำหน่ายไม่ใช่ตัวเลข', FORMULA_NOTE),
    row(3, 21, 'ทม.พะเยา & "ฝ่ายพัฒนาชุมชน"', "หมายเหตุ: it's <b>ด่วน</b>", null),
  ],
  footnotes: ['แก้ไขในชีตต้นฉบับแล้วตรวจสอบใหม่'],
};

export const salesChart: BarChart = {
  title: 'ยอดจำหน่ายรายอำเภอ',
  categories: ['เมืองพะเยา', 'จุน', 'เชียงคำ', 'ปง'],
  values: [1234567.5, 617283.75, 250300.25, 0],
  format: 'money',
  unit: 'บาท',
};
export const percentChart: BarChart = {
  title: 'ร้อยละของ อปท. ที่รายงาน',
  categories: ['เมืองพะเยา', 'จุน', IMG_NOTE],
  values: [93.75, 100, 50],
  format: 'percent',
  unit: '%',
};
export const zeroChart: BarChart = {
  title: 'จำนวนครั้งที่จัด (ยังไม่มี)',
  categories: ['เชียงม่วน', 'ภูซาง'],
  values: [0, 0],
  format: 'integer',
  unit: 'ครั้ง',
};
export const emptyChart: BarChart = { title: 'ผู้ค้ารายอำเภอ', categories: [], values: [], format: 'integer', unit: 'คน' };

export const DOC: ReportDocument = {
  title: 'รายงานตลาดนัดท้องถิ่นออนไลน์ เครือข่ายของดีบ้านเรา จังหวัดพะเยา',
  tables: [districts, national, nonReporters, problems],
  charts: [salesChart, percentChart, zeroChart, emptyChart],
  attribution: 'ที่มา: กรมส่งเสริมการปกครองท้องถิ่น กระทรวงมหาดไทย ประมวลผลโดย khongdee',
};
