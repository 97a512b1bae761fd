// A period's deadline: its last day + timelyDays (15 by default), until 23:59:59 Bangkok time; months, quarters, fiscal
// years, leap years, the day counts around it, and the grace days refused. Expected days are worked out by hand.

import fc from 'fast-check';
import {
  addDays,
  DEFAULT_TIMELY_DAYS,
  daysBetween,
  deadlineStatus,
  MAX_TIMELY_DAYS,
  periodDeadline,
} from '../../src/core/period/deadline';
import { type Period, periodRange } from '../../src/core/period/period';

const month = (year: number, m: number): Period => ({ kind: 'month', year, month: m });
const quarter = (fiscalYear: number, q: 1 | 2 | 3 | 4): Period => ({ kind: 'quarter', fiscalYear, quarter: q });
const fiscalYear = (fy: number): Period => ({ kind: 'fiscalYear', fiscalYear: fy });
const day = (year: number, m: number, d: number) => ({ year, month: m, day: d });

describe('periodDeadline', () => {
  it('is the 15th day after the last day by default, written in B.E. in Thai and CE in English', () => {
    expect(DEFAULT_TIMELY_DAYS).toBe(15);
    // Q1 of fiscal year 2569 ends on 31 Dec 2025
    const d = periodDeadline(quarter(2569, 1));
    expect(d.day).toEqual(day(2026, 1, 15));
    expect(d.text).toEqual({ th: '15 มกราคม 2569', en: '15 January 2026' });
  });

  it('counts from the last day of a month, a quarter and a fiscal year', () => {
    expect(periodDeadline(month(2025, 10)).day).toEqual(day(2025, 11, 15)); // 31 Oct + 15
    expect(periodDeadline(month(2025, 11)).day).toEqual(day(2025, 12, 15)); // 30 Nov + 15
    expect(periodDeadline(month(2025, 12)).day).toEqual(day(2026, 1, 15)); // into the next year
    expect(periodDeadline(quarter(2569, 2)).day).toEqual(day(2026, 4, 15)); // 31 Mar 2026 + 15
    expect(periodDeadline(quarter(2569, 3)).day).toEqual(day(2026, 7, 15)); // 30 Jun 2026 + 15
    expect(periodDeadline(quarter(2569, 4)).day).toEqual(day(2026, 10, 15)); // 30 Sep 2026 + 15
    const fy = periodDeadline(fiscalYear(2569)); // 30 Sep 2026 + 15
    expect(fy.day).toEqual(day(2026, 10, 15));
    expect(fy.text.th).toBe('15 ตุลาคม 2569');
  });

  it('takes timelyDays: 0 is the last day itself; more days carry over months and years', () => {
    expect(periodDeadline(month(2025, 10), 0).day).toEqual(day(2025, 10, 31));
    expect(periodDeadline(month(2025, 10), 1).day).toEqual(day(2025, 11, 1));
    expect(periodDeadline(month(2025, 10), 30).day).toEqual(day(2025, 11, 30));
    expect(periodDeadline(month(2025, 10), 31).day).toEqual(day(2025, 12, 1));
    expect(periodDeadline(quarter(2569, 1), 7).day).toEqual(day(2026, 1, 7));
    expect(periodDeadline(fiscalYear(2569), 366).day).toEqual(day(2027, 10, 1)); // 30 Sep 2026 + 366 (no 29 Feb 2027)
  });

  it('knows leap years: February 2028 has 29 days, 2027 and 2100 have 28, 2000 has 29', () => {
    expect(periodDeadline(month(2028, 2), 0).day).toEqual(day(2028, 2, 29));
    expect(periodDeadline(month(2028, 2)).day).toEqual(day(2028, 3, 15));
    expect(periodDeadline(month(2027, 2), 0).day).toEqual(day(2027, 2, 28));
    expect(periodDeadline(month(2027, 2)).day).toEqual(day(2027, 3, 15));
    expect(periodDeadline(month(2100, 2), 0).day).toEqual(day(2100, 2, 28));
    expect(periodDeadline(month(2000, 2), 0).day).toEqual(day(2000, 2, 29));
    // 31 Jan 2028 + 30 days crosses the 29th of February: 1 Mar
    expect(periodDeadline(month(2028, 1), 30).day).toEqual(day(2028, 3, 1));
    expect(periodDeadline(month(2027, 1), 30).day).toEqual(day(2027, 3, 2));
    // Q2 of fiscal year 2571 is Jan – Mar 2028: 31 Mar + 15
    expect(periodDeadline(quarter(2571, 2)).text).toEqual({ th: '15 เมษายน 2571', en: '15 April 2028' });
  });

  it('ends at 23:59:59 Bangkok time (UTC+7) of its day', () => {
    const d = periodDeadline(quarter(2569, 1));
    expect(new Date(d.endsAt).toISOString()).toBe('2026-01-15T16:59:59.000Z');
    expect(new Date(d.endsAt + 1000).toISOString()).toBe('2026-01-15T17:00:00.000Z'); // 16 Jan 00:00 in Bangkok
  });

  it('refuses grace days that are not a whole number from 0 to the maximum', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_TIMELY_DAYS + 1]) {
      expect(() => periodDeadline(month(2025, 10), bad)).toThrow(RangeError);
    }
    expect(() => periodDeadline(month(2025, 10), MAX_TIMELY_DAYS)).not.toThrow();
  });

  it('is always timelyDays after the period end (property)', () => {
    const periods = fc.oneof(
      fc
        .record({ y: fc.integer({ min: 1900, max: 2200 }), m: fc.integer({ min: 1, max: 12 }) })
        .map((p) => month(p.y, p.m)),
      fc
        .record({ fy: fc.integer({ min: 2450, max: 2750 }), q: fc.constantFrom(1, 2, 3, 4) })
        .map((p) => quarter(p.fy, p.q as 1 | 2 | 3 | 4)),
      fc.integer({ min: 2450, max: 2750 }).map(fiscalYear),
    );
    fc.assert(
      fc.property(periods, fc.integer({ min: 0, max: MAX_TIMELY_DAYS }), (p, n) => {
        const d = periodDeadline(p, n);
        expect(daysBetween(periodRange(p).end, d.day)).toBe(n);
        expect(d.day.day).toBeGreaterThanOrEqual(1);
        expect(d.day.day).toBeLessThanOrEqual(31);
      }),
    );
  });
});

describe('days around a deadline', () => {
  it('adds and counts days across months, years and leap days', () => {
    expect(addDays(day(2024, 2, 28), 1)).toEqual(day(2024, 2, 29));
    expect(addDays(day(2024, 2, 29), 1)).toEqual(day(2024, 3, 1));
    expect(addDays(day(2026, 1, 1), -1)).toEqual(day(2025, 12, 31));
    expect(daysBetween(day(2026, 1, 15), day(2026, 11, 21))).toBe(310);
    expect(daysBetween(day(2026, 11, 21), day(2026, 1, 15))).toBe(-310);
    expect(daysBetween(day(2028, 2, 1), day(2028, 3, 1))).toBe(29);
    expect(daysBetween(day(2027, 2, 1), day(2027, 3, 1))).toBe(28);
  });

  it('says days left up to the deadline day itself, and days late after it', () => {
    const d = periodDeadline(quarter(2569, 1)); // 15 Jan 2026
    expect(deadlineStatus(d, day(2026, 1, 10))).toEqual({ passed: false, daysLeft: 5 });
    expect(deadlineStatus(d, day(2026, 1, 15))).toEqual({ passed: false, daysLeft: 0 });
    expect(deadlineStatus(d, day(2026, 1, 16))).toEqual({ passed: true, daysLate: 1 });
    expect(deadlineStatus(d, day(2026, 11, 21))).toEqual({ passed: true, daysLate: 310 });
  });
});
