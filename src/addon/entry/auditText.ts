// A row's entered values as the audit trail writes them, "label: value" by the form's columns: from what the sidebar
// recorded (after a submission or correction) or from the row's cells as read (before a correction).

import { type CellValue, cellText } from '../../core/cell';
import type { SheetHeader } from '../../core/form/headers';
import { BOOKKEEPING_ROLES, type FormSpec } from '../../core/form/types';
import type { RecordedEntry, RecordedValue } from './types';

const SEPARATOR = ' · ';

function recordedText(value: RecordedValue): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  if ('iso' in value) return value.iso;
  return value.map((l) => l.url).join(' ');
}

const entered = (form: FormSpec) => form.columns.filter((c) => !BOOKKEEPING_ROLES.includes(c.role ?? 'date'));

export function recordedAuditText(form: FormSpec, recorded: RecordedEntry): string {
  return entered(form)
    .filter((c) => c.key in recorded && recorded[c.key] !== null)
    .map((c) => `${c.label.th}: ${recordedText(recorded[c.key])}`)
    .join(SEPARATOR);
}

export function cellsAuditText(form: FormSpec, header: SheetHeader, cells: readonly CellValue[]): string {
  const parts: string[] = [];
  for (const c of entered(form)) {
    const at = header.columns.get(c.key);
    const text = at === undefined ? '' : cellText(cells[at.index] ?? null).trim();
    if (text !== '') parts.push(`${c.label.th}: ${text.replace(/\s*\n\s*/g, ' ')}`);
  }
  return parts.join(SEPARATOR);
}
