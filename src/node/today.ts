// Today's calendar day in Thailand (UTC+7, no daylight saving), which is what "today" means to every user of the sheet.

import type { CalendarDay } from '../core/validate/validateSheet';

const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

export function todayInBangkok(now: number = Date.now()): CalendarDay {
  const d = new Date(now + BANGKOK_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
