// What the core reads a typed number or date as, shown under the field ("อ่านได้เป็น 1,500.50 บาท", "วันที่ 20 พฤศจิกายน 2569"),
// so an officer typing Thai digits, commas or units sees the value that will be recorded.

import type { EntryField } from '../core/form/entryFields';
import { formatSatang, groupThousands } from '../core/format/number';
import { sidebarMessages as M } from '../core/messages/entry';
import { parseDate, thaiDateLong } from '../core/normalise/dates';
import { parseNumber, toSatang, unitWords } from '../core/normalise/numbers';

/** A figure with its unit: money to the satang, a count grouped by thousands. */
export function figureText(value: number, field: EntryField): string {
  const shown = field.type === 'money' ? formatSatang(Math.round(value * 100)) : groupThousands(value);
  return field.unit ? `${shown} ${field.unit.th}` : shown;
}

export function readAsNumber(text: string, field: EntryField): string {
  // the column's own unit is understood as the check understands it: "4 คลิป" in the clips field
  const parsed = parseNumber(text, unitWords(field.unit?.th));
  if (parsed.kind !== 'number' || parsed.negative) return '';
  if (field.type === 'money') {
    const satang = toSatang(parsed);
    return satang === null ? '' : M.readAs(figureText(satang / 100, field)).th;
  }
  return Number.isInteger(parsed.value) ? M.readAs(figureText(parsed.value, field)).th : '';
}

export function readAsDate(text: string): string {
  const parsed = parseDate(text);
  if (parsed.kind !== 'date' || parsed.day === null) return '';
  return M.dateShown(thaiDateLong({ year: parsed.year, month: parsed.month, day: parsed.day })).th;
}
