// The text pieces of the HTML report: escaping, a cell's figure as people read it, a value with its unit.
// Pure string work shared by the tables, the first page and the charts.

import { formatInteger, formatMoney, formatPercent } from '../format/number';
import type { CellFormat, ReportCell } from './types';

/** Shown for an unknown figure (null), never 0: a missing report is not a report of zero. */
export const UNKNOWN_MARK = '–';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and for double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** A cell as people read it: numbers grouped and rounded like the xlsx number formats, null (or NaN) as "–". */
export function formatCellText(value: ReportCell | undefined, format: CellFormat): string {
  if (value === undefined) return '';
  if (value === null) return UNKNOWN_MARK;
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return UNKNOWN_MARK;
  switch (format) {
    case 'integer':
      return formatInteger(value);
    case 'money':
      return formatMoney(value);
    case 'percent':
      return formatPercent(value);
    case 'text':
      // a code or an order number in a text column must not gain separators
      return String(value);
  }
}

/** Value with its unit; "%" sticks to the number as Thai official tables write it, other units follow a space. */
export function withUnit(text: string, unit: string): string {
  if (!unit || text === UNKNOWN_MARK) return text;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

/**
 * Words of the forms' headers that the browser's Thai dictionary would split (ขาย|ได้, เป้า|หมาย) in a narrow column,
 * so a heading breaks between them: "จำนวนครั้งที่ | ขายได้", "ร้อยละของ | เป้าหมาย".
 */
const WHOLE_WORDS = /เป้าหมาย|ขายได้|ได้รับ|ประโยชน์|ส่วนร่วม|รายงาน|ทั้งหมด/g;

/** A column heading as HTML: escaped, with WHOLE_WORDS kept on one line. */
export function headingHtml(text: string): string {
  return escapeHtml(text).replace(WHOLE_WORDS, (word) => `<span class="nb">${word}</span>`);
}
