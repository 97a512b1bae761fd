// Tests of the twin's call and cell counting: one count per service call, cells read and written, free twin-only
// helpers, and a 1.2-million-cell block.

import { createServices, type TwinSheet } from '../../src/twin';
import { grid } from './twinGrid';

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
