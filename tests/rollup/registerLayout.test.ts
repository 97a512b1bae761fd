// The allocation register read in its own layout: zone headings and รวม / รวมทั้งสิ้น rows are not places, each printed
// total is checked against the provinces it totals, and unknown places are still refused; from CSV and from xlsx.

import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core/cell';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { OTOP_MARKETER } from '../../src/core/form/otopMarketer';
import { provinceByCode } from '../../src/core/geo/provinces';
import { ownerMetric } from '../../src/core/rollup/metrics';
import { parseTargets, type TargetsResult } from '../../src/core/rollup/targets';
import type { Targets } from '../../src/core/rollup/targetTypes';
import { readWorkbook } from '../../src/node/readTable';
import { csvText } from '../support/cliFiles';
import { SAMPLE_OTOP_REGISTER } from '../support/otopFiles';
import { tempDir } from '../support/tempDir';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const FORM = OTOP_MARKETER;
const PERSONS = ownerMetric(FORM).key;
const BUDGET = 'extra:งบประมาณ (บาท)';
const HEADER = ['ลำดับ', 'จังหวัด', 'เป้าหมาย (คน)', 'งบประมาณ (บาท)'];

/** The register's zones 1-3 as the issue gives them: a heading, its provinces (people, baht), its printed รวม. */
const REGISTER: CellValue[][] = [
  ['ทะเบียนการจัดสรรงบประมาณ โครงการส่งเสริมนักการตลาดรุ่นใหม่ ปีงบประมาณ พ.ศ. 2564'],
  HEADER,
  ['1. เขตตรวจราชการ : กลุ่มจังหวัดภาคกลางปริมณฑล', '', '', ''],
  [1, 'นนทบุรี', 2, '76,000'],
  [2, 'ปทุมธานี', 2, '76,000'],
  [3, 'สมุทรปราการ', 2, '76,000'],
  [4, 'นครปฐม', 2, '76,000'],
  ['', 'รวม', 8, '304,000'],
  ['', 'เขตตรวจราชการที่ 2 กลุ่มจังหวัดภาคกลางตอนบน', '', ''],
  [5, 'ชัยนาท', 3, '114,000'],
  [6, 'พระนครศรีอยุธยา', 4, '152,000'],
  [7, 'ลพบุรี', 3, '114,000'],
  [8, 'สระบุรี', 3, '114,000'],
  [9, 'สิงห์บุรี', 2, '76,000'],
  [10, 'อ่างทอง', 2, '76,000'],
  ['รวม', '', '17', '646,000'],
  ['กลุ่มจังหวัดภาคกลางตอนล่าง 1', '', '', ''],
  [11, 'ราชบุรี', 3, '114,000'],
  [12, 'กาญจนบุรี', 3, '114,000'],
  [13, 'สุพรรณบุรี', 3, '114,000'],
  ['', 'รวม', 9, '342,000'],
  ['', 'รวมทั้งสิ้น', 34, '1,292,000'],
];

function parse(rows: readonly CellValue[][], file = 'ทะเบียน.csv'): TargetsResult {
  return parseTargets(rows as CellValue[][], FORM, file, null);
}

function parsed(rows: readonly CellValue[][]): Targets {
  const result = parse(rows);
  if (!result.ok) throw new Error(result.message.en);
  return result.targets;
}

/** province name → [people, satang] */
function byProvince(targets: Targets): Record<string, [number, number]> {
  return Object.fromEntries(
    targets.rows.map((r) => [provinceByCode(r.provinceCode)?.nameTh, [r.values[PERSONS], r.values[BUDGET]]]),
  );
}

/** The register with one cell changed (row and column as in REGISTER). */
function withCell(row: number, column: number, value: CellValue): CellValue[][] {
  return REGISTER.map((r, i) => (i === row ? r.map((c, j) => (j === column ? value : c)) : r));
}

function refusal(rows: readonly CellValue[][]): { th: string; en: string } {
  const result = parse(rows);
  if (result.ok) throw new Error('expected the register to be refused');
  return result.message;
}

describe('the register in its own layout', () => {
  test('headings in the province or the first column and every total row are skipped; each province is read once', () => {
    const t = parsed(REGISTER);
    expect(t.rows).toHaveLength(13);
    expect(t.rows.every((r) => r.district === null)).toBe(true);
    const provinces = byProvince(t);
    expect(provinces.นนทบุรี).toEqual([2, 7_600_000]);
    expect(provinces.พระนครศรีอยุธยา).toEqual([4, 15_200_000]);
    expect(provinces.สุพรรณบุรี).toEqual([3, 11_400_000]);
    // เป้าหมาย (คน) is the form's owner count; งบประมาณ (บาท) is carried as money
    expect(t.extras).toEqual([{ key: BUDGET, header: 'งบประมาณ (บาท)', money: true }]);
    const sum = (i: 0 | 1) => Object.values(provinces).reduce((s, v) => s + v[i], 0);
    expect([sum(0), sum(1)]).toEqual([34, 129_200_000]);
  });

  test('headings written with Thai digits, "ที่", a colon or none, and รวมทั้งประเทศ, are not places', () => {
    const rows: CellValue[][] = [
      HEADER,
      ['๒. เขตตรวจราชการที่ ๒ : กลุ่มจังหวัดภาคกลางปริมณฑล', '', '', ''],
      [1, 'นนทบุรี', 2, '76,000'],
      ['', 'เขต 3 กลุ่มจังหวัดภาคกลางตอนล่าง 1', '', ''],
      [2, 'ราชบุรี', 3, '114,000'],
      ['', 'รวมทั้งประเทศ', 5, '190,000'],
    ];
    expect(Object.keys(byProvince(parsed(rows)))).toEqual(['นนทบุรี', 'ราชบุรี']);
  });

  test('a register without its totals, or a zone total with no province above it, is read as it is', () => {
    const bare = REGISTER.filter((r) => !String(r[0]).startsWith('รวม') && !String(r[1]).startsWith('รวม'));
    expect(parsed(bare).rows).toHaveLength(13);
    expect(parsed([HEADER, ['กลุ่มจังหวัดภาคกลางตอนบน'], ['', 'รวม', 17, '646,000']]).rows).toHaveLength(0);
  });

  test('a blank cell of a total row is not compared', () => {
    expect(parsed(withCell(7, 3, '')).rows).toHaveLength(13);
  });

  test('the DLA form reads the same layout, เป้าหมาย (คน) there being a carried column', () => {
    const result = parseTargets(REGISTER, DLA_ONLINE_MARKET, 'ทะเบียน.csv', null);
    expect(result.ok && result.targets.rows.length).toBe(13);
    expect(result.ok && result.targets.extras.map((e) => e.header)).toEqual(['เป้าหมาย (คน)', 'งบประมาณ (บาท)']);
  });
});

describe('what the register must get right', () => {
  test('an unknown province is still refused, named with its row, and no heading is named as unknown', () => {
    const message = refusal(withCell(4, 1, 'ปทุมทานี'));
    for (const text of [message.th, message.en]) {
      expect(text).toContain('ปทุมทานี (แถว 5)');
      expect(text).not.toContain('เขตตรวจราชการ');
      expect(text).not.toContain('กลุ่มจังหวัด');
    }
    expect(message.en).toMatch(/unknown/i);
  });

  test('a zone total that is not the sum of its provinces is refused, naming the zone, the total and the sum', () => {
    const message = refusal(withCell(7, 2, 9));
    expect(message.th).toContain('1. เขตตรวจราชการ : กลุ่มจังหวัดภาคกลางปริมณฑล (แถว 8) เป้าหมาย (คน) พิมพ์ไว้ 9');
    expect(message.th).toContain('รวมกันได้ 8');
    expect(message.th).toContain('กรุณาแก้ยอดรวม');
    expect(message.en).toContain('1. เขตตรวจราชการ : กลุ่มจังหวัดภาคกลางปริมณฑล (row 8) เป้าหมาย (คน) prints 9');
    expect(message.en).toContain('add up to 8');
    expect(message.en).toMatch(/Correct the total/);
    expect(message.en).toContain('ทะเบียน.csv');
  });

  test('a province figure that does not add up to its zone total is refused too (money compared to the satang)', () => {
    // สิงห์บุรี 76,000.50: ภาคกลางตอนบน's 646,000 and the grand total are both off by 0.50
    const message = refusal(withCell(13, 3, '76,000.50'));
    expect(message.en).toContain('เขตตรวจราชการที่ 2 กลุ่มจังหวัดภาคกลางตอนบน (row 16) งบประมาณ (บาท) prints 646,000');
    expect(message.en).toContain('add up to 646,000.50');
    expect(message.en).toContain(
      'รวมทั้งสิ้น (row 22) งบประมาณ (บาท) prints 1,292,000 but its provinces add up to 1,292,000.50',
    );
    expect(message.en).not.toContain('ภาคกลางปริมณฑล');
  });

  test('a wrong grand total is refused, naming รวมทั้งสิ้น', () => {
    const message = refusal(withCell(21, 2, 35));
    expect(message.th).toContain('รวมทั้งสิ้น (แถว 22) เป้าหมาย (คน) พิมพ์ไว้ 35 แต่จังหวัดรวมกันได้ 34');
  });

  test('a total without a heading above it is checked against the rows since the previous total', () => {
    const rows: CellValue[][] = [
      HEADER,
      [1, 'นนทบุรี', 2, '76,000'],
      ['', 'รวม', 2, '76,000'],
      [2, 'ปทุมธานี', 2, '76,000'],
      ['', 'รวม', 3, '76,000'],
    ];
    const message = refusal(rows);
    expect(message.en).toContain('รวม (row 5) เป้าหมาย (คน) prints 3 but its provinces add up to 2');
    expect(message.en).not.toContain('row 3');
  });
});

describe('the register from files', () => {
  test('samples/otop-register.csv: zones 1-3, 13 provinces, 34 people and 1,292,000 baht', async () => {
    const t = parsed((await readWorkbook(SAMPLE_OTOP_REGISTER)).sheets[0].rows);
    const provinces = byProvince(t);
    expect(Object.keys(provinces)).toHaveLength(13);
    expect(provinces.นนทบุรี).toEqual([2, 7_600_000]);
    expect(Object.values(provinces).reduce((s, v) => s + v[0], 0)).toBe(34);
  });

  test('CSV text as Excel writes it, with a BOM', async () => {
    const file = tmp.path('register.csv');
    writeFileSync(file, `\uFEFF${csvText(REGISTER.map((r) => r.map((c) => String(c ?? ''))))}`);
    expect(parsed((await readWorkbook(file)).sheets[0].rows).rows).toHaveLength(13);
    const wrong = tmp.path('wrong.csv');
    writeFileSync(wrong, csvText(withCell(20, 3, '340,000').map((r) => r.map((c) => String(c ?? '')))));
    expect(refusal((await readWorkbook(wrong)).sheets[0].rows).en).toContain(
      'prints 340,000 but its provinces add up to 342,000',
    );
  });

  test('an xlsx with headings merged across the row, numbers as numbers and totals as SUM formulas', async () => {
    const file = tmp.path('register.xlsx');
    await writeRegisterBook(file, 8);
    expect(byProvince(parsed((await readWorkbook(file)).sheets[0].rows)).นครปฐม).toEqual([2, 7_600_000]);
    const wrong = tmp.path('wrong.xlsx');
    await writeRegisterBook(wrong, 10);
    expect(refusal((await readWorkbook(wrong)).sheets[0].rows).th).toContain('พิมพ์ไว้ 10 แต่จังหวัดรวมกันได้ 8');
  });
});

/** ภาคกลางปริมณฑล as an xlsx register: the heading merged A:D, the รวม row's people printed as `total`. */
async function writeRegisterBook(file: string, total: number): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('ทะเบียน');
  ws.addRow(['ทะเบียนการจัดสรรงบประมาณ']);
  ws.addRow(HEADER);
  ws.addRow(['1. เขตตรวจราชการ : กลุ่มจังหวัดภาคกลางปริมณฑล']);
  ws.mergeCells('A3:D3');
  for (const [i, name] of ['นนทบุรี', 'ปทุมธานี', 'สมุทรปราการ', 'นครปฐม'].entries()) ws.addRow([i + 1, name, 2, 76_000]);
  const sum = ws.addRow([
    '',
    'รวม',
    { formula: 'SUM(C4:C7)', result: total },
    { formula: 'SUM(D4:D7)', result: 304_000 },
  ]);
  sum.font = { bold: true };
  await book.xlsx.writeFile(file);
}
