// The links field: one box per published post, each read by the core's link parser as it is typed and shown with its
// platform and any problem, plus buttons to add and remove boxes.
/// <reference lib="dom" />

import { sidebarMessages as M } from '../core/messages/entry';
import { platformName } from '../core/messages/platforms';
import { problemText } from '../core/messages/problems';
import { parseLinks } from '../core/normalise/links';
import { fill, h } from './dom';
import type { Note } from './fields';
import { fieldLabel } from './formLabels';

export interface LinkList {
  readonly root: HTMLElement;
  readonly message: HTMLElement;
  values(): string[];
  reset(): void;
  focus(): void;
  /** whether any box has an error of its own (shown beside that box) */
  hasBoxErrors(): boolean;
}

/** What the core makes of one box: each link with its platform, each problem with the core's message. */
export function analyseLink(text: string): { links: { url: string; platform: string }[]; notes: Note[] } {
  const parsed = parseLinks(text);
  const notes: Note[] = parsed.problems.map((p) => ({
    severity: 'error',
    text: problemText(p.code, { value: p.token }).th,
  }));
  for (const link of parsed.links)
    if (link.platform === 'other')
      notes.push({ severity: 'warning', text: problemText('LINK_UNKNOWN_PLATFORM', { value: link.url }).th });
  return { links: parsed.links.map((l) => ({ url: l.url, platform: l.platform })), notes };
}

export function linkList(onChange: () => void): LinkList {
  const list = h('ol', { class: 'links', id: 'f-links' });
  const message = h('div', { class: 'msg', id: 'f-links-msg', 'aria-live': 'polite' });
  const add = h('button', { type: 'button', class: 'secondary' }, M.addLink.th);
  const boxes: { input: HTMLInputElement; row: HTMLElement; errors: boolean }[] = [];
  let made = 0;

  function renumber(): void {
    for (const [i, b] of boxes.entries()) b.input.setAttribute('aria-label', M.linkNumber(i + 1).th);
  }

  function addBox(focus: boolean): void {
    const input = h('input', {
      type: 'text',
      inputmode: 'url',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: 'https://www.facebook.com/…',
    });
    const info = h('div', { class: 'link-info', id: `f-link-info-${++made}`, 'aria-live': 'polite' });
    const remove = h(
      'button',
      { type: 'button', class: 'icon', 'aria-label': M.removeLink.th, title: M.removeLink.th },
      '×',
    );
    const row = h('li', {}, h('div', { class: 'link-row' }, input, remove), info);
    const box = { input, row, errors: false };
    input.addEventListener('input', () => {
      const { links, notes } = analyseLink(input.value);
      box.errors = notes.some((n) => n.severity === 'error');
      if (box.errors) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      fill(
        info,
        ...links.map((l) => h('p', { class: 'platform' }, `${platformName(l.platform)}: ${l.url}`)),
        ...notes.map((n) => h('p', { class: n.severity }, n.text)),
      );
      onChange();
    });
    remove.addEventListener('click', () => {
      if (boxes.length === 1) {
        input.value = '';
        input.dispatchEvent(new Event('input'));
        input.focus();
        return;
      }
      const i = boxes.indexOf(box);
      boxes.splice(i, 1);
      row.remove();
      renumber();
      boxes[Math.max(0, i - 1)].input.focus();
      onChange();
    });
    boxes.push(box);
    list.appendChild(row);
    input.setAttribute('aria-describedby', `f-links-hint ${info.id} f-links-msg`);
    renumber();
    if (focus) input.focus();
  }

  add.addEventListener('click', () => addBox(true));
  addBox(false);
  const root = h(
    'fieldset',
    { class: 'field', 'data-field': 'links' },
    h('legend', {}, fieldLabel('links').th),
    h('p', { class: 'hint', id: 'f-links-hint' }, M.linkHint.th),
    list,
    add,
    message,
  );
  return {
    root,
    message,
    values: () => boxes.map((b) => b.input.value),
    reset: () => {
      while (boxes.length > 0) boxes.pop()?.row.remove();
      addBox(false);
    },
    focus: () => boxes[0]?.input.focus(),
    hasBoxErrors: () => boxes.some((b) => b.errors),
  };
}
