// Lays a checked entry out as one sheet row in the report's own column order: numbers as numbers, the date as a date,
// the links one a line, every text neutralised so the sheet never runs it as a formula, the province the report's own,
// plus the hidden submission columns, the row's checksum among them.

import type { CellValue } from '../../core/cell';
import { thaiMonthShort } from '../../core/normalise/dates';
import { asSheetText } from '../../core/report/grid';
import { checksumColumns, rowChecksum } from '../../core/validate/editedOutsideForm';
import type { CellInput } from '../adapter/services';
import type { SheetDays } from '../adapter/sheetDays';
import { toCellValues } from '../adapter/sheetValues';
import type { ReportLocation } from './reportLocation';
import type { SubmissionColumnPlan } from './submissionColumns';
import type { RecordedEntry, RecordedValue } from './types';

export interface Submission {
  readonly id: string;
  /** when the server received it, as the spreadsheet's wall clock with its offset ("2026-11-20T15:15:30+0700") */
  readonly time: string;
  /** the submitter's e-mail, '' when Apps Script gives none */
  readonly user: string;
}

export interface SheetRow {
  /** 1-based column of the first value */
  readonly startColumn: number;
  readonly values: CellInput[];
  /** indexes into values of the columns inside the span the entry does not fill: a correction keeps what they hold */
  readonly gaps: readonly number[];
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * A calendar day becomes the date cell a person would type: its first instant in the spreadsheet's zone. A month alone
 * becomes the text the official sheet writes for it, "ต.ค. 2563", which the check reads back as that month.
 */
function dateCell(iso: string, days: SheetDays): CellInput {
  const m = ISO_DAY.exec(iso);
  if (m) return days.midnight({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  const ym = ISO_MONTH.exec(iso);
  return ym ? asSheetText(thaiMonthShort({ year: Number(ym[1]), month: Number(ym[2]) })) : asSheetText(iso);
}

/** A recorded value as the cell it is written as: the value's own shape says which. */
function cellOf(value: RecordedValue, days: SheetDays): CellInput {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return asSheetText(value);
  if ('iso' in value) return dateCell(value.iso, days);
  return value.length > 0 ? asSheetText(value.map((l) => l.url).join('\n')) : '';
}

/**
 * The cells as the sheet will hold them and the check will read them: a Date as its day, and without the one leading '
 * that keeps a text text, which the sheet does not keep in the value (https://gist.github.com/tanaikech/ec156204f3a2d96873dce5f6ba4674d6).
 */
function asHeld(cells: ReadonlyMap<number, CellInput>, days: SheetDays): CellValue[] {
  const row = Array.from({ length: Math.max(0, ...cells.keys()) + 1 }, (_, c): CellInput => {
    const v = cells.get(c) ?? '';
    return typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;
  });
  return toCellValues([row], days)[0];
}

export function sheetRow(
  report: ReportLocation,
  recorded: RecordedEntry,
  submission: Submission,
  columns: SubmissionColumnPlan,
  /** a correction of a returned row sets its review status back to pending (รอตรวจ) */
  review?: { readonly status: number; readonly pending: string },
): SheetRow {
  const province = report.form.columns.find((c) => c.role === 'province')?.key;
  const cells = new Map<number, CellInput>();
  for (const [key, at] of report.header.columns) {
    if (key === province) cells.set(at.index, asSheetText(report.province.nameTh));
    else if (key in recorded) cells.set(at.index, cellOf(recorded[key], report.days));
  }
  const checksum = rowChecksum(asHeld(cells, report.days), checksumColumns(report.form, report.header));
  cells.set(columns.index.checksum, asSheetText(checksum));
  cells.set(columns.index.id, asSheetText(submission.id));
  // an ISO time would be turned into a date-time number by the sheet: keep it as the text that was sent
  cells.set(columns.index.time, `'${submission.time}`);
  cells.set(columns.index.user, asSheetText(submission.user));
  if (review) cells.set(review.status, review.pending);
  // only the span of columns the entry fills is written: columns left or right of it are left as they are
  const first = Math.min(...cells.keys());
  const last = Math.max(...cells.keys());
  const values: CellInput[] = [];
  const gaps: number[] = [];
  for (let c = first; c <= last; c++) {
    if (!cells.has(c)) gaps.push(c - first);
    values.push(cells.get(c) ?? '');
  }
  return { startColumn: first + 1, values, gaps };
}
