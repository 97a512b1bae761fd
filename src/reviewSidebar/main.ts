// The ตรวจรับข้อมูล sidebar's script: asks getReviewContext for the rows of a district and period, shows one card per
// row, keeps the reviewer's decisions, and sends them all in one submitReview call, then lists the rows again.
// Built by esbuild into dist/ReviewSidebar.html as one inline script.
/// <reference lib="dom" />

import type { ReviewAnswer, ReviewContextReady, ReviewQuery } from '../addon/review/types';
import { runServer } from '../client/scriptRun';
import { reviewSidebarMessages as M } from '../core/messages/reviewSidebar';
import { el, runButton, say, statusLine } from '../smallDialogs/dom';
import { type ReviewCard, reviewCard } from './card';
import { type Controls, controls } from './controls';
import { Decisions } from './decisions';

/** blank: the server takes the reviewer's last choice, else every district and the current fiscal year */
const FIRST_QUERY: ReviewQuery = { district: '', period: '', filter: 'pending' };

async function ask(query: ReviewQuery): Promise<ReviewContextReady> {
  const ctx = await runServer('getReviewContext', query);
  if (!ctx.ok) throw new Error(ctx.message);
  return ctx;
}

function byId(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`no #${id}`);
  return found;
}

function start(app: HTMLElement, first: ReviewContextReady): void {
  const decisions = new Decisions();
  let shown = first;
  let cards: ReviewCard[] = [];
  let busy = false;
  /** the latest list asked for: an older answer arriving after it is not shown */
  let asked = 0;

  const top: Controls = controls(first, (query) => load(query));
  const list = el('div');
  list.id = 'rows';
  list.className = 'rows';
  const footer = el('footer');
  const approveAll = el('button', M.approveShown.th);
  approveAll.id = 'approve-all';
  approveAll.type = 'button';
  approveAll.className = 'secondary';
  footer.append(approveAll);
  app.replaceChildren(top.root, list, footer);
  runButton(footer, M.save(0).th, M.saving.th, save, answered);
  const saveButton = byId('go') as HTMLButtonElement;
  const status = byId('msg');

  /** the refusal shown for returns without a reason, cleared once every return has one */
  let reasonRefusal: string | null = null;

  function decided(): void {
    saveButton.textContent = M.save(decisions.size).th;
    saveButton.disabled = busy || decisions.size === 0;
    if (reasonRefusal !== null && decisions.missingReasons().length === 0) {
      if (status.textContent === reasonRefusal) say(status, '', false);
      reasonRefusal = null;
    }
  }

  function setBusy(value: boolean): void {
    busy = value;
    top.setDisabled(value);
    approveAll.disabled = value;
    footer.className = value ? 'busy' : '';
    for (const card of cards) card.reason.readOnly = value;
    list.setAttribute('aria-busy', String(value));
  }

  function show(ctx: ReviewContextReady): void {
    shown = ctx;
    decisions.reconcile(ctx.rows);
    cards = ctx.rows.map((row) => reviewCard(row, decisions, decided, () => busy));
    list.replaceChildren(...(cards.length > 0 ? cards.map((c) => c.root) : [el('p', M.empty.th)]));
    list.setAttribute('aria-busy', 'false');
    top.show(ctx, decisions.outside(ctx.rows));
    approveAll.hidden = ctx.rows.length === 0;
    decided();
  }

  function load(query: ReviewQuery): void {
    const mine = ++asked;
    top.loading();
    list.setAttribute('aria-busy', 'true');
    ask(query).then(
      (ctx) => {
        if (mine === asked) show(ctx);
      },
      (e: Error) => {
        if (mine !== asked) return;
        list.setAttribute('aria-busy', 'false');
        top.show(shown, decisions.outside(shown.rows));
        say(status, e.message, false);
      },
    );
  }

  /** Refused in the page, before any call, while a return has no reason: the officer who corrects it needs one. */
  function save(): Promise<ReviewAnswer> {
    const missing = decisions.missingReasons();
    if (missing.length > 0) {
      const boxes = cards.filter((c) => missing.includes(Number(c.root.getAttribute('data-row')))).map((c) => c.reason);
      for (const box of boxes) box.setAttribute('aria-invalid', 'true');
      boxes[0]?.focus();
      reasonRefusal = M.reasonMissing(missing).th;
      return Promise.reject(new Error(reasonRefusal));
    }
    setBusy(true);
    return runServer('submitReview', { decisions: decisions.list() }).finally(() => setBusy(false));
  }

  /** runButton has shown the message; each refused row's reason goes under it, in red, and the list is asked again. */
  function answered(answer: ReviewAnswer): void {
    decisions.forget([...answer.recorded, ...answer.refused.map((r) => r.row)]);
    for (const r of answer.refused) {
      const line = el('span', M.refused(r.row, r.message).th);
      line.className = 'refused';
      status.append(line);
    }
    decided();
    load(shown.chosen);
  }

  approveAll.addEventListener('click', () => {
    if (busy) return;
    const { marked, withErrors } = decisions.approveAll(shown.rows);
    for (const card of cards) card.refresh();
    decided();
    say(status, M.approvedShown(marked, withErrors).th, withErrors === 0);
  });
  show(first);
}

function open(app: HTMLElement): void {
  // the first call failed: say why, there is nothing else to show
  ask(FIRST_QUERY).then(
    (first) => start(app, first),
    (e: Error) => app.replaceChildren(statusLine(e.message)),
  );
}

const app = typeof document !== 'undefined' ? document.getElementById('app') : null;
if (app) open(app);
