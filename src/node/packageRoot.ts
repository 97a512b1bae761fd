// Finds the project folder (where package.json is) from wherever the code runs: build/ when bundled, src/ under tests,
// and reads the version it declares.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function packageRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`package.json not found above ${from}`);
    dir = up;
  }
  return dir;
}

/** The version in package.json, the one place it is written. */
export function packageVersion(root: string = packageRoot()): string {
  return String((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown }).version ?? '');
}
