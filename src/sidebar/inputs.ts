// One input of the entry form per field the context names, built by the field's type: a date picker (a month and a year
// for a month field, see monthPicker.ts), a box for a figure,
// a line or a box of text, the list of links. Each gives its value, and shows its problems and what the core reads it as.
/// <reference lib="dom" />

import type { EntryContextReady } from '../addon/entry/types';
import type { EntryField } from '../core/form/entryFields';
import { fill, h } from './dom';
import { field, showNotes } from './fields';
import type { EntryInput } from './inputTypes';
import { linkList } from './links';
import { monthInput } from './monthPicker';
import { readAsDate, readAsNumber } from './readAs';

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export type { EntryInput } from './inputTypes';

/** the hint the figures of a form share, above their group */
export const FIGURES_HINT_ID = 'numbers-hint';

export function isFigure(f: EntryField): boolean {
  return f.type === 'count' || f.type === 'money';
}

export function textInput(props: Record<string, string> = {}): HTMLInputElement {
  return h('input', { type: 'text', autocomplete: 'off', ...props });
}

function controlFor(f: EntryField, ctx: EntryContextReady): Control {
  switch (f.type) {
    case 'date':
      return textInput({ type: 'date', min: ctx.form.activityStart, max: ctx.today.iso, value: ctx.today.iso });
    case 'count':
    case 'money':
      return textInput({ inputmode: 'decimal' });
    default:
      return f.multiline ? h('textarea', { rows: 3, maxlength: '1000' }) : textInput({ maxlength: '500' });
  }
}

function readAs(f: EntryField, text: string): string {
  if (f.type === 'date') return readAsDate(text);
  return isFigure(f) ? readAsNumber(text, f) : '';
}

/**
 * A field of one control. `initial` is what it holds again for the next entry; null keeps what was chosen (the pickers).
 */
export function controlInput(
  f: EntryField,
  control: Control,
  initial: string | null,
  onChange: () => void,
): EntryInput {
  const shown = field(f.key, f.label, control, { own: f.hint, shared: isFigure(f) ? FIGURES_HINT_ID : undefined });
  if (f.required) control.setAttribute('aria-required', 'true');
  control.addEventListener('input', onChange);
  control.addEventListener('change', onChange);
  return {
    field: f,
    root: shown.root,
    value: () => control.value,
    show: (problems) => {
      showNotes(
        shown,
        problems.map((p) => ({ severity: p.severity, text: p.message.th })),
      );
      fill(shown.readAs, readAs(f, control.value));
    },
    clear: () => {
      if (initial !== null) control.value = initial;
    },
    set: (value) => {
      control.value = typeof value === 'string' ? value : value.join(' ');
    },
    focus: () => control.focus(),
  };
}

function linksInput(f: EntryField, onChange: () => void): EntryInput {
  const list = linkList(f, onChange);
  return {
    field: f,
    root: list.root,
    value: () => list.values(),
    show: (problems) => list.showProblems(problems),
    clear: () => list.reset(),
    set: (value) => list.reset(typeof value === 'string' ? [value] : value),
    focus: () => list.focus(),
  };
}

/** The input of a field other than the district and อปท. pickers (see pickers.ts). */
export function entryInput(f: EntryField, ctx: EntryContextReady, onChange: () => void): EntryInput {
  if (f.type === 'links') return linksInput(f, onChange);
  if (f.type === 'date' && f.month) return monthInput(f, ctx, onChange);
  return controlInput(f, controlFor(f, ctx), f.type === 'date' ? ctx.today.iso : '', onChange);
}
