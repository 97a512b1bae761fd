// The small dialog of ตั้งค่าแบบรายงาน: choose the programme the workbook reports on (the built-in forms by their Thai
// title, the workbook's own form chosen), then one server call sets it up and the dialog shows what it did.

import type { FormSpec } from '../../core/form/types';
import { dialogMessages as M } from '../../core/messages/dialogs';
import { escapeHtml } from '../../core/report/htmlText';

/** What runSetupFor answers the dialog: plain JSON, Thai text. */
export interface SetupDialogAnswer {
  readonly ok: boolean;
  readonly message: string;
}

export function setupDialogHtml(forms: readonly FormSpec[], current: FormSpec): string {
  const options = forms
    .map(
      (f) =>
        `<option value="${escapeHtml(f.id)}"${f.id === current.id ? ' selected' : ''}>${escapeHtml(f.title.th)}</option>`,
    )
    .join('');
  return `<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><style>
body{font-family:"Sarabun","Noto Sans Thai",Tahoma,sans-serif;font-size:14px;margin:12px}
label{display:block;margin:8px 0 4px}select,button{font:inherit;min-height:36px;width:100%;box-sizing:border-box}
p.note{color:#444;margin:8px 0}
button{margin-top:12px;background:#1a73e8;color:#fff;border:0;border-radius:4px}#msg{margin-top:8px;color:#b3261e;white-space:pre-line}#msg.ok{color:#1e4620}
</style></head><body>
<label for="form">${escapeHtml(M.setupLabel.th)}</label>
<select id="form">${options}</select>
<p class="note">${escapeHtml(M.setupNote.th)}</p>
<button id="go" type="button">${escapeHtml(M.setupRun.th)}</button>
<div id="msg" role="status" aria-live="polite"></div>
<script>
document.getElementById('go').addEventListener('click', function () {
  var button = document.getElementById('go');
  var msg = document.getElementById('msg');
  button.disabled = true;
  msg.className = '';
  msg.textContent = ${JSON.stringify(M.setupWorking.th)};
  google.script.run
    .withSuccessHandler(function (result) {
      button.disabled = false;
      msg.className = result && result.ok ? 'ok' : '';
      msg.textContent = result ? result.message : '';
    })
    .withFailureHandler(function (error) { button.disabled = false; msg.className = ''; msg.textContent = String(error && error.message || error); })
    .runSetupFor(document.getElementById('form').value);
});
</script></body></html>`;
}
