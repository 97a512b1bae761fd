// The ตรวจสอบข้อมูล action on the in-memory twin: marks, the problems sheet, the person's own formatting, the budget.

import { PROBLEMS_SHEET, runCheckData } from '../../src/addon/actions/checkData';
import { GENERATED_KEY } from '../../src/addon/adapter/generatedSheets';
import { MARK_COLOURS, NOTE_MARKER } from '../../src/addon/marks';
import { officerTwin } from '../support/manifestTwin';
import { checksum, REPORT_SHEET, TODAY, twinWithReport } from '../support/twinReport';

describe('ตรวจสอบข้อมูล', () => {
  test('marks each problem cell, lists every problem with a link to its cell, and toasts the counts', () => {
    const twin = twinWithReport(40);
    const outcome = runCheckData(twin.services, TODAY);
    expect(outcome.ok).toBe(true);
    expect(outcome.errors).toBeGreaterThan(0);
    const report = twin.workbook.sheet(REPORT_SHEET).peek();
    // generated row style 9 has revenue "1,50": sheet rows are offset by the province line, title and header (3 rows)
    const bad = report.values.findIndex((r) => r[7] === '1,50');
    expect(bad).toBeGreaterThan(0);
    expect(report.backgrounds[bad][7]).toBe(MARK_COLOURS.error);
    expect(report.notes[bad][7]).toContain(NOTE_MARKER);
    expect(report.notes[bad][7]).toContain('ไม่ใช่ตัวเลข');
    expect(report.backgrounds[bad][3]).toBe('#ffffff');

    const problems = twin.workbook.sheet(PROBLEMS_SHEET);
    expect(problems.metadataEntries()).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: GENERATED_KEY, value: 'problems' })]),
    );
    // a person editing it is warned that the next check writes over it
    expect(problems.allProtections().map((p) => p.info)).toEqual([expect.objectContaining({ warningOnly: true })]);
    const listed = problems.peek().values;
    expect(listed[1]).toEqual(['แถว', 'คอลัมน์', 'ค่าที่พิมพ์', 'ระดับ', 'ข้อความ/วิธีแก้ไข', 'ไปที่เซลล์']);
    expect(listed.length - 2).toBe(outcome.errors + outcome.warnings);
    const row = listed.find((r) => r[0] === bad + 1 && r[1] === 'รายรับ (บาท)');
    expect(row?.[2]).toBe('1,50');
    expect(problems.formulaAt(listed.indexOf(row!) + 1, 6)).toBe(
      `=HYPERLINK("#gid=${twin.workbook.sheet(REPORT_SHEET).getSheetId()}&range=H${bad + 1}","H${bad + 1}")`,
    );
    expect(twin.workbook.toasts[0]).toMatchObject({ title: 'ตรวจสอบข้อมูล' });
  });

  test('never wipes the person’s own colours and notes, and removes only its own earlier marks', () => {
    const twin = twinWithReport(40);
    const sheet = twin.workbook.sheet(REPORT_SHEET);
    runCheckData(twin.services, TODAY);
    const before = sheet.peek();
    const bad = before.values.findIndex((r) => r[7] === '1,50');
    // the person colours a clean cell, writes a note on a marked one, then fixes the bad value
    sheet.getRange(bad + 1, 2, 1, 1).setBackgrounds([['#00ff00']]);
    sheet.getRange(bad + 1, 8, 1, 1).setNotes([[`ตรวจแล้ว: ${before.notes[bad][7]}`]]);
    sheet.getRange(bad + 1, 8, 1, 1).setValues([['150']]);
    runCheckData(twin.services, TODAY);
    const after = sheet.peek();
    expect(after.backgrounds[bad][1]).toBe('#00ff00');
    expect(after.backgrounds[bad][7]).toBe('#ffffff');
    expect(after.notes[bad][7]).toBe('ตรวจแล้ว:');
  });

  test('a second run refreshes the problems sheet in place and never changes the entries', () => {
    const twin = twinWithReport(60);
    const sum = checksum(twin);
    runCheckData(twin.services, TODAY);
    // the person is left on the problems sheet the first run made, and runs the check again from there
    expect(twin.workbook.getActiveSheet().getName()).toBe(PROBLEMS_SHEET);
    expect(runCheckData(twin.services, TODAY).ok).toBe(true);
    expect(checksum(twin)).toBe(sum);
    expect(twin.workbook.sheetNames().filter((n) => n.startsWith(PROBLEMS_SHEET))).toEqual([PROBLEMS_SHEET]);
  });

  test('works from another tab: the report sheet checked last time is used', () => {
    const twin = twinWithReport(20);
    runCheckData(twin.services, TODAY);
    twin.workbook.setActiveSheet(PROBLEMS_SHEET);
    expect(runCheckData(twin.services, TODAY).ok).toBe(true);
  });

  test('a person’s own sheet called ปัญหาข้อมูล is never overwritten', () => {
    const twin = twinWithReport(20);
    twin.workbook.addSheet(PROBLEMS_SHEET, [['บันทึกของฉัน']]);
    const outcome = runCheckData(twin.services, TODAY);
    expect(twin.workbook.sheet(PROBLEMS_SHEET).peek().values[0][0]).toBe('บันทึกของฉัน');
    expect(twin.workbook.sheetNames()).toContain(`${PROBLEMS_SHEET} (2)`);
    expect(outcome.notices[0].th).toContain(`${PROBLEMS_SHEET} (2)`);
  });

  test('a deleted problems sheet is made again, with a notice', () => {
    const twin = twinWithReport(20);
    runCheckData(twin.services, TODAY);
    twin.workbook.deleteSheet(PROBLEMS_SHEET);
    const outcome = runCheckData(twin.services, TODAY);
    expect(twin.workbook.sheetNames()).toContain(PROBLEMS_SHEET);
    expect(outcome.notices[0].th).toContain('สร้างใหม่');
  });

  test('a problems sheet the person renamed is kept as theirs; a new one is made, with a notice', () => {
    const twin = twinWithReport(20);
    runCheckData(twin.services, TODAY);
    const old = twin.workbook.sheet(PROBLEMS_SHEET);
    old.setName('ปัญหาข้อมูล รอบแรก');
    const kept = JSON.stringify(old.peek().values);
    const outcome = runCheckData(twin.services, TODAY);
    expect(JSON.stringify(twin.workbook.sheet('ปัญหาข้อมูล รอบแรก').peek().values)).toBe(kept);
    expect(twin.workbook.sheetNames()).toEqual(expect.arrayContaining([PROBLEMS_SHEET, 'ปัญหาข้อมูล รอบแรก']));
    expect(outcome.notices[0].th).toContain('ปัญหาข้อมูล รอบแรก');
  });

  test('a sheet without a report header gets a message offering the set-up, and nothing is written', () => {
    const twin = officerTwin();
    twin.workbook.addSheet('Sheet1', [
      ['ชื่อ', 'ที่อยู่'],
      ['ก', 'ข'],
    ]);
    const outcome = runCheckData(twin.services, TODAY);
    expect(outcome.ok).toBe(false);
    expect(outcome.message.th).toContain('ตั้งค่าแบบรายงาน');
    expect(twin.workbook.sheetNames()).toEqual(['Sheet1']);
    expect(twin.counter.byMethod['Range.setValues'] ?? 0).toBe(0);
  });

  test('budget: the same number of Spreadsheet calls for 10, 10,000 and 100,000 rows (at most 16, one of them the spreadsheet’s time zone), one read of the block', () => {
    const counts = [10, 10_000, 100_000].map((n) => {
      const twin = twinWithReport(n);
      twin.counter.logging = false;
      runCheckData(twin.services, TODAY); // first run makes the problems sheet, and leaves the person on it
      twin.counter.reset();
      runCheckData(twin.services, TODAY);
      return {
        calls: twin.counter.calls,
        reads: (twin.counter.byMethod['Range.getValues'] ?? 0) + (twin.counter.byMethod['Sheet.getSheetValues'] ?? 0),
      };
    });
    expect(new Set(counts.map((c) => c.calls)).size).toBe(1);
    expect(counts[0].calls).toBeLessThanOrEqual(16);
    for (const c of counts) expect(c.reads).toBe(1);
  });
});
