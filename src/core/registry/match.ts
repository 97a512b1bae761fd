// Matches the อปท. names officers write to the registry on (district, type, bare name), and says why when it cannot.
// A bare name without a type is accepted only where it is unique in its district (ทต.ดงเจน and อบต.ดงเจน share one).

import type { Province } from '../geo/types';
import { normaliseText } from '../normalise/text';
import type { LaoIdentity } from '../validate/entry';
import { districtKey } from './districtName';
import { laoDisplayName, splitLaoName } from './laoTypes';
import type { Lao, LaoType, Registry } from './types';

export interface District {
  readonly code: string;
  readonly name: string;
}

export interface ProvinceRegistry {
  readonly province: Province;
  /** in DOPA code order (อำเภอเมือง first) */
  readonly districts: readonly District[];
  /** in district then code order */
  readonly laos: readonly Lao[];
  readonly districtByKey: ReadonlyMap<string, District>;
  readonly laosByName: ReadonlyMap<string, readonly Lao[]>;
}

export interface RegistryIndex {
  readonly provinces: ReadonlyMap<string, ProvinceRegistry>;
  /** every province's อปท. by bare name, to tell "in another province" from "unknown" */
  readonly laosByName: ReadonlyMap<string, readonly Lao[]>;
}

const SPACES = /\s+/g;

function nameKey(bareName: string): string {
  return normaliseText(bareName).replace(SPACES, '');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexRegistry(registry: Registry, provinceOf: (code: string) => Province | undefined): RegistryIndex {
  const byProvince = new Map<string, Lao[]>();
  const laosByName = new Map<string, Lao[]>();
  for (const lao of registry.laos) {
    push(byProvince, lao.provinceCode, lao);
    push(laosByName, nameKey(lao.name), lao);
  }
  const provinces = new Map<string, ProvinceRegistry>();
  for (const [code, laos] of byProvince) {
    const province = provinceOf(code);
    if (!province) continue;
    // DLA's order inside a district is the running number (the last two digits), whatever the type digit says
    const sorted = [...laos].sort(
      (a, b) =>
        a.districtCode.localeCompare(b.districtCode) ||
        a.code.slice(5).localeCompare(b.code.slice(5)) ||
        a.code.localeCompare(b.code),
    );
    const districts = new Map<string, District>();
    const byName = new Map<string, Lao[]>();
    for (const lao of sorted) {
      if (!districts.has(lao.districtCode))
        districts.set(lao.districtCode, { code: lao.districtCode, name: lao.districtName });
      push(byName, nameKey(lao.name), lao);
    }
    const districtByKey = new Map<string, District>();
    for (const d of districts.values()) districtByKey.set(districtKey(d.name, province.nameTh), d);
    provinces.set(code, {
      province,
      districts: [...districts.values()],
      laos: sorted,
      districtByKey,
      laosByName: byName,
    });
  }
  return { provinces, laosByName };
}

function candidatesText(laos: readonly Lao[], withProvince = false): string {
  return laos
    .map((l) => `${laoDisplayName(l)} (อ.${l.districtName}${withProvince ? ` จ.${l.provinceName}` : ''})`)
    .join(', ');
}

type LaoProblem = NonNullable<LaoIdentity['problems']>[number];
/** The key and name a row keeps when it is matched to no single registry อปท. */
type Unmatched = Pick<LaoIdentity, 'key' | 'name'>;

/** An อปท. name as the row wrote it: the text, its type prefix if any, its bare name's key, what it keeps unmatched. */
interface WrittenLao {
  readonly text: string;
  readonly type: LaoType | undefined;
  readonly key: string;
  readonly fallback: Unmatched;
}

function withProblem(
  identity: LaoIdentity,
  code: LaoProblem['code'],
  column: string,
  params: LaoProblem['params'],
): LaoIdentity {
  return { ...identity, problems: [{ code, column, params }] };
}

/** Who a row belongs to in a province's registry, with the problems that stop or qualify the match. */
export function matchLao(
  index: RegistryIndex,
  registry: ProvinceRegistry,
  laoText: string,
  districtText: string | null,
): LaoIdentity {
  const split = splitLaoName(laoText);
  const province = registry.province.nameTh;
  const fallback = { key: `?${textKey(laoText, districtText, province)}`, name: normaliseText(laoText) };
  const written: WrittenLao = { text: laoText, type: split.type, key: nameKey(split.name), fallback };

  let district: District | undefined;
  if (districtText) {
    district = registry.districtByKey.get(districtKey(districtText, province));
    if (!district) return unknownDistrict(registry, districtText, fallback);
  }
  const sameName = registry.laosByName.get(written.key) ?? [];
  const candidates = split.type ? sameName.filter((l) => l.type === split.type) : sameName;
  if (candidates.length === 0) return unknownLao(index, registry, written, sameName);
  return oneOfCandidates(candidates, district, written);
}

function unknownDistrict(registry: ProvinceRegistry, districtText: string, fallback: Unmatched): LaoIdentity {
  const names = registry.districts.map((d) => d.name).join(', ');
  return withProblem(fallback, 'DISTRICT_UNKNOWN', 'district', {
    value: districtText,
    province: registry.province.nameTh,
    candidates: names,
  });
}

/** No อปท. of the province has the name (with the type, if written): found in another province, or unknown. */
function unknownLao(
  index: RegistryIndex,
  registry: ProvinceRegistry,
  written: WrittenLao,
  sameName: readonly Lao[],
): LaoIdentity {
  const { text, type, fallback } = written;
  const province = registry.province.nameTh;
  const elsewhere = (index.laosByName.get(written.key) ?? []).filter(
    (l) => l.provinceCode !== registry.province.code && (!type || l.type === type),
  );
  if (elsewhere.length > 0 && sameName.length === 0) {
    const provinces = [...new Set(elsewhere.map((l) => l.provinceName))].join(', ');
    return withProblem(fallback, 'LAO_OTHER_PROVINCE', 'lao', { value: text, province, candidates: provinces });
  }
  return withProblem(fallback, 'LAO_UNKNOWN', 'lao', {
    value: text,
    province,
    candidates: sameName.length ? candidatesText(sameName) : undefined,
  });
}

/** The one candidate the district leaves (or the only one, when the district holds none of them), else ambiguous. */
function oneOfCandidates(candidates: readonly Lao[], district: District | undefined, written: WrittenLao): LaoIdentity {
  const inDistrict = district ? candidates.filter((l) => l.districtCode === district.code) : candidates;
  const pool = inDistrict.length > 0 ? inDistrict : candidates;
  if (pool.length > 1) {
    return withProblem(written.fallback, 'LAO_AMBIGUOUS', 'lao', {
      value: written.text,
      candidates: candidatesText(pool),
    });
  }
  const lao = pool[0];
  const identity = { key: lao.code, name: laoDisplayName(lao), lao };
  if (district && inDistrict.length === 0) {
    return withProblem(identity, 'LAO_DISTRICT_MISMATCH', 'district', {
      value: laoDisplayName(lao),
      district: lao.districtName,
    });
  }
  return identity;
}

/** Without a registry, rows are told apart by their normalised district, type and bare name. */
export function textKey(laoText: string, districtText: string | null, provinceName: string): string {
  const split = splitLaoName(laoText);
  return `${districtText ? districtKey(districtText, provinceName) : ''}|${split.type ?? ''}|${nameKey(split.name)}`;
}

export function textIdentity(laoText: string, districtText: string | null, provinceName: string): LaoIdentity {
  return { key: textKey(laoText, districtText, provinceName), name: normaliseText(laoText) };
}

/**
 * A row matcher for one province that remembers its answers: names repeat on every row an อปท. reports. Keyed by district
 * then name, as given: the same text objects come back row after row, and each keeps its hash (a joined key would not).
 */
export function provinceMatcher(
  index: RegistryIndex,
  registry: ProvinceRegistry,
): (laoText: string, districtText: string | null) => LaoIdentity {
  const known = new Map<string | null, Map<string, LaoIdentity>>();
  return (laoText, districtText) => {
    let byName = known.get(districtText);
    if (!byName) {
      byName = new Map();
      known.set(districtText, byName);
    }
    let identity = byName.get(laoText);
    if (!identity) {
      identity = matchLao(index, registry, laoText, districtText);
      byName.set(laoText, identity);
    }
    return identity;
  };
}
