// A count typed with its own column's unit (`4 คลิป`, `20ผลิตภัณฑ์`, `๓ ครั้ง`, `2 กลุ่ม`) is read as the number, in any
// form; another column's unit is not, unless it is one of the units every number column understands (บาท, ครั้ง, คน…).

import type { CellValue } from '../../src/core/cell';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { detectHeader } from '../../src/core/form/headers';
import { OTOP_MARKETER } from '../../src/core/form/otopMarketer';
import type { FormSpec } from '../../src/core/form/types';
import { parseNumber, unitWords } from '../../src/core/normalise/numbers';
import type { ProblemDraft } from '../../src/core/validate/problemDrafts';
import { readNumber, readParsedNumber } from '../../src/core/validate/readCells';
import { type Located, locateColumns } from '../../src/core/validate/sheetColumns';

function numberColumns(form: FormSpec): Map<string, Located> {
  const detected = detectHeader([form.columns.map((c) => c.header)], form);
  if (!detected.ok) throw new Error(`header of ${form.id}`);
  return new Map(locateColumns(form, detected.header).located.map((c) => [c.key, c]));
}

const DLA = numberColumns(DLA_ONLINE_MARKET);
const OTOP = numberColumns(OTOP_MARKETER);

/** The figure read (money in satang) and the codes of the problems, as validation reads the cell. */
function read(columns: Map<string, Located>, key: string, value: CellValue): [number | null, string[]] {
  const col = columns.get(key);
  if (col === undefined) throw new Error(key);
  const found: ProblemDraft[] = [];
  const got = readNumber(col, value, found);
  return [got, found.map((p) => p.code)];
}

describe('unitWords', () => {
  test('is the whole unit and each of its words, longest first', () => {
    expect(unitWords('กลุ่ม/ราย/ชุมชน')).toEqual(['กลุ่ม/ราย/ชุมชน', 'กลุ่ม', 'ชุมชน', 'ราย']);
    expect(unitWords('ผลิตภัณฑ์หรือชุมชน')).toEqual(['ผลิตภัณฑ์หรือชุมชน', 'ผลิตภัณฑ์', 'ชุมชน']);
    expect(unitWords('คลิป')).toEqual(['คลิป']);
    expect(unitWords(undefined)).toEqual([]);
  });

  test('parseNumber without units reads as before; with them, the unit after the number', () => {
    expect(parseNumber('4 คลิป').kind).toBe('invalid');
    expect(parseNumber('4 คลิป', ['คลิป'])).toEqual({ kind: 'number', value: 4, decimals: 0, negative: false });
    expect(parseNumber('คลิป', ['คลิป']).kind).toBe('invalid');
    expect(parseNumber('คลิป 4', ['คลิป']).kind).toBe('invalid');
    expect(parseNumber('4  คลิป', ['คลิป']).kind).toBe('number'); // two spaces are one once normalised
  });
});

describe('the OTOP form: each count with its own unit', () => {
  test.each([
    ['clips', '4 คลิป', 4],
    ['clips', '4คลิป', 4],
    ['clips', '๔ คลิป', 4],
    ['products', '20 ผลิตภัณฑ์', 20],
    ['otopToday', '๒๐ผลิตภัณฑ์', 20],
    ['lives', '๓ ครั้ง', 3],
    ['showcases', '3ครั้ง', 3],
    ['coaching', '2 กลุ่ม', 2],
    ['coaching', '2 ชุมชน', 2],
    ['coaching', '2 ราย', 2],
    ['coaching', '4 กลุ่ม/ราย/ชุมชน', 4],
    ['content', '2 ผลิตภัณฑ์หรือชุมชน', 2],
    ['content', '๒ ชุมชน', 2],
    ['plans', '1 แผน', 1],
    ['reports', '1รายงาน', 1],
  ])('%s: %s is %d', (key, value, want) => {
    expect(read(OTOP, key, value)).toEqual([want, []]);
  });

  test.each([
    ['products', '4 คลิป'],
    ['clips', '2 กลุ่ม'],
    ['clips', '20 ผลิตภัณฑ์'],
    ['plans', '1 รายงาน'],
    ['reports', '1 แผน'],
    ['clips', '4 คลิปวิดีโอ'],
    ['clips', 'สี่คลิป'],
  ])('%s: %s is not a number', (key, value) => {
    expect(read(OTOP, key, value)).toEqual([null, ['NOT_A_NUMBER']]);
  });

  test('a fraction with the unit is still not a whole count', () => {
    expect(read(OTOP, 'clips', '2.5 คลิป')).toEqual([null, ['NOT_INTEGER']]);
  });
});

describe('the DLA form reads as it did', () => {
  test.each([
    ['salesCount', '3 ครั้ง', 3],
    ['salesCount', '๓ครั้ง', 3],
    ['revenue', '1,500 บาท', 150_000],
    ['beneficiaries', '12 คน', 12],
    // the units every number column understands, wherever they are typed: as before
    ['revenue', '5 คน', 500],
    ['beneficiaries', '5 บาท', 5],
  ])('%s: %s is %d', (key, value, want) => {
    expect(read(DLA, key, value)).toEqual([want, []]);
  });

  test.each([
    ['salesCount', '4 คลิป'],
    ['revenue', '20 ผลิตภัณฑ์'],
    ['beneficiaries', '2 กลุ่ม'],
  ])('%s: %s is not a number', (key, value) => {
    expect(read(DLA, key, value)).toEqual([null, ['NOT_A_NUMBER']]);
  });
});

test('readNumber gives what the full parse gives for cells with units, in both forms', () => {
  const cells = ['4 คลิป', '4คลิป', '๔ คลิป', '2 กลุ่ม', '20 ผลิตภัณฑ์', '3 ครั้ง', '5 คน', '1 แผน', 'คลิป', '-', '7'];
  for (const columns of [DLA, OTOP]) {
    for (const col of columns.values()) {
      if (col.type !== 'count' && col.type !== 'money') continue;
      for (const value of cells) {
        const fast: ProblemDraft[] = [];
        const full: ProblemDraft[] = [];
        const got = readNumber(col, value, fast);
        expect({ col: col.key, value, got, fast }).toEqual({
          col: col.key,
          value,
          got: readParsedNumber(col, value, full),
          fast: full,
        });
      }
    }
  }
});
