// The khongdee command line: picks the command and turns failures into a bilingual message and an exit code.

import { cliMessages } from '../core/messages/cli';
import { CliError } from './cliError';
import { consolidateCommand } from './commands/consolidate';
import { registryCommand } from './commands/registry';
import { rollupCommand } from './commands/rollup';
import { sampleCommand } from './commands/sample';
import { validateCommand } from './commands/validate';
import type { CliIo } from './io';

const stdio: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

export async function main(argv: readonly string[], io: CliIo = stdio): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'validate':
        return await validateCommand(args, io);
      case 'rollup':
        return await rollupCommand(args, io);
      case 'consolidate':
        return await consolidateCommand(args, io);
      case 'registry':
        return await registryCommand(args, io);
      case 'sample':
        return await sampleCommand(io);
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
    const text = e instanceof CliError ? e.text : cliMessages.unexpected(e instanceof Error ? (e.stack ?? e.message) : String(e));
    io.err(`${text.th}\n${text.en}`);
    return e instanceof CliError ? e.exitCode : 3;
  }
}
