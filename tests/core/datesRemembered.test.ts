// parseDate remembers what each text reads as: a text read again, before or after the memory is full and cleared,
// reads as it did the first time.

import { parseDate } from '../../src/core/normalise/dates';

const TEXTS = [
  '1/10/2568',
  '01/10/2568',
  ' 1/10/2568 ',
  '15 ต.ค. 68',
  '๑/๑๐/๒๕๖๘',
  '2025-10-01',
  '10/2568',
  '31/2/2568',
  'ตุลา 68',
  'Oct 1, 2025',
  '',
  '   ',
  'ไม่ระบุ',
  `1/10/2568${' '.repeat(80)}x`,
];

test('a text read again reads as the first time, also once many other dates were read', () => {
  const first = TEXTS.map((t) => parseDate(t));
  expect(TEXTS.map((t) => parseDate(t))).toEqual(first);
  // more distinct texts than are remembered
  for (let i = 0; i < 25_000; i++) parseDate(`${(i % 28) + 1}/${(i % 12) + 1}/${2400 + (i % 200)} ${i % 24}:00`);
  expect(TEXTS.map((t) => parseDate(t))).toEqual(first);
  expect(first[0]).toEqual({ kind: 'date', year: 2025, month: 10, day: 1, buddhistDateCell: false });
});
