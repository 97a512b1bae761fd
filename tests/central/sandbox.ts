// Loads a built Apps Script bundle (dist/Code.js or central/dist/Code.js) into a bare node:vm context, as Apps Script's V8
// would, with only the fakes a test passes in; its clock (Date.now) can be put on the twin's, to cut a long run off.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { ABSENT_GLOBALS } from '../support/appsScriptSandbox';

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
  const context = vm.createContext({ ...fakes });
  for (const name of ABSENT_GLOBALS) if (name !== 'Intl' && name in context) throw new Error(`sandbox leaks ${name}`);
  const before = new Set(Object.getOwnPropertyNames(context));
  vm.runInContext(source(file), context, { filename: file });
  if (clock) (vm.runInContext('Date', context) as DateConstructor).now = clock;
  const defined = Object.getOwnPropertyNames(context).filter((n) => !before.has(n));
  return { context, defined, call: (name, ...args) => (context[name] as (...a: unknown[]) => unknown)(...args) };
}
