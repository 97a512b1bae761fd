// The ตั้งค่าแบบรายงาน dialog's page: choose the programme the workbook reports on (the built-in forms by their Thai
// title, the workbook's own chosen), then one server call sets it up and the dialog shows what it did.
/// <reference lib="dom" />

import { runServer } from '../client/scriptRun';
import { setupDialogMessages as M } from '../core/messages/dialogs';
import { choiceList, el, runButton } from './dom';

export async function startSetup(app: HTMLElement): Promise<void> {
  const { forms, current, timelyDays } = await runServer('getSetupDialogContext');
  const options = forms.map((f) => ({ value: f.id, label: f.title }));
  const [caption, list] = choiceList('form', M.setupLabel.th, options, current);
  const note = el('p', M.setupNote.th);
  note.className = 'note';
  const timelyCaption = el('label', M.timelyLabel.th);
  timelyCaption.htmlFor = 'timely';
  const timely = el('input');
  timely.id = 'timely';
  timely.inputMode = 'numeric';
  timely.value = String(timelyDays);
  app.replaceChildren(caption, list, note, timelyCaption, timely);
  runButton(app, M.setupRun.th, M.setupWorking.th, () => runServer('runSetupFor', list.value, timely.value));
}
