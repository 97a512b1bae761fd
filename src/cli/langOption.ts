// The --lang option: Thai by default, English on request, for human-readable output.

import type { Lang } from '../core/messages/text';
import { cliMessages } from '../core/messages/cli';
import { CliError } from './cliError';

export function langOption(value: string | undefined): Lang {
  if (value === undefined || value === 'th') return 'th';
  if (value === 'en') return 'en';
  throw new CliError(cliMessages.badOption(`--lang ${value} (th | en)`));
}
