// The state one twin's objects share: the call counter, the signed-in user, the realm Dates are handed out in,
// and the emulation switches.

import { ServiceCounter } from './counter';

export class TwinEnv {
  readonly counter = new ServiceCounter();
  /** Session.getActiveUser().getEmail(); '' when Apps Script gives none (consumer accounts, simple triggers). */
  userEmail = '';
  scriptTimeZone = 'Asia/Bangkok';
  /** getValues hands out Dates made by this constructor: set it to a node:vm context's Date when running the bundle. */
  DateCtor: DateConstructor = Date;
  /** setValues turns number-like and TRUE/FALSE text into numbers and booleans, as Sheets does ('…' keeps text). */
  parseText = true;
  /** getRange itself throws for a range outside the sheet (otherwise only writes throw and reads give ''). */
  strictBounds = false;
  /** Whether SpreadsheetApp.getUi() works (it throws in time-driven and other UI-less executions). */
  uiAvailable = true;
  /** The clock Services.now reads (ms since the epoch); a test sets its own to cut a long run off. */
  now: () => number = () => Date.now();
  /** Who holds a lock taken by this execution (another holder is simulated with lock.holdBy). */
  readonly executionId = 'this-execution';
}
