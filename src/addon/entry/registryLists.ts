// The registry as the sidebar needs it: districts with their อปท. in Thai order for the pickers, and back again into a
// registry index in the browser, so both sides match names with the same core matcher.

import { collateThai } from '../../core/format/collate';
import type { Province } from '../../core/geo/types';
import { LAO_TYPES, laoDisplayName } from '../../core/registry/laoTypes';
import { indexRegistry, type ProvinceRegistry, provinceMatcher, textIdentity } from '../../core/registry/match';
import type { Lao } from '../../core/registry/types';
import type { ValidateOptions } from '../../core/validate/validateSheet';
import type { EntryDistrict } from './types';

const TYPE_ORDER = new Map(LAO_TYPES.map((t, i) => [t.type, i]));

/** Districts and their อปท. in Thai order (by bare name, then by the official order of types). */
export function entryDistricts(reg: ProvinceRegistry): EntryDistrict[] {
  return reg.districts
    .map((d) => ({
      code: d.code,
      name: d.name,
      laos: reg.laos
        .filter((l) => l.districtCode === d.code)
        .sort((a, b) => collateThai(a.name, b.name) || (TYPE_ORDER.get(a.type) ?? 0) - (TYPE_ORDER.get(b.type) ?? 0))
        .map((l) => ({ code: l.code, type: l.type, name: l.name, label: laoDisplayName(l) })),
    }))
    .sort((a, b) => collateThai(a.name, b.name));
}

/** The matcher validateSheet uses for one province: the registry's when there is one, the typed names otherwise. */
export function entryMatcher(
  province: Province,
  districts: readonly EntryDistrict[],
): NonNullable<ValidateOptions['identify']> {
  const laos: Lao[] = districts.flatMap((d) =>
    d.laos.map((l) => ({
      code: l.code,
      type: l.type,
      name: l.name,
      districtCode: d.code,
      districtName: d.name,
      provinceCode: province.code,
      provinceName: province.nameTh,
    })),
  );
  const index = indexRegistry({ laos }, (code) => (code === province.code ? province : undefined));
  const reg = index.provinces.get(province.code);
  if (!reg) return (lao, district) => textIdentity(lao, district, province.nameTh);
  const match = provinceMatcher(index, reg);
  return (lao, district) => match(lao, district);
}
