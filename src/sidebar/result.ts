// The panel shown after a submission: where it went, what was recorded (normalised, as written to the sheet), and the
// button for the next entry. Every value is set as text.
/// <reference lib="dom" />

import type { RecordedEntry, SubmitResult } from '../addon/entry/types';
import { formatSatang, groupThousands } from '../core/format/number';
import { sidebarMessages as M } from '../core/messages/entry';
import { platformName } from '../core/messages/platforms';
import { fill, h } from './dom';
import { fieldLabel, fieldUnit } from './formLabels';

export interface ResultPanel {
  readonly root: HTMLElement;
  readonly next: HTMLButtonElement;
  show(result: Extract<SubmitResult, { status: 'recorded' }>): void;
}

function rows(r: RecordedEntry): [string, string | HTMLElement][] {
  const dash = M.none.th;
  const count = (n: number | null, unit: string) => (n === null ? dash : `${groupThousands(n)} ${unit}`);
  const links =
    r.links.length === 0
      ? dash
      : h('ul', {}, ...r.links.map((l) => h('li', {}, `${platformName(l.platform)}: ${l.url}`)));
  return [
    [fieldLabel('district').th, r.district ?? dash],
    [fieldLabel('lao').th, r.lao ?? dash],
    [fieldLabel('date').th, r.dateThai ?? dash],
    [fieldLabel('product').th, r.product ?? dash],
    [fieldLabel('links').th, links],
    [fieldLabel('salesCount').th, count(r.salesCount, fieldUnit('salesCount'))],
    [
      fieldLabel('revenue').th,
      r.revenue === null ? dash : `${formatSatang(Math.round(r.revenue * 100))} ${fieldUnit('revenue')}`,
    ],
    [fieldLabel('beneficiaries').th, count(r.beneficiaries, fieldUnit('beneficiaries'))],
    [fieldLabel('note').th, r.note ?? dash],
  ];
}

export function resultPanel(): ResultPanel {
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
      fill(list, ...rows(result.recorded).flatMap(([label, value]) => [h('dt', {}, label), h('dd', {}, value)]));
      heading.focus();
    },
  };
}
