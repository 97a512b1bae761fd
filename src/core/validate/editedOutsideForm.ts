// Tamper detection: the entry sidebar stores a checksum of each row it writes; a row whose cells no longer give it was
// edited in the grid, outside the form, and is warned of (EDITED_OUTSIDE_FORM), naming the values the audit trail logged.

import { type CellValue, cellText } from '../cell';
import { isEntered } from '../form/entryFields';
import type { SheetHeader } from '../form/headers';
import { BOOKKEEPING_ROLES, type ColumnSpec, type FormSpec } from '../form/types';
import { groupThousands } from '../format/number';
import type { ProblemParams } from '../messages/problems';
import { reviewMessages } from '../messages/reviewServer';
import { parseDate, thaiDateShort, thaiMonthShort } from '../normalise/dates';
import { parseNumber, unitWords } from '../normalise/numbers';
import { normaliseTextOnce } from '../normalise/text';
import { rowFingerprint } from '../review/fingerprint';
import { mergedByRow, problemOf, sheetMessages } from './problemDrafts';
import { countWarnedRows } from './repeatWarnings';
import { locateColumns } from './sheetColumns';
import type { SheetValidation } from './types';

/** A column the checksum covers; `index` (0-based) is undefined when the sheet lacks the column. */
export interface ChecksumColumn {
  readonly spec: ColumnSpec;
  readonly index: number | undefined;
  /** a figure column's units (see unitWords), worked out once */
  readonly units: readonly string[];
}

/** A row whose checksum no longer matches, and the columns found changed (none when that cannot be told). */
export interface EditedRow {
  /** the sheet's 1-based row */
  readonly row: number;
  readonly columns: readonly ChecksumColumn[];
  /** the column marks the sidebar stored (two characters a column, form order); null when they cannot be read */
  readonly marks: string | null;
}

/** By a logged row (1-based): its entered values the last time the sidebar wrote it, by the column's Thai label. */
export type LoggedValues = ReadonlyMap<number, ReadonlyMap<string, string>>;

const NONE: ReadonlySet<number> = new Set();
/** "<fingerprint of the row>-<two characters a column>", both from rowFingerprint */
const CHECKSUM = /^([0-9a-z]{1,8}\.[0-9a-z]{1,8})-((?:[0-9a-z]{2})*)$/;
const DASH = 45;
/** what a cell is shown with in the message at most, so a cell of links does not fill the note */
const SHOWN_AT_MOST = 80;

/**
 * The form's data columns in form order: not the sequence number (the sheet numbers it), not the review's or the
 * sidebar's bookkeeping. Form order, not sheet order, so a column moved in the sheet changes no checksum.
 */
export function checksumColumns(form: FormSpec, header: SheetHeader): ChecksumColumn[] {
  return form.columns
    .filter((c) => c.type !== 'sequence' && !(c.role !== undefined && BOOKKEEPING_ROLES.includes(c.role)))
    .map((spec) => ({ spec, index: header.columns.get(spec.key)?.index, units: unitWords(spec.unit?.th) }));
}

/**
 * A cell as the check reads it, so cells the sheet holds differently but that mean the same give the same text: a
 * figure as its number (2400, "2400" and "2,400 บาท" alike), a date as its day, text without odd spaces.
 */
function heldText({ spec, units }: ChecksumColumn, value: CellValue): string {
  if (spec.type === 'count' || spec.type === 'money') {
    if (typeof value === 'number') return String(value);
    const n = parseNumber(value, units);
    if (n.kind === 'number') return String(n.value);
  } else if (spec.type === 'date') {
    const d = parseDate(value);
    if (d.kind === 'date') return `${d.year}-${d.month}-${d.day ?? ''}`;
  }
  return normaliseTextOnce(cellText(value));
}

/** Two characters of a column's fingerprint: enough to tell which columns changed, one time in 1,296 wrong. */
function columnMark(text: string): string {
  return rowFingerprint([text], NONE).split('.')[0].slice(-2).padStart(2, '0');
}

/**
 * rowFingerprint of the row's non-blank columns, each after its key, so a column the sheet gains later, blank, changes
 * nothing: one text, a separator no cell holds between the parts, since one cell is quicker to fingerprint than many.
 */
function rowPart(cells: readonly CellValue[], columns: readonly ChecksumColumn[]): string {
  let keyed = '';
  for (const c of columns) {
    const text = c.index === undefined ? '' : heldText(c, cells[c.index] ?? null);
    if (text !== '') keyed += `${c.spec.key}\u0000${text}\u0000`;
  }
  return rowFingerprint([keyed], NONE);
}

/** A mark of each column in form order. */
function columnMarks(cells: readonly CellValue[], columns: readonly ChecksumColumn[]): string[] {
  return columns.map((c) => columnMark(c.index === undefined ? '' : heldText(c, cells[c.index] ?? null)));
}

/** The checksum of a row's data cells: the fingerprint of the row, then a mark of each column in form order. */
export function rowChecksum(cells: readonly CellValue[], columns: readonly ChecksumColumn[]): string {
  return `${rowPart(cells, columns)}-${columnMarks(cells, columns).join('')}`;
}

/** The rows below the header with a checksum their cells no longer give; a row without one (typed by hand) is skipped. */
export function editedRows(
  rows: readonly CellValue[][],
  header: SheetHeader,
  form: FormSpec,
  checksumIndex: number,
): EditedRow[] {
  const columns = checksumColumns(form, header);
  const edited: EditedRow[] = [];
  for (let r = header.dataStart; r < rows.length; r++) {
    const stored = cellText(rows[r][checksumIndex] ?? null).trim();
    if (stored === '') continue;
    const part = rowPart(rows[r], columns);
    // the checksum starts with the row's fingerprint and a dash while the row is as written
    if (stored.startsWith(part) && stored.charCodeAt(part.length) === DASH) continue;
    // a checksum typed over is no checksum the sidebar wrote: the row is edited, which column cannot be told
    const was = CHECKSUM.exec(stored);
    // marks of another length were made for another form's columns: which changed cannot be told either
    const marks = columnMarks(rows[r], columns);
    const storedMarks = was && was[2].length === 2 * marks.length ? was[2] : null;
    const changed = storedMarks ? columns.filter((_, i) => storedMarks.slice(2 * i, 2 * i + 2) !== marks[i]) : [];
    edited.push({ row: r + 1, columns: changed, marks: storedMarks });
  }
  return edited;
}

/** Where auditRows puts the act, the sheet, the row and the values after (see core/review/auditRows). */
const AUDIT_ACT = 2;
const AUDIT_SHEET = 3;
const AUDIT_ROW = 4;
const AUDIT_AFTER = 7;
/** how the entry sidebar's audit text joins its "label: value" parts (addon/entry/auditText) */
const PART_SEPARATOR = ' · ';

/** A logged value's marks over the columns the sidebar enters, in form order, as the checksum made them. */
function enteredMarks(columns: readonly ChecksumColumn[], markOf: (c: ChecksumColumn, i: number) => string): string {
  let key = '';
  columns.forEach((c, i) => {
    if (isEntered(c.spec)) key += markOf(c, i);
  });
  return key;
}

/**
 * The values the sidebar logged (a submission or a correction) for each edited row of `sheetName`, from the audit
 * trail's block as read (its header first). A logged line is the row's when its values give the marks the row's
 * checksum stored: the latest such line at the row's number, else the latest anywhere on the sheet (rows inserted or
 * deleted since move a row away from the number it was logged under). Without stored marks, the latest line at the row's
 * number.
 */
export function loggedValues(
  audit: readonly CellValue[][],
  sheetName: string,
  edited: readonly EditedRow[],
  form: FormSpec,
  header: SheetHeader,
): LoggedValues {
  const acts = new Set([reviewMessages.act.submit.th, reviewMessages.act.correct.th]);
  // longest first, so a label that starts another is never taken for it
  const labels = form.columns
    .filter(isEntered)
    .map((c) => c.label.th)
    .sort((a, b) => b.length - a.length);
  const columns = checksumColumns(form, header);
  const atRow = new Map<number, { values: Map<string, string>; marks: string }>();
  const byMarks = new Map<string, Map<string, string>>();
  for (let r = 1; r < audit.length; r++) {
    const line = audit[r];
    if (!acts.has(cellText(line[AUDIT_ACT] ?? null)) || cellText(line[AUDIT_SHEET] ?? null) !== sheetName) continue;
    const values = afterValues(cellText(line[AUDIT_AFTER] ?? null), labels);
    const marks = enteredMarks(columns, (c) => columnMark(heldText(c, values.get(c.spec.label.th) ?? '')));
    // later lines replace earlier ones: the latest submission or correction is what the checksum was made with
    atRow.set(Number(line[AUDIT_ROW]), { values, marks });
    byMarks.set(marks, values);
  }
  const found = new Map<number, Map<string, string>>();
  for (const e of edited) {
    const same = atRow.get(e.row);
    const stored = e.marks;
    if (stored === null) {
      if (same) found.set(e.row, same.values);
      continue;
    }
    const wanted = enteredMarks(columns, (_, i) => stored.slice(2 * i, 2 * i + 2));
    const values = same && same.marks === wanted ? same.values : byMarks.get(wanted);
    if (values) found.set(e.row, values);
  }
  return found;
}

/** "รายรับ: 2400 · หมายเหตุ: a · b" by label; a part that starts with no label belongs to the value before it. */
function afterValues(text: string, labels: readonly string[]): Map<string, string> {
  const values = new Map<string, string>();
  let current: string | undefined;
  for (const part of text === '' ? [] : text.split(PART_SEPARATOR)) {
    const label = labels.find((l) => part.startsWith(`${l}: `));
    if (label !== undefined) {
      current = label;
      values.set(label, part.slice(label.length + 2));
    } else if (current !== undefined) values.set(current, `${values.get(current)}${PART_SEPARATOR}${part}`);
  }
  return values;
}

/** A value as the message shows it: a figure grouped (24,000), a date in B.E., text on one line and cut short. */
function shown({ spec, units }: ChecksumColumn, value: CellValue): string {
  if (spec.type === 'count' || spec.type === 'money') {
    const n = parseNumber(value, units);
    if (n.kind === 'number') return groupThousands(n.value, Math.min(n.decimals, 2));
  } else if (spec.type === 'date') {
    const d = parseDate(value);
    if (d.kind === 'date') return d.day === null ? thaiMonthShort(d) : thaiDateShort({ ...d, day: d.day });
  }
  const text = normaliseTextOnce(cellText(value));
  return text.length > SHOWN_AT_MOST ? `${text.slice(0, SHOWN_AT_MOST)}…` : text;
}

/** One changed column as the message names it; `logged` is absent when the audit trail has no values for the row. */
type EditedCell = NonNullable<ProblemParams['edits']>[number];

/**
 * The check's result with a warning on each edited row (on its first changed cell, else the whole row), the row flagged
 * as warned and the warned rows counted again.
 */
export function withEditedWarnings(
  validation: SheetValidation,
  rows: readonly CellValue[][],
  form: FormSpec,
  edited: readonly EditedRow[],
  logged: LoggedValues,
): SheetValidation {
  if (edited.length === 0) return validation;
  const { byKey } = locateColumns(form, validation.header);
  const messages = sheetMessages(form);
  const problems = edited.map(({ row, columns }) => {
    const cells = rows[row - 1] ?? [];
    const before = logged.get(row);
    const edits: EditedCell[] = columns.map((column) => {
      const { spec, index } = column;
      const now = shown(column, index === undefined ? null : (cells[index] ?? null));
      const was = before && isEntered(spec) ? shown(column, before.get(spec.label.th) ?? '') : undefined;
      return was === undefined ? { column: spec.label, now } : { column: spec.label, logged: was, now };
    });
    const first = columns.length > 0 ? byKey.get(columns[0].spec.key) : undefined;
    const value = first ? cellText(cells[first.index] ?? null) : '';
    return problemOf(messages, { code: 'EDITED_OUTSIDE_FORM', col: first, params: { edits } }, row, value);
  });
  const table = validation.table;
  const warned = new Set(edited.map((e) => e.row));
  for (let i = 0; i < table.size; i++) if (warned.has(table.row(i).sheetRow)) table.markWarned(i);
  countWarnedRows(table, validation.summary);
  return { ...validation, problems: mergedByRow(validation.problems, problems) };
}
