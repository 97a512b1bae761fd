// Reads every row below the header of a report sheet, normalises each field and lists every problem.
// One pass over the block; rows are classified as blank, subtotal, not reported or reported as the form declares.

import { type CellValue, cellText } from '../cell';
import { detectHeader } from '../form/headers';
import type { FormSpec } from '../form/types';
import type { Text } from '../messages/text';
import type { CalendarDay } from '../normalise/dates';
import { scanLinks } from '../normalise/links';
import { normaliseText } from '../normalise/text';
import type { Entry, LaoIdentity } from './entry';
import { EntryTable, RowLinks } from './entryTable';
import { LinkNumbering } from './linkNumbering';
import { mergedByRow, type ProblemDraft, problemOf, type SheetMessages } from './problemDrafts';
import { readDate, readLinks, readNumber } from './readCells';
import { countWarnedRows, repeatWarnings } from './repeatWarnings';
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
}

export type ValidateResult =
  | { readonly ok: true; readonly result: SheetValidation }
  | { readonly ok: false; readonly message: Text };

const SUBTOTAL = /^รวม(?:$|\s|ทั้ง|อำเภอ|อ\.|จังหวัด|ยอด|เขต|ทุก|[0-9:：(])/;
const FORMULA_START = /^[=+\-@]./;

const LEADING_SPACE = /^\s/;

/** Whether text could start with = + - or @ once trimmed: its first character decides for almost every cell. */
function mayBeFormula(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40) return true;
  // white space that trim() removes: ASCII controls and space, or a Unicode space (never a Thai letter)
  return c <= 0x20 || (c >= 0x80 && (c < 0x0e00 || c > 0x0e7f) && LEADING_SPACE.test(text));
}

function isEmpty(v: CellValue | undefined): boolean {
  if (v === undefined || v === null || v === '') return true;
  // only a string that starts or ends with white space can be blank; most cells are decided by their first character
  return typeof v === 'string' && v.charCodeAt(0) <= 0x20 && v.trim() === '';
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

interface Context {
  readonly byKey: ReadonlyMap<string, Located>;
  readonly byRole: ReadonlyMap<string, Located>;
  readonly options: ValidateOptions;
  problems: Problem[];
  readonly start: CalendarDay;
  readonly linkNumbers: LinkNumbering;
  readonly table: EntryTable;
  found: ProblemDraft[];
  readonly rules: readonly SheetRule[];
  /** messages made in this sheet, by code, column and parameters */
  readonly messages: SheetMessages;
  /**
   * The row being read: one object for the whole sheet, since the entry table copies it. Every row writes every
   * figure and text key the sheet has, so nothing of the previous row remains.
   */
  readonly read: RowRead;
}

type RowRead = { -readonly [K in Exclude<keyof Entry, 'numbers' | 'texts' | 'links'>]: Entry[K] } & {
  warned: boolean;
  readonly numbers: (number | null)[];
  readonly texts: (string | null)[];
  readonly links: RowLinks;
};

export function validateSheet(rows: readonly CellValue[][], form: FormSpec, options: ValidateOptions): ValidateResult {
  const detected = detectHeader(rows, form);
  if (!detected.ok) return detected;
  const header = detected.header;
  const { located, numberKeys, textKeys, byKey, byRole } = locateColumns(form, header);
  const [y, m, d] = form.activityStart.split('-').map(Number);
  const linkNumbers = options.linkNumbers ?? new LinkNumbering();
  const read: RowRead = {
    row: 0,
    status: 'ok',
    warned: false,
    province: null,
    district: null,
    lao: null,
    date: null,
    identity: null,
    links: new RowLinks(),
    numbers: numberKeys.map(() => null),
    texts: textKeys.map(() => null),
  };
  const table = new EntryTable(Math.max(0, rows.length - header.dataStart), numberKeys, textKeys, linkNumbers);
  const ctx: Context = {
    byKey,
    byRole,
    options,
    problems: [],
    start: { year: y, month: m, day: d },
    linkNumbers,
    table,
    found: [],
    rules: sheetRules(form, byKey, byRole),
    messages: new Map(),
    read,
  };
  const summary: ValidationSummary = {
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
  const carried = new Map<string, string>();
  const identify = options.identify ?? textIdentities();
  const newLinksFrom = linkNumbers.size;

  for (let r = header.dataStart; r < rows.length; r++) {
    const row = rows[r];
    summary.dataRows++;
    let first: CellValue | undefined;
    for (let c = 0; c < row.length && first === undefined; c++) if (!isEmpty(row[c])) first = row[c];
    if (first === undefined) {
      summary.blankRows++;
      continue;
    }
    if (typeof first === 'string' && SUBTOTAL.test(normaliseText(first))) {
      summary.subtotalRows++;
      carried.clear();
      continue;
    }
    const entry = readRow(ctx, located, row, r + 1, carried, identify) ? ctx.read : undefined;
    if (!entry) {
      summary.blankRows++;
      continue;
    }
    table.add(entry);
    if (entry.status === 'not-reported') summary.notReported++;
    else {
      summary.reported++;
      if (entry.status === 'error') summary.rowsWithErrors++;
    }
  }
  table.numberLinks();
  flagRepeats(ctx, summary, newLinksFrom);
  countWarnedRows(table, summary);
  const result: SheetValidation = {
    header,
    table,
    get entries() {
      return table.entries();
    },
    problems: ctx.problems,
    summary,
    linkNumbers: ctx.linkNumbers,
  };
  return { ok: true, result };
}

/** Reads one non-blank, non-subtotal row into ctx.read; false when it carries nothing to report (a seq number or a district heading). */
function readRow(
  ctx: Context,
  located: readonly Located[],
  row: readonly CellValue[],
  rowNumber: number,
  carried: Map<string, string>,
  identify: NonNullable<ValidateOptions['identify']>,
): boolean {
  // a scratch list, whose drafts become problems before the next row is read; after a row that left drafts in it, a new
  // list is cheaper than emptying the old one (a call into the engine)
  if (ctx.found.length > 0) ctx.found = [];
  const found = ctx.found;
  const out = ctx.read;
  const texts = out.texts;
  const numbers = out.numbers;
  let lao: string | null = null;
  let district: string | null = null;
  let province: string | null = null;
  let dateCell: CellValue = '';
  let dateColumn: Located | undefined;
  let linksCell: Located | undefined;
  const rowLinks = out.links;
  rowLinks.clear();
  let content = false;
  let hasResult = false;

  for (let i = 0; i < located.length; i++) {
    const col = located[i];
    let value: CellValue | undefined = row[col.index];
    let empty = isEmpty(value);
    if (col.fillDown) {
      if (!empty) carried.set(col.key, cellText(value as CellValue));
      else {
        // carried text was not blank when it was stored
        value = carried.get(col.key);
        empty = value === undefined;
      }
    }
    if (empty) {
      if (col.type === 'count' || col.type === 'money') numbers[col.slot] = null;
      else if (col.type === 'text' && !col.role) texts[col.slot] = null;
      continue;
    }
    if (!col.fillDown && col.type !== 'sequence') content = true;
    switch (col.type) {
      case 'text': {
        const text = normaliseText(cellText(value as CellValue)) || null;
        if (col.role === 'lao') lao = text;
        else if (col.role === 'district') district = text;
        else if (col.role === 'province') province = text;
        else texts[col.slot] = text;
        if (typeof value === 'string' && mayBeFormula(value) && FORMULA_START.test(value.trim()))
          found.push({ code: 'TEXT_LOOKS_LIKE_FORMULA', col, params: { value: value.trim() } });
        break;
      }
      case 'links':
        linksCell = col;
        if (scanLinks(cellText(value as CellValue), rowLinks)) hasResult = true;
        break;
      case 'count':
      case 'money': {
        const n = readNumber(col, value as CellValue, found);
        numbers[col.slot] = n;
        if (n !== 0) hasResult = true;
        break;
      }
      case 'date':
        dateCell = value as CellValue;
        dateColumn = col;
        break;
      case 'sequence':
        break;
    }
  }

  if (!content) return false;
  out.row = rowNumber;
  out.province = province;
  out.district = district;
  out.lao = lao;
  if (lao && !hasResult) {
    out.status = 'not-reported';
    out.warned = false;
    out.date = null;
    out.identity = identify(lao, district, province);
    // nothing was found in the links cell (or there is none): the row's links are empty
    return true;
  }

  const date = dateColumn ? readDate(dateColumn, dateCell, ctx.start, ctx.options.today, found) : null;
  let identity: LaoIdentity | undefined;
  if (!lao) {
    found.push({ code: 'LAO_MISSING', col: ctx.byRole.get('lao'), params: {} });
  } else {
    identity = identify(lao, district, province);
    if (identity.problems)
      for (const p of identity.problems) found.push({ code: p.code, col: ctx.byKey.get(p.column), params: p.params });
  }
  if (linksCell) readLinks(linksCell, rowLinks, found);
  applyRowRules(ctx.rules, numbers, rowLinks.count > 0, found);

  let status: Entry['status'] = 'ok';
  let warned = false;
  for (const draft of found) {
    const problem = problemOf(
      ctx.messages,
      draft,
      rowNumber,
      draft.value ?? (draft.col ? cellText(valueAsRead(draft.col, row, carried)) : ''),
    );
    if (problem.severity === 'error') status = 'error';
    else {
      warned = true;
      if (status === 'ok') status = 'warning';
    }
    ctx.problems.push(problem);
  }
  out.status = status;
  out.warned = warned;
  out.date = date;
  out.identity = identity ?? null;
  return true;
}

/** The value a column was read with: the cell itself, or the value carried down into a blank fill-down cell. */
function valueAsRead(col: Located, row: readonly CellValue[], carried: ReadonlyMap<string, string>): CellValue {
  const value = row[col.index];
  return col.fillDown && isEmpty(value) ? (carried.get(col.key) ?? '') : (value ?? '');
}

/** Warns of the rows the sheet repeats exactly and the links it reports again (see repeatWarnings), after each row's other problems. */
function flagRepeats(ctx: Context, summary: ValidationSummary, newLinksFrom: number): void {
  const { table } = ctx;
  const col = ctx.byRole.get('links');
  const added = repeatWarnings(table, newLinksFrom, summary).map(({ entry, link, code, params }) =>
    link === null
      ? problemOf(ctx.messages, { code, col: undefined, params }, table.row[entry], '')
      : problemOf(ctx.messages, { code, col, params }, table.row[entry], table.linkUrl[link]),
  );
  if (added.length > 0) ctx.problems = mergedByRow(ctx.problems, added);
}
