// One execution of a national consolidation: its working set, and how it saves (a checkpoint in one Properties call), shows
// progress (a toast at most every 15 s, so the calls do not grow with the provinces) and stops (paused, maybe with a trigger).

import { nationalRunMessages as M } from '../../core/messages/nationalRun';
import type { Text } from '../../core/messages/text';
import type { PropertiesApi, Services, SpreadsheetApi } from '../adapter/services';
import type { PlanReader, RunInputs } from './inputs';
import type { LinkStore } from './linkStore';
import type { ReadContext } from './readSource';
import { STATE_KEY, type RunLog } from './runLog';
import { doneCount, type RunState } from './runState';
import type { RunMode } from './sources';

export interface NationalRunConfig {
  readonly mode: RunMode;
  /** the top-level function a continuation trigger calls; null where the script may not make triggers (the officer add-on) */
  readonly continuation: string | null;
  /** files mode: reads the plan (the register of province files); passed in so the officer bundle leaves it out */
  readonly readPlan: PlanReader | null;
}

export type RunOutcome =
  /** someone else's run is live, nothing to continue, the lock is busy: nothing was done */
  | { readonly kind: 'refused'; readonly message: Text }
  /** a saved run exists: ask whether to continue it ('continue') or start again ('restart') */
  | { readonly kind: 'choose'; readonly message: Text }
  | { readonly kind: 'paused'; readonly message: Text }
  | { readonly kind: 'finished'; readonly message: Text; readonly notices: readonly Text[] }
  | { readonly kind: 'failed'; readonly message: Text };

/** Stop reading when the next source might not be done by 4½ minutes: the rest of the 6 is for saving and the tables. */
export const STOP_AT_MS = 270_000;
/** Write the tables in this execution only when all was read by 3½ minutes; otherwise the next execution writes them. */
export const FINISH_BY_MS = 210_000;
export const CONTINUE_AFTER_MS = 60_000;
const TOAST_EVERY_MS = 15_000;

/** One execution's working set. */
export interface Run {
  readonly services: Services;
  readonly config: NationalRunConfig;
  readonly clock: () => number;
  readonly began: number;
  readonly ss: SpreadsheetApi;
  readonly props: PropertiesApi;
  state: RunState;
  log: RunLog;
  links: LinkStore;
  inputs: RunInputs;
  read: ReadContext;
  notices: Text[];
  slowest: number;
  lastToast: number;
  lastFlush: number;
}

export function toast(run: Run, text: Text, force = false): void {
  const now = run.clock();
  if (!force && now - run.lastToast < TOAST_EVERY_MS) return;
  run.lastToast = now;
  try {
    run.ss.toast(text.th, M.title.th, 10);
  } catch {
    // a trigger's execution may have nobody to show it to
  }
}

/** Saves the log's new pages and the state in one call. */
export function checkpoint(run: Run): void {
  const { write, remove } = run.log.changes();
  run.state.heartbeat = run.clock();
  run.state.pages = run.log.pageCount;
  run.props.setProperties({ ...write, [STATE_KEY]: JSON.stringify(run.state) });
  for (const key of remove) run.props.deleteProperty(key);
  run.log.saved();
}

export function deleteContinuations(run: Run): void {
  const app = run.services.scriptApp;
  const fn = run.config.continuation;
  if (!app || !fn) return;
  for (const t of app.getProjectTriggers()) if (t.getHandlerFunction() === fn) app.deleteTrigger(t);
}

/** Saves and stops; `schedule`: make the continuation trigger (not after a failure, which would only repeat it every minute). */
export function pause(run: Run, schedule = true): RunOutcome {
  run.links.flush(run.state);
  run.state.status = 'paused';
  run.state.execution = '';
  run.state.resumeAt = null;
  const app = run.services.scriptApp;
  const fn = run.config.continuation;
  if (app && fn && schedule) {
    deleteContinuations(run);
    app.newTrigger(fn).timeBased().after(CONTINUE_AFTER_MS).create();
    run.state.resumeAt = run.clock() + CONTINUE_AFTER_MS;
  }
  checkpoint(run);
  const done = doneCount(run.state);
  const message = run.state.resumeAt !== null ? M.pausedScheduled(done, run.state.total, run.state.resumeAt) : M.pausedManual(done, run.state.total);
  toast(run, message, true);
  return { kind: 'paused', message };
}

