// Calls to the add-on's server functions through google.script.run, as promises, for every page the add-on shows.
// Arguments and results cross as plain JSON; a call that fails (the server threw, or the answer was lost) rejects.
/// <reference lib="dom" />

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

export function runServer<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = google()?.script?.run;
    if (!run) {
      reject(new Error('google.script.run is not available'));
      return;
    }
    const target = run
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String((error as { message?: unknown })?.message ?? error))));
    (target[name] as (...a: unknown[]) => void)(...args);
  });
}

/** Closes a dialog (no-op outside Apps Script). */
export function closeDialog(): void {
  google()?.script?.host?.close();
}
