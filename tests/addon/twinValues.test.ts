// Tests of the twin's cell values: what setValues stores and getValues gives back, formulas, text read as Sheets reads
// it, and writes that do not fit the range or the sheet.

import { AppsScriptException, createServices, MESSAGES } from '../../src/twin';
import { grid } from './twinGrid';

describe('values', () => {
  test('setValues then getValues round-trips strings, numbers, booleans and Dates; empty cells are ""', () => {
    const twin = createServices({ sheets: { Data: [] } });
    const sheet = twin.workbook.sheet('Data');
    const when = twin.workbook.typedDate({ year: 2025, month: 10, day: 1 });
    sheet.getRange(2, 2, 2, 3).setValues([
      ['ทต.แม่กา', 1500, true],
      [when, '', false],
    ]);
    const values = sheet.getRange(1, 1, 3, 4).getValues();
    expect(values).toEqual([['', '', '', ''], ['', 'ทต.แม่กา', 1500, true, ''].slice(0, 4), ['', when, '', false]]);
    expect(values[2][1]).toBeInstanceOf(Date);
    expect(values[2][1]).not.toBe(when);
  });

  test('getValues returns a fresh deep copy', () => {
    const when = new Date(Date.UTC(2025, 0, 30, 17));
    const twin = createServices({ sheets: { Data: [['a', when]] } });
    const range = twin.workbook.sheet('Data').getRange(1, 1, 1, 2);
    const first = range.getValues();
    first[0][0] = 'changed';
    (first[0][1] as Date).setFullYear(1999);
    const second = range.getValues();
    expect(second).toEqual([['a', when]]);
    expect(second[0][1]).not.toBe(first[0][1]);
  });

  test('reading outside the sheet gives "" and grows nothing', () => {
    const twin = createServices({ sheets: { Data: [['x']] } });
    const sheet = twin.workbook.sheet('Data');
    expect(sheet.getRange(999, 25, 5, 5).getValues()).toEqual(grid(5, 5, () => ''));
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([
      1000, 26, 1, 1,
    ]);
  });

  test('a string starting with "=" becomes a formula: its value is "" (or a HYPERLINK label), its text is kept', () => {
    const twin = createServices({ sheets: { Data: [] } });
    const sheet = twin.workbook.sheet('Data');
    sheet
      .getRange(1, 1, 1, 3)
      .setValues([['=SUM(B2:B9)', '=HYPERLINK("https://example.com/p?a=1","เพจ ""ข้าวดี""")', '=']]);
    expect(sheet.getRange(1, 1, 1, 3).getValues()).toEqual([['', 'เพจ "ข้าวดี"', '=']]);
    expect(sheet.formulaAt(1, 1)).toBe('=SUM(B2:B9)');
    expect(sheet.peek('A1:C1').formulas).toEqual([
      ['=SUM(B2:B9)', '=HYPERLINK("https://example.com/p?a=1","เพจ ""ข้าวดี""")', ''],
    ]);
    // a formula that shows "" is still content
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C1');
    sheet.getRange(1, 1).setValues([['plain']]);
    expect(sheet.formulaAt(1, 1)).toBe('');
  });

  test('text is read as Sheets reads it: numbers and TRUE/FALSE convert, a leading apostrophe keeps text', () => {
    const twin = createServices({ sheets: { Data: [] } });
    const sheet = twin.workbook.sheet('Data');
    sheet.getRange(1, 1, 1, 7).setValues([['0812345678', "'0812345678", '1,500.5', 'true', "'=1+1", '-abc', '50%']]);
    expect(sheet.getRange(1, 1, 1, 7).getValues()).toEqual([
      [812345678, '0812345678', 1500.5, true, '=1+1', '-abc', 0.5],
    ]);
    expect(sheet.formulaAt(1, 5)).toBe('');

    const literal = createServices({ parseText: false, sheets: { Data: [] } }).workbook.sheet('Data');
    literal.getRange(1, 1, 1, 2).setValues([['0812', "'x"]]);
    expect(literal.getRange(1, 1, 1, 2).getValues()).toEqual([['0812', 'x']]);
  });

  test('setValues with the wrong number of rows or columns throws and writes nothing', () => {
    const twin = createServices({ sheets: { Data: [] } });
    const range = twin.workbook.sheet('Data').getRange(1, 1, 2, 3);
    expect(() => range.setValues([['a', 'b', 'c']])).toThrow(MESSAGES.rowsMismatch(1, 2));
    expect(() =>
      range.setValues([
        ['a', 'b', 'c'],
        ['d', 'e'],
      ]),
    ).toThrow(MESSAGES.columnsMismatch(2, 3));
    expect(() => range.setBackgrounds([['#fff'], ['#fff']])).toThrow(/number of columns in the data does not match/);
    expect(twin.workbook.sheet('Data').getLastRow()).toBe(0);
    try {
      range.setValues([]);
    } catch (e) {
      expect(e).toBeInstanceOf(AppsScriptException);
      expect(String(e)).toBe(`Exception: ${MESSAGES.rowsMismatch(0, 2)}`);
    }
  });

  test('writing outside the sheet throws until the sheet is grown with insertRowsAfter', () => {
    const twin = createServices();
    const sheet = twin.workbook.insertSheet('Out');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => sheet.getRange(1000, 1, 2, 1).setValues([['a'], ['b']])).toThrow(MESSAGES.outsideSheet);
    expect(() => sheet.getRange(1, 26, 1, 2).setBackground('#ff0000')).toThrow(MESSAGES.outsideSheet);
    sheet.insertRowsAfter(1000, 5);
    sheet.getRange(1000, 1, 2, 1).setValues([['a'], ['b']]);
    expect(sheet.getMaxRows()).toBe(1005);
    expect(sheet.getLastRow()).toBe(1001);
  });

  test('insertRowsAfter moves the rows below down', () => {
    const twin = createServices({ sheets: { Data: [['h'], ['1'], ['2']] } });
    const sheet = twin.workbook.sheet('Data');
    sheet.insertRowsAfter(1, 2);
    expect(sheet.values()).toEqual([['h'], [''], [''], ['1'], ['2']]);
    expect(() => sheet.insertRowsAfter(2000, 1)).toThrow(MESSAGES.rowsOutOfBounds);
  });

  test('strictBounds makes getRange itself throw outside the sheet', () => {
    const twin = createServices({ strictBounds: true, sheets: { Data: [] } });
    expect(() => twin.workbook.sheet('Data').getRange(1001, 1, 1, 1)).toThrow(MESSAGES.outsideSheet);
    expect(() => twin.workbook.sheet('Data').getRange(0, 1, 1, 1)).toThrow(MESSAGES.rowTooSmall);
  });
});
