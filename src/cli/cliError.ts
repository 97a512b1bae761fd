// A failure the command line reports to the person (Thai + English on stderr) with its exit code.

import type { Text } from '../core/messages/text';

export class CliError extends Error {
  constructor(
    readonly text: Text,
    readonly exitCode = 2,
  ) {
    super(text.en);
  }
}
