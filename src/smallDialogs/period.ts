// The สรุปผลรายอำเภอ dialog's page and the period fields it shares with ติดตามผล: the periods the server offers (the
// current fiscal year first and chosen), or a key typed by hand, which wins.
/// <reference lib="dom" />

import type { PeriodChoice } from '../addon/dialogs/periodDialog';
import { closeDialog, runServer } from '../client/scriptRun';
import { summaryDialogMessages as M, PERIOD_EXAMPLES, periodFieldMessages } from '../core/messages/dialogs';
import { choiceList, el, runButton } from './dom';

/** Appends the two fields (the list under `label`); gives the reader of the chosen period's key. */
export function periodFields(
  app: HTMLElement,
  choices: readonly PeriodChoice[],
  label = periodFieldMessages.periodLabel.th,
): () => string {
  const options = choices.map((c) => ({ value: c.key, label: c.label }));
  const [caption, list] = choiceList('period', label, options, choices[0]?.key ?? '');
  const otherCaption = el('label', periodFieldMessages.periodOther.th);
  otherCaption.htmlFor = 'other';
  const other = el('input');
  other.id = 'other';
  other.placeholder = PERIOD_EXAMPLES;
  app.append(caption, list, otherCaption, other);
  return () => other.value.trim() || list.value;
}

/** The summary's notices (a sheet made under another name) keep the dialog open; a plain success closes it. */
export async function startSummary(app: HTMLElement): Promise<void> {
  const { choices } = await runServer('getPeriodDialogContext');
  app.replaceChildren();
  const chosen = periodFields(app, choices);
  runButton(
    app,
    M.periodRun.th,
    M.periodWorking.th,
    () => runServer('runDistrictSummaryFor', chosen()),
    (answer, status) => {
      if (answer.ok && answer.notices.length === 0) closeDialog();
      else status.textContent = [answer.message, ...answer.notices].join('\n\n');
    },
  );
}
