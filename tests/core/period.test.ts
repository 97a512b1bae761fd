// Reporting periods: the ways people type a fiscal year, quarter or month, their ranges, labels and keys.

import fc from 'fast-check';
import {
  currentFiscalYear,
  fiscalQuarterOf,
  fiscalYearOf,
  type Period,
  parsePeriod,
  periodContains,
  periodKey,
  periodLabel,
  periodRange,
} from '../../src/core/period/period';

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const toThai = (s: string) => s.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]);

/** The parse as its key, or 'error' */
function key(text: string): string {
  const r = parsePeriod(text);
  return r.ok ? periodKey(r.period) : 'error';
}

function messageOf(text: string) {
  const r = parsePeriod(text);
  if (r.ok) throw new Error(`${text} was accepted as ${periodKey(r.period)}`);
  return r.message;
}

const FY = (fiscalYear: number): Period => ({ kind: 'fiscalYear', fiscalYear });
const Q = (fiscalYear: number, quarter: 1 | 2 | 3 | 4): Period => ({ kind: 'quarter', fiscalYear, quarter });
const M = (year: number, month: number): Period => ({ kind: 'month', year, month });
const day = (year: number, month: number, d: number | null) => ({ year, month, day: d });

describe('parsePeriod: fiscal years', () => {
  it.each([
    ['2569', '2569'],
    ['  2569 ', '2569'],
    ['ปีงบประมาณ 2569', '2569'],
    ['ปีงบประมาณ2569', '2569'],
    ['ปีงบประมาณ พ.ศ. 2569', '2569'],
    ['ปีงบ 2569', '2569'],
    ['ปีงบ. 2569', '2569'],
    ['FY2569', '2569'],
    ['fy 2569', '2569'],
    ['Fy-2569', '2569'],
    ['๒๕๖๙', '2569'],
    ['ปีงบประมาณ ๒๕๖๙', '2569'],
    ['ปีงบประมาณ\u200B  2569', '2569'],
  ])('reads %j as %s', (text, expected) => {
    expect(key(text)).toBe(expected);
    expect(parsePeriod(text)).toEqual({ ok: true, period: FY(Number(expected)) });
  });

  it.each(['69', 'ปีงบ 69', '25690', 'FY 25 69', 'ปีงบประมาณ', 'FY', 'ปีงบประมาณ ค.ศ. 2569', 'พ.ศ. 2569', '0999'])(
    'refuses %j',
    (text) => expect(key(text)).toBe('error'),
  );

  it.each(['2025', 'FY2026', 'ปีงบประมาณ 2026', 'ปีงบ ๒๐๒๖'])('explains that %j is not a B.E. fiscal year', (text) => {
    const message = messageOf(text);
    expect(message.th).toContain('พ.ศ.');
    expect(message.th).toContain('ปีงบประมาณ 2569');
    expect(message.en).toContain('B.E.');
  });

  it('suggests the B.E. fiscal year ending in the CE year that was typed', () => {
    expect(messageOf('2026').th).toContain('ให้พิมพ์ 2569');
    expect(messageOf('2026').en).toContain('type 2569');
    expect(messageOf('2026-Q2').th).toContain('ให้พิมพ์ 2569');
  });
});

describe('parsePeriod: quarters', () => {
  it.each([
    ['2569-Q2', '2569-Q2'],
    ['2569-q2', '2569-Q2'],
    ['2569Q2', '2569-Q2'],
    ['2569 Q2', '2569-Q2'],
    ['2569 - Q2', '2569-Q2'],
    ['2569–Q2', '2569-Q2'],
    ['FY2569-Q2', '2569-Q2'],
    ['Q2/2569', '2569-Q2'],
    ['q2/2569', '2569-Q2'],
    ['Q2 2569', '2569-Q2'],
    ['Q2 / 2569', '2569-Q2'],
    ['Q2 FY2569', '2569-Q2'],
    ['ไตรมาส 2/2569', '2569-Q2'],
    ['ไตรมาส2/2569', '2569-Q2'],
    ['ไตรมาสที่ 2/2569', '2569-Q2'],
    ['ไตรมาสที่ 2 ปีงบประมาณ 2569', '2569-Q2'],
    ['ไตรมาสที่2 ปีงบประมาณ2569', '2569-Q2'],
    ['ไตรมาส 2 ปีงบ 2569', '2569-Q2'],
    ['ไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๙', '2569-Q2'],
    ['2569-Q1', '2569-Q1'],
    ['2569-Q4', '2569-Q4'],
  ])('reads %j as %s', (text, expected) => expect(key(text)).toBe(expected));

  it.each([
    '2569-Q5',
    '2569-Q0',
    'Q5/2569',
    'ไตรมาส 5/2569',
    'ไตรมาสที่ 0 ปีงบประมาณ 2569',
    '2569-Q',
    'Q2',
    'Q2/69',
    'Q22569',
    '2569-Q2-Q3',
    'ไตรมาส 2',
  ])('refuses %j', (text) => expect(key(text)).toBe('error'));

  it('reads the quarter and fiscal year into their fields', () => {
    expect(parsePeriod('Q3/2570')).toEqual({ ok: true, period: Q(2570, 3) });
  });
});

describe('parsePeriod: months', () => {
  it.each([
    ['2568-10', '2025-10'],
    ['2025-10', '2025-10'],
    ['2025-1', '2025-01'],
    ['2025/10', '2025-10'],
    ['10/2568', '2025-10'],
    ['10/2025', '2025-10'],
    ['1/2569', '2026-01'],
    ['10-2568', '2025-10'],
    ['ต.ค. 2568', '2025-10'],
    ['ต.ค.2568', '2025-10'],
    ['ตค 2568', '2025-10'],
    ['ต.ค. พ.ศ. 2568', '2025-10'],
    ['ตุลาคม 2568', '2025-10'],
    ['ตุลาคม2568', '2025-10'],
    ['เดือนตุลาคม 2568', '2025-10'],
    ['เดือน ต.ค. 2568', '2025-10'],
    ['Oct 2025', '2025-10'],
    ['oct 2025', '2025-10'],
    ['OCTOBER 2025', '2025-10'],
    ['Sept 2025', '2025-09'],
    ['ก.พ. 2567', '2024-02'],
    ['ม.ค. ๒๕๖๙', '2026-01'],
    ['๒๕๖๘-๑๐', '2025-10'],
  ])('reads %j as %s', (text, expected) => expect(key(text)).toBe(expected));

  it.each([
    '2568-13',
    '2568-0',
    '2568-00',
    '13/2568',
    '0/2568',
    '2569-10-01',
    '1/10/2568',
    'ต.ค. 68',
    'ต.ค.',
    'ตุลา 2568', // spoken short forms are for free-text dates, not for choosing a period
    'Octo 2025',
    'ต.ค. ค.ศ. 2568',
    'ต.ค. พ.ศ. 2025',
    '10/68',
    '0999-10',
  ])('refuses %j', (text) => expect(key(text)).toBe('error'));
});

describe('parsePeriod: what cannot be read', () => {
  it.each(['', '   ', 'abc', '2569-Q5', '2568-13', '2569-10-01', 'ไตรมาส', 'x'.repeat(200)])(
    'says %j cannot be read and gives examples of each kind',
    (text) => {
      const message = messageOf(text);
      for (const example of ['2569', '2569-Q2', '2568-10', '2025-10']) {
        expect(message.th).toContain(example);
        expect(message.en).toContain(example);
      }
      expect(message.th).toContain('อ่านช่วงเวลา');
      expect(message.th).toContain('ไม่ได้');
      expect(message.en).toContain('cannot be read');
    },
  );

  it('quotes what was typed, shortened when it is long', () => {
    expect(messageOf('abc').th).toContain('“abc”');
    expect(messageOf('abc').en).toContain('“abc”');
    expect(messageOf('').th).not.toContain('“');
    expect(messageOf('x'.repeat(200)).th.length).toBeLessThan(200);
  });
});

describe('periodRange', () => {
  const range = (p: Period) => {
    const { start, end } = periodRange(p);
    return [start, end].map((d) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`);
  };

  it.each<[Period, string, string]>([
    [FY(2569), '2025-10-01', '2026-09-30'],
    [Q(2569, 1), '2025-10-01', '2025-12-31'],
    [Q(2569, 2), '2026-01-01', '2026-03-31'],
    [Q(2569, 3), '2026-04-01', '2026-06-30'],
    [Q(2569, 4), '2026-07-01', '2026-09-30'],
    [M(2025, 10), '2025-10-01', '2025-10-31'],
    [M(2025, 11), '2025-11-01', '2025-11-30'],
    [M(2024, 2), '2024-02-01', '2024-02-29'],
    [M(2025, 2), '2025-02-01', '2025-02-28'],
    [M(2000, 2), '2000-02-01', '2000-02-29'],
    [M(2100, 2), '2100-02-01', '2100-02-28'],
    [FY(2567), '2023-10-01', '2024-09-30'],
    [Q(2567, 2), '2024-01-01', '2024-03-31'],
  ])('%j runs from %s to %s', (p, start, end) => expect(range(p)).toEqual([start, end]));
});

describe('periodContains', () => {
  it('includes both boundary days and excludes the days just outside', () => {
    expect(periodContains(FY(2569), day(2025, 10, 1))).toBe(true);
    expect(periodContains(FY(2569), day(2026, 9, 30))).toBe(true);
    expect(periodContains(FY(2569), day(2025, 9, 30))).toBe(false);
    expect(periodContains(FY(2569), day(2026, 10, 1))).toBe(false);
    expect(periodContains(Q(2569, 1), day(2025, 12, 31))).toBe(true);
    expect(periodContains(Q(2569, 1), day(2026, 1, 1))).toBe(false);
    expect(periodContains(Q(2569, 2), day(2026, 1, 1))).toBe(true);
    expect(periodContains(Q(2569, 2), day(2026, 3, 31))).toBe(true);
    expect(periodContains(Q(2569, 2), day(2026, 4, 1))).toBe(false);
    expect(periodContains(M(2024, 2), day(2024, 2, 29))).toBe(true);
    expect(periodContains(M(2024, 2), day(2024, 3, 1))).toBe(false);
    expect(periodContains(M(2024, 2), day(2024, 1, 31))).toBe(false);
  });

  it('puts a month-only date in a period when its month is inside it', () => {
    expect(periodContains(FY(2569), day(2025, 10, null))).toBe(true);
    expect(periodContains(FY(2569), day(2026, 9, null))).toBe(true);
    expect(periodContains(FY(2569), day(2025, 9, null))).toBe(false);
    expect(periodContains(FY(2569), day(2026, 10, null))).toBe(false);
    expect(periodContains(Q(2569, 1), day(2025, 12, null))).toBe(true);
    expect(periodContains(Q(2569, 2), day(2025, 12, null))).toBe(false);
    expect(periodContains(Q(2569, 2), day(2026, 3, null))).toBe(true);
    expect(periodContains(M(2025, 10), day(2025, 10, null))).toBe(true);
    expect(periodContains(M(2025, 10), day(2025, 11, null))).toBe(false);
  });
});

describe('periodLabel', () => {
  it.each<[Period, string, string]>([
    [FY(2569), 'ปีงบประมาณ 2569 (1 ต.ค. 2568 – 30 ก.ย. 2569)', 'Fiscal year 2569 (1 Oct 2025 – 30 Sep 2026)'],
    [Q(2569, 1), 'ไตรมาสที่ 1 ปีงบประมาณ 2569 (ต.ค. – ธ.ค. 2568)', 'Quarter 1 of fiscal year 2569 (Oct – Dec 2025)'],
    [Q(2569, 2), 'ไตรมาสที่ 2 ปีงบประมาณ 2569 (ม.ค. – มี.ค. 2569)', 'Quarter 2 of fiscal year 2569 (Jan – Mar 2026)'],
    [Q(2569, 3), 'ไตรมาสที่ 3 ปีงบประมาณ 2569 (เม.ย. – มิ.ย. 2569)', 'Quarter 3 of fiscal year 2569 (Apr – Jun 2026)'],
    [Q(2569, 4), 'ไตรมาสที่ 4 ปีงบประมาณ 2569 (ก.ค. – ก.ย. 2569)', 'Quarter 4 of fiscal year 2569 (Jul – Sep 2026)'],
    [M(2025, 10), 'เดือนตุลาคม 2568', 'October 2025'],
    [M(2026, 2), 'เดือนกุมภาพันธ์ 2569', 'February 2026'],
  ])('names %j', (p, th, en) => expect(periodLabel(p)).toEqual({ th, en }));

  it('labels that people copy back are read as the same period', () => {
    expect(key(periodLabel(M(2025, 10)).th)).toBe('2025-10');
    expect(key(periodLabel(M(2025, 10)).en)).toBe('2025-10');
  });
});

describe('periodKey', () => {
  it('writes the canonical forms', () => {
    expect(periodKey(FY(2569))).toBe('2569');
    expect(periodKey(Q(2569, 2))).toBe('2569-Q2');
    expect(periodKey(M(2025, 10))).toBe('2025-10');
    expect(periodKey(M(2026, 1))).toBe('2026-01');
  });
});

describe('fiscal year and quarter of a date', () => {
  it.each([
    [2025, 9, 2568, 4],
    [2025, 10, 2569, 1],
    [2025, 12, 2569, 1],
    [2026, 1, 2569, 2],
    [2026, 3, 2569, 2],
    [2026, 4, 2569, 3],
    [2026, 6, 2569, 3],
    [2026, 7, 2569, 4],
    [2026, 9, 2569, 4],
    [2026, 10, 2570, 1],
  ])('%i-%i is in fiscal year %i, quarter %i', (year, month, fy, q) => {
    expect(fiscalYearOf({ year, month })).toBe(fy);
    expect(fiscalQuarterOf({ year, month })).toBe(q);
  });

  it('currentFiscalYear is the fiscal year containing today', () => {
    expect(currentFiscalYear({ year: 2025, month: 9, day: 30 })).toEqual(FY(2568));
    expect(currentFiscalYear({ year: 2025, month: 10, day: 1 })).toEqual(FY(2569));
    expect(currentFiscalYear({ year: 2026, month: 11, day: 21 })).toEqual(FY(2570));
  });
});

// Valid periods: B.E. fiscal years are ≥ 2400 and months carry a 4-digit CE year below 2400, as the parser reads them.
const arbPeriod: fc.Arbitrary<Period> = fc.oneof(
  fc.integer({ min: 2400, max: 9999 }).map(FY),
  fc
    .record({ fy: fc.integer({ min: 2400, max: 9999 }), q: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4) })
    .map(({ fy, q }) => Q(fy, q)),
  fc.record({ y: fc.integer({ min: 1000, max: 2399 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => M(y, m)),
);

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const arbDay = fc
  .record({
    year: fc.integer({ min: 1900, max: 2300 }),
    month: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, d }) => ({ year, month, day: Math.min(d, daysIn(year, month)) }));

describe('properties', () => {
  it('parsePeriod(periodKey(p)) gives p back', () => {
    fc.assert(fc.property(arbPeriod, (p) => expect(parsePeriod(periodKey(p))).toEqual({ ok: true, period: p })));
  });

  it('every day belongs to exactly one quarter of its fiscal year, the one fiscalQuarterOf names', () => {
    fc.assert(
      fc.property(arbDay, (d) => {
        const fy = fiscalYearOf(d);
        expect(periodContains(FY(fy), d)).toBe(true);
        expect(periodContains(FY(fy - 1), d)).toBe(false);
        expect(periodContains(FY(fy + 1), d)).toBe(false);
        const quarters = ([1, 2, 3, 4] as const).filter((q) => periodContains(Q(fy, q), d));
        expect(quarters).toEqual([fiscalQuarterOf(d)]);
        expect(periodContains(M(d.year, d.month), d)).toBe(true);
      }),
    );
  });

  it('the four quarters tile their fiscal year without gaps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2400, max: 9999 }), (fy) => {
        const year = periodRange(FY(fy));
        const quarters = ([1, 2, 3, 4] as const).map((q) => periodRange(Q(fy, q)));
        expect(quarters[0].start).toEqual(year.start);
        expect(quarters[3].end).toEqual(year.end);
        for (let i = 1; i < 4; i++) {
          const prevEnd = quarters[i - 1].end;
          const nextDay = new Date(Date.UTC(prevEnd.year, prevEnd.month - 1, prevEnd.day + 1));
          expect(quarters[i].start).toEqual({
            year: nextDay.getUTCFullYear(),
            month: nextDay.getUTCMonth() + 1,
            day: nextDay.getUTCDate(),
          });
        }
      }),
    );
  });

  it('a month range ends on the last day of the month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2399 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        expect(periodRange(M(y, m)).end.day).toBe(daysIn(y, m));
      }),
    );
  });

  it('Thai digits read the same as Arabic digits, mixed freely', () => {
    const forms = fc.oneof(
      arbPeriod.map(periodKey),
      fc.constantFrom(
        '2569',
        'FY2569',
        'ปีงบประมาณ 2569',
        '2025',
        'Q2/2569',
        'ไตรมาสที่ 2 ปีงบประมาณ 2569',
        '10/2568',
        'ต.ค. 2568',
        'Oct 2025',
        '2568-13',
        '2569-Q5',
        '2569-10-01',
      ),
    );
    fc.assert(
      fc.property(forms, fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }), (text, flips) => {
        let i = 0;
        const mixed = text.replace(/[0-9]/g, (d) => (flips[i++ % flips.length] ? toThai(d) : d));
        const expected = parsePeriod(text);
        const actual = parsePeriod(mixed);
        expect(actual.ok).toBe(expected.ok);
        if (actual.ok && expected.ok) expect(actual.period).toEqual(expected.period);
        expect(parsePeriod(toThai(text)).ok).toBe(expected.ok);
      }),
    );
  });
});
