// Cell values as the twin stores them, and what Sheets makes of a value written with setValues: formulas, text
// escaped with a leading apostrophe, number-like and TRUE/FALSE text, Dates (from any realm), null.

export type Cell = string | number | boolean | Date;

export function isDate(v: unknown): v is Date {
  return typeof v === 'object' && v !== null && Object.prototype.toString.call(v) === '[object Date]';
}

export function isFormula(v: unknown): v is string {
  return typeof v === 'string' && v.length > 1 && v.charCodeAt(0) === 61; // '='
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const PERCENT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)%$/;

/** A non-formula value written by a script, as the cell then holds it. */
export function fromScript(v: unknown, parseText: boolean): Cell {
  if (typeof v === 'string') {
    if (v.length === 0) return v;
    const c = v.charCodeAt(0);
    if (c === 39) return v.slice(1); // "'…" is text, the apostrophe is not part of the value
    if (!parseText) return v;
    if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
      if (NUMBER.test(v)) return Number(v);
      if (GROUPED.test(v)) return Number(v.replace(/,/g, ''));
      if (PERCENT.test(v)) return Number(v.slice(0, -1)) / 100;
      return v;
    }
    if (v.length === 4 || v.length === 5) {
      const u = v.toUpperCase();
      if (u === 'TRUE') return true;
      if (u === 'FALSE') return false;
    }
    return v;
  }
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (v === null || v === undefined) return '';
  if (isDate(v)) return new Date(v.getTime());
  return String(v);
}

/** A value placed as-is (twin seeding): Dates are copied, null and undefined are empty. */
export function fromSeed(v: unknown): Cell {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v === null || v === undefined) return '';
  if (isDate(v)) return new Date(v.getTime());
  return String(v);
}

const HYPERLINK = /^=\s*HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)\s*$/i;

/** The value a formula shows: the label of =HYPERLINK("url","label") (or its url), '' for anything else. */
export function formulaValue(formula: string): Cell {
  const m = HYPERLINK.exec(formula);
  if (!m) return '';
  return (m[2] ?? m[1]).replace(/""/g, '"');
}

export function normaliseColor(color: string | null | undefined): string {
  if (color === null || color === undefined || color === '') return '#ffffff';
  const c = color.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return Object.prototype.hasOwnProperty.call(NAMED, c) ? NAMED[c] : c;
}

const NAMED: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
};
