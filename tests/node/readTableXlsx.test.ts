// Tests of reading xlsx files with readWorkbook: every worksheet in order, and title lines, a merged header and rich,
// formula, hyperlink, date, error and boolean cells read as getValues() gives them.

import type { CellValue } from '../../src/core/cell';
import { getSheet, readWorkbook, type Workbook } from '../../src/node/readTable';
import { buildReportXlsx, readTableFiles } from './readTableFiles';

const files = readTableFiles();

const date = (year: number, month: number, day: number): CellValue => ({ kind: 'date', year, month, day });

describe('readWorkbook: xlsx', () => {
  let book: Workbook;
  beforeAll(async () => {
    book = await readWorkbook(await buildReportXlsx(files));
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
