// The calendar of one spreadsheet: the day a person sees in a date cell, the Date to write for a day, today and the time
// now, all in the spreadsheet's own time zone, which may differ from the script's and from the runtime's local zone.
//
// A date cell is an instant shown in the spreadsheet's zone (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone());
// getValues hands it over as a Date (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()), whose
// local getters use the script's zone, so only Utilities.formatDate with the spreadsheet's zone names its day
// (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)); Intl is not relied on.
//
// Cost: the zone is one Spreadsheet call, made the first time it is needed and never again for this spreadsheet. A date's
// day is one formatDate per distinct date value (memoised), not per row: a report holds a few hundred distinct days
// however many rows, and formatDate runs in the script's own runtime, not as a round trip to the spreadsheet. One offset
// fetched per action would not do: in a zone with daylight saving, a winter date read with the summer offset is 23:00
// the day before.

import type { CalendarDay } from '../../core/validate/validateSheet';
import type { Services, SpreadsheetApi, UtilitiesApi } from './services';

export interface SheetDays {
  /** the calendar day a person sees in the spreadsheet for a Date from getValues */
  dayOf(date: Date): CalendarDay;
  /** the Date a date cell typed as this day holds: the first instant of that day in the spreadsheet's zone */
  midnight(day: CalendarDay): Date;
  /** the day it is in the spreadsheet's zone at `nowMs` */
  today(nowMs: number): CalendarDay;
  /** `nowMs` as the spreadsheet's wall clock with its offset: "2026-11-20T15:15:30+0700" */
  isoTime(nowMs: number): string;
}

const DAY = /^(\d{4,})-(\d{2})-(\d{2})$/;
const OFFSET = /^([+-])(\d{2})(\d{2})$/;
const MINUTE_MS = 60_000;

function parseDay(text: string): CalendarDay {
  const m = DAY.exec(text);
  if (!m) throw new Error(`Utilities.formatDate gave "${text}" for yyyy-MM-dd`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function parseOffset(text: string): number {
  const m = OFFSET.exec(text);
  if (!m) throw new Error(`Utilities.formatDate gave "${text}" for Z`);
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/**
 * The first instant of a calendar day in a zone, given the zone's offset (minutes east of UTC) at any instant: midnight
 * as if the zone kept the offset it has at that UTC midnight, then once more with the offset found there; when neither
 * guess is a real midnight, daylight saving skipped it and the day starts at the later one.
 */
export function startOfDay(day: CalendarDay, offsetAt: (ms: number) => number): number {
  const utc = Date.UTC(day.year, day.month - 1, day.day);
  const first = utc - offsetAt(utc) * MINUTE_MS;
  const firstOffset = offsetAt(first);
  const second = utc - firstOffset * MINUTE_MS;
  if (second === first || offsetAt(second) === firstOffset) return second;
  return Math.max(first, second);
}

export function sheetDays(ss: Pick<SpreadsheetApi, 'getSpreadsheetTimeZone'>, utilities: UtilitiesApi): SheetDays {
  let zone: string | null = null;
  const timeZone = (): string => {
    if (zone === null) zone = ss.getSpreadsheetTimeZone();
    return zone;
  };
  const format = (ms: number, pattern: string): string => utilities.formatDate(new Date(ms), timeZone(), pattern);
  const offsetAt = (ms: number): number => parseOffset(format(ms, 'Z'));
  const seen = new Map<number, CalendarDay>();
  return {
    dayOf(date) {
      const ms = date.getTime();
      let day = seen.get(ms);
      if (day === undefined) {
        day = parseDay(format(ms, 'yyyy-MM-dd'));
        seen.set(ms, day);
      }
      return day;
    },
    midnight: (day) => new Date(startOfDay(day, offsetAt)),
    today: (nowMs) => parseDay(format(nowMs, 'yyyy-MM-dd')),
    isoTime: (nowMs) => format(nowMs, "yyyy-MM-dd'T'HH:mm:ssZ"),
  };
}

/** Today in the spreadsheet's zone by the services' clock (Date.now in Apps Script; tests fix it). */
export function todayIn(days: SheetDays, services: Pick<Services, 'now'>): CalendarDay {
  return days.today(services.now ? services.now() : Date.now());
}
