// The ส่งอีเมลติดตามผล dialog: pick the period, one server call sends the e-mails, and the dialog lists what happened to each
// province (the text is set as values, never as markup).

import { followupMailMessages as M } from '../core/messages/followupMail';
import { escapeHtml } from '../core/report/html';
import type { CalendarDay } from '../core/validate/validateSheet';
import { DIALOG_STYLE, FILL_JS, periodFieldsHtml, periodRunJs } from './periodFields';

/** What sendFollowupEmailsFor answers the dialog: plain JSON, Thai text. */
export interface MailDialogAnswer {
  readonly ok: boolean;
  readonly message: string;
  /** one line a province */
  readonly lines: readonly string[];
  /** the register's addresses left out, a log made again */
  readonly notices: readonly string[];
}

export function followupMailDialogHtml(today: CalendarDay): string {
  return `<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><style>
${DIALOG_STYLE}
</style></head><body>
<p>${escapeHtml(M.intro.th)}</p>
${periodFieldsHtml(today)}
<button id="go" type="button">${escapeHtml(M.run.th)}</button>
<div id="msg" role="status" aria-live="polite"></div>
<ul id="lines"></ul>
<ul id="notices"></ul>
<script>
var WORKING = ${JSON.stringify(M.working.th)};
${FILL_JS}
${periodRunJs('sendFollowupEmailsFor', "fill(document.getElementById('lines'), result ? result.lines : []); fill(document.getElementById('notices'), result ? result.notices : []);")}
</script></body></html>`;
}
