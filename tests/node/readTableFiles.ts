// The readTable tests' temporary folder (made before a test file's tests, removed after them), files written into it,
// and the report workbook several of them read.

import { promises as fs } from 'node:fs';
import * as ExcelJS from 'exceljs';
import { type TempDir, tempDir } from '../support/tempDir';

export interface ReadTableFiles {
  /** the folder */
  dir(): string;
  /** a new path in the folder, numbered so that no two are the same, ending in name */
  path(name: string): string;
  /** writes content to a new path and returns the path */
  write(name: string, content: string | Uint8Array): Promise<string>;
}

/** Call at the top of a test file: the folder exists while its tests run. */
export function readTableFiles(): ReadTableFiles {
  let tmp: TempDir;
  let counter = 0;
  beforeAll(() => {
    tmp = tempDir();
  });
  afterAll(() => {
    tmp.cleanup();
  });
  const path = (name: string) => tmp.path(`${counter++}-${name}`);
  return {
    dir: () => tmp.dir,
    path,
    write: async (name, content) => {
      const file = path(name);
      await fs.writeFile(file, content);
      return file;
    },
  };
}

/** A report sheet with title lines, a merged two-row header and data rows of every cell kind, a hidden and an empty sheet. */
export async function buildReportXlsx(files: ReadTableFiles): Promise<string> {
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

  const file = files.path('report.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}
