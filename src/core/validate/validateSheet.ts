// Reads every row below the header of a report sheet, normalises each field and lists every problem.
// One pass over the block; rows are classified as blank, subtotal, not reported or reported as the form declares.

import { type CellValue, cellText } from '../cell';
import { detectHeader, type SheetHeader } from '../form/headers';
import type { FormSpec } from '../form/types';
import type { Text } from '../messages/text';
import type { CalendarDay } from '../normalise/dates';
import { scanLinks } from '../normalise/links';
import { normaliseText } from '../normalise/text';
import type { Period } from '../period/period';
import { PROBLEM_SEVERITY, type ProblemCode } from './codes';
import type { LaoIdentity, RowStatus } from './entry';
import { EntryTable, type RowOwner, type RowReview } from './entryTable';
import { LinkNumbering } from './linkNumbering';
import { monthRepeats } from './monthRepeats';
import { DEFAULT_OUTLIERS, type OutlierOptions, outlierWarnings } from './outlierWarnings';
import { checkPeriod, type PeriodCheck, periodCheck } from './periodWarning';
import { mergedByRow, type ProblemDraft, problemOf, type SheetMessages, sheetMessages } from './problemDrafts';
import { LinkCell, readDate, readLinks, readNumber } from './readCells';
import { countWarnedRows, repeatWarnings } from './repeatWarnings';
import { readReview, readSubmittedAt } from './reviewCells';
import { applyRowRules, type SheetRule, sheetRules } from './rowRules';
import { type Located, locateColumns } from './sheetColumns';
import type { Problem, SheetValidation, ValidationSummary } from './types';

export type { CalendarDay } from '../normalise/dates';

export interface ValidateOptions {
  /** today in the sheet's time zone: dates after it are flagged */
  readonly today: CalendarDay;
  readonly identify?: (lao: string, district: string | null, province: string | null) => LaoIdentity;
  /** canonical link → its number, shared by every sheet of one run so their links can be counted together by number */
  readonly linkNumbers?: LinkNumbering;
  /** the period the sheet is checked for: a counted row dated outside it is warned of (DATE_OUTSIDE_PERIOD) */
  readonly period?: Period;
  /**
   * summed figures far above their owner's other months or the sheet's other owners that month (OUTLIER, see
   * outlierWarnings): on at z > 3.5 when absent; null turns the check off
   */
  readonly outliers?: OutlierOptions | null;
}

export type ValidateResult =
  | { readonly ok: true; readonly result: SheetValidation }
  | { readonly ok: false; readonly message: Text };

const SUBTOTAL = /^รวม(?:$|\s|ทั้ง|อำเภอ|อ\.|จังหวัด|ยอด|เขต|ทุก|[0-9:：(])/;
const FORMULA_START = /^[=+\-@]./;
const LEADING_SPACE = /^\s/;
const code = (c: string) => c.charCodeAt(0);
const FORMULA_SIGNS = ['=', '+', '-', '@'].map(code);
const SPACE = code(' ');
const ASCII_LAST = code('\u007f');
const THAI_FIRST = code('\u0e00');
const THAI_LAST = code('\u0e7f');

/** Whether text could start with = + - or @ once trimmed: its first character decides for almost every cell. */
function mayBeFormula(text: string): boolean {
  const first = text.charCodeAt(0);
  if (FORMULA_SIGNS.includes(first)) return true;
  // white space that trim() removes: ASCII controls and space, or a Unicode space (never a Thai letter)
  return (
    first <= SPACE || (first > ASCII_LAST && (first < THAI_FIRST || first > THAI_LAST) && LEADING_SPACE.test(text))
  );
}

function isEmpty(v: CellValue | undefined): boolean {
  if (v === undefined || v === null || v === '') return true;
  // only a string that starts or ends with white space can be blank; most cells are decided by their first character
  return typeof v === 'string' && v.charCodeAt(0) <= SPACE && v.trim() === '';
}

/** Without a registry, the typed name is the identity; one shared object per name, since names repeat on every row. */
function textIdentities(): (lao: string) => LaoIdentity {
  const known = new Map<string, LaoIdentity>();
  return (lao) => {
    let identity = known.get(lao);
    if (!identity) {
      identity = { key: lao, name: lao };
      known.set(lao, identity);
    }
    return identity;
  };
}

/** What the check of one sheet works with, row after row. */
interface Context {
  readonly located: readonly Located[];
  readonly byKey: ReadonlyMap<string, Located>;
  readonly byRole: ReadonlyMap<string, Located>;
  readonly today: CalendarDay;
  /** the activity's first day: earlier dates are flagged */
  readonly start: CalendarDay;
  readonly identify: NonNullable<ValidateOptions['identify']>;
  /** the column saying who the row belongs to, and the problem of a row with results but no owner */
  readonly owner: Located | undefined;
  readonly ownerMissing: ProblemCode;
  readonly rules: readonly SheetRule[];
  /** the period asked for, with its label; null without one */
  readonly period: PeriodCheck | null;
  /** the form's code for an owner's month reported twice (FormSpec.oncePerMonth); null when the form has none */
  readonly monthRepeated: ProblemCode | null;
  readonly table: EntryTable;
  readonly linkCell: LinkCell;
  /** what the row being read gives, besides what goes straight into the table (one for the sheet, reset per row) */
  readonly cells: RowCells;
  /** the problems the row being read shows, until they become the sheet's */
  found: ProblemDraft[];
  /** the last text of each fill-down column (a district written once above its rows), cleared at a subtotal */
  readonly carried: Map<string, string>;
  /** messages made in this sheet, by code, column and parameters */
  readonly messages: SheetMessages;
  problems: Problem[];
  readonly summary: ValidationSummary;
}

export function validateSheet(rows: readonly CellValue[][], form: FormSpec, options: ValidateOptions): ValidateResult {
  const detected = detectHeader(rows, form);
  return detected.ok ? { ok: true, result: validateRows(rows, detected.header, form, options) } : detected;
}

/** validateSheet of rows whose header the caller has found already (see detectHeader). */
export function validateRows(
  rows: readonly CellValue[][],
  header: SheetHeader,
  form: FormSpec,
  options: ValidateOptions,
): SheetValidation {
  const { located, numberKeys, textKeys, byKey, byRole } = locateColumns(form, header);
  const [year, month, day] = form.activityStart.split('-').map(Number);
  const linkNumbers = options.linkNumbers ?? new LinkNumbering();
  // a person is named as written: the registry of อปท. is no match for a marketer's name
  const personOwned = form.columns.some((c) => c.role === 'person');
  const table = new EntryTable(Math.max(0, rows.length - header.dataStart), numberKeys, textKeys, linkNumbers);
  const ctx: Context = {
    located,
    byKey,
    byRole,
    today: options.today,
    start: { year, month, day },
    identify: (personOwned ? undefined : options.identify) ?? textIdentities(),
    owner: byRole.get(personOwned ? 'person' : 'lao'),
    ownerMissing: personOwned ? 'PERSON_MISSING' : 'LAO_MISSING',
    rules: sheetRules(form, byKey, byRole),
    period: periodCheck(options.period),
    // defineForm has checked that it is a problem code
    monthRepeated: (form.oncePerMonth?.code as ProblemCode | undefined) ?? null,
    table,
    linkCell: new LinkCell(table),
    cells: {
      content: false,
      hasResult: false,
      province: null,
      district: null,
      lao: null,
      identity: null,
      dateCell: '',
      dateColumn: undefined,
      linksColumn: undefined,
      review: 'pending',
      submittedAt: null,
    },
    found: [],
    carried: new Map(),
    messages: sheetMessages(form),
    problems: [],
    summary: emptySummary(),
  };
  const newLinksFrom = linkNumbers.size;
  for (let r = header.dataStart; r < rows.length; r++) readLine(ctx, rows[r], r + 1);
  table.numberLinks();
  flagRepeats(ctx, newLinksFrom);
  const outliers = options.outliers === undefined ? DEFAULT_OUTLIERS : options.outliers;
  if (outliers !== null) {
    const added = outlierWarnings({ form, table, byKey, messages: ctx.messages, rows }, outliers);
    if (added.length > 0) ctx.problems = mergedByRow(ctx.problems, added);
  }
  countWarnedRows(table, ctx.summary);
  return { header, table, problems: ctx.problems, summary: ctx.summary, linkNumbers };
}

function emptySummary(): ValidationSummary {
  return {
    dataRows: 0,
    reported: 0,
    notReported: 0,
    subtotalRows: 0,
    blankRows: 0,
    rowsWithErrors: 0,
    rowsWithWarnings: 0,
    rowsWithWarningsOnly: 0,
    duplicateRows: 0,
  };
}

/** Classifies one line below the header (blank, subtotal, or a row) and counts it. */
function readLine(ctx: Context, row: readonly CellValue[], rowNumber: number): void {
  const summary = ctx.summary;
  summary.dataRows++;
  let first: CellValue | undefined;
  for (let c = 0; c < row.length && first === undefined; c++) if (!isEmpty(row[c])) first = row[c];
  if (first === undefined) {
    summary.blankRows++;
  } else if (typeof first === 'string' && SUBTOTAL.test(normaliseText(first))) {
    summary.subtotalRows++;
    ctx.carried.clear();
  } else {
    const status = readRow(ctx, row, rowNumber);
    if (status === null) summary.blankRows++;
    else if (status === 'not-reported') summary.notReported++;
    else {
      summary.reported++;
      if (status === 'error') summary.rowsWithErrors++;
    }
  }
}

/** What a row's cells give besides the figures, texts and links written into the table as they are read. */
interface RowCells extends RowOwner {
  review: RowReview['review'];
  submittedAt: RowReview['submittedAt'];
  /** a cell other than the sequence number or a carried-down one is filled */
  content: boolean;
  /** a link was found or a figure is not zero: the row reports something */
  hasResult: boolean;
  province: string | null;
  district: string | null;
  lao: string | null;
  identity: LaoIdentity | null;
  dateCell: CellValue;
  dateColumn: Located | undefined;
  linksColumn: Located | undefined;
}

/**
 * Reads one non-blank, non-subtotal row into the table and returns its status; null when the row carries nothing to
 * report (a sequence number or a district heading) and is left out.
 */
function readRow(ctx: Context, row: readonly CellValue[], rowNumber: number): RowStatus | null {
  if (ctx.found.length > 0) ctx.found = [];
  const { cells, found, table } = ctx;
  table.startRow();
  ctx.linkCell.clear();
  readCells(ctx, row);
  if (!cells.content) return null;
  const lao = cells.lao;
  if (lao && !cells.hasResult) {
    cells.identity = ctx.identify(lao, cells.district, cells.province);
    table.addRow(rowNumber, 'not-reported', false, cells, null);
    return 'not-reported';
  }
  const date = cells.dateColumn ? readDate(cells.dateColumn, cells.dateCell, ctx.start, ctx.today, found) : null;
  if (lao) cells.identity = identityOf(ctx, lao, cells);
  else found.push({ code: ctx.ownerMissing, col: ctx.owner, params: {} });
  if (cells.linksColumn) readLinks(cells.linksColumn, ctx.linkCell, found);
  applyRowRules(ctx.rules, table, table.newRowLinks > 0, found);
  if (ctx.period !== null && date !== null) checkPeriod(ctx.period, cells.dateColumn, date, found);
  readReviewCells(ctx, row);
  const status = found.length === 0 ? 'ok' : problemsOf(ctx, row, rowNumber);
  table.addRow(rowNumber, status, status === 'warning' || hasWarning(found), cells, date);
  return status;
}

/** The row's review status and submission time, with their problems after the row's others. */
function readReviewCells(ctx: Context, row: readonly CellValue[]): void {
  const review = ctx.byRole.get('review');
  const time = ctx.byRole.get('submittedAt');
  ctx.cells.review = review ? readReview(review, row[review.index] ?? null, ctx.found) : 'pending';
  ctx.cells.submittedAt = time ? readSubmittedAt(time, row[time.index] ?? null, ctx.found) : null;
}

/** The row's อปท. as the run identifies it, with the problems of the match (a name the registry does not know). */
function identityOf(ctx: Context, lao: string, cells: RowCells): LaoIdentity {
  const identity = ctx.identify(lao, cells.district, cells.province);
  if (identity.problems)
    for (const p of identity.problems) ctx.found.push({ code: p.code, col: ctx.byKey.get(p.column), params: p.params });
  return identity;
}

/** Reads each located cell of the row: figures and texts into the table, links into the table through ctx.linkCell. */
function readCells(ctx: Context, row: readonly CellValue[]): void {
  const { cells, found, table, located } = ctx;
  cells.province = cells.district = cells.lao = null;
  cells.identity = null;
  cells.dateCell = '';
  cells.dateColumn = cells.linksColumn = undefined;
  cells.review = 'pending';
  cells.submittedAt = null;
  let content = false;
  let hasResult = false;
  for (let i = 0; i < located.length; i++) {
    const col = located[i];
    const value = cellOf(ctx, col, row);
    if (value === undefined) {
      if (col.type === 'count' || col.type === 'money') table.setFigure(col.slot, null);
      else if (col.type === 'text' && !col.role) table.setText(col.slot, null);
      continue;
    }
    if (!col.fillDown && col.type !== 'sequence' && !col.bookkeeping) content = true;
    switch (col.type) {
      case 'text':
        readText(ctx, col, value);
        break;
      case 'links':
        cells.linksColumn = col;
        if (scanLinks(cellText(value), ctx.linkCell)) hasResult = true;
        break;
      case 'count':
      case 'money': {
        const n = readNumber(col, value, found);
        table.setFigure(col.slot, n);
        if (n !== 0) hasResult = true;
        break;
      }
      case 'date':
        cells.dateCell = value;
        cells.dateColumn = col;
        break;
    }
  }
  cells.content = content;
  cells.hasResult = hasResult;
}

/** The cell of a column, or the text carried down into a blank fill-down cell; undefined when blank. */
function cellOf(ctx: Context, col: Located, row: readonly CellValue[]): CellValue | undefined {
  const value = row[col.index];
  const empty = isEmpty(value);
  if (!col.fillDown) return empty ? undefined : (value as CellValue);
  // carried text was not blank when it was stored
  if (empty) return ctx.carried.get(col.key);
  ctx.carried.set(col.key, cellText(value as CellValue));
  return value as CellValue;
}

function readText(ctx: Context, col: Located, value: CellValue): void {
  const text = normaliseText(cellText(value)) || null;
  if (col.role === 'lao' || col.role === 'person') ctx.cells.lao = text;
  else if (col.role === 'district') ctx.cells.district = text;
  else if (col.role === 'province') ctx.cells.province = text;
  else if (col.slot >= 0) ctx.table.setText(col.slot, text);
  if (typeof value === 'string' && mayBeFormula(value) && FORMULA_START.test(value.trim()))
    ctx.found.push({ code: 'TEXT_LOOKS_LIKE_FORMULA', col, params: { value: value.trim() } });
}

/** Makes the row's drafts into the sheet's problems; the row's status is its worst problem's. */
function problemsOf(ctx: Context, row: readonly CellValue[], rowNumber: number): RowStatus {
  let status: RowStatus = 'ok';
  for (const draft of ctx.found) {
    const value = draft.value ?? (draft.col ? cellText(valueAsRead(ctx, draft.col, row)) : '');
    const problem = problemOf(ctx.messages, draft, rowNumber, value);
    if (problem.severity === 'error') status = 'error';
    else if (status === 'ok') status = 'warning';
    ctx.problems.push(problem);
  }
  return status;
}

/** Whether a draft is a warning (an error row can have one too). */
function hasWarning(found: readonly ProblemDraft[]): boolean {
  for (const draft of found) if (PROBLEM_SEVERITY[draft.code] === 'warning') return true;
  return false;
}

/** The value a column was read with: the cell itself, or the value carried down into a blank fill-down cell. */
function valueAsRead(ctx: Context, col: Located, row: readonly CellValue[]): CellValue {
  const value = row[col.index];
  return col.fillDown && isEmpty(value) ? (ctx.carried.get(col.key) ?? '') : (value ?? '');
}

/**
 * Warns of the rows the sheet repeats exactly and the links it reports again (see repeatWarnings), after each row's
 * other problems; then, for a form whose owners report once a month, finds the months reported again (monthRepeats).
 */
function flagRepeats(ctx: Context, newLinksFrom: number): void {
  const { table } = ctx;
  const col = ctx.byRole.get('links');
  const added = repeatWarnings(table, newLinksFrom, ctx.summary).map(({ entry, link, code, params }) => {
    const row = table.row(entry);
    return link === null
      ? problemOf(ctx.messages, { code, col: undefined, params }, row.sheetRow, '')
      : problemOf(ctx.messages, { code, col, params }, row.sheetRow, row.linkUrl(link));
  });
  if (added.length > 0) ctx.problems = mergedByRow(ctx.problems, added);
  if (ctx.monthRepeated !== null) flagMonthRepeats(ctx, ctx.monthRepeated);
}

/** The rows that report an owner's month again (see monthRepeats), as errors after each row's other problems. */
function flagMonthRepeats(ctx: Context, code: ProblemCode): void {
  const { table } = ctx;
  const repeats = monthRepeats(table, ctx.summary);
  if (repeats.length === 0) return;
  const added = repeats.map(({ entry, params }) =>
    problemOf(ctx.messages, { code, col: undefined, params }, table.row(entry).sheetRow, ''),
  );
  ctx.problems = mergedByRow(ctx.problems, added);
}
