// Splits decoded CSV text into records of text cells with papaparse (the parser the registry dialog uses in the browser):
// the delimiter sniffed from the first records, malformed quotes read as written, an unclosed quote reported at its line.

import Papa from 'papaparse';

export type CsvRecords =
  | { readonly ok: true; readonly records: string[][] }
  | { readonly ok: false; readonly openQuoteLine: number };

/**
 * Every cell stays text, exactly as written ("1,500" is not a number here). Quoting is RFC 4180 as Excel writes it; a quote
 * inside an unquoted field (5" screen) is text; a field that opens with a quote but whose closing quote is followed by more
 * than spaces before the delimiter or line end ("a"b) is read as written, quotes included. Spaces after a closing quote are
 * dropped ("a" , gives a).
 */
export function csvRecords(text: string): CsvRecords {
  const { delimiter, newline } = sniff(text);
  const first = papaRecords(text, delimiter, newline);
  // without a header papaparse reports only quote errors; files written by a program have none, so the scan below is rare
  if (first.errors.length === 0) return { ok: true, records: first.data };
  const scan = scanCsv(text, [delimiter], Infinity);
  if (scan.openQuoteLine !== undefined) return { ok: false, openQuoteLine: scan.openQuoteLine };
  if (scan.malformed.length === 0) return { ok: true, records: first.data };
  return { ok: true, records: papaRecords(requote(text, scan.malformed), delimiter, newline).data };
}

/** Without a newline papaparse guesses one from the whole text, a pass that costs as much as a third of the parse. */
function papaRecords(text: string, delimiter: string, newline: LineEnd | undefined): Papa.ParseResult<string[]> {
  return Papa.parse<string[]>(text, { delimiter, newline, skipEmptyLines: false });
}

/** Rewrites each malformed field as a quoted field holding its text as written, so the parser reads it literally. */
function requote(text: string, spans: readonly FieldSpan[]): string {
  let out = '';
  let at = 0;
  for (const { start, end } of spans) {
    out += `${text.slice(at, start)}"${text.slice(start, end).replace(/"/g, '""')}"`;
    at = end;
  }
  return out + text.slice(at);
}

// Ties go to the earlier delimiter: commas and semicolons also occur inside Thai numbers and text, tabs hardly ever.
const DELIMITERS = ['\t', ';', ','] as const;
const SNIFF_RECORDS = 50;

/**
 * The record separator is the first line end outside quotes. The delimiter is the one that splits the first records most
 * consistently (Excel pads every row to the same number of delimiters). Scores: most records sharing the usual non-zero
 * count, then the larger count; no delimiter at all means one column, read with ','.
 */
function sniff(text: string): { delimiter: string; newline: LineEnd | undefined } {
  const { counts, lineEnd } = scanCsv(text, DELIMITERS, SNIFF_RECORDS);
  let best: { delimiter: string; agree: number; count: number } = { delimiter: ',', agree: 0, count: 0 };
  for (const delimiter of DELIMITERS) {
    const { agree, count } = consistency(counts.map((record) => record.get(delimiter) ?? 0));
    if (agree > best.agree || (agree === best.agree && count > best.count)) best = { delimiter, agree, count };
  }
  return { delimiter: best.delimiter, newline: lineEnd };
}

/** The most common non-zero count and how many records have it. */
function consistency(perRecord: number[]): { agree: number; count: number } {
  const tally = new Map<number, number>();
  for (const n of perRecord) if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
  let result = { agree: 0, count: 0 };
  for (const [count, agree] of tally) {
    if (agree > result.agree || (agree === result.agree && count > result.count)) result = { agree, count };
  }
  return result;
}

/** Where a field starts and where its delimiter or line end is, as indexes into the text. */
interface FieldSpan {
  readonly start: number;
  readonly end: number;
}

interface CsvScan {
  /** For each non-blank record, how many of each delimiter it has outside quotes. */
  readonly counts: Map<string, number>[];
  /** Fields that open with a quote whose closing quote is followed by more than spaces. */
  readonly malformed: FieldSpan[];
  /** The line where a quoted field opened and never closed. */
  readonly openQuoteLine?: number;
  /** The first line end outside quotes. */
  readonly lineEnd?: LineEnd;
}

type LineEnd = '\r\n' | '\n' | '\r';

const isLineEnd = (ch: string | undefined) => ch === '\n' || ch === '\r';

/** Walks the text with RFC 4180 quoting: a quote opens a field only at its start, "" inside quotes is a quote. */
function scanCsv(text: string, delimiters: readonly string[], maxRecords: number): CsvScan {
  const counts: Map<string, number>[] = [];
  const malformed: FieldSpan[] = [];
  let record = new Map<string, number>();
  let blank = true;
  let inQuotes = false;
  let line = 1;
  let quoteLine = 0;
  let fieldStart = true;
  let fieldIndex = 0;
  let lineEnd: LineEnd | undefined;
  const endOfField = (from: number) => {
    let end = from;
    while (end < text.length && !delimiters.includes(text[end]) && !isLineEnd(text[end])) end++;
    return end;
  };
  for (let i = 0; i < text.length && counts.length < maxRecords; i++) {
    const ch = text[i];
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') i++;
      else if (ch === '"') {
        inQuotes = false;
        let next = i + 1;
        while ((text[next] === ' ' || text[next] === '\t') && !delimiters.includes(text[next])) next++;
        if (next < text.length && !delimiters.includes(text[next]) && !isLineEnd(text[next]))
          malformed.push({ start: fieldIndex, end: endOfField(next) });
      }
      continue;
    }
    if (isLineEnd(ch)) {
      lineEnd ??= ch === '\r' && text[i + 1] === '\n' ? '\r\n' : (ch as LineEnd);
      if (!blank) counts.push(record);
      record = new Map();
      blank = true;
      fieldStart = true;
      continue;
    }
    blank = false;
    if (ch === '"' && fieldStart) {
      inQuotes = true;
      quoteLine = line;
      fieldIndex = i;
    }
    fieldStart = delimiters.includes(ch);
    if (fieldStart) record.set(ch, (record.get(ch) ?? 0) + 1);
  }
  if (!blank && counts.length < maxRecords) counts.push(record);
  return { counts, malformed, openQuoteLine: inQuotes ? quoteLine : undefined, lineEnd };
}
