// Tests of the twin's sheets and their extent: data ranges, getSheetValues, inserting, naming and deleting sheets, named
// ranges, frozen rows, widths and formats, and merged cells.

import { AppsScriptException, createServices, MESSAGES } from '../../src/twin';

describe('extent and sheets', () => {
  test('getDataRange reaches the last row and column with content; an empty sheet gives A1; formats do not count', () => {
    const twin = createServices({
      sheets: {
        Empty: [],
        Data: [
          ['a', '', ''],
          ['', '', ''],
          ['', 'b', ''],
        ],
      },
    });
    const empty = twin.workbook.sheet('Empty');
    expect(empty.getDataRange().getA1Notation()).toBe('A1');
    expect(empty.getDataRange().getValues()).toEqual([['']]);
    empty.getRange(5, 5).setBackground('#ff0000');
    expect(empty.getLastRow()).toBe(0);
    const data = twin.workbook.sheet('Data');
    expect(data.getDataRange().getA1Notation()).toBe('A1:B3');
    data.getRange(7, 4).setValues([['x']]);
    expect(data.getDataRange().getA1Notation()).toBe('A1:D7');
    data.getRange(7, 4).setValues([['']]);
    expect(data.getDataRange().getA1Notation()).toBe('A1:B3');
  });

  test('getSheetValues: -1 reaches the last row or column with content, in one call; an empty sheet is refused', () => {
    const twin = createServices({
      sheets: {
        Empty: [],
        Data: [
          ['a', '', ''],
          ['', '', ''],
          ['', 'b', ''],
        ],
      },
    });
    const data = twin.workbook.sheet('Data');
    twin.counter.reset();
    expect(data.getSheetValues(1, 1, -1, -1)).toEqual([
      ['a', ''],
      ['', ''],
      ['', 'b'],
    ]);
    expect(data.getSheetValues(2, 2, -1, 1)).toEqual([[''], ['b']]);
    expect(data.getSheetValues(1, 1, 1, 3)).toEqual([['a', '', '']]);
    expect(twin.counter.byMethod).toEqual({ 'Sheet.getSheetValues': 3 });
    expect(twin.counter.cellsRead).toBe(6 + 2 + 3);
    // the spreadsheet's own reads the active sheet
    twin.workbook.setActiveSheet('Data');
    expect(twin.workbook.getSheetValues(1, 1, -1, -1)).toEqual(data.getDataRange().getValues());
    const empty = twin.workbook.sheet('Empty');
    expect(() => empty.getSheetValues(1, 1, -1, -1)).toThrow(MESSAGES.tooFewRows);
    expect(() => data.getSheetValues(0, 1, 1, 1)).toThrow(MESSAGES.rowTooSmall);
    expect(() => data.getSheetValues(1, 1, 1001, 1)).toThrow(MESSAGES.outsideSheet);
  });

  test('insertSheet: a name in use throws; getSheetByName gives null when absent; the new sheet is active', () => {
    const twin = createServices({ sheets: { Data: [['x']] } });
    const wb = twin.workbook;
    expect(() => wb.insertSheet('Data')).toThrow(
      'A sheet with the name "Data" already exists. Please enter another name.',
    );
    expect(() => wb.insertSheet('data')).toThrow(AppsScriptException);
    expect(wb.getSheetByName('สรุป')).toBeNull();
    const summary = wb.insertSheet('สรุป');
    expect(wb.getSheetByName('สรุป')).toBe(summary);
    expect(wb.getActiveSheet()).toBe(summary);
    expect(summary.getSheetId()).not.toBe(wb.sheet('Data').getSheetId());
    expect(wb.getSheetId()).toBe(summary.getSheetId());
    expect(wb.getSheetById(summary.getSheetId())).toBe(summary);
    expect(wb.getSheetById(-1)).toBeNull();
    expect(() => summary.setName('Data')).toThrow(MESSAGES.sheetExists('Data'));
    summary.setName('Summary');
    expect(wb.sheetNames()).toEqual(['Data', 'Summary']);
    wb.deleteSheet(summary);
    expect(wb.getSheetByName('Summary')).toBeNull();
    expect(() => wb.deleteSheet('Data')).toThrow(MESSAGES.removeAllSheets);
  });

  test('named ranges: set, get (case-insensitive), null when absent, moved by insertRowsAfter; clearContents keeps formats', () => {
    const twin = createServices({ sheets: { Lists: [['อำเภอ'], ['เมืองพะเยา'], ['แม่ใจ']] } });
    const wb = twin.workbook;
    const lists = wb.sheet('Lists');
    wb.setNamedRange('districts', lists.getRange(2, 1, 2, 1));
    expect(wb.getRangeByName('DISTRICTS')?.getValues()).toEqual([['เมืองพะเยา'], ['แม่ใจ']]);
    expect(wb.getRangeByName('laos')).toBeNull();
    lists.insertRowsAfter(1, 1);
    expect(wb.rangeNames()).toEqual({ districts: 'Lists!A3:A4' });
    lists.getRange(1, 1).setBackground('#ffff00');
    lists.clearContents();
    expect(lists.getLastRow()).toBe(0);
    expect(lists.peek(1, 1).backgrounds).toEqual([['#ffff00']]);
  });

  test('frozen rows, column widths, hidden flag, formats and notes', () => {
    const twin = createServices({ sheets: { A: [['h1', 'h2']], B: [] } });
    const a = twin.workbook.sheet('A');
    a.setFrozenRows(1);
    a.setColumnWidths(1, 2, 240);
    a.getRange(1, 1, 1, 2)
      .setFontWeights([['bold', null]])
      .setNumberFormats([['@', '#,##0']])
      .setNotes([['หมายเหตุ', null]]);
    a.getRange(1, 1, 1, 2)
      .setBackgrounds([['#FFF', 'red']])
      .setWrap(true)
      .setHorizontalAlignment('center');
    const view = a.peek('A1:B1');
    expect([a.getFrozenRows(), a.columnWidth(1), a.columnWidth(3)]).toEqual([1, 240, 100]);
    expect(view.fontWeights).toEqual([['bold', 'normal']]);
    expect(view.numberFormats).toEqual([['@', '#,##0']]);
    expect(a.getRange(1, 1, 1, 2).getNotes()).toEqual([['หมายเหตุ', '']]);
    expect(a.getRange(1, 1, 1, 3).getBackgrounds()).toEqual([['#ffffff', '#ff0000', '#ffffff']]);
    expect([view.wraps, view.horizontalAlignments]).toEqual([[[true, true]], [['center', 'center']]]);
    a.getRange(1, 1, 1, 2).clear();
    expect(a.peek('A1:B1').values).toEqual([['', '']]);
    expect(a.peek('A1:B1').backgrounds).toEqual([['#ffffff', '#ffffff']]);
    expect(a.peek('A1:B1').notes).toEqual([['หมายเหตุ', '']]);
    a.hideSheet();
    expect(a.isSheetHidden()).toBe(true);
    expect(() => twin.workbook.sheet('B').hideSheet()).toThrow(MESSAGES.hideAllSheets);
  });
});

describe('merges', () => {
  test('merge keeps only the top-left value; later writes into the merge keep only the top-left cell', () => {
    const twin = createServices({
      sheets: {
        Data: [
          ['a', 'b', 'c'],
          ['d', 'e', 'f'],
        ],
      },
    });
    const sheet = twin.workbook.sheet('Data');
    sheet.getRange(1, 1, 2, 2).merge();
    expect(sheet.mergedRanges()).toEqual(['A1:B2']);
    expect(sheet.values()).toEqual([
      ['a', '', 'c'],
      ['', '', 'f'],
    ]);
    sheet.getRange(1, 1, 2, 3).setValues([
      ['x', 'y', 'z'],
      ['u', 'v', 'w'],
    ]);
    expect(sheet.values()).toEqual([
      ['x', '', 'z'],
      ['', '', 'w'],
    ]);
    expect(() => sheet.getRange(2, 2, 1, 2).merge()).toThrow(MESSAGES.partialMerge);
    expect(() => sheet.getRange(1, 1, 1, 1).breakApart()).toThrow(MESSAGES.partialMerge);
    sheet.getRange(1, 1, 2, 3).merge();
    expect(sheet.mergedRanges()).toEqual(['A1:C2']);
    sheet.getRange(1, 1, 2, 3).breakApart();
    expect(sheet.mergedRanges()).toEqual([]);
  });
});
