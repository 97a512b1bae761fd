// One labelled form field of the sidebar: a visible label tied to its control, an optional hint, and a live message area
// the control is described by, so screen readers read the label, the hint and the current problem together.
/// <reference lib="dom" />

import type { Text } from '../core/messages/text';
import { fill, h } from './dom';

export interface Field<C extends HTMLElement> {
  readonly root: HTMLElement;
  readonly control: C;
  /** the normalised value ("read as …"), shown under the control */
  readonly readAs: HTMLElement;
  readonly message: HTMLElement;
}

export type Note = { readonly severity: 'error' | 'warning'; readonly text: string };

/** What describes a field besides its label: a hint of its own, and the id of a hint shared by its group. */
export interface Hints {
  readonly own?: Text;
  readonly shared?: string;
}

export function field<C extends HTMLElement>(key: string, label: Text, control: C, hints: Hints = {}): Field<C> {
  const id = `f-${key}`;
  control.id = id;
  const hintEl = hints.own ? h('p', { class: 'hint', id: `${id}-hint` }, hints.own.th) : null;
  const readAs = h('p', { class: 'read-as', id: `${id}-read` });
  const message = h('div', { class: 'msg', id: `${id}-msg`, 'aria-live': 'polite' });
  const describedBy = [hints.shared, hintEl ? hintEl.id : '', readAs.id, message.id];
  control.setAttribute('aria-describedby', describedBy.filter(Boolean).join(' '));
  const root = h(
    'div',
    { class: 'field', 'data-field': key },
    h('label', { for: id }, label.th),
    hintEl,
    control,
    readAs,
    message,
  );
  return { root, control, readAs, message };
}

/** Shows a field's problems (errors first) and marks the control invalid when one is an error. */
export function showNotes(f: Field<HTMLElement>, notes: readonly Note[]): void {
  const sorted = [...notes].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  fill(f.message, ...sorted.map((n) => h('p', { class: n.severity }, n.text)));
  if (sorted.some((n) => n.severity === 'error')) f.control.setAttribute('aria-invalid', 'true');
  else f.control.removeAttribute('aria-invalid');
}

export function select(options: readonly { value: string; label: string }[], placeholder: Text): HTMLSelectElement {
  const el = h('select', {});
  setOptions(el, options, placeholder);
  return el;
}

export function setOptions(
  el: HTMLSelectElement,
  options: readonly { value: string; label: string }[],
  placeholder: Text,
): void {
  fill(el, h('option', { value: '' }, placeholder.th), ...options.map((o) => h('option', { value: o.value }, o.label)));
}
