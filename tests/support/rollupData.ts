// Reference data for the tests, read straight from the repository's data/ folder with csv-parse (never through the product's readers),
// plus small helpers to write numbers the way officers type them and to compute percentages independently of the product.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';

export const DATA_DIR = resolve(__dirname, '../../data');
export const REGISTRY_CSV = resolve(DATA_DIR, 'dla-lao-registry.csv');
export const PROVINCES_CSV = resolve(DATA_DIR, 'provinces.csv');

export type DlaType = 'อบจ.' | 'เทศบาลนคร' | 'เทศบาลเมือง' | 'เทศบาลตำบล' | 'อบต.' | 'ท้องถิ่นรูปแบบพิเศษ';

export interface RegistryLao {
  readonly province: string;
  readonly provinceCode: string;
  readonly district: string;
  readonly districtCode: string;
  readonly code: string;
  readonly type: DlaType;
  readonly name: string;
}

export interface ProvinceFact {
  readonly code: string;
  readonly nameTh: string;
  readonly nameEn: string;
  readonly zone: number;
  readonly cluster: string;
}

let registryCache: RegistryLao[] | undefined;

/** Every row of DLA's national list, as the test reads it itself. */
export function registryLaos(): RegistryLao[] {
  if (!registryCache) {
    const records = parse(readFileSync(REGISTRY_CSV), { columns: true, bom: true, skip_empty_lines: true }) as Record<
      string,
      string
    >[];
    registryCache = records.map((r) => ({
      province: r.จังหวัด,
      provinceCode: r['รหัส อปท.'].slice(1, 3),
      district: r.อำเภอ,
      districtCode: r['รหัส อปท.'].slice(1, 5),
      code: r['รหัส อปท.'],
      type: r['ประเภท อปท.'] as DlaType,
      name: r['อปท.'],
    }));
  }
  return registryCache;
}

/** The 77 provinces with their inspection zone and cluster, from provinces.csv. */
export function provinceFacts(): ProvinceFact[] {
  const records = parse(readFileSync(PROVINCES_CSV), { columns: true, bom: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  return records.map((r) => ({
    code: r.code,
    nameTh: r.name_th,
    nameEn: r.name_en,
    zone: Number(r.inspection_zone),
    cluster: r.cluster,
  }));
}

/** The short and full prefixes people write before a bare name, per DLA type. */
export const PREFIXES: Readonly<Record<DlaType, readonly string[]>> = {
  'อบจ.': ['อบจ.', 'องค์การบริหารส่วนจังหวัด', 'อบจ. '],
  เทศบาลนคร: ['ทน.', 'เทศบาลนคร', 'ทน. '],
  เทศบาลเมือง: ['ทม.', 'เทศบาลเมือง', 'ทม. '],
  เทศบาลตำบล: ['ทต.', 'เทศบาลตำบล', 'ทต. '],
  'อบต.': ['อบต.', 'องค์การบริหารส่วนตำบล', 'อบต. ', 'อบต '],
  ท้องถิ่นรูปแบบพิเศษ: [''],
};

/** A small seeded generator (mulberry32), so generated data is the same on every run. */
export function seeded(seed: number): {
  next: () => number;
  int: (lo: number, hi: number) => number;
  pick: <T>(items: readonly T[]) => T;
  shuffle: <T>(items: readonly T[]) => T[];
} {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)],
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

export function thaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]);
}

/** 1234567 → "1,234,567" */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Satang as baht text with separators: 123456 → "1,234.56" (".00" dropped when whole and `short`). */
export function bahtText(satang: number, short = false): string {
  const whole = Math.floor(satang / 100);
  const frac = satang % 100;
  if (short && frac === 0) return grouped(whole);
  return `${grouped(whole)}.${String(frac).padStart(2, '0')}`;
}

/** a / b in % rounded half up to one decimal, in exact integer arithmetic; null when b is 0. */
export function percent1(a: number, b: number): number | null {
  if (b === 0) return null;
  return Math.floor((2000 * a + b) / (2 * b)) / 10;
}
