// A period's deadline (กำหนดส่ง): its last day + timelyDays (15 by default), until 23:59:59 Asia/Bangkok; and day counts around it.

import type { Text } from '../messages/text';
import { BE_OFFSET, THAI_MONTHS } from '../normalise/dates';
import { toArabicDigits } from '../normalise/thaiDigits';
import { type Day, type Period, periodRange } from './period';

export const DEFAULT_TIMELY_DAYS = 15;
/** a longer grace than a year is a typo, not a rule */
export const MAX_TIMELY_DAYS = 366;

const MS_PER_DAY = 86_400_000;
// Asia/Bangkok has been UTC+7 all year, without daylight saving, since 1920
const BANGKOK_OFFSET_MS = 7 * 3_600_000;

export interface Deadline {
  /** the last day on which a report is on time (CE) */
  readonly day: Day;
  /** the day as people read it: th '15 มกราคม 2569' (B.E.), en '15 January 2026' */
  readonly text: Text;
  /** the last on-time instant, 23:59:59 Bangkok time, as milliseconds since 1970 (UTC) */
  readonly endsAt: number;
}

/** The deadline of a period; timelyDays is a whole number of days from 0 to MAX_TIMELY_DAYS. */
export function periodDeadline(period: Period, timelyDays = DEFAULT_TIMELY_DAYS): Deadline {
  if (!Number.isInteger(timelyDays) || timelyDays < 0 || timelyDays > MAX_TIMELY_DAYS)
    throw new RangeError(`timelyDays must be a whole number from 0 to ${MAX_TIMELY_DAYS}: ${timelyDays}`);
  const day = addDays(periodRange(period).end, timelyDays);
  return {
    day,
    text: {
      th: `${day.day} ${THAI_MONTHS[day.month - 1].full} ${day.year + BE_OFFSET}`,
      en: `${day.day} ${THAI_MONTHS[day.month - 1].en} ${day.year}`,
    },
    endsAt: dayNumber(day) * MS_PER_DAY + MS_PER_DAY - 1000 - BANGKOK_OFFSET_MS,
  };
}

/** Days of grace as a person types them (Thai digits too): a whole number from 0 to MAX_TIMELY_DAYS, else null. */
export function readTimelyDays(text: string): number | null {
  const digits = toArabicDigits(text.trim());
  const days = /^\d{1,4}$/.test(digits) ? Number(digits) : Number.NaN;
  return days <= MAX_TIMELY_DAYS ? days : null;
}

/** A calendar day moved by whole days (negative: earlier). Date.UTC does the month and leap-year carries, with no time zone. */
export function addDays(d: Day, days: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: Day, to: Day): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Where today stands against a deadline: days left (0 on the deadline itself) or days past it. Today is a day in
 * Bangkok, so a report made on the deadline day, at any hour, is still on time.
 */
export function deadlineStatus(
  deadline: Deadline,
  today: Day,
): { readonly passed: false; readonly daysLeft: number } | { readonly passed: true; readonly daysLate: number } {
  const n = daysBetween(today, deadline.day);
  return n >= 0 ? { passed: false, daysLeft: n } : { passed: true, daysLate: -n };
}

/** Days since 1970-01-01 (UTC), for differences. */
function dayNumber(d: Day): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}
