// Tests of building a registry from DLA's open data: the national file's 7,849 อปท., de-duplicated rows, conflicts,
// DOPA order, loose headers and linear time.

import { registryFromTable, sortLaos } from '../../src/core/registry/fromRows';
import { laoDisplayName } from '../../src/core/registry/laoTypes';
import { build, COL, DLA_HEADER, DLA_ROWS, national } from './registryTables';

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
