// The workbook's days of grace after a period's last day before its deadline (กำหนดส่ง), set in ตั้งค่าแบบรายงาน and kept
// in document properties; the summaries, the follow-up and the certification judge on time by it.

import { DEFAULT_TIMELY_DAYS, readTimelyDays } from '../core/period/deadline';
import type { PropertiesApi } from './adapter/services';

const TIMELY_DAYS_KEY = 'khongdee.timelyDays';

export function workbookTimelyDays(props: PropertiesApi): number {
  return readTimelyDays(props.getProperty(TIMELY_DAYS_KEY) ?? '') ?? DEFAULT_TIMELY_DAYS;
}

/** Keeps the days typed; false (nothing kept) when they are not a whole number of days in range. */
export function saveTimelyDays(props: PropertiesApi, typed: string): boolean {
  const days = readTimelyDays(typed);
  if (days === null) return false;
  props.setProperty(TIMELY_DAYS_KEY, String(days));
  return true;
}
