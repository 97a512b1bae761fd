// Date normaliser: the ways Thai officers write dates, B.E. years in date cells, serials, and Thai printing.

import fc from 'fast-check';
import type { CellValue } from '../../src/core/cell';
import {
  compareDate,
  isoDate,
  parseDate,
  THAI_MONTHS,
  thaiDateLong,
  thaiDateOrMonthLong,
  thaiDateShort,
} from '../../src/core/normalise/dates';

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const toThai = (s: string) => s.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]);

/** The parse as 'yyyy-mm-dd' / 'yyyy-mm', or the kind when it is not a date. */
function iso(cell: CellValue): string {
  const p = parseDate(cell);
  return p.kind === 'date' ? isoDate(p) : p.kind;
}

/** Serial of a Gregorian date in Sheets' epoch (1899-12-30), computed independently through Date.UTC. */
const serialOf = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;

describe('parseDate: date cells', () => {
  it('uses a CE date cell as is', () => {
    expect(parseDate({ kind: 'date', year: 2025, month: 10, day: 1 })).toEqual({
      kind: 'date',
      year: 2025,
      month: 10,
      day: 1,
      buddhistDateCell: false,
    });
  });

  it('converts a B.E. year typed into a date cell and flags it', () => {
    expect(parseDate({ kind: 'date', year: 2568, month: 10, day: 1 })).toEqual({
      kind: 'date',
      year: 2025,
      month: 10,
      day: 1,
      buddhistDateCell: true,
    });
    expect(parseDate({ kind: 'date', year: 2400, month: 1, day: 1 })).toMatchObject({
      year: 1857,
      buddhistDateCell: true,
    });
    expect(parseDate({ kind: 'date', year: 2399, month: 1, day: 1 })).toMatchObject({
      year: 2399,
      buddhistDateCell: false,
    });
  });

  it('rejects a converted date that does not exist (29 Feb 2568 CE is 29 Feb 2025)', () => {
    expect(parseDate({ kind: 'date', year: 2568, month: 2, day: 29 })).toEqual({ kind: 'invalid' });
    expect(parseDate({ kind: 'date', year: 2567, month: 2, day: 28 })).toMatchObject({ year: 2024, day: 28 });
  });
});

describe('parseDate: serial numbers', () => {
  it.each<[number, string]>([
    [1, '1899-12-31'],
    [2, '1900-01-01'],
    [60, '1900-02-28'],
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [45931, '2025-10-01'],
    [45931.75, '2025-10-01'],
    [45931.999999, '2025-10-01'],
    [serialOf(2024, 2, 29), '2024-02-29'],
    [serialOf(2000, 2, 29), '2000-02-29'],
    [serialOf(2399, 12, 31), '2399-12-31'],
  ])('%p → %p', (serial, expected) => {
    expect(iso(serial)).toBe(expected);
    expect(parseDate(serial)).toMatchObject({ buddhistDateCell: false });
  });

  it('agrees with Date.UTC for every day from 1900 to 2399', () => {
    fc.assert(
      fc.property(fc.integer({ min: serialOf(1900, 1, 1), max: serialOf(2399, 12, 31) }), (serial) => {
        const d = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
        expect(parseDate(serial)).toEqual({
          kind: 'date',
          year: d.getUTCFullYear(),
          month: d.getUTCMonth() + 1,
          day: d.getUTCDate(),
          buddhistDateCell: false,
        });
      }),
    );
  });

  it('converts a serial in a B.E. year (Excel stored 1/10/2568 as 2568 CE) and flags it', () => {
    expect(parseDate(serialOf(2568, 10, 1))).toEqual({
      kind: 'date',
      year: 2025,
      month: 10,
      day: 1,
      buddhistDateCell: true,
    });
    expect(parseDate(serialOf(2568, 2, 29))).toEqual({ kind: 'invalid' });
    expect(parseDate(2958465)).toMatchObject({ year: 9999 - 543, month: 12, day: 31, buddhistDateCell: true });
  });

  it.each([0, 0.5, -1, 2958466, NaN, Infinity, -Infinity])('%p is invalid', (serial) => {
    expect(parseDate(serial)).toEqual({ kind: 'invalid' });
  });
});

describe('parseDate: other cell types', () => {
  it('null, empty and whitespace are blank', () => {
    for (const cell of [null, '', ' ', '\u00A0', '\u200B', ' \t ']) expect(parseDate(cell)).toEqual({ kind: 'blank' });
  });

  it('booleans are invalid', () => {
    expect(parseDate(true).kind).toBe('invalid');
    expect(parseDate(false).kind).toBe('invalid');
  });
});

describe('parseDate: text', () => {
  it.each<[string, string]>([
    // day first, always
    ['1/10/2568', '2025-10-01'],
    ['01/10/2568', '2025-10-01'],
    ['1-10-2568', '2025-10-01'],
    ['1.10.2568', '2025-10-01'],
    ['1 / 10 / 2568', '2025-10-01'],
    ['12/1/2568', '2025-01-12'],
    ['1/10/2025', '2025-10-01'],
    ['1/10/68', '2025-10-01'],
    ['๑/๑๐/๒๕๖๘', '2025-10-01'],
    ['  1/10/2568  ', '2025-10-01'],
    ['1/10/2568 10:30', '2025-10-01'],
    ['1/10/2568 10:30:15', '2025-10-01'],
    // ISO
    ['2025-10-01', '2025-10-01'],
    ['2025-10-1', '2025-10-01'],
    ['2568-10-01', '2025-10-01'],
    ['2025-10-01T10:30:00', '2025-10-01'],
    ['2025-10-01T10:30:00.000Z', '2025-10-01'],
    ['2025-10-01T10:30:00+07:00', '2025-10-01'],
    ['2025-10-01 10:30', '2025-10-01'],
    ['2025-10-01t10:30', '2025-10-01'],
    ['2025-10', '2025-10'],
    // Thai months
    ['15 ต.ค. 2568', '2025-10-15'],
    ['15 ต.ค.2568', '2025-10-15'],
    ['15ต.ค.2568', '2025-10-15'],
    ['15 ตค 2568', '2025-10-15'],
    ['15 ต. ค. 2568', '2025-10-15'],
    ['15 ตุลาคม 2568', '2025-10-15'],
    ['15 ตุลา 68', '2025-10-15'],
    ['๑๕ ตุลาคม ๒๕๖๘', '2025-10-15'],
    ['15 ตุลาคม 2025', '2025-10-15'],
    ['15-ต.ค.-68', '2025-10-15'],
    ['ตุลาคม 2568', '2025-10'],
    ['ต.ค. 68', '2025-10'],
    ['ต.ค.68', '2025-10'],
    ['ตค68', '2025-10'],
    ['15 ต.ค. พ.ศ. 2568', '2025-10-15'],
    ['15 ตุลาคม พ.ศ.2568', '2025-10-15'],
    ['15 ต.ค. พศ 2568', '2025-10-15'],
    ['15 ต.ค.พ.ศ.2568', '2025-10-15'],
    ['15 ตุลาคม ค.ศ. 2025', '2025-10-15'],
    ['วันที่ 15 ตุลาคม 2568', '2025-10-15'],
    ['วันที่15 ต.ค. 68', '2025-10-15'],
    ['วันพุธที่ 15 ตุลาคม 2568', '2025-10-15'],
    ['วันพุธ ที่ 15 ตุลาคม 2568', '2025-10-15'],
    ['ณ วันที่ 21 พฤศจิกายน 2569', '2026-11-21'],
    ['1 ม.ค. 2568', '2025-01-01'],
    ['28 ก.พ. 2568', '2025-02-28'],
    ['29 ก.พ. 2567', '2024-02-29'],
    ['1 มี.ค. 68', '2025-03-01'],
    ['1 เม.ย. 68', '2025-04-01'],
    ['1 พ.ค. 68', '2025-05-01'],
    ['1 มิ.ย. 68', '2025-06-01'],
    ['1 ก.ค. 68', '2025-07-01'],
    ['1 กรกฏาคม 2568', '2025-07-01'],
    ['1 ส.ค. 68', '2025-08-01'],
    ['1 ก.ย. 68', '2025-09-01'],
    ['1 พ.ย. 68', '2025-11-01'],
    ['1 ธ.ค. 68', '2025-12-01'],
    ['1 ตุลาคม 2568', '2025-10-01'],
    // English
    ['15 Oct 2025', '2025-10-15'],
    ['15 oct. 2025', '2025-10-15'],
    ['15 October 2025', '2025-10-15'],
    ['15-Oct-2025', '2025-10-15'],
    ['15 Sept 2025', '2025-09-15'],
    ['October 2025', '2025-10'],
    ['Oct 2568', '2025-10'],
    ['October 15, 2025', '2025-10-15'],
    ['Wed, 15 Oct 2025', '2025-10-15'],
  ])('%p → %p', (text, expected) => {
    expect(iso(text)).toBe(expected);
    expect(parseDate(text)).toMatchObject({ buddhistDateCell: false });
  });

  it.each<[string, string]>([
    ['10/2568', '2025-10'],
    ['10-2568', '2025-10'],
    ['1/2025', '2025-01'],
    ['๑๐/๒๕๖๘', '2025-10'],
  ])('month-only %p → %p with a null day', (text, expected) => {
    const p = parseDate(text);
    expect(p.kind === 'date' && p.day).toBeNull();
    expect(iso(text)).toBe(expected);
  });

  it('checks the calendar after converting the year', () => {
    expect(iso('29/2/2567')).toBe('2024-02-29'); // B.E. 2567 = 2024, a leap year
    expect(iso('29/2/2568')).toBe('invalid');
    expect(iso('31/2/2568')).toBe('invalid');
    expect(iso('31/4/2568')).toBe('invalid');
    expect(iso('30/4/2568')).toBe('2025-04-30');
    expect(iso('29/2/2443')).toBe('invalid'); // 1900 is not a leap year
    expect(iso('29/2/2543')).toBe('2000-02-29'); // 2000 is
  });

  it.each([
    '31/2/2568',
    '0/10/2568',
    '32/10/2568',
    '1/13/2568',
    '1/0/2568',
    '1/10/568',
    '1/10/0999',
    '1/10/25680',
    '1/10',
    '1/10/2568/1',
    '1/10-2568',
    '10/68',
    '13/2568',
    '0/2568',
    '2568',
    '68',
    '2025-13-01',
    '2025-02-30',
    '2025-10-01T',
    '2025-10-01 foo',
    '10-01-2025x',
    '15 ตุลาาคม 2568',
    '15 ต.ค.',
    '15 ตุลาคม',
    '15 xyz 2568',
    '32 ต.ค. 2568',
    '15 Oct 25',
    'Oct 68',
    '15 ตุลาคม ค.ศ. 68',
    '15 ตุลาคม พ.ศ. 2025',
    '15 ตุลาคม ค.ศ. 2568',
    'ตุลาคม 15, 2025',
    'abc',
    'TRUE',
    'วันที่',
    '-',
    '1/10/2568 25:00:00:00',
    'x'.repeat(1000),
  ])('%p is invalid', (text) => {
    expect(parseDate(text)).toEqual({ kind: 'invalid' });
  });

  it('reads B.E. text years silently, never flagging them', () => {
    expect(parseDate('1/10/2568')).toEqual({ kind: 'date', year: 2025, month: 10, day: 1, buddhistDateCell: false });
  });
});

describe('isoDate and compareDate', () => {
  it('pads to yyyy-mm-dd and yyyy-mm', () => {
    expect(isoDate({ year: 2025, month: 1, day: 5 })).toBe('2025-01-05');
    expect(isoDate({ year: 2025, month: 10, day: null })).toBe('2025-10');
  });

  it('orders by year, month, day, with month-only dates as their first day', () => {
    const d = (year: number, month: number, day: number | null) => ({ year, month, day });
    expect(compareDate(d(2025, 10, 1), d(2025, 10, 2))).toBeLessThan(0);
    expect(compareDate(d(2025, 11, 1), d(2025, 10, 31))).toBeGreaterThan(0);
    expect(compareDate(d(2024, 12, 31), d(2025, 1, 1))).toBeLessThan(0);
    expect(compareDate(d(2025, 10, null), d(2025, 10, 1))).toBe(0);
    expect(compareDate(d(2025, 10, null), d(2025, 10, 2))).toBeLessThan(0);
    expect(compareDate(d(2025, 10, 5), d(2025, 10, 5))).toBe(0);
  });
});

describe('Thai printing', () => {
  it('has the twelve months in order', () => {
    expect(THAI_MONTHS).toHaveLength(12);
    expect(THAI_MONTHS[0]).toEqual({ full: 'มกราคม', abbr: 'ม.ค.', en: 'January' });
    expect(THAI_MONTHS[11]).toEqual({ full: 'ธันวาคม', abbr: 'ธ.ค.', en: 'December' });
    expect(THAI_MONTHS.map((m) => m.abbr).join(' ')).toBe(
      'ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.',
    );
  });

  it('prints B.E. years', () => {
    expect(thaiDateLong({ year: 2026, month: 11, day: 21 })).toBe('21 พฤศจิกายน 2569');
    expect(thaiDateShort({ year: 2026, month: 11, day: 21 })).toBe('21 พ.ย. 2569');
    expect(thaiDateLong({ year: 2025, month: 1, day: 1 })).toBe('1 มกราคม 2568');
    expect(thaiDateOrMonthLong({ year: 2025, month: 10, day: null })).toBe('ตุลาคม 2568');
    expect(thaiDateOrMonthLong({ year: 2025, month: 10, day: 5 })).toBe('5 ตุลาคม 2568');
  });

  it('reads back what it prints', () => {
    fc.assert(
      fc.property(validDate(1857), (d) => {
        const full = { year: d.year, month: d.month, day: d.day ?? 1 };
        expect(iso(thaiDateLong(full))).toBe(isoDate(full));
        expect(iso(thaiDateShort(full))).toBe(isoDate(full));
      }),
    );
  });
});

/**
 * Valid dates whose CE year cannot be mistaken for a B.E. year; from 1857 (B.E. 2400) on when the
 * date will be written with a B.E. year, since lower B.E. years read as CE.
 */
function validDate(minYear = 1000) {
  return fc
    .record({
      year: fc.integer({ min: minYear, max: 2399 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .filter((d) => new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDate() === d.day)
    .chain((d) => fc.constantFrom<{ year: number; month: number; day: number | null }>(d, { ...d, day: null }));
}

describe('parseDate properties', () => {
  const dateish = fc.string({
    unit: fc.constantFrom(...'0123456789/-.: Tพศ.ตคุลามกย วันที่Oct'.split('')),
    maxLength: 24,
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), dateish), (s) => {
        parseDate(s);
      }),
    );
    fc.assert(
      fc.property(fc.double(), (n) => {
        parseDate(n);
      }),
    );
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.integer(), (year, month, day) => {
        parseDate({ kind: 'date', year, month, day });
      }),
    );
  });

  it('Thai digits read the same as Arabic digits', () => {
    fc.assert(
      fc.property(dateish, (s) => {
        expect(parseDate(toThai(s))).toEqual(parseDate(s));
      }),
    );
    fc.assert(
      fc.property(validDate(1857), fc.constantFrom('/', '-', '.'), (d, sep) => {
        const text = `${d.day ?? 1}${sep}${d.month}${sep}${d.year + 543}`;
        expect(parseDate(toThai(text))).toEqual(parseDate(text));
        expect(iso(text)).toBe(isoDate({ ...d, day: d.day ?? 1 }));
      }),
    );
  });

  it('parseDate(isoDate(d)) round-trips', () => {
    fc.assert(
      fc.property(validDate(), (d) => {
        expect(parseDate(isoDate(d))).toEqual({ kind: 'date', ...d, buddhistDateCell: false });
      }),
    );
  });
});
