// The รวมผลทั้งประเทศ dialog: the period (or every period), whether only certified provinces count, one server call that runs
// the consolidation; a saved run is answered in the dialog itself (continue it, or start again), never by an alert over it.

import { nationDialogMessages as M } from '../core/messages/nationDialog';
import { escapeHtml } from '../core/report/html';
import type { CalendarDay } from '../core/validate/validateSheet';
import { DIALOG_STYLE, FILL_JS, periodFieldsHtml, periodRunJs } from './periodFields';

/** What consolidateNationFor answers the dialog: plain JSON, Thai text. */
export interface NationDialogAnswer {
  readonly ok: boolean;
  /** the run's outcome: 'choose' shows the two buttons that answer a saved run */
  readonly kind: 'refused' | 'choose' | 'paused' | 'finished' | 'failed';
  readonly message: string;
  readonly notices: readonly string[];
}

const STYLE = `${DIALOG_STYLE}
.check{display:flex;gap:8px;align-items:flex-start;margin-top:12px}.check input{width:auto;min-height:0;margin-top:4px}
.check label{margin:0}#choose p{margin:12px 0 0;color:#444}`;

/** REQUEST is what the next click asks of the server: 'start', or a saved run's answer. Indented, as periodRunJs. */
const PAGE_SCRIPT = `
  var REQUEST = 'start';
  function answerSaved(request) { REQUEST = request; document.getElementById('go').click(); }
  document.getElementById('continue').addEventListener('click', function () { answerSaved('continue'); });
  document.getElementById('restart').addEventListener('click', function () { answerSaved('restart'); });
`;

const ON_ANSWER = `REQUEST = 'start';
        document.getElementById('choose').hidden = !(result && result.kind === 'choose');
        fill(document.getElementById('notices'), result ? result.notices : []);`;

export function nationDialogHtml(today: CalendarDay): string {
  return `<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><style>
${STYLE}
</style></head><body>
<p>${escapeHtml(M.intro.th)}</p>
${periodFieldsHtml(today, M.everyPeriod)}
<div class="check"><input type="checkbox" id="certified"><label for="certified">${escapeHtml(M.certifiedOnly.th)}</label></div>
<button id="go" type="button">${escapeHtml(M.run.th)}</button>
<div id="msg" role="status" aria-live="polite"></div>
<div id="choose" hidden>
<p>${escapeHtml(M.chooseHint.th)}</p>
<button id="continue" type="button">${escapeHtml(M.continueSaved.th)}</button>
<button id="restart" type="button">${escapeHtml(M.restart.th)}</button>
</div>
<ul id="notices"></ul>
<script>
var WORKING = ${JSON.stringify(M.working.th)};
${FILL_JS}
${PAGE_SCRIPT}
${periodRunJs('consolidateNationFor', ON_ANSWER, ", document.getElementById('certified').checked, REQUEST")}
</script></body></html>`;
}
