// Parses a command's arguments with node:util's parseArgs, turning a bad option into the person-facing CliError,
// and reads the options several commands share (--period).

import { type ParseArgsConfig, parseArgs } from 'node:util';
import { cliNotices } from '../core/messages/cliNotices';
import type { Text } from '../core/messages/text';
import { type Period, parsePeriod } from '../core/period/period';
import { CliError } from './cliError';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommand<O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, options, strict: true });
  } catch (e) {
    throw new CliError(optionProblem(e as Error & { code?: string }));
  }
}

/** node:util's parse errors are English sentences; the person gets what went wrong, in Thai and English, from the option named. */
function optionProblem(e: Error & { code?: string }): Text {
  const named = /'(-[^' ]*)/.exec(e.message)?.[1] ?? /'([^']*)'/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return cliNotices.unknownOption(named);
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return /does not take/.test(e.message) ? cliNotices.optionTakesNoValue(named) : cliNotices.optionNeedsValue(named);
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return cliNotices.unexpectedArgument(named);
  // these three are all a person's arguments can cause; anything else is a bug in the option table
  throw e;
}

export function periodOption(text: string | undefined): Period | null {
  if (text === undefined) return null;
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new CliError(parsed.message);
  return parsed.period;
}
