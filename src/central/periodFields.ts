// The period fields, look and run script of the central script's inline mail dialog (the add-on's period dialogs are
// pages of their own, built from src/smallDialogs): the same choices, the first one chosen.

import { periodDialogContext } from '../addon/dialogs/periodDialog';
import { periodFieldMessages as M, PERIOD_EXAMPLES } from '../core/messages/dialogs';
import type { Text } from '../core/messages/text';
import { escapeHtml } from '../core/report/htmlText';
import type { CalendarDay } from '../core/validate/validateSheet';

/** The dialog's look: Thai type, touch-sized controls, the status line. */
export const DIALOG_STYLE = `body{font-family:"Sarabun","Noto Sans Thai",Tahoma,sans-serif;font-size:14px;margin:12px}
label{display:block;margin:8px 0 4px}select,input,button{font:inherit;min-height:36px;width:100%;box-sizing:border-box}
button{margin-top:12px;background:#1a73e8;color:#fff;border:0;border-radius:4px}#msg{margin-top:8px;color:#b3261e;white-space:pre-line}#msg.ok{color:#1e4620}
ul{margin:10px 0 0;padding-left:20px}li{margin:2px 0}`;

/**
 * The period's two fields (a list, or a key typed by hand); the page reads them with CHOSEN_PERIOD_JS. `everyPeriod` adds a
 * last choice whose key is '' (no period).
 */
export function periodFieldsHtml(today: CalendarDay, everyPeriod?: Text): string {
  const choices = periodDialogContext(today).choices;
  const all = everyPeriod ? [...choices, { key: '', label: everyPeriod.th }] : choices;
  const options = all
    .map((c, i) => `<option value="${escapeHtml(c.key)}"${i === 0 ? ' selected' : ''}>${escapeHtml(c.label)}</option>`)
    .join('');
  return `<label for="period">${escapeHtml(M.periodLabel.th)}</label>
<select id="period">${options}</select>
<label for="other">${escapeHtml(M.periodOther.th)}</label>
<input id="other" placeholder="${PERIOD_EXAMPLES}">`;
}

/** A page-script expression: the period key typed by hand, else the one chosen in the list. */
const CHOSEN_PERIOD_JS = "(document.getElementById('other').value.trim() || document.getElementById('period').value)";

/** The page's helper that lists lines in a <ul> as text (never as markup). Indented, as periodRunJs. */
export const FILL_JS = `
  function fill(list, lines) {
    while (list.firstChild) list.removeChild(list.firstChild);
    lines.forEach(function (line) {
      var item = document.createElement('li'); item.textContent = line; list.appendChild(item);
    });
  }
`;

/**
 * The page script's click handler of a dialog whose server call runs for the chosen period and whose answer the dialog
 * shows itself: the button is held while it runs, WORKING (a page variable) is shown, then the answer's message, and
 * `onAnswer` (statements over `result`) shows the rest; `moreArgs` (", expressions") follow the key in the call. Indented: the
 * bundle tests read a line-start `function` as top-level.
 */
export function periodRunJs(serverFunction: string, onAnswer: string, moreArgs = ''): string {
  return `
  document.getElementById('go').addEventListener('click', function () {
    var key = ${CHOSEN_PERIOD_JS};
    var button = document.getElementById('go');
    var msg = document.getElementById('msg');
    button.disabled = true;
    msg.className = '';
    msg.textContent = WORKING;
    google.script.run
      .withSuccessHandler(function (result) {
        button.disabled = false;
        msg.className = result && result.ok ? 'ok' : '';
        msg.textContent = result ? result.message : '';
        ${onAnswer}
      })
      .withFailureHandler(function (error) { button.disabled = false; msg.className = ''; msg.textContent = String(error && error.message || error); })
      .${serverFunction}(key${moreArgs});
  });`;
}
