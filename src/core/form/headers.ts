// Finds the header of a report sheet below its title lines: one row, or two where a merged group title sits above sub-headers.

import { type CellValue, cellText } from '../cell';
import { formMessages } from '../messages/form';
import type { Text } from '../messages/text';
import { normaliseText } from '../normalise/text';
import type { FormSpec } from './types';

export interface HeaderColumn {
  readonly key: string;
  /** 0-based column index */
  readonly index: number;
  /** the header text as the sheet writes it */
  readonly header: string;
}

export interface SheetHeader {
  /** 0-based indexes of the header rows (one or two) */
  readonly rows: readonly number[];
  /** 0-based index of the first row after the header */
  readonly dataStart: number;
  readonly columns: ReadonlyMap<string, HeaderColumn>;
}

export type HeaderResult =
  | { readonly ok: true; readonly header: SheetHeader }
  | { readonly ok: false; readonly message: Text };

const SCAN_ROWS = 20;
const AMBIGUOUS = '\u0000ambiguous';
const UNITS_IN_PARENS = /\([^)]*\)/g;
const NOT_COMPARED = /[\s:：]+/g;

/** Case, spaces, line breaks and a trailing colon do not distinguish headers. */
function headerKey(text: string): string {
  return normaliseText(text).toLowerCase().replace(NOT_COMPARED, '');
}

function withoutUnits(key: string): string {
  return key.replace(UNITS_IN_PARENS, '');
}

/** Finds which key a header cell names, among keys each known by several header texts. */
export type HeaderMatcher = (text: string) => string | undefined;

export function headerMatcher(
  known: readonly { readonly key: string; readonly headers: readonly string[] }[],
): HeaderMatcher {
  const exact = new Map<string, string>();
  const loose = new Map<string, string>();
  for (const { key, headers } of known) {
    for (const variant of headers) {
      const k = headerKey(variant);
      exact.set(k, key);
      const bare = withoutUnits(k);
      const seen = loose.get(bare);
      // "ยอดขาย (ครั้ง)" and "ยอดขาย (บาท)" share a bare form: a bare "ยอดขาย" names neither
      loose.set(bare, seen === undefined || seen === key ? key : AMBIGUOUS);
    }
  }
  return (text) => {
    if (!text) return undefined;
    const k = headerKey(text);
    if (!k) return undefined;
    const found = exact.get(k) ?? loose.get(withoutUnits(k));
    return found === AMBIGUOUS ? undefined : found;
  };
}

const matchers = new WeakMap<FormSpec, HeaderMatcher>();

/** The column key a header cell names, if any. */
export function matchHeader(form: FormSpec, text: string): string | undefined {
  let match = matchers.get(form);
  if (!match) {
    match = headerMatcher(form.columns.map((c) => ({ key: c.key, headers: [c.header, ...c.variants] })));
    matchers.set(form, match);
  }
  return match(text);
}

function cellAt(rows: readonly CellValue[][], r: number, c: number): string {
  const row = rows[r];
  const v = row ? row[c] : undefined;
  return v === undefined || v === null ? '' : cellText(v);
}

function tidy(text: string): string {
  return normaliseText(text);
}

function readHeader(
  form: FormSpec,
  rows: readonly CellValue[][],
  top: number,
  height: 1 | 2,
): Map<string, HeaderColumn> {
  const width = Math.max(rows[top]?.length ?? 0, height === 2 ? (rows[top + 1]?.length ?? 0) : 0);
  const columns = new Map<string, HeaderColumn>();
  for (let c = 0; c < width; c++) {
    const upper = cellAt(rows, top, c);
    const lower = height === 2 ? cellAt(rows, top + 1, c) : '';
    const candidates = height === 2 ? [lower, upper, `${upper} ${lower}`] : [upper];
    for (const text of candidates) {
      const key = matchHeader(form, text);
      if (key && !columns.has(key)) {
        columns.set(key, { key, index: c, header: tidy(text) });
        break;
      }
    }
  }
  return columns;
}

function satisfies(form: FormSpec, columns: Map<string, HeaderColumn>): boolean {
  const { all, anyOf } = form.headerRequires;
  return all.every((k) => columns.has(k)) && (anyOf.length === 0 || anyOf.some((k) => columns.has(k)));
}

export function detectHeader(rows: readonly CellValue[][], form: FormSpec): HeaderResult {
  let best: SheetHeader | undefined;
  let bestCount = 0;
  const last = Math.min(rows.length, SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const single = readHeader(form, rows, r, 1);
    const pair = r + 1 < rows.length ? readHeader(form, rows, r, 2) : single;
    // a pair only when both rows contribute: a title line above a one-row header is not half of the header
    const usePair = pair.size > single.size && pair.size > readHeader(form, rows, r + 1, 1).size;
    const columns = usePair ? pair : single;
    if (columns.size > bestCount && satisfies(form, columns)) {
      bestCount = columns.size;
      best = { rows: usePair ? [r, r + 1] : [r], dataStart: r + (usePair ? 2 : 1), columns };
    }
  }
  if (best) return { ok: true, header: best };
  const label = (key: string) => form.columns.find((c) => c.key === key)?.header ?? key;
  return {
    ok: false,
    message: formMessages.headerNotFound(
      form.headerRequires.all.map(label).join(', '),
      form.headerRequires.anyOf.map(label).join(', '),
      form.columns.map((c) => c.header).join(', '),
    ),
  };
}
