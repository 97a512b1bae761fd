// What the core reads a typed number or date as, shown under the field ("อ่านได้เป็น 1,500.50 บาท", "วันที่ 20 พฤศจิกายน 2569"),
// so an officer typing Thai digits, commas or units sees the value that will be recorded.

import { formatSatang, groupThousands } from '../core/format/number';
import { sidebarMessages as M } from '../core/messages/entry';
import { parseDate, thaiDateLong } from '../core/normalise/dates';
import { parseNumber, toSatang } from '../core/normalise/numbers';
import { fieldUnit } from './formLabels';

export function readAsNumber(text: string, key: 'salesCount' | 'revenue' | 'beneficiaries'): string {
  const parsed = parseNumber(text);
  if (parsed.kind !== 'number' || parsed.negative) return '';
  const unit = fieldUnit(key);
  if (key === 'revenue') {
    const satang = toSatang(parsed);
    return satang === null ? '' : M.readAs(`${formatSatang(satang)} ${unit}`).th;
  }
  return Number.isInteger(parsed.value) ? M.readAs(`${groupThousands(parsed.value)} ${unit}`).th : '';
}

export function readAsDate(text: string): string {
  const parsed = parseDate(text);
  if (parsed.kind !== 'date' || parsed.day === null) return '';
  return M.dateShown(thaiDateLong({ year: parsed.year, month: parsed.month, day: parsed.day })).th;
}
