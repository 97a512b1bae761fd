// Tests of the LAO type names: DLA's type strings, prefixes and labels, display names, reading a type from text and
// splitting a prefix off a written name.

import {
  LAO_TYPE_INFO,
  LAO_TYPES,
  laoDisplayName,
  laoTypeFromText,
  splitLaoName,
} from '../../src/core/registry/laoTypes';

describe('LAO types', () => {
  test('each type has its DLA type string, prefixes and English label', () => {
    expect(LAO_TYPES.map((t) => [t.type, t.dlaType, t.shortPrefix, t.fullPrefix])).toEqual([
      ['pao', 'อบจ.', 'อบจ.', 'องค์การบริหารส่วนจังหวัด'],
      ['city', 'เทศบาลนคร', 'ทน.', 'เทศบาลนคร'],
      ['town', 'เทศบาลเมือง', 'ทม.', 'เทศบาลเมือง'],
      ['subdistrictMunicipality', 'เทศบาลตำบล', 'ทต.', 'เทศบาลตำบล'],
      ['sao', 'อบต.', 'อบต.', 'องค์การบริหารส่วนตำบล'],
      ['special', 'ท้องถิ่นรูปแบบพิเศษ', '', ''],
    ]);
    for (const info of LAO_TYPES) {
      expect(LAO_TYPE_INFO[info.type]).toBe(info);
      expect(info.labelEn).toMatch(/^[A-Z]/);
    }
  });

  test('display names carry the short prefix, except เมืองพัทยา', () => {
    expect(laoDisplayName({ type: 'sao', name: 'บ้านใหม่' })).toBe('อบต.บ้านใหม่');
    expect(laoDisplayName({ type: 'town', name: 'พะเยา' })).toBe('ทม.พะเยา');
    expect(laoDisplayName({ type: 'pao', name: 'พะเยา' })).toBe('อบจ.พะเยา');
    expect(laoDisplayName({ type: 'special', name: 'เมืองพัทยา' })).toBe('เมืองพัทยา');
  });

  test.each([
    ['อบต.', 'sao'],
    ['อบต', 'sao'],
    [' อบต . ', 'sao'],
    ['องค์การบริหารส่วนตำบล', 'sao'],
    ['อบจ.', 'pao'],
    ['องค์การบริหารส่วนจังหวัด', 'pao'],
    ['เทศบาลนคร', 'city'],
    ['ทน.', 'city'],
    ['เทศบาลเมือง', 'town'],
    ['ทม', 'town'],
    ['เทศบาลตำบล', 'subdistrictMunicipality'],
    ['เทศบาล ตำบล', 'subdistrictMunicipality'],
    ['ทต.', 'subdistrictMunicipality'],
    ['ท้องถิ่นรูปแบบพิเศษ', 'special'],
    ['Subdistrict Municipality', 'subdistrictMunicipality'],
  ])('type %s is %s', (text, type) => {
    expect(laoTypeFromText(text)).toBe(type);
  });

  test('ambiguous or unknown type names are not types', () => {
    for (const text of ['เทศบาล', '', 'อบ', 'อำเภอ', 'สุขาภิบาล']) expect(laoTypeFromText(text)).toBeUndefined();
  });

  test('splitLaoName separates the prefix people write', () => {
    expect(splitLaoName('อบต.บ้านใหม่')).toEqual({ type: 'sao', name: 'บ้านใหม่' });
    expect(splitLaoName('อบต. บ้านใหม่')).toEqual({ type: 'sao', name: 'บ้านใหม่' });
    expect(splitLaoName('องค์การบริหารส่วนตำบลบ้านใหม่')).toEqual({ type: 'sao', name: 'บ้านใหม่' });
    expect(splitLaoName('เทศบาลตำบล บ้านใหม่')).toEqual({ type: 'subdistrictMunicipality', name: 'บ้านใหม่' });
    expect(splitLaoName('ทม.พะเยา')).toEqual({ type: 'town', name: 'พะเยา' });
    expect(splitLaoName('องค์การบริหารส่วนจังหวัดพะเยา')).toEqual({ type: 'pao', name: 'พะเยา' });
    expect(splitLaoName('เมืองพัทยา')).toEqual({ name: 'เมืองพัทยา' });
    expect(splitLaoName('บ้านใหม่')).toEqual({ name: 'บ้านใหม่' });
  });

  test('real bare names that begin like a prefix are left whole', () => {
    // อบต.ทมอ, อบต.อบทม, อบต.ทมนางาม and ทต.จ.ป.ร. are real อปท. in DLA's file.
    for (const name of ['ทมอ', 'อบทม', 'ทมนางาม', 'จ.ป.ร.']) expect(splitLaoName(name)).toEqual({ name });
    expect(splitLaoName('อบต.')).toEqual({ name: 'อบต.' });
  });
});
