// Reads every row below the header of a report sheet, normalises each field and lists every problem.
// One pass over the block; rows are classified as blank, subtotal, not reported or reported as the form declares.

import { cellText, type CellValue } from '../cell';
import { detectHeader, type HeaderColumn } from '../form/headers';
import type { ColumnSpec, FormSpec, RowRule } from '../form/types';
import type { Text } from '../messages/text';
import { problemText, type ProblemParams } from '../messages/problems';
import { compareDate, parseDate, THAI_MONTHS, thaiDateOrMonthLong, type ParsedDateValue } from '../normalise/dates';
import { scanLinks } from '../normalise/links';
import { parseNumber, toSatang } from '../normalise/numbers';
import { normaliseText } from '../normalise/text';
import { groupThousands, formatSatang } from '../format/number';
import { PROBLEM_SEVERITY, type ProblemCode } from './codes';
import type { Lao } from '../registry/types';
import { EntryTable, RowLinks } from './entryTable';
import { LinkNumbering } from './linkNumbering';
import { countWarnedRows, repeatWarnings } from './repeatWarnings';
import type { Entry, Problem, SheetValidation, ValidationSummary } from './types';

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Who a row belongs to: the registry match in roll-ups, the typed name otherwise. */
export interface LaoIdentity {
  readonly key: string;
  readonly name: string;
  /** the registry's อปท., when a registry is in use and the name matched */
  readonly lao?: Lao;
  readonly problems?: readonly { readonly code: ProblemCode; readonly column: string; readonly params: ProblemParams }[];
}

export interface ValidateOptions {
  /** today in the sheet's time zone: dates after it are flagged */
  readonly today: CalendarDay;
  readonly identify?: (lao: string, district: string | null, province: string | null) => LaoIdentity;
  /** canonical link → its number, shared by every sheet of one run so their links can be counted together by number */
  readonly linkNumbers?: LinkNumbering;
}

export type ValidateResult = { readonly ok: true; readonly result: SheetValidation } | { readonly ok: false; readonly message: Text };

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
  readonly messages: Map<string, Text>;
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

interface Located {
  readonly spec: ColumnSpec;
  readonly at: HeaderColumn;
  readonly index: number;
  readonly key: string;
  readonly type: ColumnSpec['type'];
  readonly role: string | null;
  readonly fillDown: boolean;
  /** where the row's figure or text goes: its place among the sheet's count and money columns, or its other text columns */
  readonly slot: number;
}

export function validateSheet(rows: readonly CellValue[][], form: FormSpec, options: ValidateOptions): ValidateResult {
  const detected = detectHeader(rows, form);
  if (!detected.ok) return detected;
  const header = detected.header;
  const located: Located[] = [];
  const numberKeys: string[] = [];
  const textKeys: string[] = [];
  for (const spec of form.columns) {
    const at = header.columns.get(spec.key);
    if (!at) continue;
    const list = spec.type === 'count' || spec.type === 'money' ? numberKeys : spec.type === 'text' && !spec.role ? textKeys : null;
    // one literal for every column, so the row loop reads fields of a single shape (column specs differ in theirs)
    located.push({ spec, at, index: at.index, key: spec.key, type: spec.type, role: spec.role ?? null, fillDown: spec.fillDown === true, slot: list ? list.push(spec.key) - 1 : -1 });
  }
  const [y, m, d] = form.activityStart.split('-').map(Number);
  const byKey = new Map(located.map((l) => [l.spec.key, l] as const));
  const byRole = new Map(located.filter((l) => l.spec.role).map((l) => [l.spec.role as string, l] as const));
  const linkNumbers = options.linkNumbers ?? new LinkNumbering();
  const read: RowRead = { row: 0, status: 'ok', warned: false, province: null, district: null, lao: null, date: null, identity: null, links: new RowLinks(), numbers: numberKeys.map(() => null), texts: textKeys.map(() => null) };
  const table = new EntryTable(Math.max(0, rows.length - header.dataStart), numberKeys, textKeys, linkNumbers);
  const ctx: Context = { byKey, byRole, options, problems: [], start: { year: y, month: m, day: d }, linkNumbers, table, found: [], rules: sheetRules(form, byKey, byRole), messages: new Map(), read };
  const summary: ValidationSummary = { dataRows: 0, reported: 0, notReported: 0, subtotalRows: 0, blankRows: 0, rowsWithErrors: 0, rowsWithWarnings: 0, rowsWithWarningsOnly: 0, duplicateRows: 0 };
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
        if (typeof value === 'string' && mayBeFormula(value) && FORMULA_START.test(value.trim())) found.push({ code: 'TEXT_LOOKS_LIKE_FORMULA', col, params: { value: value.trim() } });
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

  const date = dateColumn ? readDate(ctx, dateColumn, dateCell, found) : null;
  let identity: LaoIdentity | undefined;
  if (!lao) {
    found.push({ code: 'LAO_MISSING', col: ctx.byRole.get('lao'), params: {} });
  } else {
    identity = identify(lao, district, province);
    if (identity.problems) for (const p of identity.problems) found.push({ code: p.code, col: ctx.byKey.get(p.column), params: p.params });
  }
  if (linksCell) readLinks(linksCell, rowLinks, found);
  applyRowRules(ctx, numbers, rowLinks.count > 0, found);

  let status: Entry['status'] = 'ok';
  let warned = false;
  for (const draft of found) {
    const problem = problemOf(ctx, draft, rowNumber, draft.value ?? (draft.col ? cellText(valueAsRead(draft.col, row, carried)) : ''));
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

function problemOf(ctx: Context, draft: ProblemDraft, row: number, value: string): Problem {
  return {
    row,
    column: draft.col?.spec.key ?? null,
    header: draft.col?.at.header ?? null,
    columnIndex: draft.col?.at.index ?? null,
    severity: PROBLEM_SEVERITY[draft.code],
    code: draft.code,
    value,
    message: messageOf(ctx, draft),
  };
}

/** The value a column was read with: the cell itself, or the value carried down into a blank fill-down cell. */
function valueAsRead(col: Located, row: readonly CellValue[], carried: ReadonlyMap<string, string>): CellValue {
  const value = row[col.index];
  return col.fillDown && isEmpty(value) ? (carried.get(col.key) ?? '') : (value ?? '');
}

const MESSAGES_KEPT = 10_000;

/**
 * The message of a problem. The same mistake is made row after row (`-` for revenue, the same label before a link):
 * identical messages are one shared object, so a sheet of a million rows does not keep a hundred thousand copies.
 */
function messageOf(ctx: Context, draft: ProblemDraft): Text {
  const key = `${draft.code}\u0000${draft.col?.key ?? ''}\u0000${JSON.stringify(draft.params)}`;
  let message = ctx.messages.get(key);
  if (!message) {
    message = problemText(draft.code, { column: draft.col?.spec.label, unit: draft.col?.spec.unit, ...draft.params });
    if (ctx.messages.size >= MESSAGES_KEPT) ctx.messages.clear();
    ctx.messages.set(key, message);
  }
  return message;
}

interface ProblemDraft {
  readonly code: ProblemCode;
  readonly col: Located | undefined;
  readonly params: ProblemParams;
  /** the part of the cell the problem is about, when not the whole cell */
  readonly value?: string;
}

/** The cell as shown in a message, made only when there is a problem to tell. */
function shown(value: CellValue): string {
  return cellText(value).trim();
}

function readNumber(col: Located, value: CellValue, found: ProblemDraft[]): number | null {
  // most cells are whole positive numbers already: the same result as parsing them, without the parse
  if (typeof value === 'number' && value > 0 && Number.isInteger(value) && Number.isSafeInteger(value * 100)) return checkedAmount(col, value, col.type === 'money' ? value * 100 : value, found);
  const parsed = parseNumber(value);
  if (parsed.kind === 'blank') return null;
  if (parsed.kind === 'invalid') {
    found.push({ code: 'NOT_A_NUMBER', col, params: { value: shown(value) } });
    return null;
  }
  if (parsed.negative && parsed.value !== 0) {
    found.push({ code: 'NEGATIVE_NUMBER', col, params: { value: shown(value) } });
    return null;
  }
  let result: number;
  if (col.spec.type === 'money') {
    const satang = toSatang(parsed);
    if (satang === null) {
      found.push({ code: 'TOO_MANY_DECIMALS', col, params: { value: shown(value) } });
      return null;
    }
    result = satang;
  } else {
    if (!Number.isInteger(parsed.value)) {
      found.push({ code: 'NOT_INTEGER', col, params: { value: shown(value) } });
      return null;
    }
    result = parsed.value;
  }
  return checkedAmount(col, parsed.value, result, found);
}

/** The figure (money in satang), with a warning when the typed value is beyond the column's plausible maximum. */
function checkedAmount(col: Located, value: number, result: number, found: ProblemDraft[]): number {
  const max = col.spec.plausibleMax;
  if (max !== undefined && value > max) {
    const amount = col.spec.type === 'money' ? formatSatang(result) : groupThousands(result);
    found.push({ code: 'NUMBER_IMPLAUSIBLE', col, params: { amount, limit: groupThousands(max) } });
  }
  return result;
}

function readDate(ctx: Context, col: Located, value: CellValue, found: ProblemDraft[]): ParsedDateValue | null {
  const parsed = parseDate(value);
  if (parsed.kind === 'blank') return null;
  if (parsed.kind === 'invalid') {
    found.push({ code: 'DATE_INVALID', col, params: { value: cellText(value).trim() } });
    return null;
  }
  if (parsed.buddhistDateCell) found.push({ code: 'DATE_BUDDHIST_YEAR', col, params: { date: dateText(parsed) } });
  // a month-only date is in range when any of its days is
  const before = compareDate(parsed.day === null ? { year: parsed.year, month: parsed.month, day: 31 } : parsed, ctx.start) < 0;
  const after = compareDate(parsed, ctx.options.today) > 0 && !(parsed.day === null && parsed.year === ctx.options.today.year && parsed.month === ctx.options.today.month);
  if (before || after) found.push({ code: 'DATE_OUT_OF_RANGE', col, params: { date: dateText(parsed) } });
  return parsed;
}


function dateText(d: ParsedDateValue): Text {
  const month = THAI_MONTHS[d.month - 1].en;
  return { th: thaiDateOrMonthLong(d), en: d.day === null ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}` };
}

/** The problems of the row's links that the cell alone shows; links reported twice are found once the sheet is read. */
function readLinks(col: Located, links: RowLinks, found: ProblemDraft[]): void {
  for (const p of links.problems) found.push({ code: p.code, col, params: { value: p.token }, value: p.token });
  for (let k = 0; k < links.count; k++) {
    const url = links.url[k];
    if (links.platform[k] === 'other') found.push({ code: 'LINK_UNKNOWN_PLATFORM', col, params: { value: url }, value: url });
  }
}

/** Warns of the rows the sheet repeats exactly and the links it reports again (see repeatWarnings), after each row's other problems. */
function flagRepeats(ctx: Context, summary: ValidationSummary, newLinksFrom: number): void {
  const { table } = ctx;
  const col = ctx.byRole.get('links');
  const added = repeatWarnings(table, newLinksFrom, summary).map(({ entry, link, code, params }) =>
    link === null ? problemOf(ctx, { code, col: undefined, params }, table.row[entry], '') : problemOf(ctx, { code, col, params }, table.row[entry], table.linkUrl[link]),
  );
  if (added.length > 0) ctx.problems = mergedByRow(ctx.problems, added);
}

/** Two lists of problems in row order as one, a row's problems from `earlier` before its problems from `later`. */
function mergedByRow(earlier: readonly Problem[], later: readonly Problem[]): Problem[] {
  const merged: Problem[] = [];
  let e = 0;
  for (const problem of later) {
    while (e < earlier.length && earlier[e].row <= problem.row) merged.push(earlier[e++]);
    merged.push(problem);
  }
  while (e < earlier.length) merged.push(earlier[e++]);
  return merged;
}

function positive(numbers: readonly (number | null)[], slot: number): boolean {
  return slot >= 0 && (numbers[slot] ?? 0) > 0;
}

/** A figure that could not be read is unknown, not zero: rules about it would only repeat the error. */
function unreadable(found: readonly ProblemDraft[], key: string): boolean {
  for (const f of found) if (f.col?.spec.key === key && PROBLEM_SEVERITY[f.code] === 'error') return true;
  return false;
}

/**
 * A form's row rule with the sheet's columns it names, looked up once per sheet rather than once per row; figures are
 * read by their slot in the row (-1: the sheet lacks the column, so the figure is unknown).
 */
interface SheetRule {
  readonly rule: RowRule;
  /** the `when` column, the links column, or the numerator, by kind */
  readonly first: Located | undefined;
  /** the `then` column of positiveRequiresPositive, or the denominator of ratioAbove */
  readonly second: Located | undefined;
  /** slots of the figures the rule reads: `when` (one or more) and `then`, or numerator and denominator */
  readonly slots: readonly number[];
}

function sheetRules(form: FormSpec, byKey: ReadonlyMap<string, Located>, byRole: ReadonlyMap<string, Located>): SheetRule[] {
  const slot = (key: string) => byKey.get(key)?.slot ?? -1;
  return form.rowRules.map((rule) => {
    if (rule.kind === 'positiveRequiresPositive') return { rule, first: byKey.get(rule.when), second: byKey.get(rule.then), slots: [slot(rule.when), slot(rule.then)] };
    if (rule.kind === 'positiveRequiresLink') return { rule, first: byRole.get('links'), second: undefined, slots: rule.when.map(slot) };
    return { rule, first: byKey.get(rule.numerator), second: byKey.get(rule.denominator), slots: [slot(rule.numerator), slot(rule.denominator)] };
  });
}

function applyRowRules(ctx: Context, numbers: readonly (number | null)[], hasLink: boolean, found: ProblemDraft[]): void {
  for (const { rule, first, second, slots } of ctx.rules) {
    const code = rule.code as ProblemCode;
    if (rule.kind === 'positiveRequiresPositive') {
      if (first && second && positive(numbers, slots[0]) && !positive(numbers, slots[1]) && !unreadable(found, rule.then)) found.push({ code, col: second, params: { column: first.spec.label, otherColumn: second.spec.label } });
    } else if (rule.kind === 'positiveRequiresLink') {
      if (hasLink || !slots.some((s) => positive(numbers, s))) continue;
      if (!(first && unreadable(found, first.key))) found.push({ code, col: first, params: {} });
    } else {
      const num = first;
      const total = slots[0] < 0 ? null : numbers[slots[0]];
      const den = slots[1] < 0 ? null : numbers[slots[1]];
      if (!num || total === null || !den) continue;
      const perUnit = num.spec.type === 'money' ? total / 100 / den : total / den;
      if (perUnit > rule.max) found.push({ code, col: num, params: { amount: groupThousands(perUnit, 2), limit: groupThousands(rule.max) } });
    }
  }
}
