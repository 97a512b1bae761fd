// Reads one cell of a count, money, date or links column into its value, drafting the problems the cell alone shows.

import { type CellValue, cellText } from '../cell';
import type { ColumnSpec } from '../form/types';
import { formatSatang, groupThousands } from '../format/number';
import type { Text } from '../messages/text';
import {
  type CalendarDay,
  compareDate,
  type ParsedDateValue,
  parseDate,
  THAI_MONTHS,
  thaiDateOrMonthLong,
} from '../normalise/dates';
import type { LinkProblem, LinkProblemCode, LinkSink, Platform } from '../normalise/links';
import { digitsValue, parseNumber, toSatang, unitWords } from '../normalise/numbers';
import type { EntryTable } from './entryTable';
import type { ProblemDraft } from './problemDrafts';
import type { Located } from './sheetColumns';

/** The cell as shown in a message, made only when there is a problem to tell. */
function shown(value: CellValue): string {
  return cellText(value).trim();
}

export function readNumber(col: Located, value: CellValue, found: ProblemDraft[]): number | null {
  // most cells are whole numbers already, or plain digits in a CSV: the same result as parsing them, without the parse
  const whole = typeof value === 'string' ? digitsValue(value) : typeof value === 'number' && value > 0 ? value : -1;
  if (whole >= 0 && Number.isInteger(whole) && Number.isSafeInteger(whole * 100))
    return checkedAmount(col, whole, col.type === 'money' ? whole * 100 : whole, found);
  return readParsedNumber(col, value, found);
}

/** Each column's own units (see unitWords), worked out once per declaration. */
const columnUnits = new WeakMap<ColumnSpec, readonly string[]>();

function unitsOf(spec: ColumnSpec): readonly string[] {
  let units = columnUnits.get(spec);
  if (units === undefined) {
    units = unitWords(spec.unit?.th);
    columnUnits.set(spec, units);
  }
  return units;
}

/** readNumber by the full parse, whatever the cell: the reference its shortcut for whole numbers is tested against. */
export function readParsedNumber(col: Located, value: CellValue, found: ProblemDraft[]): number | null {
  const parsed = parseNumber(value, unitsOf(col.spec));
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

/** The date, with a warning when it is before the activity started (`start`) or after `today`. */
export function readDate(
  col: Located,
  value: CellValue,
  start: CalendarDay,
  today: CalendarDay,
  found: ProblemDraft[],
): ParsedDateValue | null {
  const parsed = parseDate(value);
  if (parsed.kind === 'blank') return null;
  if (parsed.kind === 'invalid') {
    found.push({ code: 'DATE_INVALID', col, params: { value: cellText(value).trim() } });
    return null;
  }
  if (parsed.buddhistDateCell) found.push({ code: 'DATE_BUDDHIST_YEAR', col, params: { date: dateText(parsed) } });
  // a month-only date is in range when any of its days is
  const before =
    compareDate(parsed.day === null ? { year: parsed.year, month: parsed.month, day: 31 } : parsed, start) < 0;
  const after =
    compareDate(parsed, today) > 0 &&
    !(parsed.day === null && parsed.year === today.year && parsed.month === today.month);
  if (before || after)
    found.push({ code: 'DATE_OUT_OF_RANGE', col, params: { date: dateText(parsed), from: dateText(start) } });
  return parsed;
}

function dateText(d: { readonly year: number; readonly month: number; readonly day: number | null }): Text {
  const month = THAI_MONTHS[d.month - 1].en;
  return { th: thaiDateOrMonthLong(d), en: d.day === null ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}` };
}

/**
 * The links cell of the row being read: its links go into the table as they are found; what is wrong with them waits
 * until the row's other cells are read, as its problems come after theirs.
 */
export class LinkCell implements LinkSink {
  problems: LinkProblem[] = [];
  /** the urls of links on no platform the form knows */
  unknownPlatform: string[] = [];

  constructor(private readonly table: EntryTable) {}

  /** Ready for the next row. */
  clear(): void {
    if (this.problems.length > 0) this.problems = [];
    if (this.unknownPlatform.length > 0) this.unknownPlatform = [];
  }

  link(raw: string, url: string, platform: Platform, keySource: string, keyFrom: number, keyTo: number): void {
    this.table.addLink(raw, url, platform, keySource, keyFrom, keyTo);
    if (platform === 'other') this.unknownPlatform.push(url);
  }

  problem(code: LinkProblemCode, token: string): void {
    this.problems.push({ code, token });
  }
}

/** The problems of the row's links that the cell alone shows; links reported twice are found once the sheet is read. */
export function readLinks(col: Located, cell: LinkCell, found: ProblemDraft[]): void {
  for (const p of cell.problems) found.push({ code: p.code, col, params: { value: p.token }, value: p.token });
  for (const url of cell.unknownPlatform)
    found.push({ code: 'LINK_UNKNOWN_PLATFORM', col, params: { value: url }, value: url });
}
