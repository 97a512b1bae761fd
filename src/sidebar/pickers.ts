// Who an entry is from: the district and owner fields. An อปท. owner is chosen from the province's registry (the อปท. of
// the chosen district only), or typed where there is none; a person owner is typed, with the names already in the sheet
// offered as a list to pick from. Both start where this officer left off last time.
/// <reference lib="dom" />

import type { EntryContextReady, EntryDistrict } from '../addon/entry/types';
import { type EntryField, isOwnerRole } from '../core/form/entryFields';
import { sidebarMessages as M } from '../core/messages/entry';
import { h } from './dom';
import { select, setOptions } from './fields';
import { type Control, controlInput, type EntryInput, textInput } from './inputs';

export interface Pickers {
  readonly inputs: readonly EntryInput[];
  /** the owner is an อปท. and the province has no registry to list them: the page says so */
  readonly lacksRegistry: boolean;
  /** the owner while nothing is chosen or typed in it: where a new entry starts */
  ownerToChoose(): EntryInput | undefined;
  /** who is chosen, as getReturnedEntries asks: the registry's code of an อปท. ('' without one) and the name as written */
  owner(): Owner | null;
}

export interface Owner {
  readonly code: string;
  readonly name: string;
}

/** The registry's code of the อปท. of that label, the chosen district's first (two districts may each have one). */
function laoCode(ctx: EntryContextReady, district: string, label: string): string {
  const inDistrict = ctx.districts.find((d) => d.name === district)?.laos ?? [];
  const found =
    inDistrict.find((l) => l.label === label) ?? ctx.districts.flatMap((d) => d.laos).find((l) => l.label === label);
  return found?.code ?? '';
}

function laoOptions(laos: EntryDistrict['laos']): { value: string; label: string }[] {
  return laos.map((l) => ({ value: l.label, label: l.label }));
}

/** Lists: the district's choice narrows the อปท. list; without a district field every อปท. of the province is listed. */
function lists(ctx: EntryContextReady, withDistrict: boolean): { district: HTMLSelectElement; lao: HTMLSelectElement } {
  const district = districtList(ctx);
  const lao = withDistrict
    ? select([], M.chooseDistrictFirst)
    : select(laoOptions(ctx.districts.flatMap((d) => d.laos)), M.chooseLao);
  const fillLaos = (keep: string) => {
    const chosen = ctx.districts.find((x) => x.name === district.value);
    setOptions(lao, chosen ? laoOptions(chosen.laos) : [], chosen ? M.chooseLao : M.chooseDistrictFirst);
    lao.value = chosen?.laos.some((l) => l.label === keep) ? keep : '';
  };
  if (withDistrict) district.addEventListener('change', () => fillLaos(lao.value));
  if (ctx.last) {
    district.value = ctx.last.district;
    if (withDistrict) fillLaos(ctx.last.lao);
    else lao.value = ctx.last.lao;
  }
  return { district, lao };
}

function districtList(ctx: EntryContextReady): HTMLSelectElement {
  return select(
    ctx.districts.map((x) => ({ value: x.name, label: x.name })),
    M.chooseDistrict,
  );
}

/** A person's name: typed, or picked from the names the sheet already holds (a datalist the box offers as it is typed). */
function personInput(
  f: EntryField,
  ctx: EntryContextReady,
  onChange: (key: string) => void,
  chosen: () => void,
): EntryInput {
  const listId = `f-${f.key}-names`;
  const box = textInput({ maxlength: '200', list: listId, autocomplete: 'off' });
  if (ctx.last) box.value = ctx.last.lao;
  box.addEventListener('change', chosen);
  const input = controlInput({ ...f, hint: M.ownerListHint(ctx.owners.length) }, box, null, () => onChange(f.key));
  input.root.appendChild(h('datalist', { id: listId }, ...ctx.owners.map((name) => h('option', { value: name }))));
  return input;
}

/** Controls of the district and an อปท. owner: the registry's lists, or boxes to type in. */
function laoControls(ctx: EntryContextReady, withDistrict: boolean): { district: Control; lao: Control } {
  if (ctx.districts.length > 0) return lists(ctx, withDistrict);
  const controls = { district: textInput(), lao: textInput() };
  if (ctx.last) {
    controls.district.value = ctx.last.district;
    controls.lao.value = ctx.last.lao;
  }
  return controls;
}

/** `chosen` runs once the owner may have changed: a district or อปท. chosen (the อปท. list follows the district), or a
 * name typed and left. */
export function pickers(ctx: EntryContextReady, onChange: (key: string) => void, chosen: () => void): Pickers {
  const districtField = ctx.fields.find((f) => f.role === 'district');
  const ownerField = ctx.fields.find((f) => isOwnerRole(f.role));
  const byLao = ownerField?.role === 'lao';
  const hasList = ctx.districts.length > 0;
  let district: EntryInput | undefined;
  let owner: EntryInput | undefined;
  if (byLao || !ownerField) {
    const controls = laoControls(ctx, districtField !== undefined);
    for (const c of [controls.district, controls.lao]) c.addEventListener('change', chosen);
    district = districtField && controlInput(districtField, controls.district, null, () => onChange(districtField.key));
    owner = ownerField && controlInput(ownerField, controls.lao, null, () => onChange(ownerField.key));
  } else {
    if (districtField) {
      const control = hasList ? districtList(ctx) : textInput();
      if (ctx.last) control.value = ctx.last.district;
      district = controlInput(districtField, control, null, () => onChange(districtField.key));
    }
    owner = personInput(ownerField, ctx, onChange, chosen);
  }
  const text = (i: EntryInput | undefined) => String(i?.value() ?? '').trim();
  return {
    inputs: [district, owner].filter((i): i is EntryInput => i !== undefined),
    lacksRegistry: byLao && !hasList,
    // a list to choose from, or a person's box, left empty: the entry starts there
    ownerToChoose: () => (owner && owner.value() === '' && (hasList || !byLao) ? owner : undefined),
    owner: () => {
      const name = text(owner);
      if (name === '') return null;
      return { code: byLao ? laoCode(ctx, text(district), name) : '', name };
    },
  };
}
