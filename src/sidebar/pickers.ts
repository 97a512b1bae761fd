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
function personInput(f: EntryField, ctx: EntryContextReady, onChange: (key: string) => void): EntryInput {
  const listId = `f-${f.key}-names`;
  const box = textInput({ maxlength: '200', list: listId, autocomplete: 'off' });
  if (ctx.last) box.value = ctx.last.lao;
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

export function pickers(ctx: EntryContextReady, onChange: (key: string) => void): Pickers {
  const districtField = ctx.fields.find((f) => f.role === 'district');
  const ownerField = ctx.fields.find((f) => isOwnerRole(f.role));
  const byLao = ownerField?.role === 'lao';
  const hasList = ctx.districts.length > 0;
  const inputs: EntryInput[] = [];
  let owner: EntryInput | undefined;
  if (byLao || !ownerField) {
    const controls = laoControls(ctx, districtField !== undefined);
    if (districtField)
      inputs.push(controlInput(districtField, controls.district, null, () => onChange(districtField.key)));
    owner = ownerField && controlInput(ownerField, controls.lao, null, () => onChange(ownerField.key));
  } else {
    if (districtField) {
      const district = hasList ? districtList(ctx) : textInput();
      if (ctx.last) district.value = ctx.last.district;
      inputs.push(controlInput(districtField, district, null, () => onChange(districtField.key)));
    }
    owner = personInput(ownerField, ctx, onChange);
  }
  if (owner) inputs.push(owner);
  return {
    inputs,
    lacksRegistry: byLao && !hasList,
    // a list to choose from, or a person's box, left empty: the entry starts there
    ownerToChoose: () => (owner && owner.value() === '' && (hasList || !byLao) ? owner : undefined),
  };
}
