// Who may work on the national consolidation now, decided under the document lock in a few Properties calls: a live run
// refuses others with its owner's name, a saved one asks to continue or start again, a dead one is known by its heartbeat.

import { nationalRunMessages as M } from '../../core/messages/nationalRun';
import type { Text } from '../../core/messages/text';
import type { UserIdentity } from '../../core/messages/user';
import type { CalendarDay } from '../../core/validate/validateSheet';
import type { PropertiesApi, Services } from '../adapter/services';
import { PAGE_KEY, RunLog, STATE_KEY } from './runLog';
import {
  choicesOf,
  choicesText,
  doneCount,
  isLive,
  newState,
  ownerOf,
  parseState,
  type RunChoices,
  type RunState,
} from './runState';
import type { RunMode } from './sources';

/** start: the menu item · continue: ทำต่อ · restart: the person chose to start again · trigger: the continuation trigger */
export type RunRequest = 'start' | 'continue' | 'restart' | 'trigger';

const LOCK_WAIT_MS = 5_000;

export type Claim =
  | {
      readonly ok: true;
      readonly state: RunState;
      readonly log: RunLog;
      readonly all: Readonly<Record<string, string>>;
      readonly resumed: boolean;
    }
  | { readonly ok: false; readonly kind: 'refused' | 'choose'; readonly message: Text };

export interface ClaimInput {
  readonly services: Services;
  readonly props: PropertiesApi;
  readonly mode: RunMode;
  readonly request: RunRequest;
  readonly now: number;
  readonly today: CalendarDay;
  readonly execution: string;
  readonly user: UserIdentity;
  /** what a new run counts (a saved run keeps its own) */
  readonly choices: RunChoices;
}

function decide(saved: RunState | null, input: ClaimInput): Claim | null {
  const { request, now } = input;
  if (saved && saved.status === 'running' && isLive(saved, now)) {
    return {
      ok: false,
      kind: 'refused',
      message: M.runningBy(ownerOf(saved), saved.startedAt, doneCount(saved), saved.total),
    };
  }
  if (saved && request === 'start') {
    if (isLive(saved, now) && saved.resumeAt !== null)
      return {
        ok: false,
        kind: 'refused',
        message: M.scheduledBy(ownerOf(saved), saved.resumeAt, doneCount(saved), saved.total),
      };
    return {
      ok: false,
      kind: 'choose',
      message: M.savedRun(
        ownerOf(saved),
        saved.startedAt,
        doneCount(saved),
        saved.total,
        choicesText(choicesOf(saved)),
      ),
    };
  }
  if (!saved && (request === 'continue' || request === 'trigger'))
    return { ok: false, kind: 'refused', message: M.nothingToContinue };
  return null;
}

/** Takes the run for this execution, or says why not. The state it returns is already saved as running. */
export function claimRun(input: ClaimInput): Claim {
  const { services, props } = input;
  // null outside a spreadsheet's own script (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock())
  const lock = services.lockService.getDocumentLock();
  if (!lock) return { ok: false, kind: 'refused', message: M.notBound };
  if (!lock.tryLock(LOCK_WAIT_MS)) return { ok: false, kind: 'refused', message: M.lockBusy };
  try {
    const all = props.getProperties();
    const saved = parseState(all[STATE_KEY]);
    const refused = decide(saved, input);
    if (refused) return refused;
    if (saved && saved.mode === input.mode && input.request !== 'restart') {
      const state: RunState = {
        ...saved,
        status: 'running',
        heartbeat: input.now,
        execution: input.execution,
        resumeAt: null,
      };
      props.setProperty(STATE_KEY, JSON.stringify(state));
      return { ok: true, state, log: RunLog.load(all, saved.pages), all, resumed: true };
    }
    // a new run: the pages of a discarded one go first, so the store never holds two runs
    for (let i = 0; i < (saved?.pages ?? 0); i++) props.deleteProperty(PAGE_KEY + i);
    const state = newState(input.mode, input.user, input.now, input.today, input.execution, input.choices);
    props.setProperty(STATE_KEY, JSON.stringify(state));
    return { ok: true, state, log: new RunLog(), all, resumed: false };
  } finally {
    lock.releaseLock();
  }
}

/** Ends the run: its pages, then its state (in that order, so no page is ever left without a state naming it). */
export function endRun(services: Services, props: PropertiesApi, state: RunState): void {
  const lock = services.lockService.getDocumentLock();
  const locked = lock?.tryLock(LOCK_WAIT_MS) ?? false;
  try {
    if (parseState(props.getProperty(STATE_KEY) ?? undefined)?.id !== state.id) return;
    for (let i = 0; i < state.pages; i++) props.deleteProperty(PAGE_KEY + i);
    props.deleteProperty(STATE_KEY);
  } finally {
    if (locked) lock?.releaseLock();
  }
}
