// The sidebar's two server calls through google.script.run, as promises. Arguments and results cross as plain JSON;
// a call that fails (the server threw, or the answer was lost on the way) rejects with the error's message.
/// <reference lib="dom" />

import type { EntryContext, EntryPayload, SubmitResult } from '../addon/entry/types';
import { runServer } from '../client/scriptRun';

export { inAppsScript } from '../client/scriptRun';

export const server = {
  getEntryContext: (): Promise<EntryContext> => runServer('getEntryContext'),
  submitEntry: (payload: EntryPayload): Promise<SubmitResult> => runServer('submitEntry', payload),
};
