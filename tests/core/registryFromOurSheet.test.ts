// Tests of building a registry from our own registry sheet: prefixed names, spellings of types, provinces and districts,
// a header under a title line, and blank rows.

import { registryFromTable, registryHeaderFits } from '../../src/core/registry/fromRows';
import { LAO_TYPE_INFO, laoDisplayName } from '../../src/core/registry/laoTypes';
import { PHAYAO_DEMO_REGISTRY } from '../../src/core/registry/phayaoDemo';
import { build, failure, OUR_HEADER } from './registryTables';

describe('registryFromTable with our own registry sheet', () => {
  test('accepts prefixed names, every spelling of the type, and written-out province and district names', () => {
    const rows = [
      OUR_HEADER,
      ['2560101', 'อบจ.', 'องค์การบริหารส่วนจังหวัดพะเยา', 'อำเภอเมืองพะเยา', 'จังหวัดพะเยา', ''],
      ['4560102', 'ทม.', 'เทศบาลเมืองพะเยา', 'อ.เมืองพะเยา', 'จ.พะเยา', 'saraban@phayaocity.go.th'],
      ['5560109', 'เทศบาลตำบล', 'ทต.บ้านใหม่', 'อ. เมืองพะเยา', 'พะเยา', ''],
      ['6560112', 'องค์การบริหารส่วนตำบล', 'อบต. จำป่าหวาย', 'เมืองพะเยา', '๕๖', ''],
      ['๕๕๖๐๙๐๑', 'ทต', 'ดงเจน', 'อำเภอภูกามยาว', 'Phayao', ''],
      ['6560902', 'อบต.', 'อบต.ดงเจน', 'ภูกามยาว', 'จังหวัด พะเยา', ''],
      ['3200408', 'ท้องถิ่นรูปแบบพิเศษ', 'เมืองพัทยา', 'บางละมุง', 'ชลบุรี', ''],
    ];
    const laos = build(rows).laos;
    expect(
      laos.map((l) => [l.code, l.type, l.name, l.districtCode, l.districtName, l.provinceCode, l.provinceName]),
    ).toEqual([
      ['3200408', 'special', 'เมืองพัทยา', '2004', 'บางละมุง', '20', 'ชลบุรี'],
      ['2560101', 'pao', 'พะเยา', '5601', 'เมืองพะเยา', '56', 'พะเยา'],
      ['4560102', 'town', 'พะเยา', '5601', 'เมืองพะเยา', '56', 'พะเยา'],
      ['5560109', 'subdistrictMunicipality', 'บ้านใหม่', '5601', 'เมืองพะเยา', '56', 'พะเยา'],
      ['6560112', 'sao', 'จำป่าหวาย', '5601', 'เมืองพะเยา', '56', 'พะเยา'],
      ['5560901', 'subdistrictMunicipality', 'ดงเจน', '5609', 'ภูกามยาว', '56', 'พะเยา'],
      ['6560902', 'sao', 'ดงเจน', '5609', 'ภูกามยาว', '56', 'พะเยา'],
    ]);
    expect(laos.find((l) => l.code === '4560102')?.email).toBe('saraban@phayaocity.go.th');
    expect(laos.find((l) => l.code === '2560101')).not.toHaveProperty('email');
  });

  test('the demo registry written in our layout with display names reads back identically', () => {
    const rows = [
      OUR_HEADER.slice(0, 5),
      ...PHAYAO_DEMO_REGISTRY.laos.map((l) => [
        l.code,
        LAO_TYPE_INFO[l.type].dlaType,
        laoDisplayName(l),
        `อำเภอ${l.districtName}`,
        `จังหวัด${l.provinceName}`,
      ]),
    ];
    expect(build(rows)).toEqual(PHAYAO_DEMO_REGISTRY);
  });

  test('takes the type from a name’s prefix when the type cell is blank', () => {
    const laos = build([OUR_HEADER, ['6560112', '', 'อบต.จำป่าหวาย', 'เมืองพะเยา', 'พะเยา', '']]).laos;
    expect(laos[0]).toMatchObject({ type: 'sao', name: 'จำป่าหวาย' });
  });

  test('"เมือง" alone is the capital district of the province', () => {
    const laos = build([
      OUR_HEADER.slice(0, 5),
      ['6560112', 'อบต.', 'จำป่าหวาย', 'อ.เมือง', 'พะเยา'],
      ['2140101', 'อบจ.', 'พระนครศรีอยุธยา', 'เมือง', 'อยุธยา'],
    ]).laos;
    expect(laos.map((l) => l.districtName)).toEqual(['พระนครศรีอยุธยา', 'เมืองพะเยา']);
  });

  test('finds the header under a title line and numbers problem rows as the sheet does', () => {
    const rows = [
      ['ทะเบียน อปท. จังหวัดพะเยา'],
      [],
      OUR_HEADER.slice(0, 5),
      ['6560112', 'อบต.', 'จำป่าหวาย', 'เมืองพะเยา', 'พะเยา'],
      ['656011', 'อบต.', 'บ้านตุ่น', 'เมืองพะเยา', 'พะเยา'],
    ];
    expect(registryHeaderFits(rows)).toBe(true);
    const message = failure(rows);
    expect(message.th).toContain('แถว 5 “656011”');
    expect(message.en).toContain('row 5 “656011”');
  });

  test('skips blank rows', () => {
    const rows = [
      OUR_HEADER.slice(0, 5),
      ['', '', '', '', ''],
      ['6560112', 'อบต.', 'จำป่าหวาย', 'เมืองพะเยา', 'พะเยา'],
      [' ', '', '', '', ''],
    ];
    const result = registryFromTable(rows);
    expect(result.ok && result.stats.rowsRead).toBe(1);
  });
});
