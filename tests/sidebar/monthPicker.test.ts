// The month picker's value is the text the official sheet writes for a month, and the check reads it back as that month:
// every month of every B.E. year the picker offers round-trips through the core's date reader.

import { parseDate, thaiMonthShort } from '../../src/core/normalise/dates';
import { monthText } from '../../src/sidebar/monthPicker';

describe('monthText', () => {
  test('ตุลาคม 2563 is written ต.ค. 2563', () => {
    expect(monthText(10, 2563)).toBe('ต.ค. 2563');
    expect(monthText(1, 2564)).toBe('ม.ค. 2564');
  });

  test('each month of each year reads back as that month (no day), as the sheet row writes it', () => {
    for (let yearBE = 2563; yearBE <= 2575; yearBE++)
      for (let month = 1; month <= 12; month++) {
        const text = monthText(month, yearBE);
        expect(parseDate(text)).toMatchObject({ kind: 'date', year: yearBE - 543, month, day: null });
        // the server writes a recorded month with the same words
        expect(thaiMonthShort({ year: yearBE - 543, month })).toBe(text);
      }
  });

  test('a day is not a month: the date reader keeps the day it is given', () => {
    expect(parseDate('1 ต.ค. 2563')).toMatchObject({ kind: 'date', month: 10, day: 1 });
  });
});
