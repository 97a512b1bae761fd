// The line under a sidebar figure says what will be recorded, reading the column's own unit as the check does.

import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { entryFields } from '../../src/core/form/entryFields';
import { OTOP_MARKETER } from '../../src/core/form/otopMarketer';
import type { FormSpec } from '../../src/core/form/types';
import { readAsNumber } from '../../src/sidebar/readAs';

const field = (form: FormSpec, key: string) => {
  const found = entryFields(form).find((f) => f.key === key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
};

test.each([
  [DLA_ONLINE_MARKET, 'salesCount', '๓ ครั้ง', 'อ่านได้เป็น 3 ครั้ง'],
  [DLA_ONLINE_MARKET, 'revenue', '๒,๙๒๐ บาท', 'อ่านได้เป็น 2,920.00 บาท'],
  [OTOP_MARKETER, 'clips', '4 คลิป', 'อ่านได้เป็น 4 คลิป'],
  [OTOP_MARKETER, 'coaching', '๒ กลุ่ม', 'อ่านได้เป็น 2 กลุ่ม/ราย/ชุมชน'],
  [OTOP_MARKETER, 'products', '20ผลิตภัณฑ์', 'อ่านได้เป็น 20 ผลิตภัณฑ์'],
])('%#: a figure typed with its own unit is read', (form, key, typed, shown) => {
  expect(readAsNumber(typed, field(form, key))).toBe(shown);
});

test.each([
  [OTOP_MARKETER, 'products', '4 คลิป'],
  [DLA_ONLINE_MARKET, 'salesCount', '4 คลิป'],
  [OTOP_MARKETER, 'clips', '2.5 คลิป'],
  [OTOP_MARKETER, 'clips', 'คลิป 4'],
])("%#: another column's unit, a fraction of a count or a unit first is not read", (form, key, typed) => {
  expect(readAsNumber(typed, field(form, key))).toBe('');
});
