// The --today option: fixes "today" for reproducible runs; by default the current day in Thailand.

import { cliMessages } from '../core/messages/cli';
import type { CalendarDay } from '../core/validate/validateSheet';
import { todayInBangkok } from '../node/today';
import { CliError } from './cliError';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function todayOption(value: string | undefined): CalendarDay {
  if (value === undefined) return todayInBangkok();
  const m = ISO_DAY.exec(value);
  const day = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
  if (!day || day.month < 1 || day.month > 12 || day.day < 1 || day.day > 31)
    throw new CliError(cliMessages.badToday(value));
  return day;
}
