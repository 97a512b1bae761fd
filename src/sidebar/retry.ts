// Sends one entry with up to three tries after a busy lock or a lost answer, waiting longer each time (with jitter); the
// id stays, so a try that did get through is never written twice. No DOM here, so it is tested in node.

import type { EntryPayload, SubmitResult } from '../addon/entry/types';

export const TRIES = 3;

export type SendOutcome =
  | { readonly kind: 'answer'; readonly result: Exclude<SubmitResult, { status: 'busy' }> }
  | { readonly kind: 'busy' }
  | { readonly kind: 'unreachable'; readonly detail: string };

export interface SendDeps {
  send(payload: EntryPayload): Promise<SubmitResult>;
  wait(ms: number): Promise<void>;
  /** a try failed and another follows: the sidebar says so */
  retrying(reason: 'busy' | 'unreachable', nextTry: number): void;
  /** 0 ≤ random() < 1, for the jitter */
  random(): number;
}

/** 1 s, 2 s, … each ±25 %, so pages that collided do not collide again in step. */
export function backoffMs(failedTries: number, random: number): number {
  return Math.round(1000 * 2 ** (failedTries - 1) * (0.75 + random * 0.5));
}

/** `firstAttempt` continues the count across presses of the button, so the server knows a retry when it sees one. */
export async function sendWithRetry(
  payload: Omit<EntryPayload, 'attempt'>,
  firstAttempt: number,
  deps: SendDeps,
): Promise<{ outcome: SendOutcome; nextAttempt: number }> {
  let attempt = firstAttempt;
  let last: SendOutcome = { kind: 'busy' };
  for (let tryNo = 1; tryNo <= TRIES; tryNo++) {
    try {
      const result = await deps.send({ ...payload, attempt: attempt++ });
      if (result.status !== 'busy') return { outcome: { kind: 'answer', result }, nextAttempt: attempt };
      last = { kind: 'busy' };
    } catch (e) {
      last = { kind: 'unreachable', detail: e instanceof Error ? e.message : String(e) };
    }
    if (tryNo < TRIES) {
      deps.retrying(last.kind === 'busy' ? 'busy' : 'unreachable', tryNo + 1);
      await deps.wait(backoffMs(tryNo, deps.random()));
    }
  }
  return { outcome: last, nextAttempt: attempt };
}
