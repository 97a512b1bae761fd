// Tests of the xlsx report writer: the buffer is read back with exceljs and checked cell by cell
// (title block, header, number formats, bold รวม rows, merged zone headings, frozen header, A4 landscape, sheet names).

import * as ExcelJS from 'exceljs';
import { MAX_SHEET_NAME, renderXlsx, sanitiseSheetName } from '../../src/node/xlsxReport';
import type { ReportColumn, ReportDocument, ReportTable } from '../../src/core/report/types';
import { AS_OF, FORMULA_NOTE, heading, IMG_NOTE, row, subtotal, total, ZONE_16, ZONE_2 } from '../support/reportRows';

const FIGURE_COLUMNS: ReportColumn[] = [
  { header: 'จำนวน อปท. (แห่ง)', format: 'integer', width: 10 },
  { header: 'รายงานแล้ว (แห่ง)', format: 'integer', width: 10 },
  { header: 'ร้อยละที่รายงาน (%)', format: 'percent', width: 10 },
  { header: 'ยอดจำหน่าย (บาท)', format: 'money', width: 16 },
];

const districts: ReportTable = {
  sheetName: 'สรุปรายอำเภอ',
  title: 'สรุปผลการดำเนินงานตลาดนัดท้องถิ่นออนไลน์ เครือข่ายของดีบ้านเรา',
  subtitle: ['จังหวัดพะเยา', AS_OF],
  columns: [{ header: 'ที่', format: 'integer', width: 5 }, { header: 'อำเภอ', format: 'text', width: 18 }, ...FIGURE_COLUMNS],
  rows: [
    row(1, 'เมืองพะเยา', 16, 15, 93.75, 1234567.5),
    row(2, 'จุน', 7, 7, 100, 98000),
    row(3, 'เชียงคำ', 12, 8, 66.66666666666667, 250300.25),
    row(4, 'ปง', 8, 3, 37.5, null),
    total(null, 'รวมทั้งจังหวัด', 43, 33, 76.74418604651163, 1582867.75),
  ],
  footnotes: ['ร้อยละที่รายงาน = อปท. ที่รายงานแล้ว ÷ จำนวน อปท. ทั้งหมด × 100', '– หมายถึง ไม่ทราบข้อมูล'],
};

const national: ReportTable = {
  sheetName: 'สรุปรายจังหวัด',
  title: 'สรุปผลการดำเนินงานรายจังหวัด',
  subtitle: ['ทั่วประเทศ', AS_OF, 'ปีงบประมาณ 2569'],
  columns: [{ header: 'ที่', format: 'integer', width: 5 }, { header: 'จังหวัด', format: 'text', width: 18 }, ...FIGURE_COLUMNS],
  rows: [
    heading(ZONE_2),
    row(1, 'นนทบุรี', 46, 40, 86.95652173913044, 3500000),
    row(2, 'ปทุมธานี', 64, 50, 78.125, 4200000.1),
    subtotal(null, 'รวม', 110, 90, 81.81818181818181, 7700000.1),
    heading(ZONE_16),
    row(3, 'พะเยา', 73, 57, 78.08219178082192, 2112218.5),
    row(4, 'น่าน', 99, null, null, null),
    subtotal(null, 'รวม', 172, 57, 33.13953488372093, 2112218.5),
    total(null, 'รวมทั้งประเทศ', 282, 147, 52.12765957446808, 9812218.6),
  ],
  footnotes: [],
};

const nonReporters: ReportTable = {
  sheetName: 'ยังไม่รายงาน',
  title: 'อปท. ที่ยังไม่รายงานผลการดำเนินงาน',
  subtitle: ['จังหวัดพะเยา', AS_OF],
  columns: [
    { header: 'ที่', format: 'integer', width: 5 },
    { header: 'อำเภอ', format: 'text', width: 16 },
    { header: 'อปท.', format: 'text', width: 30 },
  ],
  rows: [row(1, 'เมืองพะเยา', 'อบต.บ้านใหม่'), row(2, 'ปง', 'อบต.ควร')],
  footnotes: [],
};

const problems: ReportTable = {
  sheetName: 'ปัญหาข้อมูล',
  title: 'รายการข้อมูลที่ต้องตรวจสอบ',
  subtitle: ['จังหวัดพะเยา', AS_OF],
  columns: [
    { header: 'ที่', format: 'integer', width: 5 },
    { header: 'แถว', format: 'integer', width: 6 },
    { header: 'ปัญหา', format: 'text', width: 40 },
    { header: 'ค่าที่พบ', format: 'text', width: 40 },
  ],
  rows: [
    row(1, 12, 'ลิงก์ไม่ใช่ลิงก์ของแพลตฟอร์มที่กำหนด', IMG_NOTE),
    row(2, 15, 'ยอดจำหน่ายไม่ใช่ตัวเลข', FORMULA_NOTE),
    row(3, 21, 'จำนวนผู้ค้าว่าง', null),
  ],
  footnotes: ['แก้ไขในชีตต้นฉบับแล้วตรวจสอบใหม่'],
};

const DOC: ReportDocument = {
  title: 'รายงานตลาดนัดท้องถิ่นออนไลน์ เครือข่ายของดีบ้านเรา จังหวัดพะเยา',
  tables: [districts, national, nonReporters, problems],
  charts: [{ title: 'ยอดจำหน่ายรายอำเภอ', categories: ['เมืองพะเยา'], values: [1234567.5], format: 'money', unit: 'บาท' }],
  attribution: 'ที่มา: กรมส่งเสริมการปกครองท้องถิ่น กระทรวงมหาดไทย ประมวลผลโดย khongdee',
};

async function readBack(doc: ReportDocument): Promise<ExcelJS.Workbook> {
  const buffer = await renderXlsx(doc);
  expect(Buffer.isBuffer(buffer)).toBe(true);
  // an xlsx is a zip file
  expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

let book: ExcelJS.Workbook;
beforeAll(async () => {
  book = await readBack(DOC);
});

function sheet(name: string): ExcelJS.Worksheet {
  const ws = book.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The merged range a cell belongs to, as "A1:F1", or undefined when not merged. */
function mergeOf(ws: ExcelJS.Worksheet, address: string): string | undefined {
  const cell = ws.getCell(address);
  if (!cell.isMerged) return undefined;
  const master = cell.master;
  let end = master;
  ws.eachRow({ includeEmpty: true }, (r) =>
    r.eachCell({ includeEmpty: true }, (c) => {
      if (c.isMerged && c.master === master) end = c;
    }),
  );
  return `${master.address}:${end.address}`;
}

const HEADER_ROW = 5; // title, two subtitle lines, blank row

describe('renderXlsx: workbook', () => {
  it('has one sheet per table, named by sheetName, and the document properties', () => {
    expect(book.worksheets.map((ws) => ws.name)).toEqual(['สรุปรายอำเภอ', 'สรุปรายจังหวัด', 'ยังไม่รายงาน', 'ปัญหาข้อมูล']);
    expect(book.title).toBe(DOC.title);
    expect(book.creator).toBe('khongdee');
  });
});

describe('renderXlsx: the district table', () => {
  it('writes the title block: bold larger title merged and centred across the columns, subtitle lines, a blank row', () => {
    const ws = sheet('สรุปรายอำเภอ');
    const title = ws.getCell('A1');
    expect(title.value).toBe(districts.title);
    expect(title.font.bold).toBe(true);
    expect(title.font.size).toBeGreaterThan(ws.getCell('A2').font.size!);
    expect(title.alignment.horizontal).toBe('center');
    expect(mergeOf(ws, 'A1')).toBe('A1:F1');
    expect(ws.getCell('A2').value).toBe('จังหวัดพะเยา');
    expect(ws.getCell('A3').value).toBe(AS_OF);
    expect(mergeOf(ws, 'A3')).toBe('A3:F3');
    expect(ws.getCell('A3').alignment.horizontal).toBe('center');
    expect(ws.getRow(4).values).toEqual([]);
  });

  it('writes the header row bold, wrapped, centred, bordered and filled; column widths from the model', () => {
    const ws = sheet('สรุปรายอำเภอ');
    const header = ws.getRow(HEADER_ROW);
    districts.columns.forEach((column, i) => {
      const cell = header.getCell(i + 1);
      expect(cell.value).toBe(column.header);
      expect(cell.font.bold).toBe(true);
      expect(cell.alignment).toMatchObject({ horizontal: 'center', wrapText: true });
      expect(cell.border.top?.style).toBe('thin');
      expect(cell.border.bottom?.style).toBe('thin');
      expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
      expect(ws.getColumn(i + 1).width).toBe(column.width);
    });
  });

  it('writes numbers as numbers with #,##0 / #,##0.00 / 0.0, and unknown as a centred –', () => {
    const ws = sheet('สรุปรายอำเภอ');
    const first = ws.getRow(HEADER_ROW + 1);
    expect([1, 2, 3, 4, 5, 6].map((c) => first.getCell(c).value)).toEqual([1, 'เมืองพะเยา', 16, 15, 93.75, 1234567.5]);
    expect(first.getCell(1).numFmt).toBe('#,##0');
    expect(first.getCell(3).numFmt).toBe('#,##0');
    expect(first.getCell(5).numFmt).toBe('0.0');
    expect(first.getCell(6).numFmt).toBe('#,##0.00');
    expect(first.getCell(6).type).toBe(ExcelJS.ValueType.Number);
    expect(first.getCell(2).border.left?.style).toBe('thin');
    expect(first.getCell(1).font?.bold).toBeFalsy();
    const pong = ws.getRow(HEADER_ROW + 4);
    expect(pong.getCell(6).value).toBe('–');
    expect(pong.getCell(6).alignment.horizontal).toBe('center');
    expect(pong.getCell(6).border.right?.style).toBe('thin');
  });

  it('writes the total row bold and filled', () => {
    const ws = sheet('สรุปรายอำเภอ');
    const totalRow = ws.getRow(HEADER_ROW + 5);
    expect(totalRow.getCell(2).value).toBe('รวมทั้งจังหวัด');
    expect(totalRow.getCell(6).value).toBe(1582867.75);
    for (let c = 1; c <= 6; c++) {
      expect(totalRow.getCell(c).font.bold).toBe(true);
      expect(totalRow.getCell(c).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    }
    expect(totalRow.getCell(1).value).toBe('–');
  });

  it('writes the footnotes after the table and the attribution last', () => {
    const ws = sheet('สรุปรายอำเภอ');
    const last = HEADER_ROW + districts.rows.length;
    expect(ws.getRow(last + 1).values).toEqual([]);
    expect(ws.getCell(`A${last + 2}`).value).toBe(districts.footnotes[0]);
    expect(ws.getCell(`A${last + 3}`).value).toBe(districts.footnotes[1]);
    expect(ws.getCell(`A${last + 5}`).value).toBe(DOC.attribution);
    expect(ws.rowCount).toBe(last + 5);
  });

  it('freezes the header row and sets up A4 landscape, one page wide, repeating the header', () => {
    const ws = sheet('สรุปรายอำเภอ');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 });
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    expect(ws.pageSetup.printTitlesRow).toBe(`${HEADER_ROW}:${HEADER_ROW}`);
  });
});

describe('renderXlsx: the national table', () => {
  const header = HEADER_ROW + 1; // three subtitle lines

  it('merges zone heading rows across all columns, bold', () => {
    const ws = sheet('สรุปรายจังหวัด');
    expect(ws.getCell(`A${header + 1}`).value).toBe(ZONE_2);
    expect(mergeOf(ws, `A${header + 1}`)).toBe(`A${header + 1}:F${header + 1}`);
    expect(ws.getCell(`A${header + 1}`).font.bold).toBe(true);
    expect(ws.getCell(`A${header + 5}`).value).toBe(ZONE_16);
    expect(mergeOf(ws, `A${header + 5}`)).toBe(`A${header + 5}:F${header + 5}`);
    // a normal row is not merged
    expect(mergeOf(ws, `A${header + 2}`)).toBeUndefined();
  });

  it('writes subtotal and total rows bold with a fill, and keeps the unknowns of a province that did not report', () => {
    const ws = sheet('สรุปรายจังหวัด');
    for (const r of [header + 4, header + 8, header + 9]) {
      const cells = [1, 2, 3, 4, 5, 6].map((c) => ws.getCell(r, c));
      for (const cell of cells) expect(cell.font.bold).toBe(true);
      expect((cells[2].fill as ExcelJS.FillPattern).fgColor?.argb).toBeDefined();
    }
    // the grand total is darker than a subtotal
    const subFill = (ws.getCell(header + 4, 3).fill as ExcelJS.FillPattern).fgColor!.argb!;
    const totalFill = (ws.getCell(header + 9, 3).fill as ExcelJS.FillPattern).fgColor!.argb!;
    expect(parseInt(totalFill.slice(2, 4), 16)).toBeLessThan(parseInt(subFill.slice(2, 4), 16));
    expect(ws.getCell(header + 4, 2).value).toBe('รวม');
    expect(ws.getCell(header + 4, 6).value).toBe(7700000.1);
    expect(ws.getCell(header + 9, 6).value).toBe(9812218.6);
    expect([3, 4, 5, 6].map((c) => ws.getCell(header + 7, c).value)).toEqual([99, '–', '–', '–']);
    expect(ws.getCell(header + 2, 2).font.bold).toBeFalsy();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
  });
});

describe('renderXlsx: user text', () => {
  it('stores a formula-looking note as a plain string, never a formula', () => {
    const ws = sheet('ปัญหาข้อมูล');
    const formula = ws.getCell(HEADER_ROW + 2, 4);
    expect(formula.value).toBe(FORMULA_NOTE);
    expect(formula.type).toBe(ExcelJS.ValueType.String);
    expect(formula.formula).toBeUndefined();
    const img = ws.getCell(HEADER_ROW + 1, 4);
    expect(img.value).toBe(IMG_NOTE);
    expect(img.type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell(HEADER_ROW + 3, 4).value).toBe('–');
  });

  it('lists the non-reporters', () => {
    const ws = sheet('ยังไม่รายงาน');
    expect(ws.getRow(HEADER_ROW + 1).values).toEqual([undefined, 1, 'เมืองพะเยา', 'อบต.บ้านใหม่']);
    expect(ws.getRow(HEADER_ROW + 2).values).toEqual([undefined, 2, 'ปง', 'อบต.ควร']);
    expect(mergeOf(ws, 'A1')).toBe('A1:C1');
  });
});

describe('sheet names', () => {
  it('cuts a name longer than 31 characters, replaces []:*?/\\ and keeps names unique', async () => {
    const long = 'สรุปผลการดำเนินงานรายอำเภอของจังหวัดพะเยาทั้งหมด';
    expect(long.length).toBeGreaterThan(MAX_SHEET_NAME);
    const wb = await readBack({
      ...DOC,
      tables: [
        { ...nonReporters, sheetName: long },
        { ...nonReporters, sheetName: long },
        { ...nonReporters, sheetName: 'ไตรมาส 1/2569 [ร่าง]: ต.ค.*?\\' },
        { ...nonReporters, sheetName: "'History'" },
        { ...nonReporters, sheetName: '   ' },
      ],
    });
    const names = wb.worksheets.map((ws) => ws.name);
    expect(names[0]).toBe(long.slice(0, MAX_SHEET_NAME));
    expect(names[1].length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(names[1].endsWith(' (2)')).toBe(true);
    expect(names[2]).toBe('ไตรมาส 1-2569 -ร่าง-- ต.ค.---');
    expect(names[3]).toBe('History-');
    expect(names[4]).toBe('Sheet');
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
      expect(name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('never cuts a surrogate pair in half', () => {
    const name = `${'ก'.repeat(30)}😀`;
    expect(sanitiseSheetName(name)).toBe('ก'.repeat(30));
  });

  it('still writes a sheet when the document has no table', async () => {
    const wb = await readBack({ ...DOC, tables: [] });
    expect(wb.worksheets.length).toBe(1);
    expect(wb.worksheets[0].getCell('A1').value).toBe(DOC.title);
  });
});
