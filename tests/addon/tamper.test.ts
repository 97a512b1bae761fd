// Tamper detection on the twin: a row the sidebar wrote and a person then edited in the grid is marked by ตรวจสอบข้อมูล
// as EDITED_OUTSIDE_FORM with the value the audit trail logged; a reviewer's decision and a correction through the form
// are no edit; the audit trail is read only when an edit is found, and never made by the check.

import { PROBLEMS_SHEET, runCheckData } from '../../src/addon/actions/checkData';
import { submitEntryWith } from '../../src/addon/actions/entry';
import { returnedEntries } from '../../src/addon/actions/returnedEntries';
import { reviewContext, submitReviewWith } from '../../src/addon/actions/review';
import type { EntryPayload, ReturnedEntry, SubmitResult } from '../../src/addon/entry/types';
import { MARK_COLOURS } from '../../src/addon/marks';
import type { ReviewContextReady } from '../../src/addon/review/types';
import { AUDIT_LOG_SHEET } from '../../src/core/messages/reviewServer';
import type { Twin } from '../../src/twin';
import { officerTwin } from '../support/manifestTwin';
import { OFFICE_HEADER, REVIEW_HEADERS } from '../support/officeHeader';
import { samplePayload } from '../support/twinReport';

const TODAY = { year: 2026, month: 11, day: 21 };
const REPORT = 'รายงานผล';
const HEADER = [...OFFICE_HEADER, ...REVIEW_HEADERS];
/** 1-based columns */
const PRODUCT = 5;
const REVENUE = 8;
const STATUS = 11;
/** the row the first submission goes to, below the two typed rows */
const SUBMITTED = 5;
const OFFICER = 'officer@phayao.go.th';
const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
let made = 0;

function twinWith(): Twin {
  const twin = officerTwin({ userEmail: OFFICER });
  const day = (d: number) => ({ kind: 'date' as const, year: 2026, month: 11, day: d });
  twin.workbook.addSheet(
    REPORT,
    twin.workbook.typedRows([
      ['จังหวัดพะเยา', ...HEADER.slice(1).map(() => '')],
      [...HEADER],
      [1, 'เมืองพะเยา', 'ทต.แม่กา', day(1), 'ข้าว', 'https://www.facebook.com/share/p/2001/', 2, 1000, 3, '', '', ''],
      [2, 'จุน', 'ทต.จุน', day(2), 'ผ้าทอ', 'https://www.facebook.com/share/p/2002/', 1, 500, 2, '', '', ''],
    ]),
  );
  return twin;
}

function payload(revenue = '2400', replaces?: ReturnedEntry): EntryPayload {
  made++;
  const sent = samplePayload(`tamper-${String(made).padStart(6, '0')}`, revenue);
  if (!replaces) return sent;
  return {
    ...sent,
    values: { ...sent.values, ...replaces.values, revenue },
    replaces: { row: replaces.row, fingerprint: replaces.fingerprint },
  };
}

function submit(twin: Twin, p: EntryPayload): SubmitResult {
  twin.setUser(OFFICER);
  return json(submitEntryWith(twin.services, TODAY, json(p)));
}

/** The district reviewer decides on a row, as the review sidebar sends it. */
function decide(twin: Twin, row: number, verdict: 'approve' | 'return'): void {
  twin.setUser('amphoe@phayao.go.th');
  const listed = (
    json(reviewContext(twin.services, { district: '', period: '', filter: 'all' }, TODAY)) as ReviewContextReady
  ).rows;
  const fingerprint = listed.find((r) => r.row === row)?.fingerprint ?? '';
  const note = verdict === 'return' ? 'รายรับไม่ตรงหลักฐาน' : '';
  submitReviewWith(twin.services, { decisions: [{ row, verdict, note, fingerprint }] });
  twin.setUser(OFFICER);
}

/** A person typing into the grid, past the add-on. */
const type = (twin: Twin, row: number, column: number, value: string | number) =>
  twin.workbook.sheet(REPORT).seed(row, column, [[value]]);

/** The EDITED_OUTSIDE_FORM lines of the problems sheet, by row, after a check. */
function edited(twin: Twin): { row: number; message: string }[] {
  runCheckData(twin.services, TODAY);
  return twin.workbook
    .sheet(PROBLEMS_SHEET)
    .peek()
    .values.slice(2)
    .filter((r) => String(r[4]).startsWith('แถวนี้ถูกแก้ไขในตารางโดยตรง'))
    .map((r) => ({ row: Number(r[0]), message: String(r[4]) }));
}

test('a revenue typed over in the grid is marked on its cell, with the value the sidebar logged', () => {
  const twin = twinWith();
  expect(submit(twin, payload('2400'))).toMatchObject({ status: 'recorded', row: SUBMITTED });
  expect(edited(twin)).toEqual([]);
  type(twin, SUBMITTED, REVENUE, 24000);
  const found = edited(twin);
  expect(found.map((f) => f.row)).toEqual([SUBMITTED]);
  expect(found[0].message).toContain('ไม่ผ่านแบบฟอร์ม: รายรับ บันทึกไว้ 2,400 ตอนนี้ 24,000 — ');
  const report = twin.workbook.sheet(REPORT).peek();
  expect(report.backgrounds[SUBMITTED - 1][REVENUE - 1]).toBe(MARK_COLOURS.warning);
  expect(report.notes[SUBMITTED - 1][REVENUE - 1]).toContain('บันทึกไว้ 2,400');
  // the typed rows have no checksum and are never flagged; putting the logged value back clears the warning
  type(twin, 3, REVENUE, 9999);
  type(twin, SUBMITTED, REVENUE, '2,400');
  expect(edited(twin)).toEqual([]);
});

test('a reviewer’s decision is no edit; a correction through the form writes a new checksum', () => {
  const twin = twinWith();
  submit(twin, payload('2400'));
  decide(twin, SUBMITTED, 'approve');
  expect(twin.workbook.sheet(REPORT).valueAt(SUBMITTED, STATUS)).toBe('ผ่าน');
  expect(edited(twin)).toEqual([]);

  decide(twin, SUBMITTED, 'return');
  const answer = json(returnedEntries(twin.services, { code: '', name: 'ทต.แม่กา' }, TODAY));
  const [opened] = answer.ok ? answer.rows : [];
  expect(opened.row).toBe(SUBMITTED);
  expect(submit(twin, payload('3100', opened))).toMatchObject({ status: 'recorded', row: SUBMITTED });
  expect(twin.workbook.sheet(REPORT).valueAt(SUBMITTED, REVENUE)).toBe(3100);
  expect(edited(twin)).toEqual([]);
  // the logged values are the correction's, the last the sidebar wrote
  type(twin, SUBMITTED, PRODUCT, 'ข้าวเหนียว');
  expect(edited(twin)[0].message).toContain('สินค้า/ผลผลิต บันทึกไว้ ข้าวกล้อง ตอนนี้ ข้าวเหนียว');
});

test('without the audit trail the edit is still marked, and the check never makes the trail', () => {
  const twin = twinWith();
  submit(twin, payload('2400'));
  twin.workbook.deleteSheet(twin.workbook.sheet(AUDIT_LOG_SHEET));
  type(twin, SUBMITTED, REVENUE, 24000);
  const [found] = edited(twin);
  expect(found.message).toContain('ไม่ผ่านแบบฟอร์ม: รายรับ ตอนนี้ 24,000 — ');
  expect(twin.workbook.sheetNames()).not.toContain(AUDIT_LOG_SHEET);
});

test('budget: no Spreadsheet call more while no row is edited; an edit costs four: the trail by id and its name, its block, the report’s name', () => {
  const calls = (seed: (twin: Twin) => void) => {
    const twin = twinWith();
    seed(twin);
    runCheckData(twin.services, TODAY); // the first run makes the problems sheet
    twin.counter.reset();
    runCheckData(twin.services, TODAY);
    return { ...twin.counter.byMethod };
  };
  const typedOnly = calls(() => {});
  const clean = calls((twin) => submit(twin, payload('2400')));
  const tampered = calls((twin) => {
    submit(twin, payload('2400'));
    type(twin, SUBMITTED, REVENUE, 24000);
  });
  expect(clean).toEqual(typedOnly);
  const more = Object.entries(tampered).flatMap(([method, n]) =>
    n > (clean[method] ?? 0) ? [[method, n - (clean[method] ?? 0)]] : [],
  );
  expect(Object.fromEntries(more)).toEqual({
    'Spreadsheet.getSheetById': 1,
    'Sheet.getSheetValues': 1,
    // the trail's name (a trail the person renamed is theirs) and the report's, which the trail's rows name
    'Sheet.getName': 2,
  });
});
