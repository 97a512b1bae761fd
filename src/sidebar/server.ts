// The sidebar's server calls through google.script.run, as promises. Arguments and results cross as plain JSON;
// a call that fails (the server threw, or the answer was lost on the way) rejects with the error's message.
/// <reference lib="dom" />

import type { EntryContext, EntryPayload, ReturnedEntries, SubmitResult } from '../addon/entry/types';
import { runServer } from '../client/scriptRun';
import type { Owner } from './pickers';

export { inAppsScript } from '../client/scriptRun';

export const server = {
  getEntryContext: (): Promise<EntryContext> => runServer('getEntryContext'),
  submitEntry: (payload: EntryPayload): Promise<SubmitResult> => runServer('submitEntry', payload),
  getReturnedEntries: (owner: Owner): Promise<ReturnedEntries> => runServer('getReturnedEntries', owner),
};

/** What a failed call says, for the line that reports it. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
