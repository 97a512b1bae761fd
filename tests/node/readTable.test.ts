// Tests of the Node file reader: xlsx and csv files (built here at run time into a temp folder) read as getValues()-like arrays,
// and every broken file turned into a FileProblem with a Thai and English message.

import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import type { CellValue } from '../../src/core/cell';
import { FileProblem, type FileProblemCode, getSheet, readWorkbook, type Workbook } from '../../src/node/readTable';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'readTable-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

let counter = 0;
async function writeFile(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, `${counter++}-${name}`);
  await fs.writeFile(file, content);
  return file;
}

async function expectProblem(file: string, code: FileProblemCode): Promise<FileProblem> {
  const error = await readWorkbook(file).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(FileProblem);
  const problem = error as FileProblem;
  expect(problem.code).toBe(code);
  expect(problem.text.th).toMatch(/[\u0e01-\u0e5b]/);
  expect(problem.text.en.length).toBeGreaterThan(10);
  return problem;
}

const date = (year: number, month: number, day: number): CellValue => ({ kind: 'date', year, month, day });

// ---- xlsx ----------------------------------------------------------------------------------------

async function buildReportXlsx(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ข้อมูล');
  ws.getCell('A1').value = 'รายงานผลการดำเนินงาน ตลาดนัดท้องถิ่นออนไลน์';
  ws.mergeCells('A1:F1');
  ws.getCell('A2').value = 'จังหวัดพะเยา';
  // A two-row header: ที่ / อำเภอ / อปท. span both rows, ผลการดำเนินงาน spans three columns.
  for (const [col, text] of [
    ['A', 'ที่'],
    ['B', 'อำเภอ'],
    ['C', 'อปท.'],
  ]) {
    ws.getCell(`${col}4`).value = text;
    ws.mergeCells(`${col}4:${col}5`);
  }
  ws.getCell('D4').value = 'ผลการดำเนินงาน';
  ws.mergeCells('D4:F4');
  ws.getCell('D5').value = 'ครั้ง';
  ws.getCell('E5').value = 'รายรับ (บาท)';
  ws.getCell('F5').value = 'ลิงก์';

  ws.getRow(6).values = [1, 'เมืองพะเยา'];
  ws.getCell('C6').value = { richText: [{ text: 'อบต.บ้าน' }, { text: 'ใหม่', font: { bold: true } }] };
  ws.getCell('D6').value = 12;
  ws.getCell('E6').value = { formula: '1000+500', result: 1500 };
  ws.getCell('F6').value = { text: 'โพสต์ Facebook', hyperlink: 'https://www.facebook.com/khongdee/posts/1' };
  ws.getCell('G6').value = new Date(Date.UTC(2025, 9, 1));
  ws.getCell('G6').numFmt = 'd/m/yyyy';
  ws.getCell('H6').value = { error: '#N/A' };
  ws.getCell('I6').value = true;
  ws.getCell('J6').value = { formula: 'HYPERLINK("https://shopee.co.th/p/1","ร้านค้า")', result: 'ร้านค้า' };

  ws.getRow(7).values = [2, 'เมืองพะเยา', 'ทต.แม่กา', '๑๒'];
  ws.getCell('E7').value = { formula: 'E6*2', result: 3000 };
  ws.getCell('F7').value = {
    text: 'https://www.tiktok.com/@khongdee/video/2',
    hyperlink: 'https://www.tiktok.com/@khongdee/video/2',
  };
  ws.getCell('G7').value = { formula: 'G6+1', result: new Date(Date.UTC(2025, 9, 2)) };
  ws.getCell('G7').numFmt = 'd/m/yyyy';
  ws.getCell('H7').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  ws.getCell('I7').value = { text: 'ตาราง', hyperlink: '#ข้อมูล!A1' };
  ws.fillFormula('K6:K7', 'D6*2', [24, 0]);
  // Falsy cached results, which exceljs' cell.value leaves out.
  ws.getCell('L6').value = { formula: 'D6-12', result: 0 };
  ws.getCell('L7').value = { formula: 'D6>100', result: false };

  // Formatting alone below and to the right of the data must not widen or lengthen the table.
  ws.getCell('A30').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('Z3').numFmt = '0.00';

  const hidden = wb.addWorksheet('ซ่อน', { state: 'hidden' });
  hidden.getCell('B2').value = 'ค่าเป้าหมาย';
  wb.addWorksheet('ว่าง');

  const file = path.join(dir, `${counter++}-report.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('readWorkbook: xlsx', () => {
  let book: Workbook;
  beforeAll(async () => {
    book = await readWorkbook(await buildReportXlsx());
  });

  it('reads every worksheet in order, hidden and empty ones included', () => {
    expect(book.format).toBe('xlsx');
    expect(book.encoding).toBeUndefined();
    expect(book.sheets.map((s) => s.name)).toEqual(['ข้อมูล', 'ซ่อน', 'ว่าง']);
    expect(getSheet(book, 'ซ่อน').rows).toEqual([
      ['', ''],
      ['', 'ค่าเป้าหมาย'],
    ]);
    expect(getSheet(book, 'ว่าง').rows).toEqual([]);
  });

  it('gives title lines, a merged two-row header and data rows like getValues()', () => {
    const rows = getSheet(book, 'ข้อมูล').rows;
    const padded = (...cells: CellValue[]) => [...cells, ...Array<CellValue>(12 - cells.length).fill('')];
    expect(rows).toEqual([
      padded('รายงานผลการดำเนินงาน ตลาดนัดท้องถิ่นออนไลน์'),
      padded('จังหวัดพะเยา'),
      padded(),
      padded('ที่', 'อำเภอ', 'อปท.', 'ผลการดำเนินงาน'),
      padded('', '', '', 'ครั้ง', 'รายรับ (บาท)', 'ลิงก์'),
      [
        1,
        'เมืองพะเยา',
        'อบต.บ้านใหม่',
        12,
        1500,
        'โพสต์ Facebook https://www.facebook.com/khongdee/posts/1',
        date(2025, 10, 1),
        '#N/A',
        true,
        'ร้านค้า https://shopee.co.th/p/1',
        24,
        0,
      ],
      [
        2,
        'เมืองพะเยา',
        'ทต.แม่กา',
        '๑๒',
        3000,
        'https://www.tiktok.com/@khongdee/video/2',
        date(2025, 10, 2),
        '#DIV/0!',
        'ตาราง',
        '',
        0,
        false,
      ],
    ]);
  });
});

describe('readWorkbook: file problems', () => {
  it('reports a missing file', async () => {
    const problem = await expectProblem(path.join(dir, 'ไม่มี.xlsx'), 'FILE_NOT_FOUND');
    expect(problem.text.th).toContain('ไม่พบไฟล์');
    expect(problem.text.th).toContain('ไม่มี.xlsx');
  });

  it('reports a folder given as a file', async () => {
    await expectProblem(dir, 'FILE_UNREADABLE');
  });

  it('reports empty files: no bytes, a BOM only, whitespace only, delimiters only', async () => {
    await expectProblem(await writeFile('empty.csv', ''), 'FILE_EMPTY');
    await expectProblem(await writeFile('empty.xlsx', ''), 'FILE_EMPTY');
    await expectProblem(await writeFile('bom.csv', new Uint8Array([0xef, 0xbb, 0xbf])), 'FILE_EMPTY');
    await expectProblem(await writeFile('bom16.csv', new Uint8Array([0xff, 0xfe])), 'FILE_EMPTY');
    await expectProblem(await writeFile('blank.csv', ' \r\n\r\n\t\n'), 'FILE_EMPTY');
    await expectProblem(await writeFile('commas.csv', ',,,\r\n,,,\r\n'), 'FILE_EMPTY');
  });

  it('reports an xlsx whose sheets hold no values as empty', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('C3').numFmt = '0.00';
    const file = path.join(dir, `${counter++}-blank.xlsx`);
    await wb.xlsx.writeFile(file);
    await expectProblem(file, 'FILE_EMPTY');
  });

  it('reports binary content', async () => {
    const random = new Uint8Array(2048);
    for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 256;
    await expectProblem(await writeFile('random.csv', random), 'FILE_BINARY');
    await expectProblem(await writeFile('nul.txt', 'ที่,ชื่อ\n1,\u0000\u0000\n'), 'FILE_BINARY');
    await expectProblem(
      await writeFile('controls.csv', '\u0001\u0002\u0003\u0004a,b\u0005\u0006\u0007\u0008'),
      'FILE_BINARY',
    );
  });

  it('asks for .xlsx or .csv instead of an old .xls (or a password-protected workbook)', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]);
    const problem = await expectProblem(await writeFile('old.xls', ole), 'FILE_UNSUPPORTED');
    expect(problem.text.th).toContain('.xlsx');
    expect(problem.text.en).toContain('.xlsx');
    await expectProblem(await writeFile('locked.xlsx', ole), 'FILE_UNSUPPORTED');
    await expectProblem(
      await writeFile('html.xls', '<html><table><tr><td>1</td></tr></table></html>'),
      'FILE_UNSUPPORTED',
    );
  });

  it('reports other file types as unsupported', async () => {
    await expectProblem(await writeFile('report.pdf', '%PDF-1.4 ...'), 'FILE_UNSUPPORTED');
  });

  it('reports a .xlsx that is not a zip, and a damaged zip, as unreadable', async () => {
    const notZip = await expectProblem(await writeFile('renamed.xlsx', 'ที่,ชื่อ\n1,ก\n'), 'FILE_UNREADABLE');
    expect(notZip.text.en).toContain('.xlsx');
    const good = await fs.readFile(await buildReportXlsx());
    await expectProblem(await writeFile('truncated.xlsx', good.subarray(0, good.length >> 1)), 'FILE_UNREADABLE');
    const garbage = new Uint8Array(200).fill(0x41);
    garbage.set([0x50, 0x4b, 0x03, 0x04]);
    await expectProblem(await writeFile('garbage.xlsx', garbage), 'FILE_UNREADABLE');
  });

  it('reads an xlsx by its content even when misnamed', async () => {
    const good = await fs.readFile(await buildReportXlsx());
    const book = await readWorkbook(await writeFile('download', good));
    expect(book.format).toBe('xlsx');
  });

  it('reports a CSV with an unmatched quote at the line where the quote opens', async () => {
    const problem = await expectProblem(
      await writeFile('quote.csv', 'a,b\r\nc,d\r\ne,"f\r\ng,h\r\n'),
      'FILE_UNREADABLE',
    );
    expect(problem.text.th).toContain('บรรทัด 3');
    expect(problem.text.en).toContain('line 3');
  });
});

describe('getSheet', () => {
  const book: Workbook = {
    file: 'x.xlsx',
    format: 'xlsx',
    sheets: [
      { name: 'ข้อมูล', rows: [] },
      { name: 'Summary ', rows: [['x']] },
    ],
  };

  it('finds a sheet by name, tolerating case and surrounding spaces', () => {
    expect(getSheet(book, 'ข้อมูล')).toBe(book.sheets[0]);
    expect(getSheet(book, 'summary')).toBe(book.sheets[1]);
  });

  it('lists the sheets that exist when the name is unknown', () => {
    let problem: unknown;
    try {
      getSheet(book, 'สรุป');
    } catch (err) {
      problem = err;
    }
    expect(problem).toBeInstanceOf(FileProblem);
    expect((problem as FileProblem).code).toBe('SHEET_NOT_FOUND');
    for (const lang of ['th', 'en'] as const) {
      expect((problem as FileProblem).text[lang]).toContain('สรุป');
      expect((problem as FileProblem).text[lang]).toContain('ข้อมูล');
      expect((problem as FileProblem).text[lang]).toContain('Summary');
    }
  });
});

// ---- csv -----------------------------------------------------------------------------------------

const THAI_CSV = 'ที่,อำเภอ,อปท.,รายรับ (บาท)\r\n1,เมืองพะเยา,อบต.บ้านใหม่,"1,500"\r\n2,แม่ใจ,ทต.แม่ใจ,๒๐๐\r\n';
const THAI_ROWS = [
  ['ที่', 'อำเภอ', 'อปท.', 'รายรับ (บาท)'],
  ['1', 'เมืองพะเยา', 'อบต.บ้านใหม่', '1,500'],
  ['2', 'แม่ใจ', 'ทต.แม่ใจ', '๒๐๐'],
];

describe('readWorkbook: csv', () => {
  it('reads UTF-8 with a BOM, strips the BOM, names the sheet after the file', async () => {
    const book = await readWorkbook(await writeFile('พะเยา.csv', `\ufeff${THAI_CSV}`));
    expect(book.format).toBe('csv');
    expect(book.encoding).toBe('utf-8');
    expect(book.sheets).toHaveLength(1);
    expect(book.sheets[0].name).toMatch(/พะเยา$/);
    expect(book.sheets[0].rows).toEqual(THAI_ROWS);
  });

  it('reads UTF-8 without a BOM, and .txt files', async () => {
    const book = await readWorkbook(await writeFile('report.txt', THAI_CSV));
    expect(book.encoding).toBe('utf-8');
    expect(book.sheets[0].rows).toEqual(THAI_ROWS);
  });

  it('reads Windows-874 (Thai Excel) exactly', async () => {
    const book = await readWorkbook(await writeFile('win874.csv', iconv.encode(THAI_CSV, 'win874')));
    expect(book.encoding).toBe('windows-874');
    expect(book.sheets[0].rows).toEqual(THAI_ROWS);
  });

  it('reads short Windows-874 Thai that is also valid UTF-8 as Thai', async () => {
    const book = await readWorkbook(await writeFile('short.csv', iconv.encode('รก,เกก\r\n', 'win874')));
    expect(book.encoding).toBe('windows-874');
    expect(book.sheets[0].rows).toEqual([['รก', 'เกก']]);
  });

  it('reads UTF-16 with a BOM (Excel "Unicode text", tab separated), both byte orders', async () => {
    const tsv = THAI_CSV.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, '\t');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]);
    const bookLe = await readWorkbook(await writeFile('unicode.txt', le));
    expect(bookLe.encoding).toBe('utf-16le');
    expect(bookLe.sheets[0].rows).toEqual(THAI_ROWS);

    const be = Buffer.from(le);
    be.swap16();
    const bookBe = await readWorkbook(await writeFile('unicode-be.txt', be));
    expect(bookBe.encoding).toBe('utf-16be');
    expect(bookBe.sheets[0].rows).toEqual(THAI_ROWS);
  });

  it('keeps quoted commas, quotes and new lines inside fields', async () => {
    const csv = 'ชื่อ,หมายเหตุ\r\n"อบต.ก, อ.เมือง","บรรทัดแรก\r\nบรรทัดสอง"\r\n"เขา ""ว่า""",5" จอ\r\n';
    const rows = (await readWorkbook(await writeFile('quoted.csv', csv))).sheets[0].rows;
    expect(rows).toEqual([
      ['ชื่อ', 'หมายเหตุ'],
      ['อบต.ก, อ.เมือง', 'บรรทัดแรก\r\nบรรทัดสอง'],
      ['เขา "ว่า"', '5" จอ'],
    ]);
  });

  it('reads a CSV that happens to start with the letters PK (a zip signature begins PK)', async () => {
    const rows = (await readWorkbook(await writeFile('pk.csv', 'PK,ชื่อ\r\n1,ก\r\n'))).sheets[0].rows;
    expect(rows).toEqual([
      ['PK', 'ชื่อ'],
      ['1', 'ก'],
    ]);
  });

  it('never infers types: numbers, dates and booleans stay text', async () => {
    const csv = 'a,b,c,d\r\n"1,500",1500,1/10/2568,TRUE\r\n';
    const rows = (await readWorkbook(await writeFile('types.csv', csv))).sheets[0].rows;
    expect(rows[1]).toEqual(['1,500', '1500', '1/10/2568', 'TRUE']);
  });

  it('detects semicolon and tab delimiters, even with commas in the data', async () => {
    const semi = 'ที่;อปท.;รายรับ\r\n1;อบต.ก;1,500\r\n2;อบต.ข;2,000\r\n';
    expect((await readWorkbook(await writeFile('semi.csv', semi))).sheets[0].rows).toEqual([
      ['ที่', 'อปท.', 'รายรับ'],
      ['1', 'อบต.ก', '1,500'],
      ['2', 'อบต.ข', '2,000'],
    ]);
    const tab = 'ที่\tอปท.\tรายรับ\n1\tอบต.ก\t1,500\n';
    expect((await readWorkbook(await writeFile('tab.txt', tab))).sheets[0].rows).toEqual([
      ['ที่', 'อปท.', 'รายรับ'],
      ['1', 'อบต.ก', '1,500'],
    ]);
    const comma = 'ที่,หมายเหตุ\r\n1,ก; ข\r\n2,ค; ง\r\n';
    expect((await readWorkbook(await writeFile('comma.csv', comma))).sheets[0].rows[1]).toEqual(['1', 'ก; ข']);
  });

  it('pads ragged rows to the used width, keeps blank lines inside, drops trailing empty rows', async () => {
    const csv = 'รายงาน\r\n\r\nที่,ชื่อ,,\r\n1,ก,ข\r\n,,\r\n\r\n';
    expect((await readWorkbook(await writeFile('ragged.csv', csv))).sheets[0].rows).toEqual([
      ['รายงาน', '', ''],
      ['', '', ''],
      ['ที่', 'ชื่อ', ''],
      ['1', 'ก', 'ข'],
    ]);
  });
});

// ---- round trip ----------------------------------------------------------------------------------

const THAI_CHARS = Array.from({ length: 0x0e5b - 0x0e01 + 1 }, (_, i) => String.fromCharCode(0x0e01 + i)).filter(
  (ch) => iconv.encode(ch, 'win874')[0] !== 0x3f, // '?' = not in the code page (U+0E3B..U+0E3E)
);
const ASCII_CHARS = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i));
const SPECIAL = [',', '"', ';', '\t', '\n', '\r\n', ' '];

const cellArb = fc.string({ unit: fc.constantFrom(...THAI_CHARS, ...ASCII_CHARS, ...SPECIAL), maxLength: 12 });
const rowsArb = fc
  .array(fc.array(cellArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 })
  .filter((rows) => rows.some((row) => row.some((cell) => cell.trim() !== '')));

function toCsv(rows: string[][]): string {
  const quote = (cell: string) => (/[",;\t\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return `${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}

/** What getValues() would give for these rows: rectangular to the used width, trailing empty rows dropped. */
function tidy(rows: string[][]): string[][] {
  const height = rows.reduce((h, row, r) => (row.some((c) => c !== '') ? r + 1 : h), 0);
  const width = rows.reduce(
    (w, row) =>
      Math.max(
        w,
        row.reduce((x, c, i) => (c !== '' ? i + 1 : x), 0),
      ),
    0,
  );
  return rows.slice(0, height).map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
}

function isValidUtf8WithThai(bytes: Uint8Array): boolean {
  try {
    return /[\u0e01-\u0e5b]/.test(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return false;
  }
}

describe('readWorkbook: csv round trip', () => {
  it('reads back any Thai/ASCII table written as UTF-8', async () => {
    await fc.assert(
      fc.asyncProperty(rowsArb, fc.boolean(), async (rows, bom) => {
        const file = await writeFile('prop-utf8.csv', (bom ? '\ufeff' : '') + toCsv(rows));
        const book = await readWorkbook(file);
        expect(book.encoding).toBe('utf-8');
        expect(book.sheets[0].rows).toEqual(tidy(rows));
      }),
      { numRuns: 150 },
    );
  });

  it('reads back any Thai/ASCII table written as Windows-874', async () => {
    await fc.assert(
      fc.asyncProperty(rowsArb, async (rows) => {
        const bytes = iconv.encode(toCsv(rows), 'win874');
        // Bytes that are also UTF-8 Thai ("เธก" is E0 B8 A1, the UTF-8 of "ก") cannot be told apart; real files never are.
        fc.pre(!isValidUtf8WithThai(bytes));
        const book = await readWorkbook(await writeFile('prop-874.csv', bytes));
        expect(book.sheets[0].rows).toEqual(tidy(rows));
      }),
      { numRuns: 150 },
    );
  });
});
