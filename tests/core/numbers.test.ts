// Number normaliser: the ways Thai officers write amounts and counts, and the exact satang conversion.

import fc from 'fast-check';
import type { CellValue } from '../../src/core/cell';
import { formatBaht, parseNumber, toSatang } from '../../src/core/normalise/numbers';

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const toThai = (s: string) => s.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]);

function num(cell: CellValue): { value: number; decimals: number; negative: boolean } {
  const p = parseNumber(cell);
  if (p.kind !== 'number') throw new Error(`expected a number for ${JSON.stringify(cell)}, got ${p.kind}`);
  return { value: p.value, decimals: p.decimals, negative: p.negative };
}

describe('parseNumber: numeric cells', () => {
  it.each([
    [0, 0, 0],
    [12, 12, 0],
    [1500.25, 1500.25, 2],
    [0.1, 0.1, 1],
    [1.5, 1.5, 1],
    [1e-7, 1e-7, 7],
    [1.5e-7, 1.5e-7, 8],
    [1e21, 1e21, 0],
    [1.2345e21, 1.2345e21, 0],
    [123456789.123, 123456789.123, 3],
  ])('%p → %p with %p decimals', (cell, value, decimals) => {
    expect(num(cell)).toEqual({ value, decimals, negative: false });
  });

  it('keeps the sign of negative numbers', () => {
    expect(num(-500)).toEqual({ value: -500, decimals: 0, negative: true });
    expect(num(-0.25)).toEqual({ value: -0.25, decimals: 2, negative: true });
  });

  it('folds -0 to 0', () => {
    expect(num(-0)).toEqual({ value: 0, decimals: 0, negative: false });
    expect(Object.is(num(-0).value, 0)).toBe(true);
  });

  it.each([NaN, Infinity, -Infinity])('%p is invalid', (cell) => {
    expect(parseNumber(cell).kind).toBe('invalid');
  });
});

describe('parseNumber: other cell types', () => {
  it('null, empty and whitespace are blank', () => {
    for (const cell of [null, '', ' ', '   ', '\u00A0', ' \t\n', '\u200B']) {
      expect(parseNumber(cell)).toEqual({ kind: 'blank' });
    }
  });

  it('booleans and dates are invalid', () => {
    expect(parseNumber(true).kind).toBe('invalid');
    expect(parseNumber(false).kind).toBe('invalid');
    expect(parseNumber({ kind: 'date', year: 2025, month: 10, day: 1 }).kind).toBe('invalid');
  });
});

describe('parseNumber: text', () => {
  it.each<[string, number, number]>([
    ['0', 0, 0],
    ['12', 12, 0],
    ['007', 7, 0],
    ['1500.25', 1500.25, 2],
    ['1.50', 1.5, 1],
    ['30.00', 30, 0],
    ['1.500', 1.5, 1],
    ['  12  ', 12, 0],
    ['\u00A0' + '12' + '\u00A0', 12, 0],
    ['1,500', 1500, 0],
    ['12,345,678', 12345678, 0],
    ['1,500.25', 1500.25, 2],
    ['1,500.', 1500, 0],
    ['999,999', 999999, 0],
    ['๑,๕๐๐', 1500, 0],
    ['๑๒', 12, 0],
    ['1๒', 12, 0],
    ['฿1,500', 1500, 0],
    ['฿ 1,500', 1500, 0],
    ['฿\u00A01,500', 1500, 0],
    ['1,500 บาท', 1500, 0],
    ['1,500บาท', 1500, 0],
    ['1,500.50 บาท', 1500.5, 1],
    ['12 ครั้ง', 12, 0],
    ['12ครั้ง', 12, 0],
    ['30 คน', 30, 0],
    ['30คน', 30, 0],
    ['5 ราย', 5, 0],
    ['5 รายการ', 5, 0],
    ['5รายการ', 5, 0],
    ['1,500.-', 1500, 0],
    ['1,500.- บาท', 1500, 0],
    ['1,500.-บาท', 1500, 0],
    ['฿1,500.-', 1500, 0],
    ['5.', 5, 0],
    ['.5', 0.5, 1],
    ['+500', 500, 0],
    ['1e5', 100000, 0],
    ['1.5e-7', 1.5e-7, 8],
    ['1500e-2', 15, 0],
    ['15e-2', 0.15, 2],
    ['1e+21', 1e21, 0],
    ['0.1', 0.1, 1],
  ])('%p → %p (%p decimals)', (text, value, decimals) => {
    expect(num(text)).toEqual({ value, decimals, negative: false });
  });

  it.each(['-', '–', '—', '−', ' - ', '- บาท', '฿-', '-.-'])('lone dash %p means zero', (text) => {
    expect(parseNumber(text)).toEqual({ kind: 'number', value: 0, decimals: 0, negative: false });
  });

  it.each<[string, number, number]>([
    ['-500', -500, 0],
    ['−500', -500, 0],
    ['-1,500.25', -1500.25, 2],
    ['-.5', -0.5, 1],
    ['(500)', -500, 0],
    ['(1,500.25)', -1500.25, 2],
    ['(฿500)', -500, 0],
    ['฿(500)', -500, 0],
    ['(500) บาท', -500, 0],
    ['-฿500', -500, 0],
    ['฿-500', -500, 0],
    ['-500 บาท', -500, 0],
    ['-๕๐๐', -500, 0],
  ])('%p is negative %p', (text, value, decimals) => {
    expect(num(text)).toEqual({ value, decimals, negative: true });
  });

  it('negative zero text is plain zero', () => {
    expect(num('-0')).toEqual({ value: 0, decimals: 0, negative: false });
    expect(num('(0)')).toEqual({ value: 0, decimals: 0, negative: false });
  });

  it.each([
    '2 หมื่น',
    '1.5k',
    'abc',
    '1 500',
    '1.2.3',
    'TRUE',
    '+',
    '.',
    '1,50',
    '15,00',
    '1,5000',
    ',500',
    '0,500',
    '1,500,00',
    '1,,500',
    '1,500.25.-',
    '1.5.-',
    '1e5.-',
    '--5',
    '-(500)',
    '(-500)',
    '(500',
    '500)',
    '()',
    '฿',
    'บาท',
    '500 บาท บาท',
    '5 kg',
    '500฿',
    '1e',
    'e5',
    '1e99999',
    '9'.repeat(400),
    'Infinity',
    'NaN',
    '0x10',
    '5%',
    '=5',
    '- 500',
    '1,500 .-',
    '12 ครั้ง คน',
  ])('%p is invalid', (text) => {
    expect(parseNumber(text)).toEqual({ kind: 'invalid' });
  });

  it('is exact to the double of the decimal text', () => {
    expect(num('0.3').value).toBe(0.3);
    expect(num('1,234,567.89').value).toBe(1234567.89);
    // biome-ignore lint/correctness/noPrecisionLoss: the nearest double is what reading the digits must give
    expect(num('12345678901234567890').value).toBe(12345678901234567890);
  });
});

describe('toSatang', () => {
  it.each<[number, number, number | null]>([
    [1500.25, 2, 150025],
    [1500, 0, 150000],
    [0.1, 1, 10],
    [0.29, 2, 29],
    [1.15, 2, 115],
    [4.35, 2, 435],
    [0, 0, 0],
    [-1500.25, 2, -150025],
    [-0.01, 2, -1],
    [1.005, 3, null],
    [1.5e-7, 8, null],
  ])('%p (%p decimals) → %p', (value, decimals, satang) => {
    expect(toSatang({ value, decimals })).toBe(satang);
  });

  it('refuses amounts too large to count in exact satang', () => {
    expect(toSatang({ value: 1e21, decimals: 0 })).toBeNull();
  });

  it('is exact for every 2-decimal text', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (satang) => {
        const sign = satang < 0 ? '-' : '';
        const abs = Math.abs(satang);
        const text = `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
        const p = parseNumber(text);
        expect(p.kind).toBe('number');
        if (p.kind === 'number') expect(toSatang(p)).toBe(satang === 0 ? 0 : satang);
      }),
    );
  });
});

describe('formatBaht', () => {
  it.each<[number, number]>([
    [150025, 1500.25],
    [150000, 1500],
    [10, 0.1],
    [1, 0.01],
    [-150025, -1500.25],
    [0, 0],
  ])('%p → %p', (satang, baht) => {
    expect(formatBaht(satang)).toBe(baht);
  });

  it('prints at most two decimals and round-trips through toSatang', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (satang) => {
        const baht = formatBaht(satang);
        expect(String(baht)).toMatch(/^-?\d+(\.\d{1,2})?$/);
        const p = parseNumber(baht);
        expect(p.kind).toBe('number');
        if (p.kind === 'number') expect(toSatang(p)).toBe(satang === 0 ? 0 : satang);
      }),
    );
  });
});

describe('parseNumber properties', () => {
  const alphabet = fc.constantFrom(...'0123456789,.-−–()฿ \u00A0eE+บาทครั้งนยกx'.split(''));
  const numberish = fc.string({ unit: alphabet, maxLength: 16 });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), numberish), (s) => {
        parseNumber(s);
      }),
    );
    fc.assert(
      fc.property(fc.double(), (n) => {
        parseNumber(n);
      }),
    );
  });

  it('Thai digits read the same as Arabic digits', () => {
    fc.assert(
      fc.property(numberish, (s) => {
        expect(parseNumber(toThai(s))).toEqual(parseNumber(s));
      }),
    );
  });

  // decimals count the digits as written, so text with more digits than a double holds
  // (`30000000000.003718`) keeps its written decimals while String(value) prints fewer.
  it('re-reading String(value) of a non-negative number gives the same value', () => {
    const check = (p: ReturnType<typeof parseNumber>, sameDecimals: boolean) => {
      if (p.kind !== 'number' || p.negative) return;
      const again = parseNumber(String(p.value));
      expect(again.kind).toBe('number');
      if (again.kind !== 'number') return;
      expect(again.value).toBe(p.value);
      if (sameDecimals) expect(again.decimals).toBe(p.decimals);
    };
    fc.assert(
      fc.property(fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }), (n) => check(parseNumber(n), true)),
    );
    fc.assert(fc.property(numberish, (s) => check(parseNumber(s), false)));
    const decimalText = fc
      .tuple(fc.stringMatching(/^\d{1,9}$/), fc.stringMatching(/^\d{0,6}$/))
      .map(([w, f]) => (f === '' ? w : `${w}.${f}`));
    fc.assert(fc.property(decimalText, (s) => check(parseNumber(s), true)));
    const longText = fc
      .tuple(fc.stringMatching(/^\d{1,20}$/), fc.stringMatching(/^\d{0,20}$/))
      .map(([w, f]) => (f === '' ? w : `${w}.${f}`));
    fc.assert(fc.property(longText, (s) => check(parseNumber(s), false)));
  });
});
