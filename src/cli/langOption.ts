// The --lang option: Thai by default, English on request, for human-readable output.

import { cliNotices } from '../core/messages/cliNotices';
import type { Lang } from '../core/messages/text';
import { CliError } from './cliError';

export function langOption(value: string | undefined): Lang {
  if (value === undefined || value === 'th') return 'th';
  if (value === 'en') return 'en';
  throw new CliError(cliNotices.badLang(value));
}
