// Reads amounts and counts the way Thai officers type them (`1,500 บาท`, `฿1,500.-`, `๑๒`, `-` for nil)
// into exact numbers, and converts baht to integer satang so money sums never drift.

import type { CellValue } from '../cell';
import { normaliseText } from './text';
import { toArabicDigits } from './thaiDigits';

export type ParsedNumber =
  | { readonly kind: 'blank' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'number'; readonly value: number; readonly decimals: number; readonly negative: boolean };

const BLANK: ParsedNumber = { kind: 'blank' };
const INVALID: ParsedNumber = { kind: 'invalid' };
const ZERO: ParsedNumber = { kind: 'number', value: 0, decimals: 0, negative: false };

// Most text cells that hold numbers are plain or comma-grouped digits (CSV imports, cells formatted
// as text): they skip normalisation entirely.
const PLAIN = /^(\d+)(?:\.(\d+))?$/;
const PLAIN_GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/;
const BLANK_TEXT = /^[\s\u00A0\u200B-\u200D\uFEFF]*$/;
const NEEDS_NORMALISING = /[^\S ]| {2}|[\u200B-\u200D]/; // any space but a single ASCII one, or zero-width
const THAI_DIGIT = /[\u0E50-\u0E59]/;
// `รายการ` before `ราย` is not needed for correctness (the `$` anchor decides) but reads as intended.
const UNIT_SUFFIX = / ?(?:บาท|ครั้ง|คน|รายการ|ราย)$/;
const LONE_DASH = /^[-\u2212\u2013\u2014]$/;
// Thousands groups must be complete groups of three, or `1,50` (a typo for 1.50 or 150) would pass silently.
const GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d*)?$/;
const COMMAS = /,/g;
// Exponent form is accepted because Sheets itself turns a typed `1e5` into a number, and because
// String(n) writes very large and very small numbers that way.
const DECIMAL = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$/;
const TRAILING_ZEROS = /0+$/;
const ASCII_MINUS = 45; // '-'
const UNICODE_MINUS = 0x2212;
const PLUS = 43;
const BAHT_SIGN = '\u0E3F';

const NO_UNITS: readonly string[] = [];
// a declared unit may list several words: กลุ่ม/ราย/ชุมชน, ผลิตภัณฑ์หรือชุมชน
const UNIT_WORD_SEPARATORS = /\/|หรือ/;

/**
 * The words a count or amount of `unit` may be typed with after the number: the whole unit and each of its words,
 * longest first, so `2 ผลิตภัณฑ์หรือชุมชน` loses the whole unit and not only its last word.
 */
export function unitWords(unit: string | undefined): readonly string[] {
  if (unit === undefined) return NO_UNITS;
  const words = [unit, ...unit.split(UNIT_WORD_SEPARATORS)].map((w) => normaliseText(w).trim()).filter((w) => w !== '');
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/** The number in a cell; `units` (see unitWords) are the column's own units, understood after the number as well. */
export function parseNumber(cell: CellValue, units: readonly string[] = NO_UNITS): ParsedNumber {
  try {
    if (cell === null) return BLANK;
    if (typeof cell === 'number') return fromNumber(cell);
    if (typeof cell === 'string') return fromText(cell, units);
    return INVALID; // booleans and dates are never amounts, even though Sheets can coerce them
  } catch {
    return INVALID;
  }
}

/** The value of text that is ASCII digits only, at most 15 of them so the value is exact; -1 for any other text. */
export function digitsValue(text: string): number {
  if (text.length === 0 || text.length > 15) return -1;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** exact integer satang for a parsed number with ≤ 2 decimals; null when it has more decimals */
export function toSatang(n: { value: number; decimals: number }): number | null {
  if (n.decimals > 2 || !Number.isFinite(n.value)) return null;
  // value*100 is within a few ulps of an integer for ≤ 2 decimals, so rounding recovers it exactly;
  // rounding the magnitude keeps negatives symmetric (Math.round(-0.5) would be -0).
  const satang = n.value < 0 ? -Math.round(-n.value * 100) : Math.round(n.value * 100);
  if (!Number.isSafeInteger(satang)) return null; // beyond 2^53 satang an integer is no longer exact
  return satang === 0 ? 0 : satang;
}

/** satang → baht as a JS number with ≤2 decimals (e.g. 150025 → 1500.25), for JSON */
export function formatBaht(satang: number): number {
  // Division is correctly rounded, so the result is the double nearest to the decimal baht amount
  // and String() of it prints at most two decimals.
  const baht = satang / 100;
  return baht === 0 ? 0 : baht;
}

function fromNumber(value: number): ParsedNumber {
  if (!Number.isFinite(value)) return INVALID;
  if (value === 0) return ZERO; // also folds -0
  return { kind: 'number', value, decimals: decimalsOfNumber(value), negative: value < 0 };
}

/** Digits after the point in the shortest decimal form of a double (what String() prints). */
function decimalsOfNumber(value: number): number {
  if (Number.isInteger(value)) return 0;
  const text = String(value < 0 ? -value : value);
  const e = text.indexOf('e');
  if (e < 0) return text.length - text.indexOf('.') - 1;
  const dot = text.indexOf('.');
  const fraction = dot < 0 ? 0 : e - dot - 1;
  return Math.max(0, fraction - Number(text.slice(e + 1)));
}

function fromText(raw: string, units: readonly string[]): ParsedNumber {
  const plain = PLAIN.exec(raw);
  if (plain !== null) return fromParts(raw, plain[1], plain[2], undefined, false);
  if (PLAIN_GROUPED.test(raw)) {
    const s = raw.replace(COMMAS, '');
    const m = PLAIN.exec(s);
    if (m !== null) return fromParts(s, m[1], m[2], undefined, false);
  }
  if (BLANK_TEXT.test(raw)) return BLANK;
  // Full text normalisation costs more than the rest of the parse, and only spacing and
  // zero-width characters matter in a number, so it runs only when those are present.
  let s = NEEDS_NORMALISING.test(raw) ? normaliseText(raw) : raw.trim();
  if (THAI_DIGIT.test(s)) s = toArabicDigits(s);
  return fromMessyText(s, units);
}

function fromMessyText(text: string, units: readonly string[]): ParsedNumber {
  let s = text;
  // search gives the position without building a match
  const unit = s.search(UNIT_SUFFIX);
  if (unit >= 0) s = s.slice(0, unit);
  else if (units.length > 0) s = withoutUnit(s, units);
  // `1,500.-` is how whole baht are written on Thai forms and cheques.
  let wholeOnly = false;
  if (s.endsWith('.-')) {
    wholeOnly = true;
    s = s.slice(0, -2);
  }
  const sawBaht = s.startsWith(BAHT_SIGN);
  if (sawBaht) s = stripBaht(s);
  if (LONE_DASH.test(s)) return ZERO;

  // A sign may come before or after ฿ (`-฿500`, `฿-500`), but never together with parentheses.
  let negative = false;
  const c = s.charCodeAt(0);
  if (c === ASCII_MINUS || c === UNICODE_MINUS || c === PLUS) {
    negative = c !== PLUS;
    s = s.slice(1);
    if (!sawBaht && s.startsWith(BAHT_SIGN)) s = stripBaht(s);
  } else if (c === 40 /* ( */ && s.charCodeAt(s.length - 1) === 41 /* ) */) {
    // Accounting style: (500) is a negative amount.
    negative = true;
    s = s.slice(1, -1);
    if (!sawBaht && s.startsWith(BAHT_SIGN)) s = stripBaht(s);
  }
  if (s.indexOf(',') >= 0) {
    if (!GROUPED.test(s)) return INVALID;
    s = s.replace(COMMAS, '');
  }
  const m = DECIMAL.exec(s);
  if (m === null) return INVALID;
  if (wholeOnly && (m[2] !== undefined || m[3] !== undefined)) return INVALID;
  return fromParts(s, m[1], m[2], m[3], negative);
}

/** The text without the first of `units` it ends with, and the one space before it. */
function withoutUnit(s: string, units: readonly string[]): string {
  for (const unit of units) {
    if (s.length > unit.length && s.endsWith(unit)) {
      const end = s.length - unit.length;
      return s.charCodeAt(end - 1) === 32 ? s.slice(0, end - 1) : s.slice(0, end);
    }
  }
  return s;
}

function stripBaht(s: string): string {
  return s.charCodeAt(1) === 32 ? s.slice(2) : s.slice(1);
}

function fromParts(
  text: string,
  whole: string,
  fraction: string | undefined,
  exponent: string | undefined,
  negative: boolean,
): ParsedNumber {
  if (whole.length === 0 && (fraction === undefined || fraction.length === 0)) return INVALID; // `.`, `e5`, ''
  const magnitude = parseFloat(text);
  if (!Number.isFinite(magnitude)) return INVALID;
  if (magnitude === 0) return ZERO;
  // Trailing zeros are not precision a person asked for: `30.00 คน` is a whole count and `1.500` has 1 decimal.
  let decimals = fraction === undefined ? 0 : fraction.replace(TRAILING_ZEROS, '').length;
  if (exponent !== undefined) {
    if (decimals === 0) decimals = -(whole.length - whole.replace(TRAILING_ZEROS, '').length);
    decimals = Math.max(0, decimals - Number(exponent));
  }
  return { kind: 'number', value: negative ? -magnitude : magnitude, decimals, negative };
}
