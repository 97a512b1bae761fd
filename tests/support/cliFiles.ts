// Files for command-line tests: CSV text from rows, copies of the bundled sample, and fingerprints of a folder, so a test
// can tell that a command changed nothing it was not asked to write.

import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const SAMPLE_REPORT = join(ROOT, 'samples', 'phayao-report.xlsx');
export const SAMPLE_TARGETS = join(ROOT, 'samples', 'phayao-targets.csv');

/** RFC 4180 CSV, quoted where needed, CRLF line ends as Excel writes them. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n');
}

/** Copies a file into a folder (made if missing) under a name, and returns the copy's path. */
export function copyInto(dir: string, from: string, name: string): string {
  mkdirSync(dir, { recursive: true });
  const to = join(dir, name);
  copyFileSync(from, to);
  return to;
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Every file under a folder (recursively) with its hash, by path relative to the folder. */
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const rel = sub === '' ? name : join(sub, name);
      if (statSync(join(dir, rel)).isDirectory()) walk(rel);
      else out[rel] = sha256(join(dir, rel));
    }
  };
  walk('');
  return out;
}
