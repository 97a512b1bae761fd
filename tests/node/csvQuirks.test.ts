// Pins what the CSV reader gives for the shapes real files take: line endings, BOMs, quoting (well-formed and not),
// blank lines, ragged rows with one-cell title lines, and a Thai TIS-620 file; each read through readWorkbook.

import { promises as fs } from 'node:fs';
import iconv from 'iconv-lite';
import { FileProblem, readWorkbook } from '../../src/node/readTable';
import { tempDir } from '../support/tempDir';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
let counter = 0;

async function rowsOf(content: string | Uint8Array): Promise<unknown[][]> {
  const file = tmp.path(`${counter++}.csv`);
  await fs.writeFile(file, content);
  return (await readWorkbook(file)).sheets[0].rows;
}

describe('csv reader: line endings and BOM', () => {
  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR', '\r'],
  ])('reads %s line endings', async (_name, eol) => {
    expect(await rowsOf(['ที่,ชื่อ', '1,ก', '2,ข', ''].join(eol))).toEqual([
      ['ที่', 'ชื่อ'],
      ['1', 'ก'],
      ['2', 'ข'],
    ]);
  });

  it('strips a UTF-8 BOM, so the first header cell reads as written', async () => {
    const rows = await rowsOf('\ufeffลำดับ,อำเภอ\r\n1,เมือง\r\n');
    expect(rows[0]).toEqual(['ลำดับ', 'อำเภอ']);
  });

  it('reads a Thai TIS-620 file (the code page Windows-874 extends)', async () => {
    const rows = await rowsOf(iconv.encode('อำเภอ,รายรับ (บาท)\r\nเมืองพะเยา,"๑,๕๐๐"\r\n', 'tis620'));
    expect(rows).toEqual([
      ['อำเภอ', 'รายรับ (บาท)'],
      ['เมืองพะเยา', '๑,๕๐๐'],
    ]);
  });
});

describe('csv reader: well-formed quoting', () => {
  it('keeps quoted commas, doubled quotes and quoted line breaks of every kind', async () => {
    const csv = 'a,b\n"1,500","เขา ""ว่า"""\n"บรรทัด\r\nสอง","x\ny"\n"",""""\n';
    expect(await rowsOf(csv)).toEqual([
      ['a', 'b'],
      ['1,500', 'เขา "ว่า"'],
      ['บรรทัด\r\nสอง', 'x\ny'],
      ['', '"'],
    ]);
  });

  it('reads a quote inside an unquoted field as text (5" screen)', async () => {
    expect(await rowsOf('a,b\r\n5" จอ,x"y"\r\n')).toEqual([
      ['a', 'b'],
      ['5" จอ', 'x"y"'],
    ]);
  });
});

describe('csv reader: malformed quotes', () => {
  it('reads a field whose closing quote is followed by text as written, quotes included', async () => {
    expect(await rowsOf('a,b\r\n"a"b,c\r\nd,e\r\n')).toEqual([
      ['a', 'b'],
      ['"a"b', 'c'],
      ['d', 'e'],
    ]);
    expect(await rowsOf('a,b\r\n"x "y" z",c\r\n')).toEqual([
      ['a', 'b'],
      ['"x "y" z"', 'c'],
    ]);
  });

  it('drops spaces between a closing quote and the delimiter', async () => {
    expect(await rowsOf('a,b\r\n"a" ,c\r\n"d"  \r\n')).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['d', ''],
    ]);
  });

  it('does not let a malformed field swallow the rows after it', async () => {
    expect(await rowsOf('a,b\r\n"a"b,"c"d\r\n"e"f,g\r\nh,"i,j"\r\n')).toEqual([
      ['a', 'b'],
      ['"a"b', '"c"d'],
      ['"e"f', 'g'],
      ['h', 'i,j'],
    ]);
  });

  it('reads malformed quotes in a tab-separated file the same way', async () => {
    expect(await rowsOf('a\tb\tc\r\n"a"b\t"c"\td\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['"a"b', 'c', 'd'],
    ]);
  });

  it('reports a quote that never closes at its line, after a malformed field too', async () => {
    for (const [csv, line] of [
      ['a,b\r\nc,d\r\ne,"f\r\ng,h\r\n', 3],
      ['a,b\r\n"a"b,c\r\nd,"e\r\n', 3],
    ] as const) {
      const error = await rowsOf(csv).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(FileProblem);
      expect((error as FileProblem).code).toBe('FILE_UNREADABLE');
      expect((error as FileProblem).text.en).toContain(`line ${line}`);
    }
  });
});

describe('csv reader: shape', () => {
  it('pads one-cell title lines and ragged rows to the used width, keeping blank lines inside', async () => {
    const csv = '"แบบรายงานผล ""ของดีบ้านเรา"""\r\nจังหวัดพะเยา\r\n\r\nที่,อำเภอ,ผลการดำเนินงาน,\r\n,,ครั้ง,รายรับ\r\n1,เมือง\r\n';
    expect(await rowsOf(csv)).toEqual([
      ['แบบรายงานผล "ของดีบ้านเรา"', '', '', ''],
      ['จังหวัดพะเยา', '', '', ''],
      ['', '', '', ''],
      ['ที่', 'อำเภอ', 'ผลการดำเนินงาน', ''],
      ['', '', 'ครั้ง', 'รายรับ'],
      ['1', 'เมือง', '', ''],
    ]);
  });

  it('drops trailing empty cells beyond the used width and trailing empty rows, with or without a final line break', async () => {
    expect(await rowsOf('a,b,,\r\n1,,,\r\n,,,\r\n\r\n')).toEqual([
      ['a', 'b'],
      ['1', ''],
    ]);
    expect(await rowsOf('a,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
