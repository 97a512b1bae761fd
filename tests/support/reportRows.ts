// Builders of report rows and the hostile user text the renderer tests feed into every table.

import type { ReportRow } from '../../src/core/report/types';

export const IMG_NOTE = '<img src=x onerror=alert(1)>';
export const FORMULA_NOTE = '=HYPERLINK("http://evil")';
export const AS_OF = 'ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569';
export const ZONE_2 = 'เขตตรวจราชการที่ 2 : กลุ่มจังหวัดภาคกลางปริมณฑล';
export const ZONE_16 = 'เขตตรวจราชการที่ 16 : กลุ่มจังหวัดภาคเหนือตอนบน 2';

export const row = (...cells: ReportRow['cells']): ReportRow => ({ cells, style: 'normal' });
export const heading = (text: string): ReportRow => ({ cells: [text], style: 'heading' });
export const subtotal = (...cells: ReportRow['cells']): ReportRow => ({ cells, style: 'subtotal' });
export const total = (...cells: ReportRow['cells']): ReportRow => ({ cells, style: 'total' });
