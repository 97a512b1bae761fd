// The national consolidation from a menu, shared by the officer add-on and the central script: runs it, asks whether to
// continue a saved run or start again, and shows the outcome in Thai.

import { nationalRunMessages as M } from '../../core/messages/nationalRun';
import type { Text } from '../../core/messages/text';
import type { Services } from '../adapter/services';
import { failureText } from '../failure';
import { type NationalRunConfig, type RunOutcome, runNational } from './runner';

/** The officer add-on: every report tab of the open workbook; no file by id, no trigger (its manifest grants neither). */
export const TABS_RUN: NationalRunConfig = { mode: 'tabs', files: null, continuation: null, authorize: null };

export function tell(services: Services, title: Text, messages: readonly Text[]): void {
  if (messages.length === 0) return;
  const ui = services.spreadsheetApp.getUi();
  ui.alert(title.th, messages.map((m) => m.th).join('\n\n'), ui.ButtonSet.OK);
}

/** Runs a menu action; an Apps Script failure becomes a Thai message instead of a stack trace. */
export function guardedAction(services: Services, title: Text, action: () => void): void {
  try {
    action();
  } catch (e) {
    tell(services, title, [failureText(e)]);
  }
}

/** The menu items รวมผลทั้งประเทศ ('start') and ทำต่อ ('continue'). */
export function runFromMenu(services: Services, config: NationalRunConfig, request: 'start' | 'continue'): RunOutcome {
  let outcome = runNational(services, config, request);
  if (outcome.kind === 'choose') {
    const ui = services.spreadsheetApp.getUi();
    const answer = ui.alert(M.title.th, `${outcome.message.th}\n${M.yesNo.th}`, ui.ButtonSet.YES_NO_CANCEL);
    if (answer === ui.Button.YES) outcome = runNational(services, config, 'continue');
    else if (answer === ui.Button.NO) outcome = runNational(services, config, 'restart');
    else outcome = { kind: 'refused', message: M.cancelled };
  }
  tell(services, M.title, [outcome.message, ...(outcome.kind === 'finished' ? outcome.notices : [])]);
  return outcome;
}
