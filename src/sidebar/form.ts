// The entry form: its fields built from the context, the payload they make, and the live check that runs the core's
// validation on every change and shows each problem under its field (only once the field was touched or a send tried).
/// <reference lib="dom" />

import { checkEntry, type EntryCheck } from '../addon/entry/checkEntry';
import { entryMatcher } from '../addon/entry/registryLists';
import type { EntryContextReady, EntryPayload, EntryProblem } from '../addon/entry/types';
import { DLA_ONLINE_MARKET } from '../core/form/dlaOnlineMarket';
import { entryMessages as E, sidebarMessages as M } from '../core/messages/entry';
import { fill, h, show } from './dom';
import { type Field, field, select, setOptions, showNotes } from './fields';
import { fieldLabel } from './formLabels';
import { linkList } from './links';
import { readAsDate, readAsNumber } from './readAs';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const NUMBER_KEYS = ['salesCount', 'revenue', 'beneficiaries'] as const;
/** link problems each box shows beside itself; the rest go under the whole field */
const PER_BOX = new Set(['LINK_INVALID', 'LINK_NOT_HTTP', 'LINK_UNKNOWN_PLATFORM']);
/** problems of the form's row rules (revenue without sales, …) concern several fields: shown once any field was touched */
const ROW_RULES = new Set(DLA_ONLINE_MARKET.rowRules.map((r) => r.code));

export interface EntryForm {
  readonly root: HTMLFormElement;
  readonly submitButton: HTMLButtonElement;
  readonly confirm: HTMLInputElement;
  readonly status: HTMLElement;
  payload(): Omit<EntryPayload, 'attempt' | 'id'>;
  /** runs the check and shows it; `everything` also shows untouched fields' problems (a send was tried) */
  check(everything: boolean): EntryCheck;
  /** shows the server's verdict when it differs from the browser's */
  showProblems(problems: readonly EntryProblem[]): void;
  focusFirstProblem(): void;
  /** empties the entry for the next one, keeping district and อปท. */
  resetForNext(): void;
}

function input(props: Record<string, string> = {}): HTMLInputElement {
  return h('input', { type: 'text', autocomplete: 'off', ...props });
}

export function entryForm(ctx: EntryContextReady): EntryForm {
  const hasList = ctx.districts.length > 0;
  const identify = entryMatcher(ctx.province, ctx.districts);
  const [y, m, d] = ctx.today.iso.split('-').map(Number);
  const today = { year: y, month: m, day: d };
  const touched = new Set<string>();
  let everything = false;

  const districtControl: Control = hasList
    ? select(
        ctx.districts.map((x) => ({ value: x.name, label: x.name })),
        M.chooseDistrict,
      )
    : input();
  const laoControl: Control = hasList ? select([], M.chooseDistrictFirst) : input();
  const fields: Record<string, Field<Control>> = {
    district: field('district', fieldLabel('district'), districtControl),
    lao: field('lao', fieldLabel('lao'), laoControl),
    date: field(
      'date',
      fieldLabel('date'),
      input({ type: 'date', min: DLA_ONLINE_MARKET.activityStart, max: ctx.today.iso, value: ctx.today.iso }),
    ),
    product: field('product', fieldLabel('product'), input({ maxlength: '500' })),
    salesCount: field('salesCount', fieldLabel('salesCount'), input({ inputmode: 'decimal' }), 'numbers-hint'),
    revenue: field('revenue', fieldLabel('revenue'), input({ inputmode: 'decimal' }), 'numbers-hint'),
    beneficiaries: field('beneficiaries', fieldLabel('beneficiaries'), input({ inputmode: 'decimal' }), 'numbers-hint'),
    note: field('note', fieldLabel('note'), h('textarea', { rows: 3, maxlength: '1000' })),
  };
  const links = linkList(() => changed('links'));
  const summary = h('div', { class: 'summary', id: 'summary', 'aria-live': 'polite' });
  const confirm = h('input', { type: 'checkbox', id: 'confirm-warnings' });
  const confirmRow = h('label', { class: 'confirm', for: 'confirm-warnings' }, confirm, M.confirmWarnings.th);
  const submitButton = h('button', { type: 'submit', class: 'primary' }, M.submit.th);
  const status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const has = (key: string) => ctx.columns.includes(key);
  const root = h(
    'form',
    { novalidate: true, 'aria-label': E.title.th },
    h('p', { class: 'context' }, M.context(ctx.province.nameTh, ctx.period.label).th),
    hasList ? null : h('p', { class: 'notice' }, M.noRegistry.th),
    fields.district.root,
    fields.lao.root,
    has('date') && fields.date.root,
    has('product') && fields.product.root,
    has('links') && links.root,
    NUMBER_KEYS.some(has) &&
      h(
        'fieldset',
        { class: 'group' },
        h('legend', {}, M.results.th),
        h('p', { class: 'hint', id: 'numbers-hint' }, M.numberHint.th),
        ...NUMBER_KEYS.map((k) => has(k) && fields[k].root),
      ),
    has('note') && fields.note.root,
    summary,
    confirmRow,
    submitButton,
    status,
  );

  function lao(): HTMLSelectElement | null {
    return hasList ? (laoControl as HTMLSelectElement) : null;
  }

  function fillLaos(keep: string): void {
    const el = lao();
    if (!el) return;
    const district = ctx.districts.find((x) => x.name === districtControl.value);
    setOptions(
      el,
      district ? district.laos.map((l) => ({ value: l.label, label: l.label })) : [],
      district ? M.chooseLao : M.chooseDistrictFirst,
    );
    el.value = district?.laos.some((l) => l.label === keep) ? keep : '';
  }

  function payload(): Omit<EntryPayload, 'attempt' | 'id'> {
    const value = (key: string) => (has(key) || key === 'district' || key === 'lao' ? fields[key].control.value : '');
    return {
      district: value('district'),
      lao: value('lao'),
      date: value('date'),
      product: value('product'),
      links: has('links') ? links.values() : [],
      salesCount: value('salesCount'),
      revenue: value('revenue'),
      beneficiaries: value('beneficiaries'),
      note: value('note'),
      confirmWarnings: confirm.checked,
    };
  }

  function showProblems(problems: readonly EntryProblem[]): void {
    const shown = problems.filter(
      (p) => everything || (p.field !== null && touched.has(p.field)) || (touched.size > 0 && ROW_RULES.has(p.code)),
    );
    for (const [key, f] of Object.entries(fields))
      showNotes(
        f,
        shown.filter((p) => p.field === key).map((p) => ({ severity: p.severity, text: p.message.th })),
      );
    const linkNotes = shown.filter((p) => p.field === 'links' && !PER_BOX.has(p.code));
    fill(links.message, ...linkNotes.map((p) => h('p', { class: p.severity }, p.message.th)));
    const loose = shown.filter((p) => p.field === null);
    const errors = shown.filter((p) => p.severity === 'error').length;
    const warnings = shown.length - errors;
    fill(
      summary,
      ...loose.map((p) => h('p', { class: p.severity }, p.message.th)),
      warnings > 0 && errors === 0 ? h('p', { class: 'warning' }, E.tickToConfirm(warnings).th) : null,
    );
    show(confirmRow, warnings > 0 && errors === 0);
  }

  function check(all: boolean): EntryCheck {
    everything = everything || all;
    const result = checkEntry(
      { id: 'browser-check', attempt: 1, ...payload() },
      { form: DLA_ONLINE_MARKET, province: ctx.province.nameTh, today, identify },
    );
    showProblems(result.problems);
    for (const k of NUMBER_KEYS) fill(fields[k].readAs, readAsNumber(fields[k].control.value, k));
    fill(fields.date.readAs, readAsDate(fields.date.control.value));
    return result;
  }

  function changed(key: string): void {
    touched.add(key);
    fill(status);
    check(false);
  }

  for (const [key, f] of Object.entries(fields)) {
    f.control.addEventListener('input', () => changed(key));
    f.control.addEventListener('change', () => changed(key));
  }
  districtControl.addEventListener('change', () => fillLaos(laoControl.value));
  confirm.addEventListener('change', () => fill(status));

  // start where this officer left off last time
  if (ctx.last) {
    districtControl.value = ctx.last.district;
    if (hasList) fillLaos(ctx.last.lao);
    else laoControl.value = ctx.last.lao;
  }
  show(confirmRow, false);
  check(false);

  return {
    root,
    submitButton,
    confirm,
    status,
    payload,
    check,
    showProblems,
    focusFirstProblem: () => {
      const first = root.querySelector<HTMLElement>('[aria-invalid="true"]');
      if (first) first.focus();
      else if (!confirm.closest('[hidden]') && !confirm.checked) confirm.focus();
      else if (!hasList || laoControl.value) links.focus();
      else laoControl.focus();
    },
    resetForNext: () => {
      for (const key of ['product', 'salesCount', 'revenue', 'beneficiaries', 'note']) fields[key].control.value = '';
      (fields.date.control as HTMLInputElement).value = ctx.today.iso;
      links.reset();
      confirm.checked = false;
      touched.clear();
      everything = false;
      fill(status);
      check(false);
    },
  };
}
