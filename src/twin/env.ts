// The state one twin's objects share: the call counter, the signed-in user, the realm Dates are handed out in,
// and the emulation switches.

import { fingerprint } from '../addon/consolidate/runState';
import { ServiceCounter } from './counter';

/** The twin's default clock: 09:00 in Bangkok on 21 Nov 2026, the fixtures' "today". */
export const TWIN_NOW = Date.UTC(2026, 10, 21, 2, 0, 0);

import type { TwinLocale } from './errors';

export class TwinEnv {
  readonly counter = new ServiceCounter();
  /** Session.getActiveUser().getEmail(); '' when Apps Script gives none (consumer accounts, simple triggers). */
  userEmail = '';
  /** Session.getTemporaryActiveUserKey(): who the user is when the email is blank; user properties are kept per key. */
  userKey = userKeyFor('');
  scriptTimeZone = 'Asia/Bangkok';
  /** getValues hands out Dates made by this constructor: set it to a node:vm context's Date when running the bundle. */
  DateCtor: DateConstructor = Date;
  /** setValues turns number-like and TRUE/FALSE text into numbers and booleans, as Sheets does ('…' keeps text). */
  parseText = true;
  /** getRange itself throws for a range outside the sheet (otherwise only writes throw and reads give ''). */
  strictBounds = false;
  /** Whether SpreadsheetApp.getUi() works (it throws in time-driven and other UI-less executions). */
  uiAvailable = true;
  /** The clock Services.now reads (ms since the epoch): a fixed instant unless set (the preview sets the real one), so no
   * test on the twin depends on the machine's date; a test sets its own to cut a long run off. */
  now: () => number = () => TWIN_NOW;
  /** The user's language, which Apps Script words its exceptions in (only where the twin has both wordings: openById). */
  locale: TwinLocale = 'en';
  /** The manifest's oauthScopes (undefined: none listed, so Apps Script asks for what the code uses). */
  oauthScopes: readonly string[] | undefined = undefined;
  /** Listed scopes the user left unticked on Google's granular consent screen. */
  deniedScopes: ReadonlySet<string> = new Set();
  /** Who holds a lock taken by this execution (another holder is simulated with lock.holdBy). */
  readonly executionId = 'this-execution';
}

/**
 * A stand-in for the key Apps Script makes per user and script (https://developers.google.com/apps-script/reference/base/session):
 * derived from the email so it differs from it; users with blank emails need keys of their own (Twin.setUser's second argument).
 */
export function userKeyFor(email: string): string {
  return `twin-key-${fingerprint(email)}`;
}
