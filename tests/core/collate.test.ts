// Thai ordering for lists people read: leading vowels do not send names to the end.

import { collateThai } from '../../src/core/format/collate';

describe('collateThai', () => {
  test('orders by the consonant, not by a leading vowel', () => {
    expect(['เวียง', 'ปง', 'แม่ใจ', 'กา', 'โคก', 'ไชย'].sort(collateThai)).toEqual([
      'กา',
      'โคก',
      'ไชย',
      'ปง',
      'แม่ใจ',
      'เวียง',
    ]);
  });

  test('after a type prefix too', () => {
    expect(['ทต.เวียง', 'ทต.ปง', 'ทต.แม่ใจ'].sort(collateThai)).toEqual(['ทต.ปง', 'ทต.แม่ใจ', 'ทต.เวียง']);
  });

  test('plain code-point order would not: the comparator is needed', () => {
    expect(['เวียง', 'ปง'].sort()).toEqual(['ปง', 'เวียง']);
    expect(['เกาะ', 'ขาม'].sort()).toEqual(['ขาม', 'เกาะ']);
    expect(['เกาะ', 'ขาม'].sort(collateThai)).toEqual(['เกาะ', 'ขาม']);
  });

  test('is a total order: equal only for equal text', () => {
    expect(collateThai('ก', 'ก')).toBe(0);
    expect(collateThai('เก', 'กเ')).not.toBe(0);
  });
});
