// The central script's continuation of a paused national consolidation: a one-off time-driven trigger calling its handler about
// a minute later. Only the central script imports it: ScriptApp's triggers need script.scriptapp, which the add-on has not.

import type { Services } from '../addon/adapter/services';
import type { Continuation } from '../addon/consolidate/runner';
import { centralScriptApp } from './authorization';

/** What ScriptApp's trigger methods need (ScriptApp reference, newTrigger / getProjectTriggers / deleteTrigger, "Authorization"). */
export const TRIGGER_SCOPES: readonly string[] = ['https://www.googleapis.com/auth/script.scriptapp'];

export function triggerContinuation(handler: string): Continuation {
  const clear = (services: Services): void => {
    const app = centralScriptApp(services);
    for (const t of app.getProjectTriggers()) if (t.getHandlerFunction() === handler) app.deleteTrigger(t);
  };
  return {
    clear,
    schedule(services, afterMs) {
      clear(services);
      centralScriptApp(services).newTrigger(handler).timeBased().after(afterMs).create();
    },
  };
}
