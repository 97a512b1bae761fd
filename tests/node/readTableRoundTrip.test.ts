// Property tests of readWorkbook on csv: any table of Thai and ASCII text written as UTF-8 or Windows-874 reads back as
// getValues() would give it.

import fc from 'fast-check';
import iconv from 'iconv-lite';
import { readWorkbook } from '../../src/node/readTable';
import { readTableFiles } from './readTableFiles';

const files = readTableFiles();

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
        const file = await files.write('prop-utf8.csv', (bom ? '\ufeff' : '') + toCsv(rows));
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
        const book = await readWorkbook(await files.write('prop-874.csv', bytes));
        expect(book.sheets[0].rows).toEqual(tidy(rows));
      }),
      { numRuns: 150 },
    );
  });
});
