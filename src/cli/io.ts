// Where the command line writes: injectable so tests can capture stdout and stderr without a child process.

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}
