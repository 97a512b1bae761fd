// The review status and submission time of a row, as declared by the forms: the texts a review cell accepts, the date
// and time forms a submission time is read in (as an instant; no local time zone involved), and what a bad value raises.

import type { CellValue } from '../../src/core/cell';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { newSheetColumns } from '../../src/core/form/entryFields';
import { readFormDeclaration } from '../../src/core/form/formSchema';
import { OTOP_MARKETER } from '../../src/core/form/otopMarketer';
import { REVIEW_STATUS_COLUMN } from '../../src/core/form/sharedColumns';
import { parseSubmissionTime } from '../../src/core/validate/reviewCells';
import { check, codesAt, GOOD, HEADER, row } from '../support/sheets';

/** An instant from its UTC parts. */
const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, mo - 1, d, h, mi, s);

function timeOf(cell: CellValue): number | string {
  const parsed = parseSubmissionTime(cell);
  return parsed.kind === 'time' ? parsed.at : parsed.kind;
}

describe('parseSubmissionTime', () => {
  test.each<[CellValue, number]>([
    // Bangkok wall clock (UTC+7) when no offset is written
    ['16/10/2568 10:00', utc(2025, 10, 16, 3)],
    ['16/10/2025 10:00:30', utc(2025, 10, 16, 3, 0, 30)],
    ['๑๖/๑๐/๒๕๖๘ ๑๐:๐๐', utc(2025, 10, 16, 3)],
    ['16/10/2568 10.00 น.', utc(2025, 10, 16, 3)],
    ['16 ต.ค. 2568 10:00', utc(2025, 10, 16, 3)],
    ['16/10/2568 2:05 pm', utc(2025, 10, 16, 7, 5)],
    ['16/10/2568 12:00 am', utc(2025, 10, 15, 17)],
    ['2025-10-16 10:00', utc(2025, 10, 16, 3)],
    // what the sidebar writes: ISO with the spreadsheet's offset
    ['2025-10-16T10:00:00+0700', utc(2025, 10, 16, 3)],
    ['2025-10-16T10:00:00+07:00', utc(2025, 10, 16, 3)],
    ['2025-10-16T03:00:00Z', utc(2025, 10, 16, 3)],
    ['2025-10-16T03:00:00.123Z', utc(2025, 10, 16, 3)],
    ['2025-10-15T22:00:00-05:00', utc(2025, 10, 16, 3)],
    // a date alone is its first instant in Bangkok
    ['16/10/2568', utc(2025, 10, 15, 17)],
    [{ kind: 'date', year: 2025, month: 10, day: 16 }, utc(2025, 10, 15, 17)],
    // a sheet's date-time number: 45946 is 2025-10-16, .5 is noon (Bangkok)
    [45946.5, utc(2025, 10, 16, 5)],
  ])('%p is read', (cell, at) => {
    expect(timeOf(cell)).toBe(at);
  });

  test.each<CellValue>([
    'เมื่อวาน',
    '16/10/2568 25:00',
    '16/10/2568 10:75',
    '31/02/2568 10:00',
    '10/2568',
    '2025-10-16T10:00:00+2500',
    '16/10/2568 13:00 pm',
    true,
    Number.NaN,
    'x'.repeat(100),
  ])('%p cannot be read', (cell) => {
    expect(timeOf(cell)).toBe('invalid');
  });

  test.each<CellValue>([null, '', '   ', '\u200b'])('%p is blank', (cell) => {
    expect(timeOf(cell)).toBe('blank');
  });
});

const REVIEW_HEADER = [...HEADER, 'ผลการตรวจสอบ', 'หมายเหตุผู้ตรวจ', 'เวลาที่ส่ง'];

function reviewed(...rows: [review: CellValue, time: CellValue][]): CellValue[][] {
  return [
    ['แบบรายงานผล'],
    REVIEW_HEADER,
    ...rows.map(([review, time], i) => [
      ...row({ ...GOOD, links: `https://www.facebook.com/share/p/${i}` }),
      review,
      '',
      time,
    ]),
  ];
}

describe('the review and submission columns of a sheet', () => {
  test('both forms declare them, optional, and the sheet finds them by their headers and variants', () => {
    for (const form of [DLA_ONLINE_MARKET, OTOP_MARKETER]) {
      const roles = form.columns.filter(
        (c) => c.role === 'review' || c.role === 'reviewNote' || c.role === 'submittedAt',
      );
      expect(roles.map((c) => [c.header, c.required])).toEqual([
        ['ผลการตรวจสอบ', false],
        ['หมายเหตุผู้ตรวจ', false],
        ['เวลาที่ส่ง', false],
      ]);
    }
    const v = check(reviewed(['ผ่าน', '16/10/2568 10:00']));
    expect([...v.header.columns.keys()]).toEqual(expect.arrayContaining(['reviewStatus', 'reviewNote', 'submittedAt']));
    const variant = check([
      ['x'],
      [...HEADER, 'Review status', 'Submission time'],
      [...row(GOOD), 'approved', '16/10/2568'],
    ]);
    expect(variant.entries[0].review).toBe('approved');
    expect(variant.entries[0].submittedAt).toBe(utc(2025, 10, 15, 17));
  });

  test('a new sheet is made with the review columns; เวลาที่ส่ง is left to the sidebar, which adds it hidden', () => {
    for (const form of [DLA_ONLINE_MARKET, OTOP_MARKETER]) {
      const headers = newSheetColumns(form).map((c) => c.header);
      expect(headers).toEqual(expect.arrayContaining(['ผลการตรวจสอบ', 'หมายเหตุผู้ตรวจ']));
      expect(headers).not.toContain('เวลาที่ส่ง');
      expect(headers).toHaveLength(form.columns.length - 1);
    }
  });

  test('ผ่าน, ส่งกลับแก้ไข, รอตรวจ and blank are read; spaces and case do not matter', () => {
    const v = check(
      reviewed(['ผ่าน', ''], ['ส่งกลับแก้ไข', ''], ['รอตรวจ', ''], ['', ''], [' ส่งกลับ แก้ไข ', ''], ['APPROVED', '']),
    );
    expect(v.entries.map((e) => e.review)).toEqual([
      'approved',
      'returned',
      'pending',
      'pending',
      'returned',
      'approved',
    ]);
    expect(v.problems).toEqual([]);
  });

  test('any other review text is an error on its row, naming the three texts to write', () => {
    const v = check(reviewed(['ผ่านแล้วค่ะ', ''], ['ผ่าน', '']));
    expect(codesAt(v, 3)).toEqual(['REVIEW_STATUS_INVALID']);
    expect(codesAt(v, 4)).toEqual([]);
    const problem = v.problems[0];
    expect(problem.column).toBe('reviewStatus');
    expect(problem.value).toBe('ผ่านแล้วค่ะ');
    expect(problem.message.th).toContain('“ผ่าน”, “ส่งกลับแก้ไข”, “รอตรวจ”');
    expect(problem.message.en).toContain('leave it blank');
    expect(v.entries[0].status).toBe('error');
  });

  test('an unreadable submission time is a warning on its row, not a crash, and the row has no time', () => {
    const v = check(reviewed(['ผ่าน', 'พรุ่งนี้เช้า'], ['ผ่าน', '2025-10-16T10:00:00+0700']));
    expect(codesAt(v, 3)).toEqual(['SUBMITTED_AT_INVALID']);
    expect(v.problems[0].message.en).toContain('16/10/2568 10:00');
    expect(v.entries.map((e) => [e.status, e.submittedAt])).toEqual([
      ['warning', null],
      ['ok', utc(2025, 10, 16, 3)],
    ]);
  });

  test('a row with only a review or a time filled reports nothing', () => {
    const v = check([['x'], REVIEW_HEADER, [...row({}), 'ผ่าน', 'ดี', '16/10/2568 10:00']]);
    expect(v.summary.reported).toBe(0);
    expect(v.problems).toEqual([]);
  });

  test('a sheet without the columns reads every row as pending, without a time', () => {
    const v = check([['x'], HEADER, row(GOOD)]);
    expect(v.entries.map((e) => [e.review, e.submittedAt])).toEqual([['pending', null]]);
  });
});

describe('review columns in a form declaration read from a file', () => {
  const base = JSON.parse(JSON.stringify(DLA_ONLINE_MARKET));
  const withColumn = (patch: Record<string, unknown>) => ({
    ...base,
    columns: base.columns.map((c: { key: string }) => (c.key === 'reviewStatus' ? { ...c, ...patch } : c)),
  });

  test('the built-in declaration reads back', () => {
    expect(readFormDeclaration(base, 'form.json').ok).toBe(true);
    expect(REVIEW_STATUS_COLUMN.choices?.approved[0]).toBe('ผ่าน');
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['no choices', { choices: undefined }, 'must list its choices'],
    ['a text under two statuses', { choices: { approved: ['ผ่าน'], returned: ['ผ่าน'], pending: ['รอ'] } }, 'both'],
    ['an empty list', { choices: { approved: ['ผ่าน'], returned: [], pending: ['รอ'] } }, 'choices.returned'],
    ['the wrong type for the role', { type: 'text', choices: undefined }, 'must be of type review'],
  ])('%s is refused', (_, patch, said) => {
    const read = readFormDeclaration(withColumn(patch), 'form.json');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message.en).toContain(said);
  });

  test('choices on a column that is not a review column are refused', () => {
    const json = {
      ...base,
      columns: base.columns.map((c: { key: string }) =>
        c.key === 'note' ? { ...c, choices: { approved: ['a'], returned: ['b'], pending: ['c'] } } : c,
      ),
    };
    const read = readFormDeclaration(json, 'form.json');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message.en).toContain('not of type review');
  });
});
