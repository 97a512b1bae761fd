// Reads dates the way Thai officers write them (`1/10/2568`, `15 ต.ค. 68`, serials, B.E. years typed into
// date cells) into Gregorian calendar parts, and prints them back in Thai official style.

import type { CellValue } from '../cell';
import { remember } from '../remember';
import { normaliseText } from './text';
import { toArabicDigits } from './thaiDigits';

/** A day of the Gregorian calendar, as the checks' "today" and a form's first day are given. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface ParsedDateValue {
  readonly kind: 'date';
  readonly year: number;
  readonly month: number;
  readonly day: number | null;
  readonly buddhistDateCell: boolean;
}
export type ParsedDate = { readonly kind: 'blank' } | { readonly kind: 'invalid' } | ParsedDateValue;

export const THAI_MONTHS: readonly { readonly full: string; readonly abbr: string; readonly en: string }[] = [
  { full: 'มกราคม', abbr: 'ม.ค.', en: 'January' },
  { full: 'กุมภาพันธ์', abbr: 'ก.พ.', en: 'February' },
  { full: 'มีนาคม', abbr: 'มี.ค.', en: 'March' },
  { full: 'เมษายน', abbr: 'เม.ย.', en: 'April' },
  { full: 'พฤษภาคม', abbr: 'พ.ค.', en: 'May' },
  { full: 'มิถุนายน', abbr: 'มิ.ย.', en: 'June' },
  { full: 'กรกฎาคม', abbr: 'ก.ค.', en: 'July' },
  { full: 'สิงหาคม', abbr: 'ส.ค.', en: 'August' },
  { full: 'กันยายน', abbr: 'ก.ย.', en: 'September' },
  { full: 'ตุลาคม', abbr: 'ต.ค.', en: 'October' },
  { full: 'พฤศจิกายน', abbr: 'พ.ย.', en: 'November' },
  { full: 'ธันวาคม', abbr: 'ธ.ค.', en: 'December' },
];

/** Buddhist era year = Christian era year + BE_OFFSET. */
export const BE_OFFSET = 543;
/** A year typed at or above this is B.E.: no CE date in this work is near 2400, every B.E. year in use is far above it. */
export const BE_THRESHOLD = 2400;
// 1899-12-30 is serial 0 in Sheets and Excel; 2958465 is 9999-12-31, the last date either accepts.
const MAX_SERIAL = 2958465;
const SERIAL_TO_MARCH_0000 = 719468 - 25569; // days from 0000-03-01 to 1970-01-01, minus 1970-01-01's serial
const MAX_TEXT = 64; // nothing longer is a date; also bounds the regex work on pasted paragraphs

const BLANK: ParsedDate = { kind: 'blank' };
const INVALID: ParsedDate = { kind: 'invalid' };

const TIME = '(?:\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?: ?[ap]m)?(?:z|[+-]\\d{2}:?\\d{2})?)';
// Day first, always: Thai forms never put the month first, so 1/10 is 1 October.
const DMY = new RegExp(`^(\\d{1,2}) ?([/.-]) ?(\\d{1,2}) ?\\2 ?(\\d{4}|\\d{2})(?: ${TIME})?$`, 'i');
const ISO = new RegExp(`^(\\d{4})-(\\d{1,2})(?:-(\\d{1,2})(?:[t ]${TIME})?)?$`, 'i');
// Month-only needs a 4-digit year, or fractions and ratios like 3/25 would read as dates.
const MONTH_YEAR = /^(\d{1,2}) ?[/-] ?(\d{4})$/;
const PREFIX =
  '(?:ณ ?)?(?:วัน(?:อาทิตย์|จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์)?(?: ?ที่)? ?)?' +
  '(?:(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*\\.?,? )?';
// The month is lazily matched so that a following พ.ศ. is not swallowed into it.
const DAY_MONTH_YEAR = new RegExp(
  `^${PREFIX}(?:(\\d{1,2})[ /-]?)?([\\u0E01-\\u0E4Ea-z][\\u0E01-\\u0E4Ea-z. ]*?)[ /-]?(?:(พ\\.? ?ศ\\.?|ค\\.? ?ศ\\.?) ?)?(\\d{4}|\\d{2})$`,
);
const MONTH_DAY_YEAR = new RegExp(`^${PREFIX}([a-z]+\\.?) (\\d{1,2}),? (\\d{4})$`);
const MONTH_PUNCTUATION = /[. ]/g;
const BLANK_TEXT = /^[\s\u00A0\u200B-\u200D\uFEFF]*$/;
const NEEDS_NORMALISING = /[^\S ]| {2}|[\u200B-\u200D]/; // any space but a single ASCII one, or zero-width
const THAI_DIGIT = /[\u0E50-\u0E59]/;

// Keys are month words with dots and spaces removed, lower case; no prototype, so `constructor` is not a month.
const MONTH_WORDS: { [word: string]: { month: number; english: boolean } | undefined } = Object.create(null);
const THAI_SHORT = ['มกรา', 'กุมภา', 'มีนา', 'เมษา', 'พฤษภา', 'มิถุนา', 'กรกฎา', 'สิงหา', 'กันยา', 'ตุลา', 'พฤศจิกา', 'ธันวา'];
THAI_MONTHS.forEach((m, i) => {
  const thai = { month: i + 1, english: false };
  const english = { month: i + 1, english: true };
  MONTH_WORDS[m.full] = thai;
  MONTH_WORDS[m.abbr.replace(MONTH_PUNCTUATION, '')] = thai;
  MONTH_WORDS[THAI_SHORT[i]] = thai; // spoken short forms, common in chat-style entries: `ตุลา 68`
  MONTH_WORDS[m.en.toLowerCase()] = english;
  MONTH_WORDS[m.en.slice(0, 3).toLowerCase()] = english;
});
// ฏ for ฎ is the most frequent misspelling of July.
const MISSPELT: [typed: string, meant: string][] = [
  ['กรกฏาคม', 'กรกฎาคม'],
  ['กรกฏา', 'กรกฎาคม'],
  ['sept', 'september'],
];
for (const [typed, meant] of MISSPELT) MONTH_WORDS[typed] = MONTH_WORDS[meant];

export function parseDate(cell: CellValue): ParsedDate {
  try {
    if (cell === null) return BLANK;
    if (typeof cell === 'string') return fromText(cell);
    if (typeof cell === 'number') return fromSerial(cell);
    if (typeof cell === 'boolean') return INVALID;
    if (cell.year >= BE_THRESHOLD) return make(cell.year - BE_OFFSET, cell.month, cell.day, true);
    return make(cell.year, cell.month, cell.day, false);
  } catch {
    return INVALID;
  }
}

/** 'yyyy-mm-dd', or 'yyyy-mm' when day is null */
export function isoDate(d: { year: number; month: number; day: number | null }): string {
  const ym = `${pad(d.year, 4)}-${pad(d.month, 2)}`;
  return d.day === null ? ym : `${ym}-${pad(d.day, 2)}`;
}

/** Month-only dates compare as their first day. */
export function compareDate(
  a: { year: number; month: number; day: number | null },
  b: { year: number; month: number; day: number | null },
): number {
  return a.year - b.year || a.month - b.month || (a.day ?? 1) - (b.day ?? 1);
}

/** '21 พฤศจิกายน 2569' */
export function thaiDateLong(d: { year: number; month: number; day: number }): string {
  return `${d.day} ${THAI_MONTHS[d.month - 1].full} ${d.year + BE_OFFSET}`;
}

/** '21 พฤศจิกายน 2569', or 'พฤศจิกายน 2569' for a month-only date */
export function thaiDateOrMonthLong(d: { year: number; month: number; day: number | null }): string {
  return d.day === null
    ? `${THAI_MONTHS[d.month - 1].full} ${d.year + BE_OFFSET}`
    : thaiDateLong({ year: d.year, month: d.month, day: d.day });
}

/** 'พ.ย. 2569' */
export function thaiMonthShort(d: { year: number; month: number }): string {
  return `${THAI_MONTHS[d.month - 1].abbr} ${d.year + BE_OFFSET}`;
}

/** '21 พ.ย. 2569' */
export function thaiDateShort(d: { year: number; month: number; day: number }): string {
  return `${d.day} ${THAI_MONTHS[d.month - 1].abbr} ${d.year + BE_OFFSET}`;
}

function fromSerial(serial: number): ParsedDate {
  if (!(serial >= 1 && serial < MAX_SERIAL + 1)) return INVALID; // also rejects NaN
  // Civil-from-days (H. Hinnant) in integer arithmetic: no Date, so no time zone can shift the day.
  const z = Math.floor(serial) + SERIAL_TO_MARCH_0000;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  // Excel stores a typed 1/10/2568 as the serial of 2568 CE.
  if (year >= BE_THRESHOLD) return make(year - BE_OFFSET, month, day, true);
  return make(year, month, day, false);
}

// A sheet types its few hundred distinct dates over and over: what a text reads as is remembered.
const readTexts = new Map<string, ParsedDate>();

function fromText(raw: string): ParsedDate {
  const known = readTexts.get(raw);
  if (known !== undefined) return known;
  const parsed = fromUnseenText(raw);
  return raw.length <= MAX_TEXT ? remember(readTexts, REMEMBER_AT_MOST, raw, parsed) : parsed;
}

function fromUnseenText(raw: string): ParsedDate {
  // Plain ASCII dates, by far the most common text, are tried before any normalisation.
  const direct = fromNumericText(raw);
  if (direct !== null) return direct;
  if (BLANK_TEXT.test(raw)) return BLANK;
  // Full text normalisation costs more than the parse, and only spacing and zero-width
  // characters matter in a date, so it runs only when those are present.
  let s = NEEDS_NORMALISING.test(raw) ? normaliseText(raw) : raw.trim();
  if (s.length > MAX_TEXT) return INVALID;
  if (THAI_DIGIT.test(s)) s = toArabicDigits(s);
  // Unchanged text already failed the numeric patterns above (they ignore case).
  const numeric = s !== raw ? fromNumericText(s) : null;
  return numeric ?? fromWords(s.toLowerCase()) ?? INVALID;
}

/** null when no numeric pattern matches, so the caller can try others. */
function fromNumericText(s: string): ParsedDate | null {
  let m = DMY.exec(s);
  if (m !== null) return make(resolveYear(m[4], undefined, false), Number(m[3]), Number(m[1]), false);
  m = ISO.exec(s);
  if (m !== null) {
    return make(resolveYear(m[1], undefined, false), Number(m[2]), m[3] === undefined ? null : Number(m[3]), false);
  }
  m = MONTH_YEAR.exec(s);
  if (m !== null) return make(resolveYear(m[2], undefined, false), Number(m[1]), null, false);
  return null;
}

function fromWords(s: string): ParsedDate | null {
  let m = DAY_MONTH_YEAR.exec(s);
  if (m !== null) {
    const word = MONTH_WORDS[m[2].replace(MONTH_PUNCTUATION, '')];
    if (word === undefined) return INVALID;
    const day = m[1] === undefined ? null : Number(m[1]);
    return make(resolveYear(m[4], m[3], word.english), word.month, day, false);
  }
  m = MONTH_DAY_YEAR.exec(s);
  if (m !== null) {
    const word = MONTH_WORDS[m[1].replace(MONTH_PUNCTUATION, '')];
    if (word === undefined || !word.english) return INVALID;
    return make(resolveYear(m[3], undefined, true), word.month, Number(m[2]), false);
  }
  return null;
}

/** Gregorian year for the digits as written, NaN when they cannot be a year. */
function resolveYear(digits: string, era: string | undefined, englishMonth: boolean): number {
  const n = Number(digits);
  const buddhistEra = era !== undefined && era.charCodeAt(0) === 0x0e1e; // พ
  const christianEra = era !== undefined && !buddhistEra;
  if (digits.length === 2) {
    // Two-digit years are B.E. (`ต.ค. 68`); with an English month or ค.ศ. they would mean 20yy, so refuse to guess.
    return englishMonth || christianEra ? NaN : 2500 + n - BE_OFFSET;
  }
  if (n < 1000) return NaN;
  if (buddhistEra) return n >= BE_THRESHOLD ? n - BE_OFFSET : NaN;
  if (christianEra) return n < BE_THRESHOLD ? n : NaN;
  return n >= BE_THRESHOLD ? n - BE_OFFSET : n;
}

// A sheet has a few hundred distinct dates over many thousand rows: one shared (read-only) value per date.
const madeDates = new Map<number, ParsedDateValue>();
const REMEMBER_AT_MOST = 10_000;

function make(year: number, month: number, day: number | null, buddhistDateCell: boolean): ParsedDate {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) return INVALID;
  if (day !== null && (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month))) return INVALID;
  const key = ((year * 13 + month) * 32 + (day ?? 0)) * 2 + (buddhistDateCell ? 1 : 0);
  return (
    madeDates.get(key) ??
    remember(madeDates, REMEMBER_AT_MOST, key, { kind: 'date', year, month, day, buddhistDateCell })
  );
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(n: number, width: number): string {
  let s = String(n);
  while (s.length < width) s = `0${s}`;
  return s;
}
