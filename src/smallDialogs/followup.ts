// The ติดตามผล dialog's page: pick the period, one server call builds the messages, and each one is shown in a box with a
// copy button, ready to paste into LINE or an e-mail (the text is set as a value, never as markup).
/// <reference lib="dom" />

import type { FollowupDialogMessage } from '../addon/actions/followup';
import { runServer } from '../client/scriptRun';
import { followupPageMessages as M } from '../core/messages/dialogs';
import { el, runButton } from './dom';
import { periodFields } from './period';

/** Copies with the selection first: Apps Script dialogs run in a sandboxed frame that may refuse the Clipboard API. */
function copyText(box: HTMLTextAreaElement, note: HTMLElement): void {
  box.focus();
  box.select();
  let done = false;
  try {
    done = document.execCommand('copy');
  } catch {
    done = false;
  }
  if (!done && navigator.clipboard) {
    navigator.clipboard.writeText(box.value).then(
      () => (note.textContent = M.followupCopied.th),
      () => (note.textContent = M.followupSelected.th),
    );
    return;
  }
  note.textContent = done ? M.followupCopied.th : M.followupSelected.th;
}

function showMessages(list: HTMLElement, messages: readonly FollowupDialogMessage[]): void {
  list.replaceChildren(
    ...messages.map((m, i) => {
      const box = el('textarea');
      box.id = `message-${i}`;
      box.value = m.text;
      box.readOnly = true;
      const button = el('button', M.followupCopy.th);
      button.type = 'button';
      const note = el('span');
      note.className = 'copied';
      note.setAttribute('role', 'status');
      button.addEventListener('click', () => copyText(box, note));
      const section = el('section');
      section.append(el('h2', m.title), box, button, note);
      return section;
    }),
  );
}

export async function startFollowup(app: HTMLElement): Promise<void> {
  const { choices } = await runServer('getPeriodDialogContext');
  app.replaceChildren(el('p', M.followupIntro.th));
  const chosen = periodFields(app, choices);
  const list = el('div');
  list.id = 'messages';
  runButton(
    app,
    M.followupRun.th,
    M.followupWorking.th,
    () => runServer('runFollowupFor', chosen()),
    (answer) => showMessages(list, answer.ok ? answer.messages : []),
  );
  app.append(list);
}
