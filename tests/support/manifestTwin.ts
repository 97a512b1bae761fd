// Twins made from the scripts' built manifests: the add-on's tests run on dist/appsscript.json and the central script's on
// central/dist/appsscript.json, so a call its manifest does not cover fails in the tests as it would in Apps Script.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MENU_TITLE } from '../../src/addon/menu';
import { CENTRAL_MENU_TITLE } from '../../src/central/menu';
import { createServices, type Twin, type TwinOptions } from '../../src/twin';

const ROOT = join(__dirname, '..', '..');
export const BUILT_MANIFESTS = {
  officer: join(ROOT, 'dist', 'appsscript.json'),
  central: join(ROOT, 'central', 'dist', 'appsscript.json'),
} as const;
export type Script = keyof typeof BUILT_MANIFESTS;

const read = new Map<Script, readonly string[]>();

/** The oauthScopes of a script's built manifest (read once per test file: another build may be rewriting dist/). */
export function builtScopes(script: Script): readonly string[] {
  let scopes = read.get(script);
  if (!scopes) {
    const file = BUILT_MANIFESTS[script];
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` (npm test builds first)`);
    scopes = (JSON.parse(readFileSync(file, 'utf8')) as { oauthScopes: string[] }).oauthScopes;
    read.set(script, scopes);
  }
  return scopes;
}

type ManifestOptions = Omit<TwinOptions, 'oauthScopes' | 'addonName'>;

/** The officer add-on's twin: its manifest, its name on the menu, and no ScriptApp (the add-on may not make triggers). */
export function officerTwin(options: Omit<ManifestOptions, 'scriptApp'> = {}): Twin {
  return createServices({ ...options, oauthScopes: builtScopes('officer'), addonName: MENU_TITLE.th });
}

/** The central script's twin: its manifest, its name on the menu, ScriptApp unless `scriptApp: false`, and MailApp. */
export function centralTwin(options: ManifestOptions = {}): Twin {
  return createServices({
    scriptApp: true,
    mailApp: true,
    ...options,
    oauthScopes: builtScopes('central'),
    addonName: CENTRAL_MENU_TITLE.th,
  });
}
