// The twin's time zones: Utilities.formatDate in any zone, date cells typed as the first instant of a day in the
// spreadsheet's zone (daylight saving included), and the add-on's calendar of a spreadsheet, which uses formatDate only.

import { sheetDays } from '../../src/addon/adapter/sheetDays';
import { createServices, wallClock } from '../../src/twin';

const at = (iso: string) => new Date(Date.parse(iso));

describe('Utilities.formatDate on the twin', () => {
  const { services, counter } = createServices();
  const format = (iso: string, zone: string, pattern: string) => services.utilities.formatDate(at(iso), zone, pattern);

  test.each([
    ['2026-01-15T12:00:00Z', 'America/Los_Angeles', '2026-01-15 04:00:00 -0800'],
    ['2026-07-15T12:00:00Z', 'America/Los_Angeles', '2026-07-15 05:00:00 -0700'],
    ['2026-11-20T10:30:00Z', 'Pacific/Kiritimati', '2026-11-21 00:30:00 +1400'],
    ['2026-11-20T17:00:00Z', 'Asia/Bangkok', '2026-11-21 00:00:00 +0700'],
    ['2026-11-20T17:00:00Z', 'GMT-07:00', '2026-11-20 10:00:00 -0700'],
    // an id Java does not know is GMT
    ['2026-11-20T17:00:00Z', 'Mars/Olympus', '2026-11-20 17:00:00 +0000'],
  ])('%s in %s is %s', (iso, zone, want) => {
    expect(format(iso, zone, 'yyyy-MM-dd HH:mm:ss Z')).toBe(want);
  });

  test("quoted text, '' and the letters the add-on uses", () => {
    expect(format('2026-11-20T08:15:30.045Z', 'Asia/Bangkok', "yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toBe(
      '2026-11-20T15:15:30.045+0700',
    );
    expect(format('2026-11-20T08:15:30Z', 'Asia/Bangkok', "d/M/yy 'o''clock'")).toBe("20/11/26 o'clock");
    expect(() => format('2026-11-20T08:15:30Z', 'Asia/Bangkok', 'EEE')).toThrow(/pattern letter "E"/);
  });

  test('is a Utilities call, not a Spreadsheet call', () => {
    counter.reset();
    format('2026-11-20T08:15:30Z', 'Asia/Bangkok', 'yyyy');
    expect(counter.calls).toBe(0);
    expect(counter.count('Utilities.formatDate')).toBe(1);
  });
});

describe('date cells of a spreadsheet in its own zone', () => {
  test.each([
    ['Asia/Bangkok', { year: 2026, month: 11, day: 20 }, '2026-11-19T17:00:00.000Z'],
    ['America/Los_Angeles', { year: 2026, month: 11, day: 20 }, '2026-11-20T08:00:00.000Z'],
    ['Pacific/Kiritimati', { year: 2026, month: 11, day: 20 }, '2026-11-19T10:00:00.000Z'],
    // the days Los Angeles changes its clocks (at 02:00, so midnight is there)
    ['America/Los_Angeles', { year: 2026, month: 3, day: 8 }, '2026-03-08T08:00:00.000Z'],
    ['America/Los_Angeles', { year: 2026, month: 11, day: 1 }, '2026-11-01T07:00:00.000Z'],
    // Santiago moves from 24:00 to 01:00: the day starts at 01:00
    ['America/Santiago', { year: 2026, month: 9, day: 6 }, '2026-09-06T04:00:00.000Z'],
  ])('%s: %o typed is %s, and shown as that day', (timeZone, day, instant) => {
    const twin = createServices({ workbook: { timeZone } });
    const typed = twin.workbook.typedDate(day);
    expect(typed.toISOString()).toBe(instant);
    expect(twin.workbook.shownDay(typed)).toEqual(day);
    twin.workbook.addSheet('Data', [[typed]]);
    expect((twin.workbook.sheet('Data').getRange(1, 1, 1, 1).getValues()[0][0] as Date).getTime()).toBe(
      typed.getTime(),
    );
  });

  test('wallClock gives the offset in force at the instant', () => {
    expect(wallClock(Date.parse('2026-03-08T09:59:59Z'), 'America/Los_Angeles').offsetMinutes).toBe(-480);
    expect(wallClock(Date.parse('2026-03-08T10:00:00Z'), 'America/Los_Angeles').offsetMinutes).toBe(-420);
  });
});

describe('the add-on’s calendar of a spreadsheet (formatDate only, no Intl)', () => {
  const DAYS = [
    { year: 2026, month: 1, day: 1 },
    { year: 2026, month: 3, day: 8 },
    { year: 2026, month: 9, day: 6 },
    { year: 2026, month: 11, day: 1 },
    { year: 2568, month: 10, day: 1 },
  ];

  test.each(['Asia/Bangkok', 'America/Los_Angeles', 'Pacific/Kiritimati', 'America/Santiago', 'Australia/Lord_Howe'])(
    '%s: writes each day as the twin types it and reads it back as that day',
    (timeZone) => {
      const twin = createServices({ workbook: { timeZone } });
      const days = sheetDays(twin.workbook, twin.services.utilities);
      for (const d of DAYS) {
        const written = days.midnight(d);
        expect(written.getTime()).toBe(twin.workbook.typedDate(d).getTime());
        expect(days.dayOf(written)).toEqual(d);
      }
    },
  );

  test('asks the zone once, and formats each distinct date once', () => {
    const twin = createServices({ workbook: { timeZone: 'America/Los_Angeles' } });
    const days = sheetDays(twin.workbook, twin.services.utilities);
    const cells = [1, 2, 1, 2, 1, 3].map((d) => twin.workbook.typedDate({ year: 2026, month: 5, day: d }));
    twin.counter.reset();
    expect(cells.map((c) => days.dayOf(c).day)).toEqual([1, 2, 1, 2, 1, 3]);
    expect(days.today(Date.parse('2026-11-21T02:00:00Z'))).toEqual({ year: 2026, month: 11, day: 20 });
    expect(twin.counter.count('Spreadsheet.getSpreadsheetTimeZone')).toBe(1);
    expect(twin.counter.count('Utilities.formatDate')).toBe(4);
  });

  test('the time now as the spreadsheet’s wall clock with its offset', () => {
    const twin = createServices({ workbook: { timeZone: 'America/Los_Angeles' } });
    expect(sheetDays(twin.workbook, twin.services.utilities).isoTime(Date.parse('2026-07-01T02:03:04Z'))).toBe(
      '2026-06-30T19:03:04-0700',
    );
  });
});
