// The built-in form: DLA's "ตลาดนัดท้องถิ่นออนไลน์ เครือข่ายของดีบ้านเรา" report, as the Ministry prescribed it.

import { defineForm } from './defineForm';

export const DLA_ONLINE_MARKET = defineForm({
  id: 'dla-online-market',
  title: {
    th: 'แบบรายงานผลการดำเนินกิจกรรม “ตลาดนัดท้องถิ่นออนไลน์ เครือข่ายของดีบ้านเรา”',
    en: 'Report of the “Local Online Market: Khong Dee Ban Rao network” activity',
  },
  activityStart: '2025-10-01',
  headerRequires: { all: ['lao'], anyOf: ['links', 'salesCount', 'revenue', 'beneficiaries'] },
  columns: [
    { key: 'seq', header: 'ลำดับ', label: { th: 'ลำดับ', en: 'No.' }, variants: ['ที่', 'No.', '#'], type: 'sequence', required: false },
    {
      key: 'date', header: 'วันที่', label: { th: 'วันที่', en: 'Date' }, role: 'date',
      variants: ['วันที่เผยแพร่', 'วัน/เดือน/ปี', 'เดือน', 'ช่วงเวลา', 'Date', 'Period'], type: 'date', required: false,
    },
    { key: 'province', header: 'จังหวัด', label: { th: 'จังหวัด', en: 'Province' }, role: 'province', variants: ['Province'], type: 'text', required: false, fillDown: true },
    { key: 'district', header: 'อำเภอ', label: { th: 'อำเภอ', en: 'District' }, role: 'district', variants: ['อ.', 'Amphoe', 'District'], type: 'text', required: false, fillDown: true },
    {
      key: 'lao', header: 'องค์กรปกครองส่วนท้องถิ่น', label: { th: 'อปท.', en: 'Local administration' }, role: 'lao',
      variants: ['อปท.', 'ชื่อ อปท.', 'ชื่อองค์กรปกครองส่วนท้องถิ่น', 'หน่วยงาน', 'LAO'], type: 'text', required: true,
    },
    { key: 'product', header: 'สินค้า/ผลผลิต', label: { th: 'สินค้า/ผลผลิต', en: 'Product' }, variants: ['ชื่อสินค้า', 'ผลิตภัณฑ์', 'สินค้า', 'Product'], type: 'text', required: false },
    {
      key: 'links', header: 'ลิงก์ (Link) เนื้อหาที่เผยแพร่', label: { th: 'ลิงก์เนื้อหาที่เผยแพร่', en: 'Links to published content' }, role: 'links',
      variants: ['ลิงก์', 'ลิงค์', 'ลิ้งค์', 'ลิ้งก์', 'Link', 'URL', 'ลิงก์เนื้อหา'], type: 'links', required: false,
    },
    {
      key: 'salesCount', header: 'จำนวนครั้งที่ขายได้ผ่านออนไลน์ (ครั้ง)', label: { th: 'จำนวนครั้งที่ขายได้', en: 'Online sales' },
      variants: ['จำนวนครั้งที่ขายได้', 'จำนวนครั้งที่ขาย', 'ยอดขาย (ครั้ง)', 'Sales', 'Orders'], type: 'count', required: false,
      rollup: 'sum', unit: { th: 'ครั้ง', en: 'sales' }, plausibleMax: 10_000,
    },
    {
      key: 'revenue', header: 'รายรับ (บาท)', label: { th: 'รายรับ', en: 'Revenue' },
      variants: ['รายได้ (บาท)', 'รายรับ', 'รายได้', 'ยอดขาย (บาท)', 'Revenue'], type: 'money', required: false,
      rollup: 'sum', unit: { th: 'บาท', en: 'baht' }, plausibleMax: 10_000_000,
    },
    {
      key: 'beneficiaries', header: 'จำนวนคนที่ได้รับประโยชน์ (คน)', label: { th: 'จำนวนคนที่ได้รับประโยชน์', en: 'Beneficiaries' },
      variants: ['จำนวนผู้ได้รับประโยชน์', 'ผู้ได้รับประโยชน์', 'Beneficiaries'], type: 'count', required: false,
      rollup: 'sum', unit: { th: 'คน', en: 'people' }, plausibleMax: 10_000,
    },
    { key: 'note', header: 'หมายเหตุ', label: { th: 'หมายเหตุ', en: 'Note' }, variants: ['Remark', 'Note'], type: 'text', required: false },
  ],
  rowRules: [
    { code: 'REVENUE_WITHOUT_SALES', kind: 'positiveRequiresPositive', when: 'revenue', then: 'salesCount' },
    { code: 'SALES_WITHOUT_REVENUE', kind: 'positiveRequiresPositive', when: 'salesCount', then: 'revenue' },
    { code: 'RESULT_WITHOUT_LINK', kind: 'positiveRequiresLink', when: ['salesCount', 'revenue', 'beneficiaries'] },
    { code: 'REVENUE_PER_SALE_HIGH', kind: 'ratioAbove', numerator: 'revenue', denominator: 'salesCount', max: 100_000 },
  ],
});
