// Who an entry is from: the district and อปท. fields, lists from the province's registry (the อปท. of the chosen district
// only) or typed names where there is none, starting where this officer left off last time.
/// <reference lib="dom" />

import type { EntryContextReady, EntryDistrict } from '../addon/entry/types';
import { sidebarMessages as M } from '../core/messages/entry';
import { select, setOptions } from './fields';
import { type Control, controlInput, type EntryInput, textInput } from './inputs';

export interface Pickers {
  readonly inputs: readonly EntryInput[];
  /** the registry gave lists to choose from */
  readonly hasList: boolean;
  /** the อปท. list while nothing is chosen in it: where a new entry starts */
  laoToChoose(): EntryInput | undefined;
}

function laoOptions(laos: EntryDistrict['laos']): { value: string; label: string }[] {
  return laos.map((l) => ({ value: l.label, label: l.label }));
}

/** Lists: the district's choice narrows the อปท. list; without a district field every อปท. of the province is listed. */
function lists(ctx: EntryContextReady, withDistrict: boolean): { district: HTMLSelectElement; lao: HTMLSelectElement } {
  const district = select(
    ctx.districts.map((x) => ({ value: x.name, label: x.name })),
    M.chooseDistrict,
  );
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

export function pickers(ctx: EntryContextReady, onChange: (key: string) => void): Pickers {
  const districtField = ctx.fields.find((f) => f.role === 'district');
  const laoField = ctx.fields.find((f) => f.role === 'lao');
  const hasList = ctx.districts.length > 0;
  const controls: { district: Control; lao: Control } = hasList
    ? lists(ctx, districtField !== undefined)
    : { district: textInput(), lao: textInput() };
  if (!hasList && ctx.last) {
    controls.district.value = ctx.last.district;
    controls.lao.value = ctx.last.lao;
  }
  const inputs: EntryInput[] = [];
  if (districtField)
    inputs.push(controlInput(districtField, controls.district, null, () => onChange(districtField.key)));
  const lao = laoField && controlInput(laoField, controls.lao, null, () => onChange(laoField.key));
  if (lao) inputs.push(lao);
  return {
    inputs,
    hasList,
    laoToChoose: () => (hasList && lao && lao.value() === '' ? lao : undefined),
  };
}
