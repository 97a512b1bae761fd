// The khongdee command line: picks the command and turns failures into a bilingual message and an exit code.

import { cliMessages } from '../core/messages/cli';
import { packageVersion } from '../node/packageRoot';
import { CliError } from './cliError';
import { consolidateCommand } from './commands/consolidate';
import { followupCommand } from './commands/followup';
import { registryCommand } from './commands/registry';
import { rollupCommand } from './commands/rollup';
import { sampleCommand } from './commands/sample';
import { validateCommand } from './commands/validate';
import type { CliIo } from './io';
import { shownValue } from './terminalTable';

// the longest line of a message on stderr: a quoted cell is cut, the advice around it stays
const MESSAGE_MAX = 1000;

const stdio: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

export async function main(argv: readonly string[], io: CliIo = stdio): Promise<number> {
  const [command, ...args] = argv;
  // `khongdee rollup --help` asks for the help, not about an unknown option
  const helpAsked = args.includes('--help') || args.includes('-h');
  try {
    switch (helpAsked ? '--help' : command) {
      case 'validate':
        return await validateCommand(args, io);
      case 'rollup':
        return await rollupCommand(args, io);
      case 'consolidate':
        return await consolidateCommand(args, io);
      case 'followup':
        return await followupCommand(args, io);
      case 'registry':
        return await registryCommand(args, io);
      case 'sample':
        return await sampleCommand(io);
      case '--version':
      case '-V':
      case 'version':
        // the same line in every language, as tools print it
        io.out(`khongdee ${packageVersion()}`);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(`${cliMessages.usage.th}\n\n${cliMessages.usage.en}`);
        return command === undefined ? 2 : 0;
      default:
        throw new CliError(cliMessages.unknownCommand(command));
    }
  } catch (e) {
    const text =
      e instanceof CliError ? e.text : cliMessages.unexpected(e instanceof Error ? (e.stack ?? e.message) : String(e));
    // a message may quote a file name or a cell: shown escaped and cut, like any cell
    io.err(
      `${text.th}\n${text.en}`
        .split('\n')
        .map((line) => shownValue(line, MESSAGE_MAX))
        .join('\n'),
    );
    return e instanceof CliError ? e.exitCode : 3;
  }
}
