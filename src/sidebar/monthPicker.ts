// The input of a date field whose values are months (ColumnEntry.month): a month and a Buddhist-era year to choose, e.g.
// ตุลาคม 2563, giving the text the sheet holds and the check reads back as that month: "ต.ค. 2563".
/// <reference lib="dom" />

import type { EntryContextReady, EntryProblem } from '../addon/entry/types';
import type { EntryField } from '../core/form/entryFields';
import { sidebarMessages as M } from '../core/messages/entry';
import { BE_OFFSET, THAI_MONTHS } from '../core/normalise/dates';
import { fill, h } from './dom';
import { field, showNotes } from './fields';
import type { EntryInput } from './inputTypes';

/** "ต.ค. 2563": the month as the sheet writes it, from a month 1-12 and a B.E. year. */
export function monthText(month: number, yearBE: number): string {
  return `${THAI_MONTHS[month - 1].abbr} ${yearBE}`;
}

/** The B.E. years from the form's first to today's, the latest first. */
function yearsBE(ctx: EntryContextReady): number[] {
  const first = Number(ctx.form.activityStart.slice(0, 4));
  const last = Number(ctx.today.iso.slice(0, 4));
  const years: number[] = [];
  for (let y = last; y >= Math.min(first, last); y--) years.push(y + BE_OFFSET);
  return years;
}

export function monthInput(f: EntryField, ctx: EntryContextReady, onChange: () => void): EntryInput {
  const month = h('select', {}, ...THAI_MONTHS.map((m, i) => h('option', { value: String(i + 1) }, m.full)));
  const year = h(
    'select',
    { 'aria-label': `${f.label.th} ${M.yearBE.th}` },
    ...yearsBE(ctx).map((y) => h('option', { value: String(y) }, String(y))),
  );
  const shown = field(f.key, f.label, month, { own: f.hint });
  month.setAttribute('aria-label', `${f.label.th} ${M.monthOfYear.th}`);
  year.id = `f-${f.key}-year`;
  year.setAttribute('aria-describedby', month.getAttribute('aria-describedby') ?? '');
  // both selects side by side where the field's one control was
  const pair = h('div', { class: 'month-picker' });
  month.replaceWith(pair);
  pair.append(month, year);
  const reset = () => {
    month.value = String(Number(ctx.today.iso.slice(5, 7)));
    year.value = String(Number(ctx.today.iso.slice(0, 4)) + BE_OFFSET);
  };
  reset();
  const value = () => monthText(Number(month.value), Number(year.value));
  for (const el of [month, year]) el.addEventListener('change', onChange);
  return {
    field: f,
    root: shown.root,
    value,
    show: (problems: readonly EntryProblem[]) => {
      showNotes(
        shown,
        problems.map((p) => ({ severity: p.severity, text: p.message.th })),
      );
      fill(shown.readAs, M.readAs(value()).th);
    },
    clear: reset,
    // a returned row's month comes as yyyy-mm-dd, as a date field's does
    set: (value) => {
      const iso = /^(\d{4})-(\d{2})/.exec(typeof value === 'string' ? value : '');
      if (!iso) return reset();
      month.value = String(Number(iso[2]));
      year.value = String(Number(iso[1]) + BE_OFFSET);
    },
    focus: () => month.focus(),
  };
}
