// Loads a built Apps Script bundle (dist/Code.js or central/dist/Code.js) into a bare node:vm context, as Apps Script's V8
// would, with only the fakes a test passes in; its clock is a fixed instant, or the twin's when a test cuts a long run off.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { asGlobals, type ScopeGuard, type Twin } from '../../src/twin';
import { sandboxContext } from '../support/appsScriptSandbox';

export const ROOT = join(__dirname, '..', '..');
export const OFFICER_BUNDLE = join(ROOT, 'dist', 'Code.js');
export const CENTRAL_BUNDLE = join(ROOT, 'central', 'dist', 'Code.js');

export function source(file: string): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` (npm test builds first)`);
  return readFileSync(file, 'utf8');
}

export interface Loaded {
  readonly context: vm.Context;
  readonly defined: string[];
  call(name: string, ...args: unknown[]): unknown;
}

export function load(file: string, fakes: Record<string, unknown>, clock?: () => number): Loaded {
  const context = sandboxContext(fakes, clock);
  const before = new Set(Object.getOwnPropertyNames(context));
  vm.runInContext(source(file), context, { filename: file });
  const defined = Object.getOwnPropertyNames(context).filter((n) => !before.has(n));
  return { context, defined, call: (name, ...args) => (context[name] as (...a: unknown[]) => unknown)(...args) };
}

export interface Walked {
  /** the calls the twin's manifest refused, and those missing from the scope table */
  readonly refused: string[];
  readonly unlisted: string[];
  /** what escaped the entry function, as Apps Script would log it */
  readonly escaped: string | null;
}

/** Runs one entry function of a bundle in a fresh execution on the twin, as a menu, page or trigger would call it. */
export function walkEntry(
  file: string,
  twin: Twin,
  name: string,
  args: readonly unknown[],
  clock: () => number,
  scopes: ScopeGuard = twin.scopes,
): Walked {
  const bundle = load(file, asGlobals(twin.services), clock);
  twin.bindToContext(bundle.context);
  let escaped: string | null = null;
  try {
    bundle.call(name, ...args);
  } catch (e) {
    escaped = String(e);
  }
  return { refused: [...scopes.refused], unlisted: [...scopes.unlisted], escaped };
}
