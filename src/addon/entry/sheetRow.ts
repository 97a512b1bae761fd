// Lays a checked entry out as one sheet row in the report's own column order: numbers as numbers, the date as a date,
// every text neutralised so the sheet never runs it as a formula, plus the hidden submission columns.

import { asSheetText } from '../../core/report/grid';
import type { CellInput } from '../adapter/services';
import type { SheetDays } from '../adapter/sheetDays';
import type { ReportLocation } from './reportLocation';
import type { SubmissionColumnPlan } from './submissionColumns';
import type { RecordedEntry } from './types';

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
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day becomes the date cell a person would type: its first instant in the spreadsheet's zone. */
function dateCell(iso: string, days: SheetDays): CellInput {
  const m = ISO_DAY.exec(iso);
  return m ? days.midnight({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }) : asSheetText(iso);
}

function textCell(text: string | null): CellInput {
  return text === null ? '' : asSheetText(text);
}

export function sheetRow(
  report: ReportLocation,
  recorded: RecordedEntry,
  submission: Submission,
  columns: SubmissionColumnPlan,
): SheetRow {
  const byKey: Record<string, CellInput> = {
    province: asSheetText(report.province.nameTh),
    district: textCell(recorded.district),
    lao: textCell(recorded.lao),
    date: recorded.date === null ? '' : dateCell(recorded.date, report.days),
    product: textCell(recorded.product),
    links: textCell(recorded.links.length > 0 ? recorded.links.map((l) => l.url).join('\n') : null),
    salesCount: recorded.salesCount ?? '',
    revenue: recorded.revenue ?? '',
    beneficiaries: recorded.beneficiaries ?? '',
    note: textCell(recorded.note),
  };
  const cells = new Map<number, CellInput>();
  for (const [key, at] of report.header.columns) if (key in byKey) cells.set(at.index, byKey[key]);
  cells.set(columns.index.id, asSheetText(submission.id));
  // an ISO time would be turned into a date-time number by the sheet: keep it as the text that was sent
  cells.set(columns.index.time, `'${submission.time}`);
  cells.set(columns.index.user, textCell(submission.user));
  // only the span of columns the entry fills is written: columns left or right of it are left as they are
  const first = Math.min(...cells.keys());
  const last = Math.max(...cells.keys());
  const values: CellInput[] = [];
  for (let c = first; c <= last; c++) values.push(cells.get(c) ?? '');
  return { startColumn: first + 1, values };
}
