// Tamper detection in the core: a row whose cells no longer give the checksum the sidebar stored is warned of
// (EDITED_OUTSIDE_FORM) with the columns changed and the values the audit trail logged; the review cells, the sequence
// number, a row without a checksum and cells the sheet holds differently but that mean the same never are.

import type { CellValue } from '../../src/core/cell';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { isEntered } from '../../src/core/form/entryFields';
import { detectHeader, type SheetHeader } from '../../src/core/form/headers';
import { reviewMessages } from '../../src/core/messages/reviewServer';
import {
  checksumColumns,
  type EditedRow,
  editedRows,
  type LoggedValues,
  loggedValues,
  rowChecksum,
  withEditedWarnings,
} from '../../src/core/validate/editedOutsideForm';
import type { SheetValidation } from '../../src/core/validate/types';
import { validateSheet } from '../../src/core/validate/validateSheet';
import { HEADER, TODAY } from '../support/sheets';

const FORM = DLA_ONLINE_MARKET;
const FULL_HEADER = [...HEADER, 'ผลการตรวจสอบ', 'หมายเหตุผู้ตรวจ', 'รหัสตรวจสอบแถว'];
const SEQ = 0;
const DATE = 1;
const PRODUCT = 4;
const LINKS = 5;
const REVENUE = 7;
const NOTE = 9;
const STATUS = 10;
const REVIEW_NOTE = 11;
const CHECKSUM = 12;
const SHEET = 'รายงานผล';

const title = (width: number): CellValue[] => ['แบบรายงานผล', ...Array<CellValue>(width - 1).fill('')];
const entered = (): CellValue[] => [
  1,
  { kind: 'date', year: 2026, month: 11, day: 20 },
  'เมืองพะเยา',
  'ทต.แม่กา',
  'ข้าวกล้อง',
  'https://www.facebook.com/share/p/1001/',
  3,
  2400,
  4,
  'ส่งตรงเวลา',
  'รอตรวจ',
  '',
  '',
];

function headerOf(rows: CellValue[][]): SheetHeader {
  const found = detectHeader(rows, FORM);
  if (!found.ok) throw new Error(found.message.en);
  return found.header;
}

/** A sheet whose rows the sidebar wrote: each data row's checksum as it was written, before `edit` changes a cell. */
function written(rows: CellValue[][], header: readonly string[] = FULL_HEADER): CellValue[][] {
  const sheet = [title(header.length), [...header], ...rows];
  const at = header.indexOf('รหัสตรวจสอบแถว');
  const columns = checksumColumns(FORM, headerOf(sheet));
  for (const r of sheet.slice(2)) r[at] = rowChecksum(r, columns);
  return sheet;
}

function checked(sheet: CellValue[][], logged: LoggedValues = new Map()): { v: SheetValidation; edited: EditedRow[] } {
  const result = validateSheet(sheet, FORM, { today: TODAY });
  if (!result.ok) throw new Error(result.message.en);
  const edited = editedRows(sheet, result.result.header, FORM, CHECKSUM);
  return { v: withEditedWarnings(result.result, sheet, FORM, edited, logged), edited };
}

const editedAt = (v: SheetValidation) => v.problems.filter((p) => p.code === 'EDITED_OUTSIDE_FORM');

describe('must pass: no warning', () => {
  test('a row as the sidebar wrote it', () => {
    const { v, edited } = checked(written([entered(), entered()]));
    expect(edited).toEqual([]);
    expect(editedAt(v)).toEqual([]);
  });

  test('a reviewer’s decision and the sequence number are not the row’s values', () => {
    const sheet = written([entered()]);
    sheet[2][STATUS] = 'ผ่าน';
    sheet[2][REVIEW_NOTE] = 'หลักฐานครบ';
    sheet[2][SEQ] = 7;
    expect(checked(sheet).edited).toEqual([]);
  });

  test('a row without a checksum (typed by hand, or older than the checksum) is never flagged', () => {
    const sheet = written([entered()]);
    sheet[2][CHECKSUM] = '';
    sheet[2][REVENUE] = 24000;
    expect(editedAt(checked(sheet).v)).toEqual([]);
  });

  test('cells the sheet holds differently but that mean the same: a figure as text, a date typed, odd spaces', () => {
    for (const [column, value] of [
      [REVENUE, '2400'],
      [REVENUE, '2,400'],
      [REVENUE, ' 2400 บาท'],
      [DATE, '20/11/2569'],
      [PRODUCT, ' ข้าวกล้อง  '],
    ] as const) {
      const sheet = written([entered()]);
      sheet[2][column] = value;
      expect([column, value, checked(sheet).edited]).toEqual([column, value, []]);
    }
  });

  test('a column the sheet gains after the row was written, still blank, changes nothing', () => {
    const without = FULL_HEADER.filter((h) => h !== 'หมายเหตุ');
    const row = entered().filter((_, c) => c !== NOTE);
    const sheet = written([row], without);
    // the same row once the sheet has หมายเหตุ again, blank
    const wider = [
      title(FULL_HEADER.length),
      [...FULL_HEADER],
      [...sheet[2].slice(0, NOTE), '', ...sheet[2].slice(NOTE)],
    ];
    expect(checked(wider).edited).toEqual([]);
  });
});

describe('must fail: a warning on the row', () => {
  test('a changed revenue is named with what the cell holds now, on the revenue cell', () => {
    const sheet = written([entered(), entered()]);
    sheet[3][REVENUE] = 24000;
    const { v, edited } = checked(sheet);
    expect(edited.map((e) => [e.row, e.columns.map((c) => c.spec.key)])).toEqual([[4, ['revenue']]]);
    const [problem] = editedAt(v);
    expect(problem).toMatchObject({ row: 4, columnIndex: REVENUE, severity: 'warning', value: '24000' });
    expect(problem.message.th).toContain('แถวนี้ถูกแก้ไขในตารางโดยตรง ไม่ผ่านแบบฟอร์ม: รายรับ ตอนนี้ 24,000 — ');
    expect(problem.message.en).toContain('Revenue, now 24,000');
    expect(v.summary.rowsWithWarnings).toBe(1);
    expect(v.table.entries().map((e) => e.status)).toEqual(['ok', 'warning']);
  });

  test('a changed link and a cleared cell', () => {
    const sheet = written([entered(), entered()]);
    sheet[2][LINKS] = 'https://www.facebook.com/share/p/9999/';
    sheet[3][PRODUCT] = '';
    const found = editedAt(checked(sheet).v);
    expect(found.map((p) => [p.row, p.column])).toEqual([
      [3, 'links'],
      [4, 'product'],
    ]);
    expect(found[1].message.th).toContain('สินค้า/ผลผลิต ตอนนี้ว่าง');
  });

  test('a checksum typed over is flagged as an edit, on the whole row', () => {
    const sheet = written([entered()]);
    sheet[2][CHECKSUM] = 'abc';
    const [problem] = editedAt(checked(sheet).v);
    expect(problem).toMatchObject({ row: 3, column: null });
    expect(problem.message.th).toMatch(/^แถวนี้ถูกแก้ไขในตารางโดยตรง ไม่ผ่านแบบฟอร์ม — /);
  });

  test('the message names the values the audit trail logged for the row', () => {
    const sheet = written([entered()]);
    sheet[2][REVENUE] = 24000;
    sheet[2][NOTE] = '';
    const logged = new Map([
      [
        3,
        new Map([
          ['รายรับ', '2400'],
          ['หมายเหตุ', 'ส่งตรงเวลา'],
        ]),
      ],
    ]);
    const [problem] = editedAt(checked(sheet, logged).v);
    expect(problem.message.th).toContain(
      'แถวนี้ถูกแก้ไขในตารางโดยตรง ไม่ผ่านแบบฟอร์ม: รายรับ บันทึกไว้ 2,400 ตอนนี้ 24,000, หมายเหตุ บันทึกไว้ ส่งตรงเวลา ตอนนี้ว่าง — ตรวจสอบว่าถูกต้อง',
    );
    expect(problem.message.en).toContain('Revenue, recorded 2,400, now 24,000; Note, recorded ส่งตรงเวลา, now blank.');
  });
});

describe('the values logged', () => {
  const act = (kind: 'submit' | 'correct' | 'approve', sheet: string, row: number, after: string): CellValue[] => [
    '21/11/2569 10:00',
    'officer@phayao.go.th',
    reviewMessages.act[kind].th,
    sheet,
    row,
    'ทต.แม่กา',
    '',
    after,
  ];
  const header: CellValue[] = [...reviewMessages.auditHeader.th];

  /** The audit text a submission of `cells` logs: its entered columns, "label: value", the date as its ISO day. */
  const afterOf = (sheet: CellValue[][], cells: readonly CellValue[]): string => {
    const at = headerOf(sheet).columns;
    return FORM.columns
      .filter(isEntered)
      .flatMap((c) => {
        const i = at.get(c.key)?.index;
        const v = i === undefined ? '' : cells[i];
        if (v === '' || v === null || v === undefined) return [];
        const text =
          typeof v === 'object'
            ? `${v.year}-${String(v.month).padStart(2, '0')}-${String(v.day).padStart(2, '0')}`
            : String(v);
        return [`${c.label.th}: ${text}`];
      })
      .join(' · ');
  };
  const logged = (sheet: CellValue[][], audit: CellValue[][]) => {
    const v = validateSheet(sheet, FORM, { today: TODAY });
    if (!v.ok) throw new Error(v.message.en);
    const edited = editedRows(sheet, v.result.header, FORM, CHECKSUM);
    return loggedValues([header, ...audit], SHEET, edited, FORM, v.result.header);
  };
  const withRevenue = (row: CellValue[], revenue: number): CellValue[] =>
    row.map((c, i) => (i === REVENUE ? revenue : c));

  test('are the latest submission or correction at the row whose values give its checksum, by label', () => {
    const sheet = written([entered()]);
    const row = [...sheet[2]];
    sheet[2][REVENUE] = 24000;
    const found = logged(sheet, [
      act('submit', SHEET, 3, afterOf(sheet, withRevenue(row, 1000))),
      act('correct', SHEET, 3, afterOf(sheet, row)),
      act('approve', SHEET, 3, 'ผ่าน'),
      act('submit', 'อีกชีต', 3, afterOf(sheet, withRevenue(row, 5))),
    ]);
    expect([...found.keys()]).toEqual([3]);
    expect(found.get(3)?.get('รายรับ')).toBe('2400');
    expect(found.get(3)?.get('หมายเหตุ')).toBe('ส่งตรงเวลา');
  });

  test('after a row was inserted above, the line logged under the row’s old number; never another entry’s at its new one', () => {
    const other = entered().map((c, i) => (i === PRODUCT ? 'น้ำผึ้ง' : c));
    const sheet = written([other, entered()]);
    const moved = [...sheet[3]];
    sheet[3][REVENUE] = 24000;
    const found = logged(sheet, [
      act('submit', SHEET, 3, afterOf(sheet, moved)),
      act('submit', SHEET, 4, afterOf(sheet, withRevenue(other, 999))),
    ]);
    expect([...found.keys()]).toEqual([4]);
    expect(found.get(4)?.get('รายรับ')).toBe('2400');
  });

  test('are none when no line’s values give the row’s checksum, nor for a row the trail does not have', () => {
    const sheet = written([entered()]);
    const row = [...sheet[2]];
    sheet[2][REVENUE] = 24000;
    expect(logged(sheet, [act('submit', SHEET, 3, afterOf(sheet, withRevenue(row, 7)))]).size).toBe(0);
    expect(logged(sheet, [act('submit', SHEET, 5, 'รายรับ: 1')]).size).toBe(0);
  });

  test('a checksum typed over has no marks: the latest line at the row’s number', () => {
    const sheet = written([entered()]);
    sheet[2][CHECKSUM] = 'typed';
    const found = logged(sheet, [act('submit', SHEET, 3, 'รายรับ: 2400 · หมายเหตุ: ก · ข')]);
    expect(Object.fromEntries(found.get(3) ?? [])).toEqual({ รายรับ: '2400', หมายเหตุ: 'ก · ข' });
  });
});
