// The run state of a national consolidation (one document property): who started it and when, where it stands in its plan,
// and whether an execution is working on it now (the claim is made under the document lock; the long work runs without it).

import { nationalRunMessages as M } from '../../core/messages/nationalRun';
import type { Text } from '../../core/messages/text';
import type { UserIdentity } from '../../core/messages/user';
import { type Period, parsePeriod, periodLabel } from '../../core/period/period';
import type { CalendarDay } from '../../core/validate/validateSheet';
import type { RunMode } from './sources';

export interface RunState {
  readonly v: 1;
  /** a new id per run: rows of the run-data sheet from another run are never mixed in */
  id: string;
  /** who started it: their email ('' when Google does not say) */
  owner: string;
  /** their temporary key when the email is blank (absent in runs saved before it was kept) */
  ownerKey?: string;
  startedAt: number;
  /** the working execution's last sign of life; an execution cannot outlive 6 minutes, so an older one is dead */
  heartbeat: number;
  status: 'running' | 'paused';
  /** the working execution's id: a checkpoint of anyone else's is refused */
  execution: string;
  /** when a continuation trigger will pick the run up (central script); null: it waits for ทำต่อ */
  resumeAt: number | null;
  mode: RunMode;
  /** "today" of the whole run (dates after it are typing slips), and the date its tables are "as of" */
  today: CalendarDay;
  /** the period counted (its key), null or absent for every row; a run keeps the choices it started with */
  period?: string | null;
  /** count only the provinces that certified the period themselves (absent in runs saved before it was offered) */
  certifiedOnly?: boolean;
  /** of the registry and the plan the run started with: a change starts it again */
  inputs: string;
  /** the next source of the plan to read */
  cursor: number;
  total: number;
  /** per source read: its province's code, '' when its province is unknown, '-' when it is not a report */
  src: string[];
  /** provinces whose links were lost: read again before the tables are written */
  redo: string[];
  /** how many property pages the run's log has */
  pages: number;
  /** the next free row of the run-data sheet, and which version of each province's links it holds */
  linkRow: number;
  links: Record<string, number>;
}

/** A running execution that has given no sign of life for this long is dead (Apps Script stops every execution at 6 minutes). */
export const STALE_MS = 7 * 60 * 1000;
/** A continuation trigger that has not fired this long after its time has failed; the run then waits for ทำต่อ. */
export const TRIGGER_GRACE_MS = 10 * 60 * 1000;

export function parseState(text: string | undefined): RunState | null {
  if (!text) return null;
  try {
    const state = JSON.parse(text) as RunState;
    return state && state.v === 1 ? state : null;
  } catch {
    return null;
  }
}

/** What the person starting a run chose: the period (its key) and whether only certified provinces count. */
export interface RunChoices {
  readonly period: string | null;
  readonly certifiedOnly: boolean;
}

export const EVERY_ROW: RunChoices = { period: null, certifiedOnly: false };

export function newRunId(now: number): string {
  return `r${now.toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

export function newState(
  mode: RunMode,
  owner: UserIdentity,
  now: number,
  today: CalendarDay,
  execution: string,
  choices: RunChoices = EVERY_ROW,
): RunState {
  return {
    v: 1,
    id: newRunId(now),
    owner: owner.email,
    ownerKey: owner.key,
    startedAt: now,
    heartbeat: now,
    status: 'running',
    execution,
    resumeAt: null,
    mode,
    today,
    period: choices.period,
    certifiedOnly: choices.certifiedOnly,
    inputs: '',
    cursor: 0,
    total: 0,
    src: [],
    redo: [],
    pages: 0,
    linkRow: 1,
    links: {},
  };
}

/** Who started the run. */
export function ownerOf(state: RunState): UserIdentity {
  return { email: state.owner, key: state.ownerKey ?? '' };
}

/** The choices a saved run started with. */
export function choicesOf(state: RunState): RunChoices {
  return { period: state.period ?? null, certifiedOnly: state.certifiedOnly ?? false };
}

/** The period a run counts; null for every row (a key it saved itself always reads). */
export function periodOf(choices: RunChoices): Period | null {
  if (choices.period === null) return null;
  const parsed = parsePeriod(choices.period);
  return parsed.ok ? parsed.period : null;
}

/** What a run counts, in words: its period (or every period) and whether only certified provinces. */
export function choicesText(choices: RunChoices): Text {
  const period = periodOf(choices);
  return M.runScope(period && periodLabel(period), choices.certifiedOnly);
}

/** Someone's execution is working on the run now, or its continuation trigger is about to. */
export function isLive(state: RunState, now: number): boolean {
  if (state.status === 'running') return now - state.heartbeat < STALE_MS;
  return state.resumeAt !== null && now < state.resumeAt + TRIGGER_GRACE_MS;
}

/** Provinces (or sources) read so far, for "x / N". */
export function doneCount(state: RunState): number {
  return Math.min(state.cursor, state.total);
}

/** A short fingerprint (FNV-1a) of the inputs a run depends on. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length.toString(36)}.${(h >>> 0).toString(36)}`;
}
