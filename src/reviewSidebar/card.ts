// One row of the review list as a compact card: who and when, its status, its figures and problems, and the two
// decision buttons (press again to undo) with the reason box a return needs. Everything from the sheet goes in as text.
/// <reference lib="dom" />

import type { ReviewRow } from '../addon/review/types';
import { reviewSidebarMessages as M } from '../core/messages/reviewSidebar';
import { el } from '../smallDialogs/dom';
import type { Decisions, Verdict } from './decisions';

export interface ReviewCard {
  readonly root: HTMLElement;
  readonly reason: HTMLTextAreaElement;
  /** shows the row's decision as it now stands */
  refresh(): void;
}

function withClass<T extends HTMLElement>(node: T, className: string): T {
  node.className = className;
  return node;
}

function fieldList(row: ReviewRow): HTMLElement {
  const list = withClass(el('dl'), 'fields');
  for (const f of row.fields) {
    const item = el('div');
    item.append(el('dt', f.label), el('dd', f.value === '' ? '–' : f.value));
    list.append(item);
  }
  return list;
}

function problemList(row: ReviewRow): HTMLElement {
  const list = withClass(el('ul'), 'problems');
  for (const p of row.problems) list.append(withClass(el('li', p.message), p.severity));
  return list;
}

function decisionButton(id: string, label: string, className: string): HTMLButtonElement {
  const button = withClass(el('button', label), className);
  button.id = id;
  button.type = 'button';
  return button;
}

/** `changed` runs after every decision or reason typed; `busy` says a save is running, when nothing may change. */
export function reviewCard(row: ReviewRow, decisions: Decisions, changed: () => void, busy: () => boolean): ReviewCard {
  const root = el('article');
  root.setAttribute('data-row', String(row.row));
  const heading = withClass(el('h3', row.lao), 'lao');
  heading.id = `lao-${row.row}`;
  root.setAttribute('aria-labelledby', heading.id);
  const chip = withClass(el('span', M.status[row.status].th), `chip ${row.status}`);
  const head = withClass(el('div'), 'head');
  head.append(heading, chip);
  const meta = withClass(el('p', [row.district, row.date, M.row(row.row).th].filter(Boolean).join(' · ')), 'meta');
  root.append(head, meta, fieldList(row));
  if (row.note) root.append(withClass(el('p', `${M.reviewerNote.th}: ${row.note}`), 'note'));
  if (row.problems.length > 0) root.append(problemList(row));

  const approve = decisionButton(`approve-${row.row}`, M.approve.th, 'approve');
  const giveBack = decisionButton(`return-${row.row}`, M.return.th, 'return');
  const actions = withClass(el('div'), 'actions');
  actions.append(approve, giveBack);
  const reasonBox = withClass(el('div'), 'reason');
  const caption = el('label', M.reasonLabel.th);
  const reason = el('textarea');
  reason.id = `reason-${row.row}`;
  caption.htmlFor = reason.id;
  reason.required = true;
  reason.rows = 2;
  reason.placeholder = M.reasonPlaceholder.th;
  reasonBox.append(caption, reason);
  root.append(actions, reasonBox);
  if (row.closed !== '') {
    // its period was certified: the server would refuse a decision, so none can be made here
    root.append(withClass(el('p', row.closed), 'closed'));
    approve.disabled = true;
    giveBack.disabled = true;
  }

  function refresh(): void {
    const verdict = decisions.verdict(row.row);
    root.className = verdict ? `card decided ${verdict}` : 'card';
    approve.setAttribute('aria-pressed', String(verdict === 'approve'));
    giveBack.setAttribute('aria-pressed', String(verdict === 'return'));
    approve.textContent = verdict === 'approve' ? `✓ ${M.approve.th}` : M.approve.th;
    giveBack.textContent = verdict === 'return' ? `✓ ${M.return.th}` : M.return.th;
    reasonBox.hidden = verdict !== 'return';
    reason.value = decisions.note(row.row);
    if (verdict !== 'return') reason.removeAttribute('aria-invalid');
  }

  function choose(verdict: Verdict): void {
    if (busy() || row.closed !== '') return;
    decisions.toggle(row, verdict);
    refresh();
    changed();
    // the reason is what a return needs next
    if (decisions.verdict(row.row) === 'return') reason.focus();
  }

  approve.addEventListener('click', () => choose('approve'));
  giveBack.addEventListener('click', () => choose('return'));
  reason.addEventListener('input', () => {
    decisions.setNote(row.row, reason.value);
    if (reason.value.trim() !== '') reason.removeAttribute('aria-invalid');
    changed();
  });
  refresh();
  return { root, reason, refresh };
}
