// The entry sidebar's script: one server call to open (the context), one to send each entry (with retries), one for
// the chosen owner's returned rows (a row opened is corrected in place), and the switch between the form and the result
// panel. Built by esbuild into dist/Sidebar.html as one inline script.
/// <reference lib="dom" />

import type { EntryContextReady, EntryPayload, ReturnedEntry, SubmitResult } from '../addon/entry/types';
import { entryMessages as E, sidebarMessages as M } from '../core/messages/entry';
import { fill, h, show } from './dom';
import { type EntryForm, entryForm } from './form';
import { newSubmissionId } from './ids';
import { type ResultPanel, resultPanel } from './result';
import { sendWithRetry } from './retry';
import { correctionBanner, returnedPanel } from './returned';
import { errorText, inAppsScript, server } from './server';

function failed(f: EntryForm, message: string): void {
  fill(f.status, h('p', { class: 'error' }, message));
  f.submitButton.focus();
}

/** The server's answer: the result panel once recorded, otherwise its problems under the fields and what to do. */
function answered(f: EntryForm, panel: ResultPanel, result: Exclude<SubmitResult, { status: 'busy' }>): void {
  if (result.status === 'recorded') {
    fill(f.status);
    show(f.root, false);
    show(panel.root, true);
    panel.show(result);
    return;
  }
  if (result.status === 'invalid' || result.status === 'confirm') f.showProblems(result.problems);
  failed(f, result.message.th);
  if (result.status === 'invalid' || result.status === 'confirm') f.focusFirstProblem();
}

function start(app: HTMLElement, ctx: EntryContextReady): void {
  const returned = returnedPanel(
    (owner) => server.getReturnedEntries(owner),
    (entry) => openReturned(entry),
  );
  const form = entryForm(ctx, () => returned.load(form.owner()));
  const banner = correctionBanner();
  const panel = resultPanel(ctx.fields);
  show(panel.root, false);
  fill(app, returned.root, banner.root, form.root, panel.root);
  let id = newSubmissionId();
  let attempt = 1;
  let sending = false;
  /** what was sent under `id`: a retry of the same content keeps the id (never written twice), changed content gets a new one */
  let sentContent: string | null = null;
  /** the returned row the form corrects; null for a new entry */
  let correcting: ReturnedEntry | null = null;

  /** an empty form under a new id, as for the next entry */
  function newEntry(): void {
    id = newSubmissionId();
    attempt = 1;
    sentContent = null;
    form.resetForNext();
    show(panel.root, false);
    show(form.root, true);
  }

  function correct(entry: ReturnedEntry | null): void {
    correcting = entry;
    banner.show(entry);
  }

  function openReturned(entry: ReturnedEntry): void {
    if (sending) return;
    newEntry();
    form.load(entry.values);
    correct(entry);
  }

  form.root.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!sending) void send(form);
  });
  panel.next.addEventListener('click', () => {
    newEntry();
    form.focusFirstProblem();
  });
  banner.cancel.addEventListener('click', () => {
    if (sending) return;
    correct(null);
    newEntry();
    form.focusFirstProblem();
  });
  // an owner remembered from last time is chosen already
  returned.load(form.owner());

  async function send(f: EntryForm): Promise<void> {
    const checked = f.check(true);
    if (checked.errors > 0 || (checked.warnings > 0 && !f.confirm.checked)) {
      // the warnings' own line sits by the tick box; errors are summed up by the button
      fill(f.status, checked.errors > 0 ? h('p', { class: 'error' }, E.fixErrors(checked.errors).th) : null);
      f.focusFirstProblem();
      return;
    }
    sending = true;
    f.submitButton.disabled = true;
    f.root.setAttribute('aria-busy', 'true');
    fill(f.status, h('p', {}, M.submitting.th));
    const replaces = correcting && { row: correcting.row, fingerprint: correcting.fingerprint };
    const content = { ...f.payload(), ...(replaces ? { replaces } : {}) };
    const fingerprint = JSON.stringify({ ...content, confirmWarnings: null });
    if (sentContent !== null && sentContent !== fingerprint) {
      id = newSubmissionId();
      attempt = 1;
    }
    sentContent = fingerprint;
    const payload: Omit<EntryPayload, 'attempt'> = { id, ...content };
    const { outcome, nextAttempt } = await sendWithRetry(payload, attempt, {
      send: (p) => server.submitEntry(p),
      wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      retrying: () => fill(f.status, h('p', { class: 'warning' }, E.busyRetrying.th)),
      random: Math.random,
    });
    attempt = nextAttempt;
    sending = false;
    f.submitButton.disabled = false;
    f.root.removeAttribute('aria-busy');
    if (outcome.kind === 'busy') return failed(f, M.busyFailed.th);
    if (outcome.kind === 'unreachable') return failed(f, M.connectionFailed(outcome.detail).th);
    const { result } = outcome;
    // a correction recorded is done; one refused leaves the list to open the row again as it now is
    if (replaces && result.status === 'recorded') correct(null);
    if (replaces && (result.status === 'recorded' || result.status === 'failed')) returned.load(form.owner());
    answered(f, panel, result);
  }
}

function boot(): void {
  const app = document.getElementById('app');
  if (!app) return;
  if (!inAppsScript()) {
    fill(app, h('p', { class: 'error' }, M.notInBrowser.th));
    return;
  }
  server
    .getEntryContext()
    .then((ctx) => {
      if (ctx.ok) start(app, ctx);
      else fill(app, h('p', { class: 'error', role: 'alert' }, ctx.message.th));
    })
    .catch((e: unknown) => fill(app, h('p', { class: 'error', role: 'alert' }, M.openFailed(errorText(e)).th)));
}

boot();
