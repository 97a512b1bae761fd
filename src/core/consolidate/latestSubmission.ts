// The latest submission a report sheet shows: the sidebar's hidden submission-time column when the sheet has one, else the
// latest date of its entries. Dates after "today" are typing slips (already flagged), so they never count as the latest.

import { type CellValue, cellText } from '../cell';
import type { SheetHeader } from '../form/headers';
import { entryMessages } from '../messages/entry';
import { compareDate, isoDate, parseDate } from '../normalise/dates';
import { normaliseText } from '../normalise/text';
import type { SheetValidation } from '../validate/types';

interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number | null;
}

// "2026-11-20T15:15:30+0700", "2026-11-20 15:15", "2026-11-20T08:15:30.123Z": what the sidebar writes (now and before) and what people paste
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const BANGKOK_OFFSET_MINUTES = 7 * 60;

/**
 * The calendar day a time written in ISO form stands for in its sheet. A wall-clock time, with or without its offset, is
 * the day written: the sidebar writes the spreadsheet's own wall clock and offset. A UTC time ("…Z", written by earlier
 * versions, which assumed Thai sheets) is taken to Thailand: after 17:00 UTC it is already the next day there.
 */
export function dayOfIsoTime(text: string): Day | null {
  const m = ISO_TIME.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0));
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  if (m[7]?.toUpperCase() !== 'Z') return { year: y, month: mo, day: d };
  // plain arithmetic on a UTC timestamp: no time zone of the machine running this is involved
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, s) + BANGKOK_OFFSET_MINUTES * 60_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function submissionTimeColumn(rows: readonly CellValue[][], header: SheetHeader): number | undefined {
  const wanted = entryMessages.submissionHeaders.time;
  for (const r of header.rows) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) if (normaliseText(cellText(row[c] ?? '')) === wanted) return c;
  }
  return undefined;
}

function submissionDay(cell: CellValue): Day | null {
  if (typeof cell === 'string') {
    const day = dayOfIsoTime(cell.replace(/^'/, ''));
    if (day) return day;
  }
  const parsed = parseDate(cell);
  return parsed.kind === 'date' ? parsed : null;
}

/** The later of two days; a day beats the month-only date of its own month. Days after `notAfter` are skipped. */
function later(latest: Day | null, d: Day | null, notAfter: Day | null): Day | null {
  if (d === null || (notAfter !== null && compareDate(d, notAfter) > 0)) return latest;
  if (latest === null) return d;
  const order = compareDate(d, latest);
  return order > 0 || (order === 0 && latest.day === null) ? d : latest;
}

/** ISO date of the latest submission (yyyy-mm-dd, or yyyy-mm for a month-only entry date), or null when none is found. */
export function latestSubmission(
  rows: readonly CellValue[][],
  header: SheetHeader,
  validation: SheetValidation,
  notAfter: Day | null,
): string | null {
  let latest: Day | null = null;
  const column = submissionTimeColumn(rows, header);
  if (column !== undefined) {
    for (let r = header.dataStart; r < rows.length; r++) {
      const cell = rows[r][column];
      if (cell !== undefined && cell !== null && cell !== '') latest = later(latest, submissionDay(cell), notAfter);
    }
  }
  if (latest === null) {
    // a line that was typed in counts even when it has an error; a named อปท. without results was not a submission
    for (const row of validation.table.rows())
      if (row.status !== 'not-reported') latest = later(latest, row.date, notAfter);
  }
  return latest === null ? null : isoDate(latest);
}
