// รายการที่ถูกส่งกลับแก้ไข: the rows a reviewer returned to one อปท. (or person), for the entry sidebar to open and
// correct in place. One read and one check of the report sheet, as ตรวจสอบข้อมูล does.

import { cellText } from '../../core/cell';
import { entryFields, ownerColumn } from '../../core/form/entryFields';
import type { FormSpec } from '../../core/form/types';
import { isoDate, thaiDateOrMonthLong } from '../../core/normalise/dates';
import { parseLinks } from '../../core/normalise/links';
import { normaliseText } from '../../core/normalise/text';
import { rowFingerprint } from '../../core/review/fingerprint';
import { reviewColumns, reviewSkip } from '../../core/review/reviewList';
import type { TableRow } from '../../core/validate/entryTable';
import type { CalendarDay } from '../../core/validate/validateSheet';
import type { Services } from '../adapter/services';
import { sheetDays, todayIn } from '../adapter/sheetDays';
import type { EntryValue, ReturnedEntries, ReturnedEntry } from '../entry/types';
import { checkReportSheet } from '../reportSheet';
import { workbookForm } from '../workbookForm';

/** a correction is one row at a time; more than this is a list to work through in the sheet itself */
const MAX_RETURNED = 50;

/**
 * The links of a cell as the sidebar's boxes take them: each link as typed, labels such as "FB:" left out, then each
 * faulty link the check found, so that the officer sees and fixes it.
 */
function linkBoxes(text: string): string[] {
  const parsed = parseLinks(text);
  return [...parsed.links.map((l) => l.raw), ...parsed.problems.map((p) => p.token)];
}

/** Whether the row belongs to the owner the officer chose: the registry's อปท. by code, else the name as written. */
function ownedBy(row: TableRow, owner: { code: string; name: string }): boolean {
  const code = row.identity?.lao?.code;
  if (owner.code !== '' && code !== undefined) return code === owner.code;
  return normaliseText(row.lao ?? '') === normaliseText(owner.name);
}

export function returnedEntries(
  services: Services,
  raw: unknown,
  today?: CalendarDay,
  given?: FormSpec,
): ReturnedEntries {
  const q = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const owner = { code: typeof q.code === 'string' ? q.code : '', name: typeof q.name === 'string' ? q.name : '' };
  const ss = services.spreadsheetApp.getActiveSpreadsheet();
  const props = services.propertiesService.getDocumentProperties();
  const form = given ?? workbookForm(props);
  const days = sheetDays(ss, services.utilities);
  const checked = checkReportSheet(ss, form, today ?? todayIn(days, services), props, days);
  if (!checked.ok) return { ok: false, message: checked.message.th };
  const { validation, rows } = checked.checked;
  const columns = reviewColumns(validation, form);
  const skip = reviewSkip(columns);
  const fields = entryFields(form, new Set(validation.header.columns.keys())).filter(
    (f) => f.key !== ownerColumn(form)?.key && f.role !== 'district',
  );
  const found: ReturnedEntry[] = [];
  for (const row of validation.table.rows()) {
    if (row.review !== 'returned' || !ownedBy(row, owner)) continue;
    const cells = rows[row.sheetRow - 1] ?? [];
    const values: Record<string, EntryValue> = {};
    for (const f of fields) {
      const at = validation.header.columns.get(f.key)?.index;
      const text = at === undefined ? '' : cellText(cells[at] ?? null).trim();
      if (f.role === 'date') values[f.key] = row.date ? isoDate(row.date) : text;
      else values[f.key] = f.type === 'links' ? linkBoxes(text) : text;
    }
    found.push({
      row: row.sheetRow,
      fingerprint: rowFingerprint(cells, skip),
      date: row.date ? thaiDateOrMonthLong(row.date) : '',
      reason: columns.note === undefined ? '' : cellText(cells[columns.note] ?? null).trim(),
      values,
    });
    if (found.length === MAX_RETURNED) break;
  }
  return { ok: true, rows: found };
}
