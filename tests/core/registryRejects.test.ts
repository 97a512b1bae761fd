// Tests of how building a registry explains an unusable table, in Thai and English: missing columns, no rows, bad codes,
// types, names, provinces and districts.

import { registryHeaderFits } from '../../src/core/registry/fromRows';
import { failure, OUR_HEADER } from './registryTables';

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
