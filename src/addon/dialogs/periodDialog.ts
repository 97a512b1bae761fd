// The small dialog of สรุปผลรายอำเภอ: pick the period (default: the current fiscal year), then one server call runs the summary
// and the dialog itself shows what the person should know (an alert from that call would replace the dialog).

import { dialogMessages as M } from '../../core/messages/dialogs';
import { currentFiscalYear, type Period, periodKey, periodLabel } from '../../core/period/period';
import { escapeHtml } from '../../core/report/htmlText';
import type { CalendarDay } from '../../core/validate/validateSheet';

/** What runDistrictSummaryFor answers the dialog: plain JSON, Thai text. */
export interface PeriodDialogAnswer {
  readonly ok: boolean;
  readonly message: string;
  /** a sheet made again or under another name: shown in the dialog, which then stays open */
  readonly notices: readonly string[];
}

/** The current and previous fiscal years, and the quarters of the current one. */
export function periodChoices(today: CalendarDay): Period[] {
  const current = currentFiscalYear(today);
  const fy = current.kind === 'fiscalYear' ? current.fiscalYear : 0;
  const quarters = ([1, 2, 3, 4] as const).map((quarter): Period => ({ kind: 'quarter', fiscalYear: fy, quarter }));
  return [current, { kind: 'fiscalYear', fiscalYear: fy - 1 }, ...quarters];
}

/** The dialogs' shared look: Thai type, touch-sized controls, the status line. */
export const DIALOG_STYLE = `body{font-family:"Sarabun","Noto Sans Thai",Tahoma,sans-serif;font-size:14px;margin:12px}
label{display:block;margin:8px 0 4px}select,input,button{font:inherit;min-height:36px;width:100%;box-sizing:border-box}
button{margin-top:12px;background:#1a73e8;color:#fff;border:0;border-radius:4px}#msg{margin-top:8px;color:#b3261e;white-space:pre-line}#msg.ok{color:#1e4620}`;

/** The period's two fields (a list, or a key typed by hand); the page reads them with CHOSEN_PERIOD_JS. */
export function periodFieldsHtml(today: CalendarDay): string {
  const options = periodChoices(today)
    .map(
      (p, i) =>
        `<option value="${escapeHtml(periodKey(p))}"${i === 0 ? ' selected' : ''}>${escapeHtml(periodLabel(p).th)}</option>`,
    )
    .join('');
  return `<label for="period">${escapeHtml(M.periodLabel.th)}</label>
<select id="period">${options}</select>
<label for="other">${escapeHtml(M.periodOther.th)}</label>
<input id="other" placeholder="2569-Q2, 2568-10">`;
}

/** A page-script expression: the period key typed by hand, else the one chosen in the list. */
export const CHOSEN_PERIOD_JS =
  "(document.getElementById('other').value.trim() || document.getElementById('period').value)";

/**
 * The page script's click handler of a dialog whose server call runs for the chosen period and whose answer the dialog
 * shows itself: the button is held while it runs, WORKING (a page variable) is shown, then the answer's message, and
 * `onAnswer` (statements over `result`) shows the rest. Indented: the bundle tests read a line-start `function` as top-level.
 */
export function periodRunJs(serverFunction: string, onAnswer: string): string {
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
      .${serverFunction}(key);
  });`;
}

export function periodDialogHtml(today: CalendarDay): string {
  return `<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><style>
${DIALOG_STYLE}
</style></head><body>
${periodFieldsHtml(today)}
<button id="go" type="button">${escapeHtml(M.periodRun.th)}</button>
<div id="msg" role="status" aria-live="polite"></div>
<script>
document.getElementById('go').addEventListener('click', function () {
  var key = ${CHOSEN_PERIOD_JS};
  var button = document.getElementById('go');
  var msg = document.getElementById('msg');
  button.disabled = true;
  msg.textContent = ${JSON.stringify(M.periodWorking.th)};
  google.script.run
    .withSuccessHandler(function (result) {
      if (result && result.ok && result.notices.length === 0) { google.script.host.close(); return; }
      button.disabled = false;
      msg.className = result && result.ok ? 'ok' : '';
      msg.textContent = result ? [result.message].concat(result.notices).join('\\n\\n') : '';
    })
    .withFailureHandler(function (error) { button.disabled = false; msg.className = ''; msg.textContent = String(error && error.message || error); })
    .runDistrictSummaryFor(key);
});
</script></body></html>`;
}
