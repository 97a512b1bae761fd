// The add-on's small dialogs in the browser (สรุปผลรายอำเภอ, ติดตามผล, ตั้งค่าแบบรายงาน, รับรองผล): one script for
// their pages, each naming its dialog in #app's data-dialog; each asks the server for what to offer, then shows it.
/// <reference lib="dom" />

import { startCertify } from './certify';
import { statusLine } from './dom';
import { startFollowup } from './followup';
import { startSummary } from './period';
import { startSetup } from './setup';

const DIALOGS: Record<string, (app: HTMLElement) => Promise<void>> = {
  summary: startSummary,
  followup: startFollowup,
  setup: startSetup,
  certify: startCertify,
};

function open(app: HTMLElement): void {
  const start = DIALOGS[app.getAttribute('data-dialog') ?? ''];
  if (!start) throw new Error(`no dialog named ${app.getAttribute('data-dialog')}`);
  // the first call failed: say why in the dialog, which has nothing else to show
  start(app).catch((e: Error) => app.replaceChildren(statusLine(e.message)));
}

const app = typeof document !== 'undefined' ? document.getElementById('app') : null;
if (app) open(app);
