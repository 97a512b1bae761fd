// Refuses, before anything is written, an output that would replace one of the run's inputs or another output, or that
// names a folder or lies under a file: files are compared by their real paths (through symbolic links, and by identity
// when both exist).

import { realpathSync, type Stats, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { cliNotices } from '../core/messages/cliNotices';
import { CliError } from './cliError';

export interface NamedOutput {
  /** the option that names it: --out, --html */
  readonly option: string;
  readonly path: string | undefined;
}

// on these systems two names differing only in case are one file
const FOLDS_CASE = process.platform === 'win32' || process.platform === 'darwin';

/** Where a path really leads: the real path of the file, or for one not made yet, the real path of its nearest existing folder + the rest. */
export function realPath(file: string): string {
  const full = resolve(file);
  try {
    return realpathSync.native(full);
  } catch {
    const parent = dirname(full);
    return parent === full ? full : join(realPath(parent), basename(full));
  }
}

function statOf(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** For an output not made yet: the nearest existing place above it when that is a file, not a folder (so it cannot be made). */
function fileInTheWay(file: string): string | undefined {
  for (let dir = dirname(resolve(file)); ; dir = dirname(dir)) {
    const stat = statOf(dir);
    if (stat) return stat.isDirectory() ? undefined : dir;
    if (dirname(dir) === dir) return undefined;
  }
}

interface Place {
  readonly given: string;
  readonly real: string;
  readonly stat: Stats | undefined;
}

function place(file: string): Place {
  return { given: file, real: realPath(file), stat: statOf(file) };
}

function same(a: Place, b: Place): boolean {
  if (a.stat && b.stat) return a.stat.dev === b.stat.dev && a.stat.ino === b.stat.ino;
  return FOLDS_CASE ? a.real.toLowerCase() === b.real.toLowerCase() : a.real === b.real;
}

/**
 * Throws the person-facing CliError (exit 2) when an output is a folder, is the same file as an input, or is the same
 * file as another output. Called after the inputs are read and before anything is written.
 */
export function checkOutputs(outputs: readonly NamedOutput[], inputs: readonly (string | undefined)[]): void {
  const named = outputs.flatMap((o) => (o.path === undefined ? [] : [{ option: o.option, at: place(o.path) }]));
  if (named.length === 0) return;
  for (const o of named) {
    if (o.at.stat?.isDirectory()) throw new CliError(cliNotices.outputIsFolder(o.option, o.at.given));
    const blocker = o.at.stat ? undefined : fileInTheWay(o.at.given);
    if (blocker !== undefined) throw new CliError(cliNotices.outputUnderFile(o.option, o.at.given, blocker));
  }
  const read = inputs.flatMap((f) => (f === undefined ? [] : [place(f)]));
  for (const o of named) {
    const input = read.find((i) => same(o.at, i));
    if (input) throw new CliError(cliNotices.outputIsInput(o.option, o.at.given, input.given));
  }
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 1; j < named.length; j++) {
      if (same(named[i].at, named[j].at))
        throw new CliError(cliNotices.outputsClash(named[i].option, named[j].option, named[i].at.given));
    }
  }
}
