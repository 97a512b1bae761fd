// Reads a row's review status (ผลการตรวจสอบ) and submission time (เวลาที่ส่ง): the date forms the form accepts, plus a
// time of day; a time without an offset is Bangkok's wall clock, as the sheet and the sidebar write it.

import { type CellValue, cellText } from '../cell';
import { choiceKey } from '../form/defineForm';
import type { ColumnSpec, ReviewChoices, ReviewStatus } from '../form/types';
import { parseDate } from '../normalise/dates';
import { normaliseText } from '../normalise/text';
import { toArabicDigits } from '../normalise/thaiDigits';
import type { ProblemDraft } from './problemDrafts';
import type { Located } from './sheetColumns';

const MS_PER_MINUTE = 60_000;
// Asia/Bangkok has been UTC+7 all year, without daylight saving, since 1920
const BANGKOK_OFFSET_MINUTES = 7 * 60;
const MAX_TEXT = 64;
// a date (ending in its year's digit), then a time: 10:00, 10.00 น., 10:00:30, 2:05 pm, with an offset or Z
const DATE_THEN_TIME =
  /^(.*\d)(?:t| +|, *)(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d{1,9})?)?(?: ?(am|pm|น\.?|นาฬิกา))?(?: ?(z|[+-]\d{2}(?::?\d{2})?))?$/;

export type ParsedTime =
  | { readonly kind: 'blank' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'time'; at: number };

const BLANK: ParsedTime = { kind: 'blank' };
const INVALID: ParsedTime = { kind: 'invalid' };

/**
 * A submission time as an instant (milliseconds since 1970, UTC). A date alone is its first instant in Bangkok: every
 * deadline ends a day at 23:59:59, so a day on or before the deadline's is on time at any hour.
 */
export function parseSubmissionTime(cell: CellValue): ParsedTime {
  if (cell === null) return BLANK;
  if (typeof cell === 'boolean') return INVALID;
  if (typeof cell === 'number') return fromSerial(cell);
  if (typeof cell !== 'string') return atDay(cell, 0, BANGKOK_OFFSET_MINUTES);
  const text = toArabicDigits(normaliseText(cell)).toLowerCase();
  if (text === '') return BLANK;
  if (text.length > MAX_TEXT) return INVALID;
  const m = DATE_THEN_TIME.exec(text);
  if (m === null) return atDay(text, 0, BANGKOK_OFFSET_MINUTES);
  let hour = Number(m[2]);
  const minute = Number(m[3]);
  const second = m[4] === undefined ? 0 : Number(m[4]);
  if (m[5] === 'am' || m[5] === 'pm') {
    if (hour < 1 || hour > 12) return INVALID;
    hour = (hour % 12) + (m[5] === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return INVALID;
  const offset = m[6] === undefined ? BANGKOK_OFFSET_MINUTES : offsetMinutes(m[6]);
  if (offset === null) return INVALID;
  return atDay(m[1], ((hour * 60 + minute) * 60 + second) * 1000, offset);
}

/** A sheet's date-time number: whole days since 1899-12-30, the fraction the wall-clock time in Bangkok. */
function fromSerial(serial: number): ParsedTime {
  if (!Number.isFinite(serial)) return INVALID;
  const fraction = Math.round((serial - Math.floor(serial)) * 86_400) * 1000;
  return atDay(Math.floor(serial), fraction, BANGKOK_OFFSET_MINUTES);
}

/** The instant `msOfDay` after midnight of a day (read as the form reads dates), at `offset` minutes east of UTC. */
function atDay(day: CellValue, msOfDay: number, offset: number): ParsedTime {
  const d = parseDate(day);
  if (d.kind !== 'date' || d.day === null) return INVALID;
  return { kind: 'time', at: Date.UTC(d.year, d.month - 1, d.day) + msOfDay - offset * MS_PER_MINUTE };
}

/** z, +07, +0700 or +07:00 in minutes east of UTC; null beyond ±14 h. */
function offsetMinutes(text: string): number | null {
  if (text === 'z') return 0;
  const sign = text.charCodeAt(0) === 0x2d ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + (digits.length > 2 ? Number(digits.slice(2)) : 0);
  return minutes > 14 * 60 || Number(digits.slice(2) || 0) > 59 ? null : sign * minutes;
}

/** The time of a submission-time cell, drafting SUBMITTED_AT_INVALID when it cannot be read; null when blank or unread. */
export function readSubmittedAt(col: Located, value: CellValue, found: ProblemDraft[]): number | null {
  const parsed = parseSubmissionTime(value);
  if (parsed.kind === 'time') return parsed.at;
  if (parsed.kind === 'invalid') found.push({ code: 'SUBMITTED_AT_INVALID', col, params: { value: shown(value) } });
  return null;
}

/** Each review column's accepted texts by their compared form, worked out once per declaration. */
const choiceMaps = new WeakMap<ColumnSpec, ReadonlyMap<string, ReviewStatus>>();

function choicesOf(spec: ColumnSpec): ReadonlyMap<string, ReviewStatus> {
  let map = choiceMaps.get(spec);
  if (map === undefined) {
    const built = new Map<string, ReviewStatus>();
    const choices: Partial<ReviewChoices> = spec.choices ?? {};
    for (const status of ['approved', 'returned', 'pending'] as const)
      for (const text of choices[status] ?? []) built.set(choiceKey(text), status);
    map = built;
    choiceMaps.set(spec, map);
  }
  return map;
}

/** The texts a reviewer writes, as a message names them: “ผ่าน”, “ส่งกลับแก้ไข”, “รอตรวจ”. */
export function choiceList(spec: ColumnSpec): string {
  const c = spec.choices;
  return c ? [c.approved[0], c.returned[0], c.pending[0]].map((t) => `“${t}”`).join(', ') : '';
}

/** A review cell's status: blank is pending; an unknown text drafts REVIEW_STATUS_INVALID (an error: the row waits). */
export function readReview(col: Located, value: CellValue, found: ProblemDraft[]): ReviewStatus {
  const status = choicesOf(col.spec).get(choiceKey(cellText(value)));
  if (status !== undefined) return status;
  if (choiceKey(cellText(value)) === '') return 'pending';
  found.push({ code: 'REVIEW_STATUS_INVALID', col, params: { value: shown(value), candidates: choiceList(col.spec) } });
  return 'pending';
}

function shown(value: CellValue): string {
  return cellText(value).trim();
}
