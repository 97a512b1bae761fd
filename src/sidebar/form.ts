// The entry form: its inputs built from the fields the context names, the payload they make, and the live check that runs
// the core's validation of the form on every change and shows each problem under its field (only once the field was
// touched or a send tried). Nothing here knows a form's columns: a second form needs no code.
/// <reference lib="dom" />

import { checkEntry, type EntryCheck } from '../addon/entry/checkEntry';
import { entryMatcher } from '../addon/entry/registryLists';
import type { EntryContextReady, EntryPayload, EntryProblem, EntryValue } from '../addon/entry/types';
import { isPicker } from '../core/form/entryFields';
import { entryMessages as E, sidebarMessages as M } from '../core/messages/entry';
import { fill, h, show } from './dom';
import { type EntryInput, entryInput, FIGURES_HINT_ID, isFigure } from './inputs';
import { type Owner, type Pickers, pickers } from './pickers';

export interface EntryForm {
  readonly root: HTMLFormElement;
  readonly submitButton: HTMLButtonElement;
  readonly confirm: HTMLInputElement;
  readonly status: HTMLElement;
  payload(): Omit<EntryPayload, 'attempt' | 'id' | 'replaces'>;
  /** runs the check and shows it; `everything` also shows untouched fields' problems (a send was tried) */
  check(everything: boolean): EntryCheck;
  /** shows the server's verdict when it differs from the browser's */
  showProblems(problems: readonly EntryProblem[]): void;
  focusFirstProblem(): void;
  /** empties the entry for the next one, keeping district and owner */
  resetForNext(): void;
  /** who the entry is from, as getReturnedEntries asks */
  owner(): Owner | null;
  /** fills the fields a returned row has values for (the district and owner stay) and shows all its problems */
  load(values: Readonly<Record<string, EntryValue>>): void;
}

/** The end of the form: the summary of problems, the tick for warnings, the button and the sending status. */
interface Footer {
  readonly summary: HTMLElement;
  readonly confirm: HTMLInputElement;
  readonly confirmRow: HTMLElement;
  readonly submitButton: HTMLButtonElement;
  readonly status: HTMLElement;
}

function footer(): Footer {
  const confirm = h('input', { type: 'checkbox', id: 'confirm-warnings' });
  return {
    summary: h('div', { class: 'summary', id: 'summary', 'aria-live': 'polite' }),
    confirm,
    confirmRow: h('label', { class: 'confirm', for: 'confirm-warnings' }, confirm, M.confirmWarnings.th),
    submitButton: h('button', { type: 'submit', class: 'primary' }, M.submit.th),
    status: h('div', { class: 'status', role: 'status', 'aria-live': 'polite' }),
  };
}

/** A figure as people type it, with a unit of the form's own: money's when it has money (๑,๕๐๐ บาท), else the first's. */
function figureExample(fields: readonly EntryInput['field'][]): string {
  const money = fields.find((f) => f.type === 'money');
  const unit = (money ?? fields[0])?.unit?.th;
  return money ? `๑,๕๐๐ ${unit ?? ''}`.trim() : `๑๒ ${unit ?? ''}`.trim();
}

/** The inputs in the fields' order; the figures together in one group, under the hint on how to type them. */
function layout(
  ctx: EntryContextReady,
  inputs: readonly EntryInput[],
  lacksRegistry: boolean,
  foot: Footer,
): HTMLFormElement {
  const figures = inputs.filter((i) => isFigure(i.field));
  const group = h(
    'fieldset',
    { class: 'group' },
    h('legend', {}, M.results.th),
    h('p', { class: 'hint', id: FIGURES_HINT_ID }, M.numberHint(figureExample(figures.map((i) => i.field))).th),
    ...figures.map((i) => i.root),
  );
  const body = inputs.flatMap((i) => (!isFigure(i.field) ? [i.root] : i === figures[0] ? [group] : []));
  return h(
    'form',
    { novalidate: true, 'aria-label': E.title.th },
    h('p', { class: 'context' }, M.context(ctx.province.nameTh, ctx.period.label).th),
    lacksRegistry ? h('p', { class: 'notice' }, M.noRegistry.th) : null,
    ...body,
    foot.summary,
    foot.confirmRow,
    foot.submitButton,
    foot.status,
  );
}

/** Shows each problem under its field; the entry's own problems, and those of fields not on the page, in the summary. */
function showVerdict(inputs: readonly EntryInput[], foot: Footer, shown: readonly EntryProblem[]): void {
  for (const i of inputs) i.show(shown.filter((p) => p.field === i.field.key));
  const placed = new Set(inputs.map((i) => i.field.key));
  const loose = shown.filter((p) => p.field === null || !placed.has(p.field));
  const errors = shown.filter((p) => p.severity === 'error').length;
  const warnings = shown.length - errors;
  fill(
    foot.summary,
    ...loose.map((p) => h('p', { class: p.severity }, p.message.th)),
    warnings > 0 && errors === 0 ? h('p', { class: 'warning' }, E.tickToConfirm(warnings).th) : null,
  );
  show(foot.confirmRow, warnings > 0 && errors === 0);
}

/** Where a new entry starts, and where a send that found problems sends the focus. */
function focusFirst(root: HTMLElement, foot: Footer, inputs: readonly EntryInput[], who: Pickers): void {
  const invalid = root.querySelector<HTMLElement>('[aria-invalid="true"]');
  const result = inputs.find((i) => i.field.type === 'links') ?? inputs.find((i) => isFigure(i.field));
  if (invalid) invalid.focus();
  else if (!foot.confirm.closest('[hidden]') && !foot.confirm.checked) foot.confirm.focus();
  else (who.ownerToChoose() ?? result ?? inputs[inputs.length - 1])?.focus();
}

/** `ownerChosen` runs when the district or owner is chosen, so the sidebar can ask for that owner's returned rows. */
export function entryForm(ctx: EntryContextReady, ownerChosen: () => void): EntryForm {
  const identify = entryMatcher(ctx.province, ctx.districts);
  const [year, month, day] = ctx.today.iso.split('-').map(Number);
  const checkOptions = { form: ctx.form, province: ctx.province.nameTh, today: { year, month, day }, identify };
  const rowRules = new Set<string>(ctx.form.rowRules.map((r) => r.code));
  const touched = new Set<string>();
  let everything = false;
  const foot = footer();
  const changed = (key: string) => {
    touched.add(key);
    fill(foot.status);
    check(false);
  };
  const who = pickers(ctx, changed, ownerChosen);
  const others = ctx.fields.filter((f) => !isPicker(f)).map((f) => entryInput(f, ctx, () => changed(f.key)));
  const inputs = [...who.inputs, ...others];
  const root = layout(ctx, inputs, who.lacksRegistry, foot);

  function payload(): Omit<EntryPayload, 'attempt' | 'id' | 'replaces'> {
    const values = Object.fromEntries(inputs.map((i) => [i.field.key, i.value()]));
    return { values, confirmWarnings: foot.confirm.checked };
  }

  /** problems of the form's row rules (revenue without sales, …) concern several fields: shown once any was touched */
  function showProblems(problems: readonly EntryProblem[]): void {
    const due = (p: EntryProblem) =>
      everything || (p.field !== null && touched.has(p.field)) || (touched.size > 0 && rowRules.has(p.code));
    showVerdict(inputs, foot, problems.filter(due));
  }

  function check(all: boolean): EntryCheck {
    everything = everything || all;
    const result = checkEntry({ id: 'browser-check', attempt: 1, ...payload() }, checkOptions);
    showProblems(result.problems);
    return result;
  }

  foot.confirm.addEventListener('change', () => fill(foot.status));
  show(foot.confirmRow, false);
  check(false);

  return {
    root,
    submitButton: foot.submitButton,
    confirm: foot.confirm,
    status: foot.status,
    payload,
    check,
    showProblems,
    focusFirstProblem: () => focusFirst(root, foot, others, who),
    resetForNext: () => {
      for (const i of inputs) i.clear();
      foot.confirm.checked = false;
      touched.clear();
      everything = false;
      fill(foot.status);
      check(false);
    },
    owner: who.owner,
    load: (values) => {
      for (const i of inputs) if (i.field.key in values) i.set(values[i.field.key]);
      foot.confirm.checked = false;
      fill(foot.status);
      check(true);
    },
  };
}
