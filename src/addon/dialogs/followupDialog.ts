// The ติดตามผล dialog: pick the period, one server call builds the messages, and each one is shown in a box with a copy
// button, ready to paste into LINE or an e-mail (the text is set as values, never as markup).

import { followupDialogMessages as M } from '../../core/messages/dialogs';
import { escapeHtml } from '../../core/report/htmlText';
import type { CalendarDay } from '../../core/validate/validateSheet';
import { DIALOG_STYLE, periodFieldsHtml, periodRunJs } from './periodDialog';

const STYLE = `${DIALOG_STYLE}
section{margin-top:14px;border-top:1px solid #ddd;padding-top:8px}h2{font-size:15px;margin:0 0 6px}
textarea{width:100%;box-sizing:border-box;font:inherit;min-height:150px}
section button{width:auto;padding:0 16px;margin-top:6px}.copied{margin-left:8px;color:#1e4620}`;

/** Indented: the bundle test reads a line-start `function` as a top-level one. Copies with the selection first (Apps Script dialogs run in a sandboxed frame that may refuse the Clipboard API). */
const PAGE_SCRIPT = `
  function copyText(box, note) {
    box.focus(); box.select();
    var done = false;
    try { done = document.execCommand('copy'); } catch (e) { done = false; }
    if (!done && navigator.clipboard) { navigator.clipboard.writeText(box.value).then(function () { note.textContent = COPIED; }, function () { note.textContent = SELECTED; }); return; }
    note.textContent = done ? COPIED : SELECTED;
  }
  function show(list, messages) {
    while (list.firstChild) list.removeChild(list.firstChild);
    messages.forEach(function (m, i) {
      var section = document.createElement('section');
      var title = document.createElement('h2'); title.textContent = m.title;
      var box = document.createElement('textarea'); box.id = 'message-' + i; box.value = m.text; box.readOnly = true;
      var button = document.createElement('button'); button.type = 'button'; button.textContent = COPY;
      var note = document.createElement('span'); note.className = 'copied'; note.setAttribute('role', 'status');
      button.addEventListener('click', function () { copyText(box, note); });
      section.appendChild(title); section.appendChild(box); section.appendChild(button); section.appendChild(note);
      list.appendChild(section);
    });
  }
`;

export function followupDialogHtml(today: CalendarDay): string {
  const constants = [
    `var COPY = ${JSON.stringify(M.followupCopy.th)};`,
    `var COPIED = ${JSON.stringify(M.followupCopied.th)};`,
    `var SELECTED = ${JSON.stringify(M.followupSelected.th)};`,
    `var WORKING = ${JSON.stringify(M.followupWorking.th)};`,
  ].join('\n');
  return `<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><style>
${STYLE}
</style></head><body>
<p>${escapeHtml(M.followupIntro.th)}</p>
${periodFieldsHtml(today)}
<button id="go" type="button">${escapeHtml(M.followupRun.th)}</button>
<div id="msg" role="status" aria-live="polite"></div>
<div id="messages"></div>
<script>
${constants}
${PAGE_SCRIPT}
${periodRunJs('runFollowupFor', "show(document.getElementById('messages'), result && result.ok ? result.messages : []);")}
</script></body></html>`;
}
