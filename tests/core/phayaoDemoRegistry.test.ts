// Tests of the built-in Phayao demo registry: its 72 อปท., checked against DLA's national file, and its counts by type
// and province.

import { countLaos } from '../../src/core/registry/fromRows';
import { laoDisplayName } from '../../src/core/registry/laoTypes';
import { PHAYAO_DEMO_REGISTRY, REGISTRY_ATTRIBUTION } from '../../src/core/registry/phayaoDemo';
import type { LaoType } from '../../src/core/registry/types';
import { build, COL, DLA_HEADER, DLA_ROWS } from './registryTables';

const TYPE_OF_DLA: Record<string, LaoType> = {
  'อบจ.': 'pao',
  เทศบาลนคร: 'city',
  เทศบาลเมือง: 'town',
  เทศบาลตำบล: 'subdistrictMunicipality',
  'อบต.': 'sao',
  ท้องถิ่นรูปแบบพิเศษ: 'special',
};

describe('PHAYAO_DEMO_REGISTRY', () => {
  const laos = PHAYAO_DEMO_REGISTRY.laos;

  test('has the 72 อปท. of พะเยา in 9 districts', () => {
    expect(laos).toHaveLength(72);
    const perDistrict = new Map<string, number>();
    for (const lao of laos)
      perDistrict.set(
        `${lao.districtCode} ${lao.districtName}`,
        (perDistrict.get(`${lao.districtCode} ${lao.districtName}`) ?? 0) + 1,
      );
    expect([...perDistrict]).toEqual([
      ['5601 เมืองพะเยา', 15],
      ['5602 จุน', 7],
      ['5603 เชียงคำ', 11],
      ['5604 เชียงม่วน', 3],
      ['5605 ดอกคำใต้', 11],
      ['5606 ปง', 9],
      ['5607 แม่ใจ', 7],
      ['5608 ภูซาง', 5],
      ['5609 ภูกามยาว', 4],
    ]);
    expect(new Set(laos.map((l) => l.code)).size).toBe(72);
    for (const lao of laos) {
      expect(lao.provinceCode).toBe('56');
      expect(lao.provinceName).toBe('พะเยา');
      expect(lao.districtCode).toBe(lao.code.slice(1, 5));
    }
  });

  test('every entry matches DLA’s national file (code, type, bare name, district)', () => {
    const dlaPhayao = DLA_ROWS.filter((r) => r[COL.province] === 'พะเยา');
    expect(dlaPhayao).toHaveLength(72);
    expect(laos.map((l) => [l.code, l.type, l.name, l.districtName])).toEqual(
      dlaPhayao.map((r) => [r[COL.code], TYPE_OF_DLA[r[COL.type]], r[COL.name], r[COL.district]]),
    );
  });

  test('is what the importer builds from the Phayao rows of the national file', () => {
    const rows = [DLA_HEADER, ...DLA_ROWS.filter((r) => r[COL.province] === 'พะเยา')];
    expect(build(rows)).toEqual(PHAYAO_DEMO_REGISTRY);
  });

  test('shows ทต.ดงเจน and อบต.ดงเจน as two อปท.', () => {
    expect(laos.filter((l) => l.name === 'ดงเจน').map(laoDisplayName)).toEqual(['ทต.ดงเจน', 'อบต.ดงเจน']);
  });

  test('comes with DLA’s attribution', () => {
    expect(REGISTRY_ATTRIBUTION).toEqual({
      th: 'ที่มา: กรมส่งเสริมการปกครองท้องถิ่น',
      en: 'Source: Department of Local Administration',
    });
  });
});

test('countLaos counts by type and province', () => {
  expect(countLaos(PHAYAO_DEMO_REGISTRY.laos)).toEqual({
    byType: { pao: 1, city: 0, town: 2, subdistrictMunicipality: 33, sao: 36, special: 0 },
    byProvince: { '56': 72 },
  });
});
