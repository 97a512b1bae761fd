// Tests of readWorkbook's file problems: missing, empty, binary, unsupported and damaged files each become a FileProblem
// with a Thai and English message.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { FileProblem, type FileProblemCode, readWorkbook } from '../../src/node/readTable';
import { buildReportXlsx, readTableFiles } from './readTableFiles';

const files = readTableFiles();

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

describe('readWorkbook: file problems', () => {
  it('reports a missing file', async () => {
    const problem = await expectProblem(path.join(files.dir(), 'ไม่มี.xlsx'), 'FILE_NOT_FOUND');
    expect(problem.text.th).toContain('ไม่พบไฟล์');
    expect(problem.text.th).toContain('ไม่มี.xlsx');
  });

  it('reports a folder given as a file', async () => {
    await expectProblem(files.dir(), 'FILE_UNREADABLE');
  });

  it('reports empty files: no bytes, a BOM only, whitespace only, delimiters only', async () => {
    await expectProblem(await files.write('empty.csv', ''), 'FILE_EMPTY');
    await expectProblem(await files.write('empty.xlsx', ''), 'FILE_EMPTY');
    await expectProblem(await files.write('bom.csv', new Uint8Array([0xef, 0xbb, 0xbf])), 'FILE_EMPTY');
    await expectProblem(await files.write('bom16.csv', new Uint8Array([0xff, 0xfe])), 'FILE_EMPTY');
    await expectProblem(await files.write('blank.csv', ' \r\n\r\n\t\n'), 'FILE_EMPTY');
    await expectProblem(await files.write('commas.csv', ',,,\r\n,,,\r\n'), 'FILE_EMPTY');
  });

  it('reports an xlsx whose sheets hold no values as empty', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('C3').numFmt = '0.00';
    const file = files.path('blank.xlsx');
    await wb.xlsx.writeFile(file);
    await expectProblem(file, 'FILE_EMPTY');
  });

  it('reports binary content', async () => {
    const random = new Uint8Array(2048);
    for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 256;
    await expectProblem(await files.write('random.csv', random), 'FILE_BINARY');
    await expectProblem(await files.write('nul.txt', 'ที่,ชื่อ\n1,\u0000\u0000\n'), 'FILE_BINARY');
    await expectProblem(
      await files.write('controls.csv', '\u0001\u0002\u0003\u0004a,b\u0005\u0006\u0007\u0008'),
      'FILE_BINARY',
    );
  });

  it('asks for .xlsx or .csv instead of an old .xls (or a password-protected workbook)', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]);
    const problem = await expectProblem(await files.write('old.xls', ole), 'FILE_UNSUPPORTED');
    expect(problem.text.th).toContain('.xlsx');
    expect(problem.text.en).toContain('.xlsx');
    await expectProblem(await files.write('locked.xlsx', ole), 'FILE_UNSUPPORTED');
    await expectProblem(
      await files.write('html.xls', '<html><table><tr><td>1</td></tr></table></html>'),
      'FILE_UNSUPPORTED',
    );
  });

  it('reports other file types as unsupported', async () => {
    await expectProblem(await files.write('report.pdf', '%PDF-1.4 ...'), 'FILE_UNSUPPORTED');
  });

  it('reports a .xlsx that is not a zip, and a damaged zip, as unreadable', async () => {
    const notZip = await expectProblem(await files.write('renamed.xlsx', 'ที่,ชื่อ\n1,ก\n'), 'FILE_UNREADABLE');
    expect(notZip.text.en).toContain('.xlsx');
    const good = await fs.readFile(await buildReportXlsx(files));
    await expectProblem(await files.write('truncated.xlsx', good.subarray(0, good.length >> 1)), 'FILE_UNREADABLE');
    const garbage = new Uint8Array(200).fill(0x41);
    garbage.set([0x50, 0x4b, 0x03, 0x04]);
    await expectProblem(await files.write('garbage.xlsx', garbage), 'FILE_UNREADABLE');
  });

  it('reads an xlsx by its content even when misnamed', async () => {
    const good = await fs.readFile(await buildReportXlsx(files));
    const book = await readWorkbook(await files.write('download', good));
    expect(book.format).toBe('xlsx');
  });

  it('reports a CSV with an unmatched quote at the line where the quote opens', async () => {
    const problem = await expectProblem(
      await files.write('quote.csv', 'a,b\r\nc,d\r\ne,"f\r\ng,h\r\n'),
      'FILE_UNREADABLE',
    );
    expect(problem.text.th).toContain('บรรทัด 3');
    expect(problem.text.en).toContain('line 3');
  });
});
