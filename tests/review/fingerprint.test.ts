// A row's fingerprint: the same for the same cells however wide the read, blind to the review cells, and different
// whenever a value the officer typed changes.

import fc from 'fast-check';
import type { CellValue } from '../../src/core/cell';
import { rowFingerprint } from '../../src/core/review/fingerprint';

const NONE = new Set<number>();
const row: CellValue[] = [1, 'เมืองพะเยา', 'ทต.แม่กา', { kind: 'date', year: 2026, month: 11, day: 1 }, 1500, 'ผ่าน', ''];

test('blank cells at the end and the skipped review cells change nothing', () => {
  expect(rowFingerprint([...row, '', null, ''], NONE)).toBe(rowFingerprint(row, NONE));
  const skip = new Set([5, 6]);
  expect(rowFingerprint([...row.slice(0, 5), 'ส่งกลับแก้ไข', 'ลิงก์เสีย'], skip)).toBe(rowFingerprint(row, skip));
  expect(rowFingerprint([' ทต.แม่กา '], NONE)).toBe(rowFingerprint(['ทต.แม่กา'], NONE));
});

test('a changed, moved or added value changes it', () => {
  const base = rowFingerprint(row, NONE);
  expect(rowFingerprint([...row.slice(0, 4), 1501, ...row.slice(5)], NONE)).not.toBe(base);
  expect(rowFingerprint([row[0], row[2], row[1], ...row.slice(3)], NONE)).not.toBe(base);
  expect(rowFingerprint([...row.slice(0, 6), 'x'], NONE)).not.toBe(base);
  // a value split across two cells is another row
  expect(rowFingerprint(['ab', ''], NONE)).not.toBe(rowFingerprint(['a', 'b'], NONE));
});

test('property: any one changed text cell gives another fingerprint', () => {
  fc.assert(
    fc.property(
      fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 12 }),
      fc.nat(),
      fc.string({ minLength: 1, maxLength: 12 }),
      (cells, at, text) => {
        const i = at % cells.length;
        fc.pre(text.trim() !== cells[i].trim() && text.trim() !== '');
        const changed = cells.map((c, j) => (j === i ? text : c));
        expect(rowFingerprint(changed, NONE)).not.toBe(rowFingerprint(cells, NONE));
      },
    ),
  );
});
