// The rows a reviewer is shown for a district and period: each reported row with its owner, date, figures, problems and
// review status as written, and the counts by status; read from one check of the sheet (see validateSheet).

import { type CellValue, cellText } from '../cell';
import { BOOKKEEPING_ROLES, type ColumnSpec, type FormSpec, OWNER_ROLES, type ReviewStatus } from '../form/types';
import { reviewMessages as M } from '../messages/reviewServer';
import { thaiDateOrMonthLong } from '../normalise/dates';
import { type Period, periodContains, periodLabel } from '../period/period';
import { districtKey } from '../registry/districtName';
import type { TableRow } from '../validate/entryTable';
import type { Problem, SheetValidation } from '../validate/types';
import { type CertificationRecord, closingOf } from './certification';
import { rowFingerprint } from './fingerprint';
import type { ReviewFilter, ReviewRow } from './types';

/** a sidebar page of cards: enough for a district's อปท. for a quarter, small enough to answer in one call */
export const REVIEW_LIST_LIMIT = 200;
const MAX_VALUE = 200;
/** columns the card does not repeat as a field: its title says whose row it is, where and when */
const TITLE_ROLES = new Set([...OWNER_ROLES, ...BOOKKEEPING_ROLES, 'district', 'province', 'date']);

export interface ReviewListQuery {
  readonly period: Period;
  /** '' for every district */
  readonly district: string;
  readonly filter: ReviewFilter;
  readonly provinceName: string;
  /** the periods the province certified: their rows are listed, marked as closed */
  readonly closed?: readonly CertificationRecord[];
}

/** The card's line for a row dated in a certified period, or ''. */
function closedText(closed: readonly CertificationRecord[], date: TableRow['date']): string {
  const closing = date && closed.length > 0 ? closingOf(closed, date) : null;
  if (!closing) return '';
  return M.closedCard(periodLabel(closing.period).th, closing.record.by, closing.record.at).th;
}

export interface ReviewList {
  readonly rows: ReviewRow[];
  /** the districts of the sheet's reported rows, in the order they first appear */
  readonly districts: string[];
  readonly counts: Record<ReviewStatus, number>;
  readonly truncated: boolean;
}

/** The 0-based sheet columns of the review status and note, when the sheet has them. */
export function reviewColumns(validation: SheetValidation, form: FormSpec): { status?: number; note?: number } {
  const at = (role: string) => {
    const key = form.columns.find((c) => c.role === role)?.key;
    return key === undefined ? undefined : validation.header.columns.get(key)?.index;
  };
  return { status: at('review'), note: at('reviewNote') };
}

/** The columns the fingerprint leaves out: the review cells, which the reviewer changes. */
export function reviewSkip(columns: { status?: number; note?: number }): Set<number> {
  return new Set([columns.status, columns.note].filter((c): c is number => c !== undefined));
}

function problemsByRow(problems: readonly Problem[]): Map<number, ReviewRow['problems'][number][]> {
  const byRow = new Map<number, ReviewRow['problems'][number][]>();
  for (const p of problems) {
    const list = byRow.get(p.row) ?? [];
    list.push({ severity: p.severity, message: p.message.th });
    byRow.set(p.row, list);
  }
  return byRow;
}

function fieldsOf(cells: readonly CellValue[], columns: readonly [ColumnSpec, number][]): ReviewRow['fields'] {
  const fields: { label: string; value: string }[] = [];
  for (const [column, index] of columns) {
    const value = cellText(cells[index] ?? null).trim();
    if (value !== '') fields.push({ label: column.label.th, value: value.slice(0, MAX_VALUE) });
  }
  return fields;
}

function districtOf(row: TableRow): string {
  return row.identity?.lao?.districtName ?? row.district ?? '';
}

export function reviewList(
  validation: SheetValidation,
  rows: readonly CellValue[][],
  form: FormSpec,
  query: ReviewListQuery,
): ReviewList {
  const columns = reviewColumns(validation, form);
  const skip = reviewSkip(columns);
  const shown: [ColumnSpec, number][] = [];
  for (const c of form.columns) {
    const index = validation.header.columns.get(c.key)?.index;
    if (index !== undefined && !TITLE_ROLES.has(c.role ?? '') && c.type !== 'sequence') shown.push([c, index]);
  }
  const problems = problemsByRow(validation.problems);
  const wanted = query.district === '' ? '' : districtKey(query.district, query.provinceName);
  const counts: Record<ReviewStatus, number> = { pending: 0, approved: 0, returned: 0 };
  const list: ReviewRow[] = [];
  const districts = new Set<string>();
  let truncated = false;
  for (const row of validation.table.rows()) {
    if (row.status === 'not-reported') continue;
    const district = districtOf(row);
    if (district !== '') districts.add(district);
    // a row without a readable date is in no period's figures, yet needs a decision: it is listed in every period
    if (row.date && !periodContains(query.period, row.date)) continue;
    if (wanted !== '' && districtKey(district, query.provinceName) !== wanted) continue;
    const status = row.review;
    counts[status]++;
    if (query.filter === 'pending' && status !== 'pending') continue;
    if (list.length === REVIEW_LIST_LIMIT) {
      truncated = true;
      continue;
    }
    const cells = rows[row.sheetRow - 1] ?? [];
    list.push({
      row: row.sheetRow,
      district,
      lao: row.lao ?? '',
      date: row.date ? thaiDateOrMonthLong(row.date) : '',
      status,
      note: columns.note === undefined ? '' : cellText(cells[columns.note] ?? null).trim(),
      fields: fieldsOf(cells, shown),
      problems: problems.get(row.sheetRow) ?? [],
      fingerprint: rowFingerprint(cells, skip),
      closed: closedText(query.closed ?? [], row.date),
    });
  }
  return { rows: list, districts: [...districts], counts, truncated };
}
