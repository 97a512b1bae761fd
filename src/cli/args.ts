// Parses a command's arguments with node:util's parseArgs, turning a bad option into the person-facing CliError,
// and reads the options several commands share (--period).

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { cliMessages } from '../core/messages/cli';
import { parsePeriod, type Period } from '../core/period/period';
import { CliError } from './cliError';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommand<O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, options, strict: true });
  } catch (e) {
    throw new CliError(cliMessages.badOption((e as Error).message));
  }
}

export function periodOption(text: string | undefined): Period | null {
  if (text === undefined) return null;
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new CliError(parsed.message);
  return parsed.period;
}
