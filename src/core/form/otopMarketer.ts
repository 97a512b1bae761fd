// The built-in form of the OTOP young-marketer programme (โครงการส่งเสริมนักการตลาดรุ่นใหม่): each marketer's monthly
// workload against the minimums of the department's letter มท ๐๔๐๘.๒/ว ๒๒๙๓. Each work item is declared once below:
// its column and its minimum rule are both made from that one line.

import type { Text } from '../messages/text';
import { defineForm } from './defineForm';
import { NOTE_COLUMN, PROVINCE_COLUMN, REVIEW_COLUMNS } from './sharedColumns';
import type { ColumnSpec, RowRule } from './types';

/** One work item of the letter's table: what the marketer does, counted in `unit`, at least `min` a month. */
interface WorkItem {
  readonly key: string;
  /** the letter's wording, which the official header writes before the unit */
  readonly work: string;
  readonly label: Text;
  readonly unit: Text;
  /** the short headers people write instead of the letter's wording */
  readonly variants: readonly string[];
  readonly min: number;
}

const WORK_ITEMS: readonly WorkItem[] = [
  {
    key: 'products',
    work: 'ส่งเสริมการตลาดออนไลน์ให้ผู้ผลิต/ผู้ประกอบการ OTOP ผ่านแพลตฟอร์ม Shopee, Lazada หรืออื่น ๆ',
    label: { th: 'ข้อ 1 ส่งเสริมการตลาดออนไลน์', en: 'Item 1 online marketing' },
    unit: { th: 'ผลิตภัณฑ์', en: 'products' },
    variants: ['ออนไลน์ (ผลิตภัณฑ์)', 'ส่งเสริมการตลาดออนไลน์'],
    min: 3,
  },
  {
    key: 'content',
    work: 'จัดทำ Content ผลิตภัณฑ์/ชุมชนท่องเที่ยว OTOP นวัตวิถี เผยแพร่ผ่าน Social Network หรือ OTOP TODAY.COM',
    label: { th: 'ข้อ 2 จัดทำ Content', en: 'Item 2 content' },
    unit: { th: 'ผลิตภัณฑ์หรือชุมชน', en: 'products or communities' },
    variants: ['Content'],
    min: 2,
  },
  {
    key: 'clips',
    work: 'สร้างสื่อประชาสัมพันธ์ (วิดีโอ บล็อกโพสต์) เผยแพร่ผ่าน Social Network',
    label: { th: 'ข้อ 3 สร้างสื่อประชาสัมพันธ์', en: 'Item 3 publicity media' },
    unit: { th: 'คลิป', en: 'clips' },
    variants: ['คลิป', 'สร้างสื่อประชาสัมพันธ์'],
    min: 4,
  },
  {
    key: 'lives',
    work: 'แนะนำผลิตภัณฑ์ด้วยการ Live สด',
    label: { th: 'ข้อ 4 Live สด', en: 'Item 4 live streams' },
    unit: { th: 'ครั้ง', en: 'live streams' },
    variants: ['Live', 'Live สด'],
    min: 2,
  },
  {
    key: 'showcases',
    work: 'ส่งเสริมการจัดแสดง/จำหน่ายผ่าน OTOP Mobile หรือช่องทางอื่น ร่วมกับเครือข่าย OTOP / OTOP Trader',
    label: { th: 'ข้อ 5 จัดแสดง/จำหน่าย', en: 'Item 5 showcases and sales' },
    unit: { th: 'ครั้ง', en: 'times' },
    variants: ['จัดแสดง/จำหน่าย'],
    min: 3,
  },
  {
    key: 'coaching',
    work: 'ถ่ายทอด/แนะนำ/สอนทักษะการตลาดออนไลน์ให้ผู้ประกอบการหรือชุมชน',
    label: { th: 'ข้อ 6 ถ่ายทอดทักษะการตลาดออนไลน์', en: 'Item 6 coaching in online marketing' },
    unit: { th: 'กลุ่ม/ราย/ชุมชน', en: 'groups, people or communities' },
    variants: ['ถ่ายทอดทักษะ'],
    min: 4,
  },
  {
    key: 'otopToday',
    work: 'ปรับปรุงหรืออัปเดตข้อมูลสินค้า OTOP บนเว็บไซต์ OTOP TODAY.COM',
    label: { th: 'ข้อ 7 อัปเดตข้อมูลบน OTOP TODAY.COM', en: 'Item 7 OTOP TODAY.COM updates' },
    unit: { th: 'ผลิตภัณฑ์', en: 'products' },
    variants: ['OTOP TODAY', 'OTOP TODAY.COM'],
    min: 20,
  },
  {
    key: 'plans',
    work: 'แผนปฏิบัติงานประจำเดือน',
    label: { th: 'ข้อ 8 แผนปฏิบัติงานประจำเดือน', en: 'Item 8 monthly work plan' },
    unit: { th: 'แผน', en: 'plan(s)' },
    variants: ['แผน'],
    min: 1,
  },
  {
    key: 'reports',
    work: 'รายงานผลการปฏิบัติงานประจำเดือน',
    label: { th: 'ข้อ 8 รายงานผลการปฏิบัติงานประจำเดือน', en: 'Item 8 monthly work report' },
    unit: { th: 'รายงาน', en: 'report(s)' },
    variants: ['รายงาน'],
    min: 1,
  },
];

/** The minimums are a month's workload. */
const PER_MONTH: Text = { th: 'เดือน', en: 'month' };

function countColumn(item: WorkItem): ColumnSpec {
  return {
    key: item.key,
    header: `${item.work} (${item.unit.th})`,
    label: item.label,
    variants: item.variants,
    type: 'count',
    required: false,
    rollup: 'sum',
    unit: item.unit,
    plausibleMax: 1_000,
  };
}

function minimumRule(item: WorkItem): RowRule {
  return { code: 'BELOW_MINIMUM', kind: 'atLeast', column: item.key, min: item.min, per: PER_MONTH };
}

export const OTOP_MARKETER = defineForm({
  id: 'otop-marketer',
  title: {
    th: 'รายงานผลการปฏิบัติงานประจำเดือนของนักการตลาดรุ่นใหม่ โครงการส่งเสริมนักการตลาดรุ่นใหม่ (OTOP)',
    en: 'Monthly workload report of the young marketers, OTOP young-marketer programme',
  },
  summaryTitle: {
    th: 'สรุปผลการปฏิบัติงานของนักการตลาดรุ่นใหม่ โครงการส่งเสริมนักการตลาดรุ่นใหม่ (OTOP)',
    en: 'Results of the young marketers, OTOP young-marketer programme',
  },
  source: { th: 'ที่มา: กรมการพัฒนาชุมชน', en: 'Source: Community Development Department' },
  // the contracts of fiscal 2564 ran from 16 October 2563
  activityStart: '2020-10-16',
  headerRequires: { all: ['marketer'], anyOf: [...WORK_ITEMS.map((i) => i.key), 'links'] },
  columns: [
    {
      key: 'seq',
      header: 'ที่',
      label: { th: 'ที่', en: 'No.' },
      variants: ['ลำดับ', 'ลำดับที่', 'No.', '#'],
      type: 'sequence',
      required: false,
    },
    PROVINCE_COLUMN,
    {
      key: 'marketer',
      header: 'ชื่อ-สกุล นักการตลาด',
      label: { th: 'ชื่อ-สกุล นักการตลาด', en: "Marketer's name" },
      role: 'person',
      variants: ['ชื่อ-สกุล', 'ชื่อนักการตลาด', 'ชื่อ-นามสกุล', 'นักการตลาด', 'Marketer', 'Name'],
      type: 'text',
      required: true,
    },
    {
      key: 'month',
      header: 'เดือน',
      label: { th: 'เดือน', en: 'Month' },
      role: 'date',
      variants: ['ประจำเดือน', 'เดือนที่รายงาน', 'Month'],
      type: 'date',
      required: false,
      entry: { month: true },
    },
    ...WORK_ITEMS.map(countColumn),
    {
      key: 'links',
      header: 'ลิงก์ผลงาน',
      label: { th: 'ลิงก์ผลงาน', en: 'Links to the work' },
      role: 'links',
      variants: ['ลิงก์', 'ลิงค์', 'ลิงค์ผลงาน', 'Link', 'URL'],
      type: 'links',
      required: false,
    },
    NOTE_COLUMN,
    ...REVIEW_COLUMNS,
  ],
  rowRules: WORK_ITEMS.map(minimumRule),
  oncePerMonth: { code: 'MARKETER_MONTH_REPEATED' },
  ownerFigures: {
    owners: {
      key: 'persons',
      label: { th: 'นักการตลาดที่รายงาน', en: 'Marketers reporting' },
      unit: { th: 'คน', en: 'people' },
      // the department's allocation register names its target column เป้าหมาย (คน)
      targetHeaders: ['เป้าหมาย (คน)', 'เป้าหมาย', 'จำนวนนักการตลาด (คน)', 'นักการตลาด (คน)'],
      noun: { th: 'นักการตลาด', en: 'marketer' },
    },
    months: {
      key: 'personMonths',
      label: { th: 'คน-เดือนที่รายงาน', en: 'Marketer-months reported' },
      unit: { th: 'คน-เดือน', en: 'marketer-months' },
    },
    monthsMeetingMinimums: {
      key: 'personMonthsMeetingMinimums',
      percentKey: 'personMonthsMeetingMinimumsPercent',
      label: { th: 'คน-เดือนที่ทำได้ครบขั้นต่ำทุกข้อ', en: 'Marketer-months meeting every minimum' },
      unit: { th: 'คน-เดือน', en: 'marketer-months' },
    },
  },
});
