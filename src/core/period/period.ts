// Reporting periods: the Thai fiscal year (ปีงบประมาณ, 1 Oct – 30 Sep, named by the B.E. year it ends in),
// its quarters counted from October, and calendar months; how people type them, their ranges, names and keys.

import { periodMessages } from '../messages/period';
import type { Text } from '../messages/text';
import { BE_OFFSET, BE_THRESHOLD, compareDate, daysInMonth, THAI_MONTHS, thaiDateShort } from '../normalise/dates';
import { normaliseText } from '../normalise/text';
import { toArabicDigits } from '../normalise/thaiDigits';

export type Period =
  | { readonly kind: 'fiscalYear'; readonly fiscalYear: number } // B.E.
  | { readonly kind: 'quarter'; readonly fiscalYear: number; readonly quarter: 1 | 2 | 3 | 4 }
  | { readonly kind: 'month'; readonly year: number; readonly month: number }; // CE year

export type PeriodParse =
  | { readonly ok: true; readonly period: Period }
  | { readonly ok: false; readonly message: Text };

/** A calendar day, CE. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** First and last day of a period, both inclusive. */
export interface PeriodRange {
  readonly start: Day;
  readonly end: Day;
}

const FIRST_FISCAL_MONTH = 10;
const MIN_YEAR = 1000; // `0968` is a typo, not a year; the date normaliser draws the same line
const MAX_TEXT = 64; // nothing longer is a period; also bounds the regex work on pasted paragraphs

// A fiscal year is four digits, optionally after its name (ปีงบประมาณ / ปีงบ / FY) and a พ.ศ. marker.
const FY = '(?:(?:ปีงบประมาณ|ปีงบ\\.?|fy)[ -]?(?:พ\\.? ?ศ\\.? ?)?)?(\\d{4})';
const QUARTER = '(?:q|ไตรมาส(?: ?ที่)?) ?([1-4])';
const FISCAL_YEAR = new RegExp(`^${FY}$`);
const QUARTER_AFTER_YEAR = new RegExp(`^${FY} ?(?:[-/] ?)?${QUARTER}$`);
// Without a separator the quarter digit must be followed by a word (ไตรมาส 2 ปีงบประมาณ), so `Q22569` is refused.
const QUARTER_BEFORE_YEAR = new RegExp(`^${QUARTER}(?: ?[-/] ?| |(?=\\D))${FY}$`);
const YEAR_MONTH = /^(\d{4}) ?[-/] ?(\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2}) ?[-/] ?(\d{4})$/;
// The month is lazily matched so that a following พ.ศ. is not swallowed into it.
const WORD_MONTH_YEAR =
  /^(?:เดือน ?)?([\u0E01-\u0E4Ea-z][\u0E01-\u0E4Ea-z. ]*?) ?(?:(พ\.? ?ศ\.?|ค\.? ?ศ\.?) ?)?(\d{4})$/;
const MONTH_PUNCTUATION = /[. ]/g;
// Dashes pasted from word processors look like `-` and mean it.
const DASHES = /[\u2010-\u2015\u2212]/g;

// Keys are month words with dots and spaces removed, lower case; all spellings come from THAI_MONTHS.
const MONTH_WORDS: { [word: string]: number } = {};
THAI_MONTHS.forEach((m, i) => {
  MONTH_WORDS[m.full] = i + 1;
  MONTH_WORDS[m.abbr.replace(MONTH_PUNCTUATION, '')] = i + 1;
  MONTH_WORDS[m.en.toLowerCase()] = i + 1;
  MONTH_WORDS[m.en.slice(0, 3).toLowerCase()] = i + 1;
});
MONTH_WORDS.sept = 9;

export function parsePeriod(text: string): PeriodParse {
  const shown = normaliseText(text);
  const s = toArabicDigits(shown).replace(DASHES, '-').toLowerCase();
  const unreadable: PeriodParse = { ok: false, message: periodMessages.unreadable(shown) };
  if (s.length > MAX_TEXT) return unreadable;

  let m = FISCAL_YEAR.exec(s);
  if (m !== null) return fiscal(shown, m[1], (fiscalYear) => ({ kind: 'fiscalYear', fiscalYear }));
  m = QUARTER_AFTER_YEAR.exec(s);
  if (m !== null) return quarterOf(shown, m[1], m[2]);
  m = QUARTER_BEFORE_YEAR.exec(s);
  if (m !== null) return quarterOf(shown, m[2], m[1]);

  m = YEAR_MONTH.exec(s);
  if (m !== null) return monthOf(m[1], undefined, Number(m[2])) ?? unreadable;
  m = MONTH_YEAR.exec(s);
  if (m !== null) return monthOf(m[2], undefined, Number(m[1])) ?? unreadable;
  m = WORD_MONTH_YEAR.exec(s);
  if (m !== null) {
    const month = MONTH_WORDS[m[1].replace(MONTH_PUNCTUATION, '')];
    if (month !== undefined) return monthOf(m[3], m[2], month) ?? unreadable;
  }
  return unreadable;
}

export function periodRange(p: Period): PeriodRange {
  switch (p.kind) {
    case 'fiscalYear': {
      const endYear = p.fiscalYear - BE_OFFSET;
      return {
        start: { year: endYear - 1, month: FIRST_FISCAL_MONTH, day: 1 },
        end: { year: endYear, month: 9, day: 30 },
      };
    }
    case 'quarter': {
      const { year, month } = quarterStart(p.fiscalYear, p.quarter);
      return { start: { year, month, day: 1 }, end: { year, month: month + 2, day: daysInMonth(year, month + 2) } };
    }
    case 'month':
      return {
        start: { year: p.year, month: p.month, day: 1 },
        end: { year: p.year, month: p.month, day: daysInMonth(p.year, p.month) },
      };
  }
}

/** Month-only dates (day null) belong to a period when their month is inside it. */
export function periodContains(p: Period, d: { year: number; month: number; day: number | null }): boolean {
  // Every period starts on a 1st and ends on a month's last day, so comparing a month-only date as its
  // first day (what compareDate does) puts it inside exactly when its whole month is.
  const { start, end } = periodRange(p);
  return compareDate(start, d) <= 0 && compareDate(d, end) <= 0;
}

export function periodLabel(p: Period): Text {
  switch (p.kind) {
    case 'fiscalYear': {
      const { start, end } = periodRange(p);
      return periodMessages.fiscalYearLabel(p.fiscalYear, dayText(start), dayText(end));
    }
    case 'quarter': {
      const { year, month } = quarterStart(p.fiscalYear, p.quarter);
      const { quarter, fiscalYear } = p;
      return periodMessages.quarterLabel(quarter, fiscalYear, monthAbbr(month), monthAbbr(month + 2), yearText(year));
    }
    case 'month': {
      const m = THAI_MONTHS[p.month - 1];
      return periodMessages.monthLabel({ th: m.full, en: m.en }, yearText(p.year));
    }
  }
}

/** Canonical text that parsePeriod reads back: '2569', '2569-Q2', '2025-10' (months with the CE year). */
export function periodKey(p: Period): string {
  switch (p.kind) {
    case 'fiscalYear':
      return String(p.fiscalYear);
    case 'quarter':
      return `${p.fiscalYear}-Q${p.quarter}`;
    case 'month':
      return `${pad(p.year, 4)}-${pad(p.month, 2)}`;
  }
}

/** B.E. fiscal year of a CE date. */
export function fiscalYearOf(d: { year: number; month: number }): number {
  return d.year + BE_OFFSET + (d.month >= FIRST_FISCAL_MONTH ? 1 : 0);
}

export function fiscalQuarterOf(d: { year: number; month: number }): 1 | 2 | 3 | 4 {
  // Months since October, 0-11, in threes.
  return (Math.floor(((d.month - FIRST_FISCAL_MONTH + 12) % 12) / 3) + 1) as 1 | 2 | 3 | 4;
}

/** The fiscal year containing today. */
export function currentFiscalYear(today: Day): Period {
  return { kind: 'fiscalYear', fiscalYear: fiscalYearOf(today) };
}

/** A fiscal year must be B.E.; a CE-looking year gets its own message because it is an easy, fixable slip. */
function fiscal(shown: string, digits: string, make: (fiscalYear: number) => Period): PeriodParse {
  const year = Number(digits);
  if (year < MIN_YEAR) return { ok: false, message: periodMessages.unreadable(shown) };
  if (year < BE_THRESHOLD) {
    return { ok: false, message: periodMessages.fiscalYearNotBuddhist(shown, year, year + BE_OFFSET) };
  }
  return { ok: true, period: make(year) };
}

function quarterOf(shown: string, yearDigits: string, quarterDigit: string): PeriodParse {
  const quarter = Number(quarterDigit) as 1 | 2 | 3 | 4; // the patterns only match 1-4
  return fiscal(shown, yearDigits, (fiscalYear) => ({ kind: 'quarter', fiscalYear, quarter }));
}

/** null when the month or year cannot be one; a year ≥ 2400 is B.E. unless ค.ศ. says otherwise. */
function monthOf(digits: string, era: string | undefined, month: number): PeriodParse | null {
  const n = Number(digits);
  if (n < MIN_YEAR || month < 1 || month > 12) return null;
  if (era !== undefined) {
    const buddhistEra = era.charCodeAt(0) === 0x0e1e; // พ
    if (buddhistEra !== n >= BE_THRESHOLD) return null; // พ.ศ. 2025 and ค.ศ. 2568 contradict themselves
  }
  const year = n >= BE_THRESHOLD ? n - BE_OFFSET : n;
  return { ok: true, period: { kind: 'month', year, month } };
}

/** CE year and month of a quarter's first month. */
function quarterStart(fiscalYear: number, quarter: 1 | 2 | 3 | 4): { year: number; month: number } {
  const endYear = fiscalYear - BE_OFFSET;
  return quarter === 1 ? { year: endYear - 1, month: FIRST_FISCAL_MONTH } : { year: endYear, month: quarter * 3 - 5 };
}

function dayText(d: Day): Text {
  return { th: thaiDateShort(d), en: `${d.day} ${THAI_MONTHS[d.month - 1].en.slice(0, 3)} ${d.year}` };
}

function monthAbbr(month: number): Text {
  const m = THAI_MONTHS[month - 1];
  return { th: m.abbr, en: m.en.slice(0, 3) };
}

function yearText(ceYear: number): Text {
  return { th: String(ceYear + BE_OFFSET), en: String(ceYear) };
}

function pad(n: number, width: number): string {
  let s = String(n);
  while (s.length < width) s = `0${s}`;
  return s;
}
