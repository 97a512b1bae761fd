// Tests of the LAO registry core: type names and prefixes, the built-in Phayao demo registry (checked against DLA's national file),
// and building a registry from table rows in DLA's layout and ours, with every kind of unusable table explained.

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Text } from '../../src/core/messages/text';
import {
  countLaos,
  type RegistryFromTable,
  registryFromTable,
  registryHeaderFits,
  sortLaos,
} from '../../src/core/registry/fromRows';
import {
  LAO_TYPE_INFO,
  LAO_TYPES,
  laoDisplayName,
  laoTypeFromText,
  splitLaoName,
} from '../../src/core/registry/laoTypes';
import { PHAYAO_DEMO_REGISTRY, REGISTRY_ATTRIBUTION } from '../../src/core/registry/phayaoDemo';
import type { LaoType, Registry } from '../../src/core/registry/types';
import { REGISTRY_CSV } from '../support/rollupData';

const national: string[][] = parse(readFileSync(REGISTRY_CSV), { bom: true });
const [DLA_HEADER, ...DLA_ROWS] = national;
const COL = { province: 0, district: 1, code: 3, type: 4, name: 5 };

const TYPE_OF_DLA: Record<string, LaoType> = {
  'อบจ.': 'pao',
  เทศบาลนคร: 'city',
  เทศบาลเมือง: 'town',
  เทศบาลตำบล: 'subdistrictMunicipality',
  'อบต.': 'sao',
  ท้องถิ่นรูปแบบพิเศษ: 'special',
};

function build(rows: string[][]): Registry {
  const result = registryFromTable(rows);
  if (!result.ok) throw new Error(`unexpected failure: ${result.message.en}`);
  return result.registry;
}

function failure(rows: string[][]): Text {
  const result: RegistryFromTable = registryFromTable(rows);
  if (result.ok) throw new Error('expected the table to be rejected');
  expect(result.message.th).toMatch(/[\u0e01-\u0e5b]/);
  expect(result.message.en).toMatch(/[a-z]{3}/);
  return result.message;
}

const OUR_HEADER = ['รหัส อปท.', 'ประเภท', 'ชื่อ อปท.', 'อำเภอ', 'จังหวัด', 'อีเมลผู้รับผิดชอบ'];

// ---- type names -------------------------------------------------------------------------------------

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

// ---- the Phayao demo -----------------------------------------------------------------------------

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

// ---- registryFromTable: DLA's layout ------------------------------------------------------------------

describe('registryFromTable with DLA’s open data', () => {
  test('imports the national file: 7,849 อปท. by type and province', () => {
    const result = registryFromTable(national);
    if (!result.ok) throw new Error(result.message.en);
    const { registry, stats } = result;
    expect(registry.laos).toHaveLength(7849);
    expect(stats.byType).toEqual({
      pao: 76,
      city: 30,
      town: 195,
      subdistrictMunicipality: 2247,
      sao: 5300,
      special: 1,
    });
    expect(Object.keys(stats.byProvince)).toHaveLength(76);
    expect(stats.byProvince['56']).toBe(72);
    expect(stats).toMatchObject({ rowsRead: 7849, duplicateRows: 0, conflicts: 0 });
  });

  test('de-duplicates rows repeated once per ตำบล, in any order', () => {
    const once = build(national);
    const repeated: string[][] = [];
    DLA_ROWS.forEach((row, i) => {
      for (let n = 0; n < 3 + (i % 9); n++) repeated.push([row[0], row[1], `ตำบลที่ ${n + 1}`, ...row.slice(3)]);
    });
    // Interleave repeats so that the first occurrence order differs from the file's.
    const shuffled = [...repeated.filter((_, i) => i % 2 === 1), ...repeated.filter((_, i) => i % 2 === 0)];
    const result = registryFromTable([DLA_HEADER, ...shuffled]);
    if (!result.ok) throw new Error(result.message.en);
    expect(result.registry).toEqual(once);
    expect(result.stats.rowsRead).toBe(repeated.length);
    expect(result.stats.duplicateRows).toBe(repeated.length - 7849);
    expect(result.stats.conflicts).toBe(0);
  });

  test('keeps the first of two rows with the same code and different data, and counts the conflict', () => {
    const rows = [DLA_HEADER, ...DLA_ROWS.slice(0, 3), [...DLA_ROWS[1].slice(0, 5), 'ชื่ออื่น', ...DLA_ROWS[1].slice(6)]];
    const result = registryFromTable(rows);
    if (!result.ok) throw new Error(result.message.en);
    expect(result.registry.laos).toHaveLength(3);
    expect(result.registry.laos.find((l) => l.code === DLA_ROWS[1][COL.code])?.name).toBe(DLA_ROWS[1][COL.name]);
    expect(result.stats).toMatchObject({ rowsRead: 4, duplicateRows: 0, conflicts: 1 });
  });

  test('the two เทศบาลตำบล with a 6-prefix code keep their type', () => {
    const laos = build(national).laos;
    const upgraded = laos.filter((l) => l.code.startsWith('6') && l.type !== 'sao');
    expect(upgraded.map((l) => [l.code, l.type, l.name])).toEqual([
      ['6130408', 'subdistrictMunicipality', 'หนองสามวัง'],
      ['6720123', 'subdistrictMunicipality', 'รั้วใหญ่'],
    ]);
  });

  test('(province, district, type, name) is unique in the national data; bare names alone are not', () => {
    const laos = build(national).laos;
    const keys = new Set(laos.map((l) => `${l.provinceCode}|${l.districtName}|${l.type}|${l.name}`));
    expect(keys.size).toBe(laos.length);
    const bare = new Set(laos.map((l) => `${l.provinceCode}|${l.districtName}|${l.name}`));
    expect(bare.size).toBeLessThan(laos.length);
  });

  test('every อปท. sits in the province its code says', () => {
    for (const lao of build(national).laos) {
      expect(lao.provinceCode).toBe(lao.code.slice(1, 3));
      expect(lao.districtCode).toBe(lao.code.slice(1, 5));
    }
  });

  test('lists อปท. in DOPA order: by district, then running number', () => {
    const laos = build(national).laos;
    expect(sortLaos([...laos].reverse())).toEqual(laos);
    const keys = laos.map((l) => l.code.slice(1));
    expect([...keys].sort()).toEqual(keys);
    expect(laos.slice(0, 2).map(laoDisplayName)).toEqual(['อบจ.สมุทรปราการ', 'ทน.สมุทรปราการ']);
  });

  test('reads headers with extra spaces, zero-width characters or without dots', () => {
    const header = ['จังหวัด', ' อำเภอ ', 'ตำบล', 'รหัส  อปท', 'ประเภท\u200Bอปท.', 'อปท'];
    expect(build([header, ...DLA_ROWS.slice(0, 5).map((r) => r.slice(0, 6))]).laos).toHaveLength(5);
  });

  test('is linear: the full-size national file (82,600 rows) imports quickly', () => {
    const big: string[][] = [DLA_HEADER];
    for (let n = 0; n < 11; n++) for (const row of DLA_ROWS) big.push(row);
    const started = Date.now();
    const result = registryFromTable(big);
    const elapsed = Date.now() - started;
    expect(result.ok).toBe(true);
    // Generous, to stay reliable on slow CI machines; a quadratic importer takes minutes here.
    expect(elapsed).toBeLessThan(5000);
  });
});

// ---- registryFromTable: our layout --------------------------------------------------------------------

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

// ---- unusable tables ----------------------------------------------------------------------------------

describe('registryFromTable explains an unusable table', () => {
  test('missing columns: lists the missing and the found columns', () => {
    const message = failure([
      ['ลำดับ', 'อปท.', 'อำเภอ', 'หมายเหตุ'],
      ['1', 'บ้านใหม่', 'เมืองพะเยา', ''],
    ]);
    for (const missing of ['รหัส อปท.', 'ประเภท อปท.', 'จังหวัด']) {
      expect(message.th).toContain(`“${missing}”`);
      expect(message.en).toContain(`“${missing}”`);
    }
    expect(message.th).toContain('“หมายเหตุ”');
    expect(message.th).not.toContain('“อำเภอ”, “จังหวัด”');
    expect(message.en).toContain('columns found in the header row: “ลำดับ”, “อปท.”, “อำเภอ”, “หมายเหตุ”');
    expect(registryHeaderFits([['ลำดับ', 'อปท.', 'อำเภอ']])).toBe(false);
  });

  test('a report sheet is not a registry', () => {
    const message = failure([['ที่', 'อำเภอ', 'อปท.', 'ลิงก์', 'ครั้ง', 'รายรับ (บาท)', 'คน']]);
    expect(message.en).toContain('“รหัส อปท.”');
  });

  test('an empty table or a header without rows', () => {
    expect(failure([]).en).toContain('none');
    const message = failure([OUR_HEADER, ['', '', '', '', '', '']]);
    expect(message.th).toContain('ไม่มีรายชื่อ อปท.');
    expect(message.en).toContain('no LAOs');
  });

  test('codes that are not 7 digits: the first few rows, then how many more', () => {
    const bad = ['656011', '65601120', 'ABC1234', '', '6 5 6 0 1 1', '12345', '1', '22'];
    const rows = [OUR_HEADER.slice(0, 5), ...bad.map((code) => [code, 'อบต.', 'จำป่าหวาย', 'เมืองพะเยา', 'พะเยา'])];
    const message = failure(rows);
    expect(message.th).toContain('ตัวเลข 7 หลัก');
    expect(message.th).toContain('แถว 2 “656011”, แถว 3 “65601120”, แถว 4 “ABC1234”, แถว 5, แถว 6 “6 5 6 0 1 1”');
    expect(message.th).toContain('และอีก 3 แถว');
    expect(message.en).toContain('and 3 more rows');
  });

  test('an unknown type string, listed with its rows', () => {
    const rows = [
      OUR_HEADER.slice(0, 5),
      ['6560112', 'อบต.', 'จำป่าหวาย', 'เมืองพะเยา', 'พะเยา'],
      ['5560109', 'เทศบาล', 'บ้านใหม่', 'เมืองพะเยา', 'พะเยา'],
      ['6560113', 'สุขาภิบาล', 'บ้านตุ่น', 'เมืองพะเยา', 'พะเยา'],
    ];
    const message = failure(rows);
    expect(message.th).toContain('ไม่รู้จักประเภท อปท.');
    expect(message.th).toContain('แถว 3 “เทศบาล”, แถว 4 “สุขาภิบาล”');
    expect(message.en).toContain('row 3 “เทศบาล”, row 4 “สุขาภิบาล”');
  });

  test('a type from the code’s first digit is never assumed', () => {
    const message = failure([OUR_HEADER.slice(0, 5), ['6560112', '', 'จำป่าหวาย', 'เมืองพะเยา', 'พะเยา']]);
    expect(message.en).toContain('Unknown LAO type in row 2');
  });

  test('a name prefix that contradicts the type', () => {
    const message = failure([OUR_HEADER.slice(0, 5), ['6560112', 'อบต.', 'ทต.จำป่าหวาย', 'เมืองพะเยา', 'พะเยา']]);
    expect(message.th).toContain('แถว 2 “อบต. / ทต.จำป่าหวาย”');
  });

  test('a province name not recognised', () => {
    const message = failure([OUR_HEADER.slice(0, 5), ['6560112', 'อบต.', 'จำป่าหวาย', 'เมืองพะเยา', 'พะเยาใหม่']]);
    expect(message.th).toContain('ไม่รู้จักชื่อจังหวัดใน แถว 2 “พะเยาใหม่”');
    expect(message.en).toContain('Province name not recognised in row 2 “พะเยาใหม่”');
  });

  test('a code of another province', () => {
    const message = failure([OUR_HEADER.slice(0, 5), ['6570112', 'อบต.', 'จำป่าหวาย', 'เมืองพะเยา', 'พะเยา']]);
    expect(message.en).toContain('does not belong to the province in row 2 “6570112 / พะเยา”');
  });

  test('a blank name or district', () => {
    const message = failure([
      OUR_HEADER.slice(0, 5),
      ['6560112', 'อบต.', '', 'เมืองพะเยา', 'พะเยา'],
      ['6560113', 'อบต.', 'บ้านตุ่น', 'อำเภอ', 'พะเยา'],
    ]);
    expect(message.th).toContain('แถว 2, แถว 3');
  });

  test('several kinds of problem are reported together, one per line', () => {
    const message = failure([
      OUR_HEADER.slice(0, 5),
      ['65601', 'อบต.', 'จำป่าหวาย', 'เมืองพะเยา', 'พะเยา'],
      ['6560113', 'อบ', 'บ้านตุ่น', 'เมืองพะเยา', 'พะเยา'],
    ]);
    expect(message.th.split('\n')).toHaveLength(2);
    expect(message.en.split('\n')).toHaveLength(2);
  });
});

test('countLaos counts by type and province', () => {
  expect(countLaos(PHAYAO_DEMO_REGISTRY.laos)).toEqual({
    byType: { pao: 1, city: 0, town: 2, subdistrictMunicipality: 33, sao: 36, special: 0 },
    byProvince: { '56': 72 },
  });
});
