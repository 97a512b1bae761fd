// Matching written อปท. names to the registry: every prefix form, district forms, and the ambiguous pairs of พะเยา.

import { provinceByCode } from '../../src/core/geo/provinces';
import { indexRegistry, matchLao, textKey } from '../../src/core/registry/match';
import { PHAYAO_DEMO_REGISTRY } from '../../src/core/registry/phayaoDemo';
import type { Lao, Registry } from '../../src/core/registry/types';

const index = indexRegistry(PHAYAO_DEMO_REGISTRY, provinceByCode);
const phayao = index.provinces.get('56')!;

function match(lao: string, district: string | null = null) {
  return matchLao(index, phayao, lao, district);
}

describe('the Phayao registry index', () => {
  test('has 72 อปท. in 9 districts in DOPA order, เมือง first', () => {
    expect(phayao.laos).toHaveLength(72);
    expect(phayao.districts.map((d) => d.code)).toEqual([
      '5601',
      '5602',
      '5603',
      '5604',
      '5605',
      '5606',
      '5607',
      '5608',
      '5609',
    ]);
    expect(phayao.districts[0].name).toBe('เมืองพะเยา');
  });
});

describe('every prefix form matches the same อปท.', () => {
  test.each([
    ['อบต.บ้านตุ่น', '6560113'],
    ['อบต. บ้านตุ่น', '6560113'],
    ['อบต บ้านตุ่น', '6560113'],
    ['องค์การบริหารส่วนตำบลบ้านตุ่น', '6560113'],
    ['องค์การบริหารส่วนตำบล บ้านตุ่น', '6560113'],
    ['บ้านตุ่น', '6560113'],
    ['ทต.แม่กา', '5560103'],
    ['ทต. แม่กา', '5560103'],
    ['เทศบาลตำบลแม่กา', '5560103'],
    ['ทม.พะเยา', '4560102'],
    ['เทศบาลเมืองพะเยา', '4560102'],
    ['อบจ.พะเยา', '2560101'],
    ['องค์การบริหารส่วนจังหวัดพะเยา', '2560101'],
    ['ทม.ดอกคำใต้', '4560501'],
    ['\u200Bทต.ห้วยข้าวก\u0E48\u0E4D\u0E32', '5560201'],
    ['ทต.ห้วยข้าวก\u0E4D\u0E48\u0E32', '5560201'],
    ['ทต.  หงส์หิน ', '5560203'],
  ])('%s → %s', (written, code) => {
    const identity = match(written);
    expect(identity.problems ?? []).toEqual([]);
    expect(identity.lao?.code).toBe(code);
    expect(identity.key).toBe(code);
  });
});

describe('district forms', () => {
  test.each(['อำเภอเมืองพะเยา', 'อ.เมืองพะเยา', 'อ.เมือง', 'เมือง', 'เมืองพะเยา', 'อ. เมือง'])(
    '%s is เมืองพะเยา',
    (district) => {
      const identity = match('ทต.แม่กา', district);
      expect(identity.problems ?? []).toEqual([]);
      expect(identity.lao?.districtCode).toBe('5601');
    },
  );

  test('a district that is not in the province is DISTRICT_UNKNOWN, listing the districts', () => {
    const identity = match('ทต.แม่กา', 'อ.แม่สาย');
    expect(identity.lao).toBeUndefined();
    expect(identity.problems?.[0]).toMatchObject({ code: 'DISTRICT_UNKNOWN', column: 'district' });
    expect(identity.problems?.[0].params.candidates).toContain('ภูกามยาว');
  });

  test('an อปท. written under the wrong district matches with LAO_DISTRICT_MISMATCH and the registry’s district', () => {
    const identity = match('ทต.แม่กา', 'จุน');
    expect(identity.lao?.code).toBe('5560103');
    expect(identity.problems?.map((p) => p.code)).toEqual(['LAO_DISTRICT_MISMATCH']);
    expect(identity.problems?.[0].params.district).toBe('เมืองพะเยา');
  });
});

describe('the ambiguous pairs of พะเยา', () => {
  test.each([
    ['ดงเจน', 'ภูกามยาว', ['5560901', '6560902']],
    ['งิม', 'ปง', ['5560601', '6560606']],
    ['ดอกคำใต้', 'ดอกคำใต้', ['4560501', '6560505']],
  ])('bare %s is LAO_AMBIGUOUS naming both', (name, district, codes) => {
    for (const d of [district, null]) {
      const identity = match(name, d);
      expect(identity.lao).toBeUndefined();
      expect(identity.problems?.map((p) => p.code)).toEqual(['LAO_AMBIGUOUS']);
      const text = identity.problems?.[0].params.candidates ?? '';
      const names = phayao.laos.filter((l: Lao) => codes.includes(l.code)).map((l) => l.name);
      expect(names).toHaveLength(2);
      expect(text.split(', ')).toHaveLength(2);
    }
  });

  test.each([
    ['ทต.ดงเจน', '5560901'],
    ['อบต.ดงเจน', '6560902'],
    ['เทศบาลตำบลงิม', '5560601'],
    ['องค์การบริหารส่วนตำบลงิม', '6560606'],
    ['ทม.ดอกคำใต้', '4560501'],
    ['อบต.ดอกคำใต้', '6560505'],
  ])('%s with its type is unambiguous', (written, code) => {
    expect(match(written).lao?.code).toBe(code);
  });
});

describe('names that match nothing', () => {
  test('an unknown name is LAO_UNKNOWN', () => {
    const identity = match('อบต.ไม่มีจริง');
    expect(identity.problems?.map((p) => p.code)).toEqual(['LAO_UNKNOWN']);
  });

  test('the right name with the wrong type suggests the registry’s one', () => {
    const identity = match('อบต.แม่กา');
    expect(identity.problems?.map((p) => p.code)).toEqual(['LAO_UNKNOWN']);
    expect(identity.problems?.[0].params.candidates).toContain('ทต.แม่กา');
  });

  test('an อปท. of another province is LAO_OTHER_PROVINCE naming that province', () => {
    const laos: Lao[] = [
      ...PHAYAO_DEMO_REGISTRY.laos,
      {
        code: '6570199',
        type: 'sao',
        name: 'แม่สลองนอก',
        districtCode: '5701',
        districtName: 'เมืองเชียงราย',
        provinceCode: '57',
        provinceName: 'เชียงราย',
      },
    ];
    const national: Registry = { laos };
    const idx = indexRegistry(national, provinceByCode);
    const identity = matchLao(idx, idx.provinces.get('56')!, 'อบต.แม่สลองนอก', null);
    expect(identity.problems?.map((p) => p.code)).toEqual(['LAO_OTHER_PROVINCE']);
    expect(identity.problems?.[0].params.candidates).toBe('เชียงราย');
  });
});

describe('without a registry', () => {
  test('rows are told apart by normalised district, type and bare name', () => {
    expect(textKey('อบต.บ้านใหม่', 'อ.เมือง', 'พะเยา')).toBe(
      textKey('องค์การบริหารส่วนตำบล บ้านใหม่', 'อำเภอเมืองพะเยา', 'พะเยา'),
    );
    expect(textKey('อบต.บ้านใหม่', null, 'พะเยา')).not.toBe(textKey('ทต.บ้านใหม่', null, 'พะเยา'));
  });
});
