// provinceOfSheet: a sheet's province from its province column, a title line, the sheet name, the fallback or the
// registry, and the errors when it cannot be told or two provinces conflict.

import type { CellValue } from '../../src/core/cell';
import { detectHeader } from '../../src/core/form/headers';
import type { Province } from '../../src/core/geo/types';
import type { RegistryIndex } from '../../src/core/registry/match';
import { provinceOfSheet } from '../../src/core/rollup/sheetProvince';
import { FORM, fb, NAN, NATIONAL_INDEX, SONGKHLA } from './rollupSupport';

// ---- a sheet's province ---------------------------------------------------------------------------

describe('provinceOfSheet', () => {
  const HEADER_WITH_PROVINCE = ['ลำดับ', 'วันที่', 'จังหวัด', 'อำเภอ', 'องค์กรปกครองส่วนท้องถิ่น', 'ลิงก์', 'รายรับ (บาท)'];
  const HEADER_PLAIN = ['ลำดับ', 'วันที่', 'อำเภอ', 'องค์กรปกครองส่วนท้องถิ่น', 'ลิงก์', 'รายรับ (บาท)'];
  function find(rows: CellValue[][], sheetName = 'Sheet1', fallback?: Province, registry: RegistryIndex | null = null) {
    const detected = detectHeader(rows, FORM);
    if (!detected.ok) throw new Error(detected.message.en);
    return provinceOfSheet(rows, FORM, detected.header, { file: 'report.xlsx', sheetName, fallback, registry });
  }
  const code = (r: ReturnType<typeof find>) => (r.ok ? r.province.code : `error: ${r.message.en}`);

  test('from the province column, in every written form', () => {
    const rows = [
      ['แบบรายงานผล'],
      HEADER_WITH_PROVINCE,
      [1, '', 'จ.พะเยา', 'จุน', 'ทต.จุน', fb(), 1],
      [2, '', 'จังหวัดพะเยา', 'จุน', 'ทต.จุน', fb(), 1],
      [3, '', 'พะเยา', '', 'ทต.จุน', fb(), 1],
      [4, '', 'Phayao', '', 'ทต.จุน', fb(), 1],
      [5, '', '', '', 'ทต.จุน', fb(), 1],
    ];
    expect(code(find(rows))).toBe('56');
    // the column wins over the sheet name and over the caller's fallback
    expect(code(find(rows, 'น่าน', NAN))).toBe('56');
  });

  test('from a title line set apart from the header by a blank row', () => {
    expect(
      code(
        find([
          ['แบบรายงานผลการดำเนินกิจกรรม จังหวัดน่าน ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569'],
          [],
          HEADER_PLAIN,
          [1, '', 'เมืองน่าน', 'ทต.ดู่ใต้', fb(), 1],
        ]),
      ),
    ).toBe('55');
    expect(code(find([['รายงาน จ.สงขลา'], [], HEADER_PLAIN, [1, '', '', 'ทน.สงขลา', fb(), 1]], 'พะเยา'))).toBe('90');
  });

  test('from a title line directly above the header (the usual layout)', () => {
    expect(
      code(
        find([
          ['แบบรายงานผลการดำเนินกิจกรรม จังหวัดน่าน ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569'],
          HEADER_PLAIN,
          [1, '', 'เมืองน่าน', 'ทต.ดู่ใต้', fb(), 1],
        ]),
      ),
    ).toBe('55');
    expect(code(find([['รายงาน จ.สงขลา'], HEADER_PLAIN, [1, '', '', 'ทน.สงขลา', fb(), 1]], 'พะเยา'))).toBe('90');
  });

  test('from the sheet name, then the fallback', () => {
    const rows = [['แบบรายงานผล'], HEADER_PLAIN, [1, '', 'จุน', 'ทต.จุน', fb(), 1]];
    expect(code(find(rows, 'พะเยา'))).toBe('56');
    expect(code(find(rows, 'รายงาน จังหวัดน่าน'))).toBe('55');
    expect(code(find(rows, 'Sheet1', SONGKHLA))).toBe('90');
  });

  test('from the registry: the province where most of the sheet’s อปท. names are found', () => {
    const rows = [
      ['แบบรายงานผล'],
      HEADER_PLAIN,
      [1, '', '', 'ทต.แม่กา', fb(), 1],
      [2, '', '', 'อบต.บ้านตุ่น', fb(), 1],
      [3, '', '', 'ทต.หงส์หิน', fb(), 1],
      [4, '', '', 'อบต.ไม่มีในทะเบียน', fb(), 1],
    ];
    expect(code(find(rows, 'Sheet1', undefined, NATIONAL_INDEX))).toBe('56');
  });

  test('nothing to tell the province by is an error naming the file', () => {
    const rows = [['แบบรายงานผล'], HEADER_PLAIN, [1, '', 'จุน', 'ทต.จุน', fb(), 1]];
    const found = find(rows);
    expect(found.ok).toBe(false);
    if (found.ok) return;
    expect(found.message.th).toContain('report.xlsx');
    expect(found.message.en).toContain('report.xlsx');
  });

  test('two provinces in one sheet are a conflict naming both (column against column, or column against title)', () => {
    const two = find([
      ['แบบรายงานผล'],
      HEADER_WITH_PROVINCE,
      [1, '', 'พะเยา', 'จุน', 'ทต.จุน', fb(), 1],
      [2, '', 'น่าน', 'เมืองน่าน', 'ทต.ดู่ใต้', fb(), 1],
    ]);
    expect(two.ok).toBe(false);
    if (!two.ok) {
      for (const text of [two.message.th, two.message.en]) {
        expect(text).toContain('พะเยา');
        expect(text).toContain('น่าน');
        expect(text).toContain('report.xlsx');
      }
    }
    const titleAgainstColumn = find([
      ['รายงาน จังหวัดน่าน'],
      [],
      HEADER_WITH_PROVINCE,
      [1, '', 'พะเยา', 'จุน', 'ทต.จุน', fb(), 1],
    ]);
    expect(titleAgainstColumn.ok).toBe(false);
  });

  test('a title line directly above the header that names another province than the column is a conflict too', () => {
    const titleAgainstColumn = find([
      ['รายงาน จังหวัดน่าน'],
      HEADER_WITH_PROVINCE,
      [1, '', 'พะเยา', 'จุน', 'ทต.จุน', fb(), 1],
    ]);
    expect(titleAgainstColumn.ok).toBe(false);
  });
});
