// Tests of what the twin attaches to a sheet besides values: developer metadata, protections, data validation rules and
// charts.

import { ChartType, createServices, MESSAGES, ProtectionType } from '../../src/twin';
import { grid } from './twinGrid';

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
