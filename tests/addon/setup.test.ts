// The ตั้งค่าแบบรายงาน action on the twin: a new report sheet, or a repair that moves no entry.

import { runRegistry } from '../../src/addon/actions/registry';
import { runSetup } from '../../src/addon/actions/setup';
import { SUBMISSION_COLUMNS } from '../../src/addon/entry/submissionColumns';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { newSheetColumns } from '../../src/core/form/entryFields';
import { officerTwin } from '../support/manifestTwin';
import { checksum, REPORT_SHEET, twinWithReport } from '../support/twinReport';

describe('ตั้งค่าแบบรายงาน', () => {
  test('makes a report sheet with the canonical headers when there is none', () => {
    const twin = officerTwin();
    twin.workbook.addSheet('Sheet1', []);
    const outcome = runSetup(twin.services);
    expect(outcome.ok).toBe(true);
    const sheet = twin.workbook.sheet('รายงานผล');
    const values = sheet.peek().values;
    // the form's own เวลาที่ส่ง is the hidden bookkeeping column of that header
    const headers = newSheetColumns(DLA_ONLINE_MARKET).map((c) => c.header);
    expect(values[3].slice(0, headers.length)).toEqual(headers);
    // the sidebar's bookkeeping columns follow, hidden
    expect(values[3].slice(headers.length)).toEqual(SUBMISSION_COLUMNS.map((c) => c.header));
    expect([...sheet.hiddenColumns]).toEqual(SUBMISSION_COLUMNS.map((_, i) => headers.length + 1 + i));
    expect(SUBMISSION_COLUMNS).toHaveLength(4);
    expect(sheet.getFrozenRows()).toBe(4);
  });

  test('repairs an existing sheet without moving or changing any entry: formats, checks, dropdowns, protection', () => {
    const twin = twinWithReport(30);
    runRegistry(twin.services, null, false);
    // the person is on the registry sheet the last action made
    const before = checksum(twin);
    const outcome = runSetup(twin.services);
    expect(outcome.ok).toBe(true);
    expect(outcome.message.th).toContain('รายการเลือกอำเภอ');
    expect(checksum(twin)).toBe(before);
    const sheet = twin.workbook.sheet(REPORT_SHEET);
    // the generated rows put the header in sheet row 3 (under the province line and the title)
    expect(sheet.getFrozenRows()).toBe(3);
    const view = sheet.peek('A3:J5');
    expect(view.fontWeights[0].every((w) => w === 'bold')).toBe(true);
    expect(view.numberFormats[1][7]).toBe('#,##0.00');
    expect(view.numberFormats[1][6]).toBe('#,##0');
    expect(view.validations[1][7]).not.toBeNull();
    expect(view.validations[1][2]).not.toBeNull();
    expect(view.validations[1][3]).not.toBeNull();
    const lists = twin.workbook.sheet('รายการสำหรับเลือก');
    expect(lists.isSheetHidden()).toBe(true);
    expect(
      lists
        .peek()
        .values.slice(1)
        .map((r) => r[0])
        .filter(Boolean),
    ).toHaveLength(9);
    const protections = sheet.allProtections().map((p) => p.info);
    expect(protections).toEqual([expect.objectContaining({ warningOnly: true })]);
  });

  test('running it twice leaves one protection, one set of bookkeeping columns and the same layout', () => {
    const twin = twinWithReport(10);
    runSetup(twin.services);
    const header = () => twin.workbook.sheet(REPORT_SHEET).peek().values[2];
    const once = header();
    runSetup(twin.services);
    expect(header()).toEqual(once);
    // id, time, submitter and the row checksum
    expect(once.filter((h) => SUBMISSION_COLUMNS.some((c) => c.header === h))).toHaveLength(4);
    expect(twin.workbook.sheet(REPORT_SHEET).allProtections()).toHaveLength(1);
  });
});
