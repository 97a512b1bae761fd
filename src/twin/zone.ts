// Time-zone arithmetic for the twin (Node, so Intl may be used here and nowhere in the bundle): the wall clock of an
// instant in a zone, the zone's UTC offset then, and the instant a calendar day starts there.

import { startOfDay } from '../addon/adapter/sheetDays';

export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** minutes east of UTC at that instant */
  readonly offsetMinutes: number;
}

// a custom zone as Sheets may report one ("GMT-07:00"): https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets#SpreadsheetProperties
const CUSTOM = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/;
const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** null for a fixed-offset zone; an id Java does not know is GMT (java.util.TimeZone.getTimeZone), which Utilities.formatDate uses. */
function formatter(timeZone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(timeZone);
  if (f !== undefined) return f;
  try {
    f =
      CUSTOM.test(timeZone) || timeZone === 'GMT'
        ? null
        : new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
          });
  } catch {
    f = null;
  }
  formatters.set(timeZone, f);
  return f;
}

function fixedOffset(timeZone: string): number {
  const m = CUSTOM.exec(timeZone);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}

export function wallClock(ms: number, timeZone: string): WallClock {
  const f = formatter(timeZone);
  const millisecond = ((ms % 1000) + 1000) % 1000;
  if (f === null) {
    const d = new Date(ms + fixedOffset(timeZone) * 60_000);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      millisecond,
      offsetMinutes: fixedOffset(timeZone),
    };
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const local = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const offsetMinutes = Math.round((local - (ms - millisecond)) / 60_000);
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
    millisecond,
    offsetMinutes,
  };
}

/** The Date a date cell typed as this day holds in a zone: https://developers.google.com/apps-script/reference/spreadsheet/range#getValues() */
export function zoneMidnight(day: { year: number; month: number; day: number }, timeZone: string): number {
  return startOfDay(day, (ms) => wallClock(ms, timeZone).offsetMinutes);
}
