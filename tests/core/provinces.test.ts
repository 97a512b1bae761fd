// Tests of the province table and province recognition: every fact checked against the reference provinces.csv,
// every province found from each form people type it in, and lookalikes rejected.

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import {
  DLA_PROVINCES,
  findProvince,
  PROVINCES,
  provinceByCode,
  provinceInText,
  ZONES,
  zoneHeading,
} from '../../src/core/geo/provinces';
import { PROVINCES_CSV } from '../support/rollupData';

interface ReferenceRow {
  code: string;
  name_th: string;
  name_en: string;
  inspection_zone: string;
  cluster: string;
}

const reference: ReferenceRow[] = parse(readFileSync(PROVINCES_CSV), {
  columns: true,
  bom: true,
});

const thaiDigits = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));

describe('province table', () => {
  test('has the 77 provinces of the reference file, in DOPA code order, with the same names and zones', () => {
    expect(reference).toHaveLength(77);
    expect(PROVINCES.map((p) => ({ code: p.code, nameTh: p.nameTh, nameEn: p.nameEn, zone: p.zone }))).toEqual(
      reference.map((r) => ({ code: r.code, nameTh: r.name_th, nameEn: r.name_en, zone: Number(r.inspection_zone) })),
    );
    const codes = PROVINCES.map((p) => p.code);
    expect([...codes].sort()).toEqual(codes);
  });

  test('has zones 0-18 with the cluster names of the reference file', () => {
    expect(ZONES.map((z) => z.zone)).toEqual(Array.from({ length: 19 }, (_, i) => i));
    for (const row of reference) {
      expect(ZONES[Number(row.inspection_zone)].cluster).toBe(row.cluster);
    }
    expect(ZONES[0].cluster).toBe('ส่วนกลาง');
    expect(ZONES[1].cluster).toBe('ภาคกลางตอนบน');
  });

  test('every zone has provinces; Bangkok alone is zone 0', () => {
    for (const zone of ZONES) expect(PROVINCES.some((p) => p.zone === zone.zone)).toBe(true);
    expect(PROVINCES.filter((p) => p.zone === 0).map((p) => p.code)).toEqual(['10']);
  });

  test('DLA_PROVINCES are the 76 provinces without Bangkok', () => {
    expect(DLA_PROVINCES).toHaveLength(76);
    expect(DLA_PROVINCES.some((p) => p.code === '10')).toBe(false);
    expect(DLA_PROVINCES).toEqual(PROVINCES.filter((p) => p.nameTh !== 'กรุงเทพมหานคร'));
  });

  test('provinceByCode', () => {
    expect(provinceByCode('56')?.nameTh).toBe('พะเยา');
    expect(provinceByCode('28')).toBeUndefined();
  });
});

describe('zoneHeading', () => {
  test('names the zone and its cluster the way official tables do', () => {
    expect(zoneHeading(2)).toBe('เขตตรวจราชการที่ 2 : กลุ่มจังหวัดภาคกลางปริมณฑล');
    expect(zoneHeading(16)).toBe('เขตตรวจราชการที่ 16 : กลุ่มจังหวัดภาคเหนือตอนบน 2');
    expect(zoneHeading(0)).toBe('ส่วนกลาง');
  });

  test('every zone 1-18 has a heading built from the reference cluster', () => {
    for (const row of reference) {
      const zone = Number(row.inspection_zone);
      if (zone > 0) expect(zoneHeading(zone)).toBe(`เขตตรวจราชการที่ ${zone} : กลุ่มจังหวัด${row.cluster}`);
    }
  });

  test('rejects zones that do not exist', () => {
    expect(() => zoneHeading(19)).toThrow(RangeError);
    expect(() => zoneHeading(-1)).toThrow(RangeError);
    expect(() => zoneHeading(1.5)).toThrow(RangeError);
  });
});

describe('findProvince', () => {
  test.each(reference.map((r) => [r.name_th, r] as const))('finds %s from every typed form', (_, row) => {
    const { code, name_th: th, name_en: en } = row;
    const forms = [
      th,
      `จ.${th}`,
      `จ. ${th}`,
      `จังหวัด${th}`,
      `จังหวัด ${th}`,
      `  ${th}  `,
      `\u200B${th}\u200B`,
      `จ.\u200B${th}`,
      en,
      en.toLowerCase(),
      en.toUpperCase(),
      en.replace(/ /g, ''),
      `  ${en.replace(/ /g, '  ')} `,
      `Changwat ${en}`,
      `${en} Province`,
      code,
      thaiDigits(code),
    ];
    for (const form of forms) expect(findProvince(form)?.code).toBe(code);
  });

  test('folds sara am typed as nikhahit + sara aa', () => {
    expect(findProvince('ลําพูน')?.code).toBe('51');
    expect(findProvince('จังหวัดหนองบัวลําภู')?.code).toBe('39');
  });

  test('knows the short names of Bangkok and Ayutthaya', () => {
    for (const form of [
      'กรุงเทพฯ',
      'กทม.',
      'กทม',
      'กรุงเทพ',
      'กรุงเทพมหานคร',
      'Bangkok',
      'BANGKOK',
      'Krung Thep Maha Nakhon',
      '10',
      '๑๐',
    ]) {
      expect(findProvince(form)?.code).toBe('10');
    }
    expect(findProvince('อยุธยา')?.code).toBe('14');
    expect(findProvince('จ.อยุธยา')?.code).toBe('14');
  });

  test('is exact: lookalikes and fragments are not provinces', () => {
    for (const text of [
      'พะเยาใหม่',
      'จังหวัด',
      'จ.',
      '',
      '   ',
      'พะ',
      'เมืองพะเยา',
      '5',
      '056',
      '560',
      '99',
      '28',
      'Phayaoo',
      'จังหวัดพะเยา ข้อมูล',
      'พะเยา เชียงราย',
    ]) {
      expect(findProvince(text)).toBeUndefined();
    }
  });
});

describe('provinceInText', () => {
  test('finds the province named in a title line', () => {
    expect(provinceInText('แบบรายงานผลการดำเนินงาน ตลาดนัดท้องถิ่นออนไลน์ จังหวัดพะเยา')?.code).toBe('56');
    expect(provinceInText('แบบรายงาน จ.พะเยา ข้อมูล ณ วันที่ 21 พฤศจิกายน 2568')?.code).toBe('56');
    expect(provinceInText('รายงานจังหวัดพะเยาประจำเดือนตุลาคม')?.code).toBe('56');
    expect(provinceInText('สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด\u200Bเชียงราย')?.code).toBe('57');
    expect(provinceInText('จังหวัด หนองบัวลําภู')?.code).toBe('39');
  });

  test('a province named twice is still one province', () => {
    expect(provinceInText('จังหวัดพะเยา (จ.พะเยา)')?.code).toBe('56');
  });

  test('two different provinces, or none, give undefined', () => {
    expect(provinceInText('จังหวัดพะเยา และจังหวัดเชียงราย')).toBeUndefined();
    expect(provinceInText('แบบรายงาน ตลาดนัดท้องถิ่นออนไลน์')).toBeUndefined();
    expect(provinceInText('ข้อมูลรายจังหวัด')).toBeUndefined();
    expect(provinceInText('พะเยา')).toBeUndefined();
    expect(provinceInText('')).toBeUndefined();
  });

  test('finds every province by its Thai name inside a line', () => {
    for (const p of PROVINCES) {
      expect(provinceInText(`แบบรายงาน ของดีบ้านเรา จังหวัด${p.nameTh} ปีงบประมาณ 2569`)?.code).toBe(p.code);
    }
  });

  test('does not cut a syllable in two', () => {
    // "ตาก" followed by a vowel mark would be a different word, not จังหวัดตาก.
    expect(provinceInText('จังหวัดตากี')).toBeUndefined();
  });
});
