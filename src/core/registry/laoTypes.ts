// The six kinds of อปท. as data: how DLA's open data names each type, the prefixes people write before a name, and an English label.
// Everything that reads or shows a type goes through this table, so a new spelling is one more entry, not a new code path.

import { normaliseText } from '../normalise/text';
import type { Lao, LaoType } from './types';

export interface LaoTypeInfo {
  readonly type: LaoType;
  /** The value of DLA's column `ประเภท อปท.` */
  readonly dlaType: string;
  /** The abbreviation written before a name: อบต.บ้านใหม่ ('' for เมืองพัทยา, which is written as is). */
  readonly shortPrefix: string;
  /** The full title written before a name: องค์การบริหารส่วนตำบลบ้านใหม่ ('' for เมืองพัทยา). */
  readonly fullPrefix: string;
  readonly labelEn: string;
}

/** In the order official tables list them: อบจ., เทศบาลนคร, เทศบาลเมือง, เทศบาลตำบล, อบต., then เมืองพัทยา. */
export const LAO_TYPES: readonly LaoTypeInfo[] = [
  {
    type: 'pao',
    dlaType: 'อบจ.',
    shortPrefix: 'อบจ.',
    fullPrefix: 'องค์การบริหารส่วนจังหวัด',
    labelEn: 'Provincial Administrative Organisation',
  },
  { type: 'city', dlaType: 'เทศบาลนคร', shortPrefix: 'ทน.', fullPrefix: 'เทศบาลนคร', labelEn: 'City Municipality' },
  { type: 'town', dlaType: 'เทศบาลเมือง', shortPrefix: 'ทม.', fullPrefix: 'เทศบาลเมือง', labelEn: 'Town Municipality' },
  {
    type: 'subdistrictMunicipality',
    dlaType: 'เทศบาลตำบล',
    shortPrefix: 'ทต.',
    fullPrefix: 'เทศบาลตำบล',
    labelEn: 'Subdistrict Municipality',
  },
  {
    type: 'sao',
    dlaType: 'อบต.',
    shortPrefix: 'อบต.',
    fullPrefix: 'องค์การบริหารส่วนตำบล',
    labelEn: 'Subdistrict Administrative Organisation',
  },
  {
    type: 'special',
    dlaType: 'ท้องถิ่นรูปแบบพิเศษ',
    shortPrefix: '',
    fullPrefix: '',
    labelEn: 'Special local government (Pattaya City)',
  },
];

export const LAO_TYPE_INFO: Readonly<Record<LaoType, LaoTypeInfo>> = {
  pao: LAO_TYPES[0],
  city: LAO_TYPES[1],
  town: LAO_TYPES[2],
  subdistrictMunicipality: LAO_TYPES[3],
  sao: LAO_TYPES[4],
  special: LAO_TYPES[5],
};

/** The name people see: อบต.บ้านใหม่, ทม.พะเยา, เมืองพัทยา. */
export function laoDisplayName(lao: Pick<Lao, 'type' | 'name'>): string {
  return LAO_TYPE_INFO[lao.type].shortPrefix + lao.name;
}

// Spaces and dots vary freely in what people type ("อบต", "อบต .", "เทศบาล ตำบล"); the words themselves do not.
function typeKey(text: string): string {
  return normaliseText(text).replace(/[\s.]/g, '').toLowerCase();
}

const TYPE_BY_KEY: ReadonlyMap<string, LaoType> = (() => {
  const map = new Map<string, LaoType>();
  for (const info of LAO_TYPES) {
    for (const spelling of [info.dlaType, info.shortPrefix, info.fullPrefix, info.labelEn, info.type]) {
      if (spelling !== '') map.set(typeKey(spelling), info.type);
    }
  }
  // Pattaya is the only special-form อปท. under DLA, and people name its type by it.
  map.set(typeKey('รูปแบบพิเศษ'), 'special');
  map.set(typeKey('เมืองพัทยา'), 'special');
  return map;
})();

/** The type a cell names: the DLA type string, the short or full prefix, or the English label; undefined for anything else (also "เทศบาล", which could be three types). */
export function laoTypeFromText(text: string): LaoType | undefined {
  const key = typeKey(text);
  return key === '' ? undefined : TYPE_BY_KEY.get(key);
}

// Prefixes as they appear before a name, longest first so "องค์การบริหารส่วนตำบล" is tried before any shorter prefix it contains.
// A short prefix counts with its dot, or without it only when a space follows ("อบต บ้านใหม่"): bare names such as ทมอ and
// อบทม (both อบต.) start with the same letters.
const NAME_PREFIXES: readonly { readonly prefix: string; readonly type: LaoType }[] = LAO_TYPES.flatMap((info) =>
  [info.fullPrefix, info.shortPrefix, info.shortPrefix.replace(/\.$/, ' ')]
    .filter((prefix) => prefix.trim() !== '')
    .map((prefix) => ({ prefix, type: info.type })),
).sort((a, b) => b.prefix.length - a.prefix.length);

export interface SplitName {
  /** The type the prefix names, when there is one. */
  readonly type?: LaoType;
  /** The name without its prefix. */
  readonly name: string;
}

/** Separates a written name into its type prefix and bare name: "อบต. บ้านใหม่" → sao, "บ้านใหม่"; "เมืองพัทยา" has no prefix. */
export function splitLaoName(text: string): SplitName {
  const name = normaliseText(text);
  for (const { prefix, type } of NAME_PREFIXES) {
    if (!name.startsWith(prefix)) continue;
    const rest = name.slice(prefix.length).trim();
    // The prefix alone ("อบต.") is not a name with a prefix; leave it for the caller to reject as it stands.
    if (rest !== '') return { type, name: rest };
  }
  return { name };
}
