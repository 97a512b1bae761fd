// Thai and English text of the report's maps: their titles, what the colours show, the figures in each tooltip, and the
// fixed wording drawn on every map (legend entries, the boundaries' attribution).

import { formatInteger } from '../format/number';
import type { Text } from './text';

export const mapMessages = {
  badMapBy: (value: string): Text => ({
    th: `--map-by “${value}” ใช้ไม่ได้ ให้เลือก reporting (อัตราการรายงานผล), revenue (ร้อยละของเป้าหมายรายได้) หรือ on-time (อัตราการรายงานตรงเวลา)`,
    en: `--map-by “${value}” is not valid; choose reporting (reporting rate), revenue (% of the revenue target) or on-time (on-time rate).`,
  }),
  reportingRate: { th: 'อัตราการรายงานผล (ร้อยละของ อปท.)', en: 'Reporting rate (% of LAOs)' } satisfies Text,
  onTimeRate: { th: 'อัตราการรายงานตรงเวลา (ร้อยละของ อปท.)', en: 'On-time rate (% of LAOs)' } satisfies Text,
  percentOfTarget: (what: string): Text => ({
    th: `ร้อยละของเป้าหมาย${what}`,
    en: `% of the ${what} target`,
  }),
  titleByProvince: (metric: string): Text => ({ th: `${metric} รายจังหวัด`, en: `${metric} by province` }),
  titleByDistrict: (metric: string, province: string): Text => ({
    th: `${metric} รายอำเภอ จังหวัด${province}`,
    en: `${metric} by district, ${province}`,
  }),
  laosReported: (reported: number, total: number): Text => ({
    th: `อปท. ที่รายงาน ${formatInteger(reported)} จาก ${formatInteger(total)} แห่ง`,
    en: `LAOs reported: ${formatInteger(reported)} of ${formatInteger(total)}`,
  }),
};

/** Drawn on every map. */
export const mapText = {
  attribution: {
    th: 'ที่มาของขอบเขต: กรมแผนที่ทหาร / OCHA HDX (CC BY-IGO)',
    en: 'Boundaries: Royal Thai Survey Department / OCHA HDX (CC BY-IGO)',
  } satisfies Text,
  noData: { th: 'ไม่มีข้อมูล', en: 'No data' } satisfies Text,
  notApplicable: { th: 'ไม่อยู่ในขอบเขต', en: 'Not applicable' } satisfies Text,
  bangkokNote: {
    th: 'กรุงเทพมหานครไม่อยู่ในความรับผิดชอบของกรมส่งเสริมการปกครองท้องถิ่น',
    en: 'Bangkok is not under the Department of Local Administration',
  } satisfies Text,
  zoneBoundary: { th: 'เส้นแบ่งเขตตรวจราชการ', en: 'Inspection zone boundary' } satisfies Text,
  provinceBoundary: { th: 'เขตจังหวัด', en: 'Province boundary' } satisfies Text,
} as const;
