// The panel shown after a submission: where it went, what was recorded (normalised, as written to the sheet), and the
// button for the next entry. Every value is set as text.
/// <reference lib="dom" />

import type { RecordedValue, SubmitResult } from '../addon/entry/types';
import type { EntryField } from '../core/form/entryFields';
import { sidebarMessages as M } from '../core/messages/entry';
import { platformName } from '../core/messages/platforms';
import { fill, h } from './dom';
import { figureText } from './readAs';

export interface ResultPanel {
  readonly root: HTMLElement;
  readonly next: HTMLButtonElement;
  show(result: Extract<SubmitResult, { status: 'recorded' }>): void;
}

/** A recorded value as the officer reads it: the figure with its unit, the date in Thai, each link with its platform. */
function shown(field: EntryField, value: RecordedValue): string | HTMLElement {
  const dash = M.none.th;
  if (value === null) return dash;
  if (typeof value === 'number') return figureText(value, field);
  if (typeof value === 'string') return value;
  if ('thai' in value) return value.thai;
  return value.length === 0
    ? dash
    : h('ul', {}, ...value.map((l) => h('li', {}, `${platformName(l.platform)}: ${l.url}`)));
}

export function resultPanel(fields: readonly EntryField[]): ResultPanel {
  const heading = h('h2', { tabindex: '-1', class: 'done' });
  const list = h('dl', { class: 'recorded' });
  const next = h('button', { type: 'button', class: 'primary' }, M.next.th);
  const root = h(
    'section',
    { class: 'result', 'aria-labelledby': 'result-heading' },
    heading,
    h('h3', {}, M.recordedHeading.th),
    list,
    next,
  );
  heading.id = 'result-heading';
  return {
    root,
    next,
    show(result) {
      fill(heading, result.message.th);
      const { recorded } = result;
      fill(list, ...fields.flatMap((f) => [h('dt', {}, f.label.th), h('dd', {}, shown(f, recorded[f.key] ?? null))]));
      heading.focus();
    },
  };
}
