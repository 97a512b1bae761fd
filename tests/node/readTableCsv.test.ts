// Tests of reading csv and text files with readWorkbook: UTF-8, Windows-874 and UTF-16 text, quoted fields, delimiters,
// no type inference, and ragged rows.

import iconv from 'iconv-lite';
import { readWorkbook } from '../../src/node/readTable';
import { readTableFiles } from './readTableFiles';

const files = readTableFiles();

const THAI_CSV = 'ที่,อำเภอ,อปท.,รายรับ (บาท)\r\n1,เมืองพะเยา,อบต.บ้านใหม่,"1,500"\r\n2,แม่ใจ,ทต.แม่ใจ,๒๐๐\r\n';
const THAI_ROWS = [
  ['ที่', 'อำเภอ', 'อปท.', 'รายรับ (บาท)'],
  ['1', 'เมืองพะเยา', 'อบต.บ้านใหม่', '1,500'],
  ['2', 'แม่ใจ', 'ทต.แม่ใจ', '๒๐๐'],
];

describe('readWorkbook: csv', () => {
  it('reads UTF-8 with a BOM, strips the BOM, names the sheet after the file', async () => {
    const book = await readWorkbook(await files.write('พะเยา.csv', `\ufeff${THAI_CSV}`));
    expect(book.format).toBe('csv');
    expect(book.encoding).toBe('utf-8');
    expect(book.sheets).toHaveLength(1);
    expect(book.sheets[0].name).toMatch(/พะเยา$/);
    expect(book.sheets[0].rows).toEqual(THAI_ROWS);
  });

  it('reads UTF-8 without a BOM, and .txt files', async () => {
    const book = await readWorkbook(await files.write('report.txt', THAI_CSV));
    expect(book.encoding).toBe('utf-8');
    expect(book.sheets[0].rows).toEqual(THAI_ROWS);
  });

  it('reads Windows-874 (Thai Excel) exactly', async () => {
    const book = await readWorkbook(await files.write('win874.csv', iconv.encode(THAI_CSV, 'win874')));
    expect(book.encoding).toBe('windows-874');
    expect(book.sheets[0].rows).toEqual(THAI_ROWS);
  });

  it('reads short Windows-874 Thai that is also valid UTF-8 as Thai', async () => {
    const book = await readWorkbook(await files.write('short.csv', iconv.encode('รก,เกก\r\n', 'win874')));
    expect(book.encoding).toBe('windows-874');
    expect(book.sheets[0].rows).toEqual([['รก', 'เกก']]);
  });

  it('reads UTF-16 with a BOM (Excel "Unicode text", tab separated), both byte orders', async () => {
    const tsv = THAI_CSV.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, '\t');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]);
    const bookLe = await readWorkbook(await files.write('unicode.txt', le));
    expect(bookLe.encoding).toBe('utf-16le');
    expect(bookLe.sheets[0].rows).toEqual(THAI_ROWS);

    const be = Buffer.from(le);
    be.swap16();
    const bookBe = await readWorkbook(await files.write('unicode-be.txt', be));
    expect(bookBe.encoding).toBe('utf-16be');
    expect(bookBe.sheets[0].rows).toEqual(THAI_ROWS);
  });

  it('keeps quoted commas, quotes and new lines inside fields', async () => {
    const csv = 'ชื่อ,หมายเหตุ\r\n"อบต.ก, อ.เมือง","บรรทัดแรก\r\nบรรทัดสอง"\r\n"เขา ""ว่า""",5" จอ\r\n';
    const rows = (await readWorkbook(await files.write('quoted.csv', csv))).sheets[0].rows;
    expect(rows).toEqual([
      ['ชื่อ', 'หมายเหตุ'],
      ['อบต.ก, อ.เมือง', 'บรรทัดแรก\r\nบรรทัดสอง'],
      ['เขา "ว่า"', '5" จอ'],
    ]);
  });

  it('reads a CSV that happens to start with the letters PK (a zip signature begins PK)', async () => {
    const rows = (await readWorkbook(await files.write('pk.csv', 'PK,ชื่อ\r\n1,ก\r\n'))).sheets[0].rows;
    expect(rows).toEqual([
      ['PK', 'ชื่อ'],
      ['1', 'ก'],
    ]);
  });

  it('never infers types: numbers, dates and booleans stay text', async () => {
    const csv = 'a,b,c,d\r\n"1,500",1500,1/10/2568,TRUE\r\n';
    const rows = (await readWorkbook(await files.write('types.csv', csv))).sheets[0].rows;
    expect(rows[1]).toEqual(['1,500', '1500', '1/10/2568', 'TRUE']);
  });

  it('detects semicolon and tab delimiters, even with commas in the data', async () => {
    const semi = 'ที่;อปท.;รายรับ\r\n1;อบต.ก;1,500\r\n2;อบต.ข;2,000\r\n';
    expect((await readWorkbook(await files.write('semi.csv', semi))).sheets[0].rows).toEqual([
      ['ที่', 'อปท.', 'รายรับ'],
      ['1', 'อบต.ก', '1,500'],
      ['2', 'อบต.ข', '2,000'],
    ]);
    const tab = 'ที่\tอปท.\tรายรับ\n1\tอบต.ก\t1,500\n';
    expect((await readWorkbook(await files.write('tab.txt', tab))).sheets[0].rows).toEqual([
      ['ที่', 'อปท.', 'รายรับ'],
      ['1', 'อบต.ก', '1,500'],
    ]);
    const comma = 'ที่,หมายเหตุ\r\n1,ก; ข\r\n2,ค; ง\r\n';
    expect((await readWorkbook(await files.write('comma.csv', comma))).sheets[0].rows[1]).toEqual(['1', 'ก; ข']);
  });

  it('pads ragged rows to the used width, keeps blank lines inside, drops trailing empty rows', async () => {
    const csv = 'รายงาน\r\n\r\nที่,ชื่อ,,\r\n1,ก,ข\r\n,,\r\n\r\n';
    expect((await readWorkbook(await files.write('ragged.csv', csv))).sheets[0].rows).toEqual([
      ['รายงาน', '', ''],
      ['', '', ''],
      ['ที่', 'ชื่อ', ''],
      ['1', 'ก', 'ข'],
    ]);
  });
});
