// Each built bundle carries only calls its own manifest can run: no method the scope table says needs a scope the manifest
// lacks is called anywhere in it, and no service all of whose scoped methods it may not call is named (for the officer add-on:
// no openById, no ScriptApp, no trigger code, although it runs the national consolidation with the central script's code).

import { readFileSync } from 'node:fs';
import { asGlobals, createServices } from '../../src/twin';
import { SCOPE_TABLE } from '../../src/twin/scopes';
import { BUILT_MANIFESTS, type Script } from '../support/manifestTwin';
import { CENTRAL_BUNDLE, OFFICER_BUNDLE, source } from './sandbox';

const BUNDLES: Record<Script, string> = { officer: OFFICER_BUNDLE, central: CENTRAL_BUNDLE };
const GLOBALS = new Set(Object.keys(asGlobals(createServices({ scriptApp: true, mailApp: true }).services)));
// a name JavaScript itself has (Object.create) cannot be told from the service's by its text; the chain reaching it can
// (ClockTriggerBuilder.create, counted as ScriptApp.create, is reached only through newTrigger)
const BUILT_IN = new Set(
  [Object, Array.prototype, String.prototype, Map.prototype, Set.prototype, Date.prototype, Math, JSON].flatMap((o) =>
    Object.getOwnPropertyNames(o),
  ),
);

/** What a manifest's scopes cannot run: method names no class may call with them, and services none of whose scoped methods it may. */
function outOfScope(scopes: readonly string[]): { methods: string[]; services: string[] } {
  const granted = (required: readonly string[]) => required.length === 0 || required.some((s) => scopes.includes(s));
  const method = new Map<string, boolean>();
  const service = new Map<string, boolean>();
  for (const [key, required] of Object.entries(SCOPE_TABLE)) {
    const [cls, name] = key.split('.');
    method.set(name, (method.get(name) ?? false) || granted(required));
    if (GLOBALS.has(cls) && required.length > 0) service.set(cls, (service.get(cls) ?? false) || granted(required));
  }
  const refused = (m: Map<string, boolean>) =>
    [...m]
      .filter(([, ok]) => !ok)
      .map(([name]) => name)
      .sort();
  return { methods: refused(method).filter((name) => !BUILT_IN.has(name)), services: refused(service) };
}

function manifestScopes(script: Script): string[] {
  return (JSON.parse(readFileSync(BUILT_MANIFESTS[script], 'utf8')) as { oauthScopes: string[] }).oauthScopes;
}

test('what the officer manifest cannot run includes opening files by id and every trigger call', () => {
  const { methods, services } = outOfScope(manifestScopes('officer'));
  expect(methods).toEqual(expect.arrayContaining(['openById', 'newTrigger', 'getProjectTriggers', 'deleteTrigger']));
  expect(services).toContain('ScriptApp');
});

test.each<Script>(['officer', 'central'])('the %s bundle calls nothing its manifest does not cover', (script) => {
  const code = source(BUNDLES[script]);
  const { methods, services } = outOfScope(manifestScopes(script));
  const called = methods.filter((name) => new RegExp(`\\.${name}\\(`).test(code));
  const named = services.filter((name) => new RegExp(`\\b${name}\\b`).test(code));
  expect({ called, named }).toEqual({ called: [], named: [] });
});

test('the central bundle has the file reader, the trigger and the permission check the officer bundle leaves out', () => {
  const code = source(CENTRAL_BUNDLE);
  for (const name of ['openById', 'newTrigger', 'getProjectTriggers', 'deleteTrigger', 'getAuthorizationInfo'])
    expect(code).toContain(`.${name}(`);
});

test('only the central script may send e-mail: its manifest asks for script.send_mail, the officer add-on names no MailApp', () => {
  const sendMail = 'https://www.googleapis.com/auth/script.send_mail';
  expect(manifestScopes('central')).toContain(sendMail);
  expect(manifestScopes('officer')).not.toContain(sendMail);
  expect(source(OFFICER_BUNDLE)).not.toMatch(/MailApp|\.sendEmail\(|getRemainingDailyQuota/);
  const central = source(CENTRAL_BUNDLE);
  for (const name of ['sendEmail', 'getRemainingDailyQuota']) expect(central).toContain(`.${name}(`);
  expect(outOfScope(manifestScopes('officer')).services).toContain('MailApp');
});
