// Tests of the in-memory Apps Script twin: the emulated Sheets behaviours, the call and cell counting, the other
// services, and running the built bundle against the twin's globals in node:vm.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { Services } from '../../src/addon/adapter/services';
import {
  AppsScriptException,
  asGlobals,
  ChartType,
  createServices,
  MESSAGES,
  ProtectionType,
  type TwinSheet,
} from '../../src/twin';
import { loadBundle } from '../support/appsScriptSandbox';

function grid(
  rows: number,
  cols: number,
  f: (r: number, c: number) => string | number = (r, c) => `r${r}c${c}`,
): (string | number)[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(r + 1, c + 1)));
}

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

describe('metadata, protections, validations, charts', () => {
  test('developer metadata is kept per sheet and removable', () => {
    const twin = createServices({ sheets: { Data: [], Other: [] } });
    const sheet = twin.workbook.sheet('Data');
    sheet.addDeveloperMetadata('khongdee.role', 'data').addDeveloperMetadata('khongdee.form', 'dla-online-market');
    const found = sheet.getDeveloperMetadata();
    expect(found.map((m) => [m.getKey(), m.getValue()])).toEqual([
      ['khongdee.role', 'data'],
      ['khongdee.form', 'dla-online-market'],
    ]);
    expect(twin.workbook.sheet('Other').getDeveloperMetadata()).toEqual([]);
    found[0].remove();
    expect(sheet.metadataEntries()).toEqual([{ key: 'khongdee.form', value: 'dla-online-market' }]);
  });

  test('protections: description, warning-only, canEdit for a user who is not an editor, blocked writes', () => {
    const twin = createServices({ userEmail: 'owner@dla.go.th', sheets: { Data: grid(3, 3) } });
    const sheet = twin.workbook.sheet('Data');
    const header = sheet.getRange(1, 1, 1, 3).protect().setDescription('หัวตาราง');
    const note = sheet.getRange(3, 3, 1, 1).protect().setDescription('note').setWarningOnly(true);
    expect(sheet.getProtections(ProtectionType.RANGE).map((p) => p.getDescription())).toEqual(['หัวตาราง', 'note']);
    expect(sheet.getProtections(ProtectionType.SHEET)).toEqual([]);
    expect(header.canEdit()).toBe(true);

    twin.workbook.restrictProtectedEditing(['owner@dla.go.th']);
    twin.setUser('officer@phayao.go.th');
    expect(header.canEdit()).toBe(false);
    expect(note.canEdit()).toBe(true);
    expect(() => sheet.getRange(1, 2, 1, 1).setValues([['x']])).toThrow(MESSAGES.protectedCell);
    sheet.getRange(3, 3, 1, 1).setValues([['warning only: scripts may write']]);
    sheet.getRange(2, 1, 1, 3).setValues([['a', 'b', 'c']]);

    twin.setUser('owner@dla.go.th');
    expect(header.canEdit()).toBe(true);
    header.remove();
    twin.setUser('officer@phayao.go.th');
    sheet.getRange(1, 2, 1, 1).setValues([['now free']]);
    expect(sheet.allProtections().map((p) => p.info)).toEqual([
      { type: 'RANGE', a1: 'C3', description: 'note', warningOnly: true },
    ]);

    twin.setUser('owner@dla.go.th');
    const whole = sheet.protect();
    expect(sheet.protect()).toBe(whole);
    expect(sheet.getProtections(ProtectionType.SHEET)).toEqual([whole]);
    twin.setUser('officer@phayao.go.th');
    expect(whole.canEdit()).toBe(false);
    expect(() => sheet.getRange(2, 1).setValues([['x']])).toThrow(MESSAGES.protectedCell);
    whole.onlyEditableBy(['officer@phayao.go.th']);
    expect(whole.canEdit()).toBe(true);
  });

  test('data validation rules are set per cell; builder calls are free', () => {
    const twin = createServices({ sheets: { Data: [], Lists: [['เมืองพะเยา'], ['แม่ใจ']] } });
    const app = twin.services.spreadsheetApp;
    const list = twin.workbook.sheet('Lists').getRange(1, 1, 2, 1);
    const before = twin.counter.snapshot();
    const rule = app
      .newDataValidation()
      .requireValueInRange(list, true)
      .setAllowInvalid(false)
      .setHelpText('เลือกอำเภอ')
      .build();
    expect(twin.counter.since(before).byMethod).toEqual({ 'SpreadsheetApp.newDataValidation': 1 });
    twin.workbook.sheet('Data').getRange(2, 3, 10, 1).setDataValidation(rule);
    const v = twin.workbook.sheet('Data').peek(11, 3).validations[0][0];
    expect(v?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_RANGE);
    expect(twin.workbook.sheet('Data').peek(12, 3).validations[0][0]).toBeNull();
    const number = app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build();
    expect(number.getCriteriaValues()).toEqual([0]);
    expect(number.getAllowInvalid()).toBe(true);
  });

  test('charts: the builder records type, ranges, options and position; insert, list and remove', () => {
    const twin = createServices({ sheets: { สรุป: grid(4, 2) } });
    const sheet = twin.workbook.sheet('สรุป');
    const before = twin.counter.snapshot();
    const chart = sheet
      .newChart()
      .setChartType(ChartType.BAR)
      .addRange(sheet.getRange(1, 1, 4, 2))
      .setOption('title', 'รายรับ')
      .setPosition(2, 4, 0, 0)
      .build();
    expect(twin.counter.since(before).byMethod).toEqual({ 'Sheet.newChart': 1, 'Sheet.getRange': 1 });
    sheet.insertChart(chart);
    expect(sheet.getCharts()).toEqual([chart]);
    expect(chart.getOptions().get('title')).toBe('รายรับ');
    expect(chart.info).toEqual({
      type: 'BAR',
      ranges: ['สรุป!A1:B4'],
      options: { title: 'รายรับ' },
      position: { anchorRow: 2, anchorColumn: 4, offsetX: 0, offsetY: 0 },
    });
    sheet.removeChart(chart);
    expect(sheet.getCharts()).toEqual([]);
  });
});

describe('other services', () => {
  test('document lock: free → acquired (re-entrant); held by another execution → tryLock false', () => {
    const twin = createServices();
    const lock = twin.services.lockService.getDocumentLock()!;
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(10_000)).toBe(true);
    expect(lock.tryLock(10_000)).toBe(true);
    expect(twin.services.lockService.getDocumentLock()!.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);

    twin.workbook.lock.holdBy('officer-2', { releaseAfterAttempts: 2 });
    expect(lock.tryLock(100)).toBe(false);
    expect(lock.tryLock(100)).toBe(false);
    expect(lock.tryLock(100)).toBe(true);
    expect(twin.workbook.lock.attempts.map((a) => a.acquired)).toEqual([true, true, false, false, true]);
    lock.releaseLock();

    lock.holdBy('officer-3');
    expect(() => lock.waitLock(30_000)).toThrow(MESSAGES.lockTimeout);
    // another spreadsheet has its own lock
    const other = twin.addWorkbook({ id: 'province-file' });
    twin.setActiveWorkbook(other);
    expect(twin.services.lockService.getDocumentLock()!.tryLock(0)).toBe(true);
  });

  test('user properties are per user; document properties per workbook; values are strings of at most 9 kB', () => {
    const twin = createServices({ userEmail: 'a@phayao.go.th' });
    const props = twin.services.propertiesService;
    props.getUserProperties().setProperty('lang', 'th');
    props.getDocumentProperties().setProperty('period', '2568-10');
    twin.setUser('b@phayao.go.th');
    expect(props.getUserProperties().getProperty('lang')).toBeNull();
    expect(props.getDocumentProperties().getProperty('period')).toBe('2568-10');
    twin.setUser('a@phayao.go.th');
    expect(twin.userProperties().get('lang')).toBe('th');
    twin.setUser('b@phayao.go.th');
    props
      .getUserProperties()
      .setProperty('lang', 'en')
      .setProperty('n', 3 as unknown as string);
    expect(props.getUserProperties().getProperties()).toEqual({ lang: 'en', n: '3' });
    props.getUserProperties().deleteProperty('n');
    expect(props.getUserProperties().getProperties()).toEqual({ lang: 'en' });
    expect(() => props.getUserProperties().setProperty('big', 'ก'.repeat(4000))).toThrow(MESSAGES.propertyTooLarge);
    twin.setActiveWorkbook(twin.addWorkbook());
    expect(props.getDocumentProperties().getProperties()).toEqual({});
  });

  test('session, ui, html', () => {
    const twin = createServices({ htmlFiles: (name) => (name === 'Sidebar' ? '<p>ของดี</p>' : undefined) });
    const { session, htmlService, spreadsheetApp } = twin.services;
    expect(session.getActiveUser().getEmail()).toBe('');
    expect(session.getScriptTimeZone()).toBe('Asia/Bangkok');
    expect(twin.workbook.getSpreadsheetTimeZone()).toBe('Asia/Bangkok');
    const ui = spreadsheetApp.getUi();
    ui.createAddonMenu().addItem('ตรวจสอบข้อมูล', 'checkData').addSeparator().addToUi();
    // an add-on menu is captioned with the script's name (a twin made without one: Apps Script's "Untitled project")
    expect(ui.menusOnUi.map((m) => [m.caption, m.items])).toEqual([
      ['Untitled project', [{ caption: 'ตรวจสอบข้อมูล', functionName: 'checkData' }, 'separator']],
    ]);
    expect(ui.alert('ผล', 'ไม่พบข้อผิดพลาด', ui.ButtonSet.OK)).toBe(ui.Button.OK);
    ui.alertAnswers.push(ui.Button.NO);
    expect(ui.alert('ลบ?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alerts).toEqual([
      { title: 'ผล', prompt: 'ไม่พบข้อผิดพลาด', buttons: 'OK' },
      { title: '', prompt: 'ลบ?', buttons: 'YES_NO' },
    ]);
    ui.showSidebar(htmlService.createHtmlOutputFromFile('Sidebar').setTitle('ของดีบ้านเรา'));
    ui.showModalDialog(htmlService.createHtmlOutput('<b>x</b>').setWidth(400).setHeight(200), 'รายงาน');
    expect(ui.sidebars.map((s) => [s.content, s.title])).toEqual([['<p>ของดี</p>', 'ของดีบ้านเรา']]);
    expect(ui.dialogs.map((s) => [s.content, s.title])).toEqual([['<b>x</b>', 'รายงาน']]);
    expect(() => htmlService.createHtmlOutputFromFile('Missing')).toThrow(MESSAGES.noHtmlFile('Missing'));
    twin.env.uiAvailable = false;
    expect(() => spreadsheetApp.getUi()).toThrow(MESSAGES.noUi);
  });

  test('openById: other workbooks by id; unknown ids and denied files throw as Apps Script does', () => {
    const twin = createServices();
    const province = twin.addWorkbook({ id: 'phayao-2568', name: 'พะเยา' });
    province.addSheet('Data', [['x']]);
    const app = twin.services.spreadsheetApp;
    expect(app.openById('phayao-2568').getSheetByName('Data')?.getDataRange().getValues()).toEqual([['x']]);
    expect(app.openById('phayao-2568').getUrl()).toBe('https://docs.google.com/spreadsheets/d/phayao-2568/edit');
    expect(() => app.openById('nope')).toThrow(MESSAGES.openById);
    province.denyAccess();
    expect(() => app.openById('phayao-2568')).toThrow('You do not have permission to access the requested document.');
  });
});

describe('counting', () => {
  test('a getValues of 10×5 is one Range call and 50 cells read', () => {
    const twin = createServices({ sheets: { Data: grid(10, 5) } });
    const sheet = twin.workbook.sheet('Data');
    const range = sheet.getRange(1, 1, 10, 5);
    twin.counter.reset();
    range.getValues();
    expect(twin.counter.calls).toBe(1);
    expect(twin.counter.byMethod).toEqual({ 'Range.getValues': 1 });
    expect(twin.counter.cellsRead).toBe(50);
    expect(twin.counter.cellsWritten).toBe(0);
  });

  test('each service call counts once; 2-D calls count cells; other services are counted apart', () => {
    const twin = createServices({ sheets: { Data: grid(3, 2) } });
    const { spreadsheetApp, lockService, session } = twin.services;
    const { counts } = twin.counter.measure(() => {
      const lock = lockService.getDocumentLock()!;
      lock.tryLock(5000);
      const sheet = spreadsheetApp.getActiveSpreadsheet().getActiveSheet();
      const values = sheet.getDataRange().getValues();
      sheet.getRange(4, 1, 1, 2).setValues([values[0]]);
      sheet
        .getRange(4, 1, 1, 2)
        .setBackgrounds([['#eeeeee', null]])
        .setFontWeights([['bold', 'bold']])
        .setFontWeight('normal');
      spreadsheetApp.flush();
      lock.releaseLock();
      session.getActiveUser().getEmail();
    });
    expect(counts).toEqual({
      calls: 11,
      byMethod: {
        'SpreadsheetApp.getActiveSpreadsheet': 1,
        'Spreadsheet.getActiveSheet': 1,
        'Sheet.getDataRange': 1,
        'Range.getValues': 1,
        'Sheet.getRange': 2,
        'Range.setValues': 1,
        'Range.setBackgrounds': 1,
        'Range.setFontWeights': 1,
        'Range.setFontWeight': 1,
        'SpreadsheetApp.flush': 1,
      },
      cellsRead: 6,
      cellsWritten: 6,
      otherCalls: 4,
      otherByMethod: {
        'LockService.getDocumentLock': 1,
        'Lock.tryLock': 1,
        'Lock.releaseLock': 1,
        'Session.getActiveUser': 1,
      },
    });
    // the log keeps the order, e.g. flush before the lock is released
    const order = twin.counter.log.map((c) => `${c.target}.${c.method}`);
    expect(order.indexOf('SpreadsheetApp.flush')).toBeLessThan(order.indexOf('Lock.releaseLock'));
    expect(twin.counter.count('Sheet.getRange')).toBe(2);
  });

  test('twin-only helpers (addSheet, peek, values, formulaAt) cost nothing', () => {
    const twin = createServices();
    const sheet = twin.workbook.addSheet('Data', grid(5, 5));
    sheet.peek();
    sheet.values();
    sheet.formulaAt(1, 1);
    twin.workbook.sheet('Data');
    expect(twin.counter.snapshot()).toEqual({
      calls: 0,
      byMethod: {},
      cellsRead: 0,
      cellsWritten: 0,
      otherCalls: 0,
      otherByMethod: {},
    });
  });

  test('100,000 rows × 12 columns: one write and one read, counted as 1.2 million cells each way', () => {
    const rows = 100_000;
    const twin = createServices();
    const sheet: TwinSheet = twin.workbook.insertSheet('Big');
    sheet.insertRowsAfter(1000, rows - 1000);
    const block = grid(rows, 12, (r, c) => (c % 2 ? r * c : `ทต.${r}`));
    twin.counter.reset();
    twin.counter.logging = false;
    sheet.getRange(1, 1, rows, 12).setValues(block);
    const back = sheet.getDataRange().getValues();
    expect(back.length).toBe(rows);
    expect(back[rows - 1]).toEqual(block[rows - 1]);
    expect(twin.counter.cellsWritten).toBe(rows * 12);
    expect(twin.counter.cellsRead).toBe(rows * 12);
    expect(twin.counter.calls).toBe(4);
  });
});

const BUNDLE = join(__dirname, '..', '..', 'dist', 'Code.js');
(existsSync(BUNDLE) ? describe : describe.skip)('the built bundle against asGlobals', () => {
  test('onOpen builds the menu through the twin Ui', () => {
    const twin = createServices({ sheets: { Data: [] } });
    const { context } = loadBundle(asGlobals(twin.services));
    (context.onOpen as (e: unknown) => void)({ authMode: 'NONE' });
    expect(twin.ui.menusOnUi).toHaveLength(1);
    expect(twin.ui.menusOnUi[0].items.length).toBeGreaterThan(0);
    expect(twin.counter.byMethod).toEqual({ 'SpreadsheetApp.getUi': 1 });
  });

  test('Dates handed to the bundle belong to its realm once the twin is bound to the context', () => {
    const twin = createServices({ sheets: { Data: [[new Date(Date.UTC(2025, 8, 30, 17))]] } });
    const services: Services = twin.services;
    const context = vm.createContext({ ...asGlobals(services) });
    twin.bindToContext(context);
    const isDate = vm.runInContext(
      '(function () { return SpreadsheetApp.getActiveSheet().getDataRange().getValues()[0][0] instanceof Date; })',
      context,
    ) as () => boolean;
    expect(isDate()).toBe(true);
  });
});
