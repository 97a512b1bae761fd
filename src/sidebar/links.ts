// The links field: one box per published post, each read by the core's link parser as it is typed and shown with its
// platform and any problem, plus buttons to add and remove boxes.
/// <reference lib="dom" />

import type { EntryProblem } from '../addon/entry/types';
import type { EntryField } from '../core/form/entryFields';
import { sidebarMessages as M } from '../core/messages/entry';
import { platformName } from '../core/messages/platforms';
import { problemText } from '../core/messages/problems';
import { parseLinks } from '../core/normalise/links';
import { fill, h } from './dom';
import type { Note } from './fields';

/** link problems each box shows beside itself; the rest go under the whole field */
const PER_BOX = new Set(['LINK_INVALID', 'LINK_NOT_HTTP', 'LINK_UNKNOWN_PLATFORM']);

export interface LinkList {
  readonly root: HTMLElement;
  values(): string[];
  /** the field's problems that are not about one box (those each box shows as it is typed) */
  showProblems(problems: readonly EntryProblem[]): void;
  /** one box per link given (one empty box when none) */
  reset(links?: readonly string[]): void;
  focus(): void;
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

interface LinkBox {
  readonly input: HTMLInputElement;
  readonly row: HTMLElement;
  readonly remove: HTMLButtonElement;
  /** shows what the core makes of the box's text */
  read(): void;
}

/** One box with its remove button and the line that shows, as it is typed, each link's platform and any problem. */
function linkBox(infoId: string, hintIds: string, messageId: string, onChange: () => void): LinkBox {
  const input = h('input', {
    type: 'text',
    inputmode: 'url',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'https://www.facebook.com/…',
  });
  const info = h('div', { class: 'link-info', id: infoId, 'aria-live': 'polite' });
  const remove = h(
    'button',
    { type: 'button', class: 'icon', 'aria-label': M.removeLink.th, title: M.removeLink.th },
    '×',
  );
  const read = () => {
    const { links, notes } = analyseLink(input.value);
    if (notes.some((n) => n.severity === 'error')) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    fill(
      info,
      ...links.map((l) => h('p', { class: 'platform' }, `${platformName(l.platform)}: ${l.url}`)),
      ...notes.map((n) => h('p', { class: n.severity }, n.text)),
    );
  };
  input.addEventListener('input', () => {
    read();
    onChange();
  });
  input.setAttribute('aria-describedby', `${hintIds} ${info.id} ${messageId}`);
  return { input, row: h('li', {}, h('div', { class: 'link-row' }, input, remove), info), remove, read };
}

export function linkList(field: EntryField, onChange: () => void): LinkList {
  const id = `f-${field.key}`;
  const list = h('ol', { class: 'links', id });
  const message = h('div', { class: 'msg', id: `${id}-msg`, 'aria-live': 'polite' });
  const own = field.hint ? h('p', { class: 'hint', id: `${id}-own-hint` }, field.hint.th) : null;
  const add = h('button', { type: 'button', class: 'secondary' }, M.addLink.th);
  const boxes: LinkBox[] = [];
  let made = 0;

  function renumber(): void {
    for (const [i, b] of boxes.entries()) b.input.setAttribute('aria-label', M.linkNumber(i + 1).th);
  }

  /** the last box is emptied rather than removed, so there is always one to type in */
  function remove(box: LinkBox): void {
    if (boxes.length === 1) {
      box.input.value = '';
      box.input.dispatchEvent(new Event('input'));
      box.input.focus();
      return;
    }
    const i = boxes.indexOf(box);
    boxes.splice(i, 1);
    box.row.remove();
    renumber();
    boxes[Math.max(0, i - 1)].input.focus();
    onChange();
  }

  function addBox(focus: boolean, text = ''): void {
    const hintIds = [`${id}-hint`, own ? own.id : ''].filter(Boolean).join(' ');
    const box = linkBox(`${id}-info-${++made}`, hintIds, message.id, onChange);
    box.remove.addEventListener('click', () => remove(box));
    boxes.push(box);
    list.appendChild(box.row);
    renumber();
    if (text !== '') {
      box.input.value = text;
      box.read();
    }
    if (focus) box.input.focus();
  }

  add.addEventListener('click', () => addBox(true));
  addBox(false);
  const root = h(
    'fieldset',
    { class: 'field', 'data-field': field.key },
    h('legend', {}, field.label.th),
    h('p', { class: 'hint', id: `${id}-hint` }, M.linkHint.th),
    own,
    list,
    add,
    message,
  );
  return {
    root,
    values: () => boxes.map((b) => b.input.value),
    showProblems: (problems) => {
      const whole = problems.filter((p) => !PER_BOX.has(p.code));
      fill(message, ...whole.map((p) => h('p', { class: p.severity }, p.message.th)));
    },
    reset: (links = []) => {
      while (boxes.length > 0) boxes.pop()?.row.remove();
      for (const link of links.length > 0 ? links : ['']) addBox(false, link);
    },
    focus: () => boxes[0]?.input.focus(),
  };
}
