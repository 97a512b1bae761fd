// Loads the built dist/Code.js into a bare node:vm context, as Apps Script's V8 would, with only the fakes a test passes in.
// The context deliberately lacks require, module, process, URL, URLSearchParams, TextEncoder, setTimeout, fetch and structuredClone,
// and its clock is the test's (a fixed instant unless one is given), never the machine's.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { TWIN_NOW } from '../../src/twin';
import { setContextClock } from '../../src/twin/contextClock';

export const DIST = join(__dirname, '..', '..', 'dist');

export const ABSENT_GLOBALS = [
  'require',
  'module',
  'exports',
  'process',
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
  'setTimeout',
  'setInterval',
  'fetch',
  'structuredClone',
  'Buffer',
  'Intl',
] as const;

/** What a sandbox's Date.now() and new Date() give unless the test passes a clock: 09:00 in Bangkok on 21 Nov 2026. */
export const SANDBOX_NOW = TWIN_NOW;

/** A fresh context holding only `fakes` and a Date on `clock`, checked for host globals, ready for a bundle. */
export function sandboxContext(fakes: Record<string, unknown>, clock: () => number = () => SANDBOX_NOW): vm.Context {
  const context = vm.createContext({ ...fakes });
  // node:vm contexts start with the language built-ins only; make sure none of the host's extras slipped in
  for (const name of ABSENT_GLOBALS) {
    if (name === 'Intl') continue;
    if (name in context) throw new Error(`sandbox leaks ${name}`);
  }
  setContextClock(context, clock);
  return context;
}

export function bundleSource(): string {
  const file = join(DIST, 'Code.js');
  if (!existsSync(file)) throw new Error('dist/Code.js is missing: run `npm run build` (npm test builds first)');
  return readFileSync(file, 'utf8');
}

export interface Sandbox {
  readonly context: vm.Context;
  /** names of the globals the script itself defined */
  readonly defined: string[];
}

export function loadBundle(fakes: Record<string, unknown> = {}, clock?: () => number): Sandbox {
  const context = sandboxContext(fakes, clock);
  const before = new Set(Object.getOwnPropertyNames(context));
  vm.runInContext(bundleSource(), context, { filename: 'Code.js' });
  const defined = Object.getOwnPropertyNames(context).filter((n) => !before.has(n));
  return { context, defined };
}

/** A recorder of every property reached on a fake service, so a test can assert which services were touched. */
export function tracedService(name: string, log: string[], impl: Record<string, unknown> = {}): unknown {
  return new Proxy(impl, {
    get(target, prop) {
      log.push(`${name}.${String(prop)}`);
      return (target as Record<string | symbol, unknown>)[prop] ?? (() => undefined);
    },
  });
}
