// Calls to the add-on's server functions through google.script.run, as promises, for every page the add-on shows.
// Arguments and results cross as plain JSON; a call that fails (the server threw, or the answer was lost) rejects.
/// <reference lib="dom" />

// types only: the pages' bundles carry nothing of the add-on
import type * as Server from '../addon/main';

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [serverFunction: string]: unknown;
}

interface GoogleClient {
  readonly script?: { readonly run?: ScriptRunner; readonly host?: { close(): void } };
}

function google(): GoogleClient | undefined {
  return (globalThis as { google?: GoogleClient }).google;
}

export function inAppsScript(): boolean {
  return google()?.script?.run !== undefined;
}

/** The add-on's top-level functions (exports of its entry module): a page can only call one of these, with its arguments. */
export type ServerFunctions = typeof Server;
export type ServerName = keyof ServerFunctions;
export type ServerResult<K extends ServerName> = ReturnType<ServerFunctions[K]>;

export function runServer<K extends ServerName>(
  name: K,
  ...args: Parameters<ServerFunctions[K]>
): Promise<ServerResult<K>> {
  type T = ServerResult<K>;
  return new Promise<T>((resolve, reject) => {
    const run = google()?.script?.run;
    if (!run) {
      reject(new Error('google.script.run is not available'));
      return;
    }
    const target = run
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler((error) =>
        reject(error instanceof Error ? error : new Error(String((error as { message?: unknown })?.message ?? error))),
      );
    (target[name as string] as (...a: unknown[]) => void)(...args);
  });
}

/** Closes a dialog (no-op outside Apps Script). */
export function closeDialog(): void {
  google()?.script?.host?.close();
}
