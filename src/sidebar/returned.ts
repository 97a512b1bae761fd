// รายการที่ถูกส่งกลับแก้ไข above the entry form: the rows a reviewer returned to the chosen owner, each with its date, the
// reviewer's reason and a button that opens it in the form; and the banner shown while one is being corrected.
/// <reference lib="dom" />

import type { ReturnedEntries, ReturnedEntry } from '../addon/entry/types';
import { returnedPanelMessages as R } from '../core/messages/returnedPanel';
import { type Child, fill, h, show } from './dom';
import type { Owner } from './pickers';
import { errorText } from './server';

export interface ReturnedPanel {
  readonly root: HTMLElement;
  /** asks for the owner's returned rows (nothing is shown without an owner, or while the answer is on its way) */
  load(owner: Owner | null): void;
}

const reasonOf = (entry: ReturnedEntry) => entry.reason || R.noReason.th;

function line(entry: ReturnedEntry, open: (entry: ReturnedEntry) => void): HTMLElement {
  const date = entry.date || R.noDate.th;
  const button = h(
    'button',
    { type: 'button', class: 'secondary', 'data-row': entry.row, 'aria-label': R.openRow(entry.row, date).th },
    R.open.th,
  );
  button.addEventListener('click', () => open(entry));
  return h('li', {}, h('p', {}, h('span', { class: 'date' }, date), ' ', reasonOf(entry)), button);
}

export function returnedPanel(
  ask: (owner: Owner) => Promise<ReturnedEntries>,
  open: (entry: ReturnedEntry) => void,
): ReturnedPanel {
  const root = h('div', { class: 'returned', id: 'returned' });
  let asked = 0;
  const say = (...children: Child[]) => {
    fill(root, ...children);
    show(root, children.length > 0);
  };
  const failed = (detail: string) => say(h('p', { class: 'error', role: 'status' }, R.listFailed(detail).th));
  const rows = (list: readonly ReturnedEntry[]) =>
    list.length === 0
      ? say()
      : say(
          h(
            'section',
            { 'aria-labelledby': 'returned-heading' },
            h('h2', { id: 'returned-heading' }, R.heading(list.length).th),
            h('ul', {}, ...list.map((entry) => line(entry, open))),
          ),
        );
  say();
  return {
    root,
    load(owner) {
      // only the answer for the owner chosen last is shown
      const mine = ++asked;
      say();
      if (!owner) return;
      ask(owner).then(
        (answer) => {
          if (mine !== asked) return;
          if (answer.ok) rows(answer.rows);
          else failed(answer.message);
        },
        (e: unknown) => {
          if (mine === asked) failed(errorText(e));
        },
      );
    },
  };
}

export interface CorrectionBanner {
  readonly root: HTMLElement;
  readonly cancel: HTMLButtonElement;
  /** the row being corrected, or null for a new entry (the banner goes) */
  show(entry: ReturnedEntry | null): void;
}

export function correctionBanner(): CorrectionBanner {
  // it takes the focus when a row is opened, so a screen reader says which row the form now holds
  const text = h('p', { id: 'correcting-text', tabindex: '-1' });
  const cancel = h('button', { type: 'button', class: 'secondary', id: 'cancel-correction' }, R.cancel.th);
  const root = h('div', { class: 'correcting', id: 'correcting' }, text, cancel);
  show(root, false);
  return {
    root,
    cancel,
    show(entry) {
      fill(text, entry ? R.editing(entry.row, reasonOf(entry)).th : '');
      show(root, entry !== null);
      if (entry) text.focus();
    },
  };
}
