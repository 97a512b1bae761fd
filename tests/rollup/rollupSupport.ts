// The roll-up core tests' fixtures: Phayao's demo registry and a tiny national one, rows with fresh links, a checked
// sheet of a province, a roll-up, a group found by key, and a targets table read from rows.

import type { CellValue } from '../../src/core/cell';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { provinceByCode } from '../../src/core/geo/provinces';
import type { Province } from '../../src/core/geo/types';
import { indexRegistry, matchLao, type RegistryIndex, textIdentity } from '../../src/core/registry/match';
import { PHAYAO_DEMO_REGISTRY } from '../../src/core/registry/phayaoDemo';
import type { Lao, LaoType } from '../../src/core/registry/types';
import { type RollupInput, type RollupSheet, rollup } from '../../src/core/rollup/rollup';
import { parseTargets } from '../../src/core/rollup/targets';
import type { Targets } from '../../src/core/rollup/targetTypes';
import type { Group, Level, RollupResult } from '../../src/core/rollup/types';
import { check, GOOD, type RowInput, sheet } from '../support/sheets';

export const FORM = DLA_ONLINE_MARKET;
export const PHAYAO = provinceByCode('56')!;
export const NAN = provinceByCode('55')!;
export const PHRAE = provinceByCode('54')!;
export const NONTHABURI = provinceByCode('12')!;
export const SONGKHLA = provinceByCode('90')!;

export const PHAYAO_INDEX = indexRegistry(PHAYAO_DEMO_REGISTRY, provinceByCode);

// A tiny national registry: the Phayao demo plus a few real อปท. of น่าน (zone 16), นนทบุรี (zone 2) and สงขลา (zone 5).
function lao(code: string, type: LaoType, name: string, districtName: string, provinceName: string): Lao {
  return {
    code,
    type,
    name,
    districtCode: code.slice(1, 5),
    districtName,
    provinceCode: code.slice(1, 3),
    provinceName,
  };
}
export const EXTRA_LAOS: Lao[] = [
  lao('2550101', 'pao', 'น่าน', 'เมืองน่าน', 'น่าน'),
  lao('4550102', 'town', 'น่าน', 'เมืองน่าน', 'น่าน'),
  lao('5550103', 'subdistrictMunicipality', 'ดู่ใต้', 'เมืองน่าน', 'น่าน'),
  lao('5550201', 'subdistrictMunicipality', 'หนองแดง', 'แม่จริม', 'น่าน'),
  lao('6550202', 'sao', 'น้ำพาง', 'แม่จริม', 'น่าน'),
  lao('2900101', 'pao', 'สงขลา', 'เมืองสงขลา', 'สงขลา'),
  lao('3900102', 'city', 'สงขลา', 'เมืองสงขลา', 'สงขลา'),
  lao('5900104', 'subdistrictMunicipality', 'เกาะแต้ว', 'เมืองสงขลา', 'สงขลา'),
  lao('2120101', 'pao', 'นนทบุรี', 'เมืองนนทบุรี', 'นนทบุรี'),
  lao('3120102', 'city', 'นนทบุรี', 'เมืองนนทบุรี', 'นนทบุรี'),
  lao('4120201', 'town', 'บางกรวย', 'บางกรวย', 'นนทบุรี'),
];
export const NATIONAL_INDEX = indexRegistry({ laos: [...PHAYAO_DEMO_REGISTRY.laos, ...EXTRA_LAOS] }, provinceByCode);

// ---- helpers ------------------------------------------------------------------------------------

let linkSeq = 0;
/** A fresh Facebook post link, so rows do not share links unless a test says so. */
export function fb(): string {
  return `https://www.facebook.com/share/p/${++linkSeq}`;
}

export function row(r: RowInput): RowInput {
  return { ...GOOD, links: fb(), ...r };
}

/** A checked sheet of a province, matched against the given registry (or by text when there is none). */
export function provinceSheet(province: Province, registry: RegistryIndex | null, ...rows: RowInput[]): RollupSheet {
  const reg = registry?.provinces.get(province.code);
  const identify =
    registry && reg
      ? (l: string, d: string | null) => matchLao(registry, reg, l, d)
      : (l: string, d: string | null) => textIdentity(l, d, province.nameTh);
  return {
    file: `${province.nameTh}.xlsx`,
    sheet: 'รายงาน',
    province,
    validation: check(sheet(...rows), { identify }),
  };
}

export function phayao(...rows: RowInput[]): RollupSheet {
  return provinceSheet(PHAYAO, PHAYAO_INDEX, ...rows);
}

export function run(sheets: RollupSheet[], options: Partial<RollupInput> = {}): RollupResult {
  return rollup({ form: FORM, sheets, registry: PHAYAO_INDEX, period: null, targets: null, ...options });
}

/** The group with this key (and level) anywhere in the tree. */
export function group(root: Group, key: string, level?: Level): Group {
  const found = (function walk(g: Group): Group | undefined {
    if (g.key === key && (level === undefined || g.level === level)) return g;
    for (const c of g.children) {
      const hit = walk(c);
      if (hit) return hit;
    }
    return undefined;
  })(root);
  if (!found) throw new Error(`no group ${key}`);
  return found;
}

export function targets(rows: CellValue[][], registry: RegistryIndex | null = PHAYAO_INDEX): Targets {
  const parsed = parseTargets(rows, FORM, 'targets.xlsx', registry);
  if (!parsed.ok) throw new Error(parsed.message.en);
  return parsed.targets;
}

export const PHAYAO_DISTRICTS = ['5601', '5602', '5603', '5604', '5605', '5606', '5607', '5608', '5609'];

export const TARGET_HEADER = [
  'ที่',
  'จังหวัด',
  'อำเภอ',
  'อปท. ที่เข้าร่วม (แห่ง)',
  'จำนวนครั้งที่ขายได้ (ครั้ง)',
  'รายรับ (บาท)',
  'ผู้ได้รับประโยชน์ (คน)',
  'งบประมาณ (บาท)',
  'เป้าหมาย (คน)',
];
