// Tests of the xlsx report writer: the buffer is read back with exceljs and checked cell by cell
// (title block, header, number formats, bold รวม rows, merged zone headings, frozen header, A4 landscape, sheet names).

import * as ExcelJS from 'exceljs';
import type { ReportDocument, ReportTable } from '../../src/core/report/types';
import { excelWidth } from '../../src/node/xlsxLayout';
import { MAX_SHEET_NAME, renderXlsx, sanitiseSheetName } from '../../src/node/xlsxReport';
import {
  AS_OF,
  DOC,
  districts,
  FORMULA_NOTE,
  IMG_NOTE,
  national,
  nonReporters,
  problems,
  ZONE_2,
  ZONE_16,
} from '../support/reportDocument';

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

/** The row of a table's header: after the title, its subtitle lines and a blank row. */
const headerRow = (table: ReportTable): number => table.subtitle.length + 3;

describe('renderXlsx: workbook', () => {
  it('has one sheet per table, named by sheetName, and the document properties', () => {
    expect(book.worksheets.map((ws) => ws.name)).toEqual(['สรุปรายอำเภอ', 'สรุปรายจังหวัด', 'ยังไม่รายงาน', 'ปัญหาข้อมูล']);
    expect(book.title).toBe(DOC.title);
    expect(book.creator).toBe('khongdee');
  });
});

describe('renderXlsx: the district table', () => {
  const HEADER_ROW = headerRow(districts); // three subtitle lines

  it('writes the title block: bold larger title merged and centred across the columns, subtitle lines, a blank row', () => {
    const ws = sheet('สรุปรายอำเภอ');
    const title = ws.getCell('A1');
    expect(title.value).toBe(districts.title);
    expect(title.font.bold).toBe(true);
    expect(title.font.size).toBeGreaterThan(ws.getCell('A2').font.size!);
    expect(title.alignment.horizontal).toBe('center');
    expect(mergeOf(ws, 'A1')).toBe('A1:H1');
    expect(ws.getCell('A2').value).toBe('จังหวัดพะเยา');
    expect(ws.getCell('A3').value).toBe(AS_OF);
    expect(mergeOf(ws, 'A3')).toBe('A3:H3');
    expect(ws.getCell('A3').alignment.horizontal).toBe('center');
    expect(ws.getRow(HEADER_ROW - 1).values).toEqual([]);
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
      expect(ws.getColumn(i + 1).width).toBe(excelWidth(column.width));
    });
  });

  it('writes numbers as numbers with #,##0 / #,##0.00 / 0.0, and unknown as a centred –', () => {
    const ws = sheet('สรุปรายอำเภอ');
    const first = ws.getRow(HEADER_ROW + 1);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((c) => first.getCell(c).value)).toEqual([
      1,
      'เมืองพะเยา',
      16,
      15,
      93.75,
      48,
      1234567.5,
      312,
    ]);
    expect(first.getCell(1).numFmt).toBe('#,##0');
    expect(first.getCell(3).numFmt).toBe('#,##0');
    expect(first.getCell(5).numFmt).toBe('0.0');
    expect(first.getCell(7).numFmt).toBe('#,##0.00');
    expect(first.getCell(7).type).toBe(ExcelJS.ValueType.Number);
    expect(first.getCell(2).border.left?.style).toBe('thin');
    expect(first.getCell(1).font?.bold).toBeFalsy();
    const pong = ws.getRow(HEADER_ROW + 6);
    expect(pong.getCell(2).value).toBe('ปง');
    expect(pong.getCell(7).value).toBe('–');
    expect(pong.getCell(7).alignment.horizontal).toBe('center');
    expect(pong.getCell(7).border.right?.style).toBe('thin');
  });

  it('writes the total row bold and filled', () => {
    const ws = sheet('สรุปรายอำเภอ');
    const totalRow = ws.getRow(HEADER_ROW + 10);
    expect(totalRow.getCell(2).value).toBe('รวมทั้งจังหวัด');
    expect(totalRow.getCell(7).value).toBe(2112218.5);
    for (let c = 1; c <= 8; c++) {
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
  const header = headerRow(national); // two subtitle lines

  it('merges zone heading rows across all columns, bold', () => {
    const ws = sheet('สรุปรายจังหวัด');
    expect(ws.getCell(`A${header + 1}`).value).toBe(ZONE_2);
    expect(mergeOf(ws, `A${header + 1}`)).toBe(`A${header + 1}:H${header + 1}`);
    expect(ws.getCell(`A${header + 1}`).font.bold).toBe(true);
    expect(ws.getCell(`A${header + 5}`).value).toBe(ZONE_16);
    expect(mergeOf(ws, `A${header + 5}`)).toBe(`A${header + 5}:H${header + 5}`);
    // a normal row is not merged
    expect(mergeOf(ws, `A${header + 2}`)).toBeUndefined();
  });

  it('writes subtotal and total rows bold with a fill, and keeps the unknowns of a province that did not report', () => {
    const ws = sheet('สรุปรายจังหวัด');
    for (const r of [header + 4, header + 9, header + 10]) {
      const cells = [1, 2, 3, 4, 5, 6, 7, 8].map((c) => ws.getCell(r, c));
      for (const cell of cells) expect(cell.font.bold).toBe(true);
      expect((cells[2].fill as ExcelJS.FillPattern).fgColor?.argb).toBeDefined();
    }
    // the grand total is darker than a subtotal
    const subFill = (ws.getCell(header + 4, 3).fill as ExcelJS.FillPattern).fgColor!.argb!;
    const totalFill = (ws.getCell(header + 10, 3).fill as ExcelJS.FillPattern).fgColor!.argb!;
    expect(parseInt(totalFill.slice(2, 4), 16)).toBeLessThan(parseInt(subFill.slice(2, 4), 16));
    expect(ws.getCell(header + 4, 2).value).toBe('รวม');
    expect(ws.getCell(header + 4, 7).value).toBe(7700000.1);
    expect(ws.getCell(header + 10, 7).value).toBe(14912218.6);
    expect([3, 4, 5, 6, 7, 8].map((c) => ws.getCell(header + 8, c).value)).toEqual([99, '–', '–', '–', '–', '–']);
    expect(ws.getCell(header + 2, 2).font.bold).toBeFalsy();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
  });
});

describe('renderXlsx: user text', () => {
  it('stores a formula-looking note as a plain string, never a formula', () => {
    const ws = sheet('ปัญหาข้อมูล');
    const HEADER_ROW = headerRow(problems);
    const formula = ws.getCell(HEADER_ROW + 2, 5);
    expect(formula.value).toBe(FORMULA_NOTE);
    expect(formula.type).toBe(ExcelJS.ValueType.String);
    expect(formula.formula).toBeUndefined();
    const img = ws.getCell(HEADER_ROW + 1, 5);
    expect(img.value).toBe(IMG_NOTE);
    expect(img.type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell(HEADER_ROW + 3, 5).value).toBe('–');
  });

  it('lists the non-reporters', () => {
    const ws = sheet('ยังไม่รายงาน');
    const HEADER_ROW = headerRow(nonReporters);
    expect(ws.getRow(HEADER_ROW + 1).values).toEqual([undefined, 1, 'เมืองพะเยา', 'อบต.บ้านใหม่']);
    expect(ws.getRow(HEADER_ROW + 2).values).toEqual([undefined, 2, 'เชียงคำ', 'ทต.เชียงบาน']);
    expect(ws.getRow(HEADER_ROW + 3).values).toEqual([undefined, 3, 'ปง', 'อบต.ควร']);
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
