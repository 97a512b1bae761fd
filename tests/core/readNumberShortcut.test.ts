// readNumber's shortcut for whole numbers and plain digits against the full parse it stands for (readParsedNumber):
// the same figure and the same problems for every cell, in count and money columns.

import type { CellValue } from '../../src/core/cell';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { detectHeader } from '../../src/core/form/headers';
import { digitsValue, parseNumber } from '../../src/core/normalise/numbers';
import type { ProblemDraft } from '../../src/core/validate/problemDrafts';
import { readNumber, readParsedNumber } from '../../src/core/validate/readCells';
import { locateColumns } from '../../src/core/validate/sheetColumns';
import { seeded } from '../support/rollupData';
import { HEADER } from '../support/sheets';

const detected = detectHeader([HEADER], DLA_ONLINE_MARKET);
if (!detected.ok) throw new Error('header');
const COLUMNS = locateColumns(DLA_ONLINE_MARKET, detected.header).located.filter(
  (c) => c.type === 'count' || c.type === 'money',
);
const rnd = seeded(13);

function cells(): CellValue[] {
  const digits = (n: number) => Array.from({ length: n }, () => String(rnd.int(0, 9))).join('');
  const out: CellValue[] = [
    ...['', '0', '00', '007', '1', '999999999999999', '9999999999999999', '12345678901234567890', ' 12', '12 '],
    ...['1,500', '1.50', '๑๒', '-5', '+5', '1e5', '12x', '٣', '0x10', '１２', '1 500', '-', '12 บาท'],
    ...[
      0,
      -0,
      1,
      12.5,
      -3,
      1e21,
      2 ** 53,
      Number.NaN,
      true,
      null,
      { kind: 'date' as const, year: 2026, month: 1, day: 2 },
    ],
  ];
  for (let i = 0; i < 2000; i++) out.push(digits(rnd.int(1, 18)), rnd.int(0, 10 ** rnd.int(1, 15)));
  return out;
}

test('readNumber gives what the full parse gives, problems included', () => {
  for (const col of COLUMNS) {
    for (const value of cells()) {
      const fast: ProblemDraft[] = [];
      const full: ProblemDraft[] = [];
      const got = readNumber(col, value, fast);
      const want = readParsedNumber(col, value, full);
      expect({ value, col: col.key, got: Object.is(got, -0) ? '-0' : got, problems: fast }).toEqual({
        value,
        col: col.key,
        got: Object.is(want, -0) ? '-0' : want,
        problems: full,
      });
    }
  }
});

test('digitsValue is the parsed value of text that is digits only, and -1 for any other text', () => {
  for (const text of ['', '0', '0012', '123456789012345', '1234567890123456', '1.5', '-1', ' 1', '๑', '1a']) {
    const parsed = parseNumber(text);
    const expected =
      /^\d{1,15}$/.test(text) && parsed.kind === 'number' && parsed.decimals === 0 && !parsed.negative
        ? parsed.value
        : -1;
    expect([text, digitsValue(text)]).toEqual([text, expected]);
  }
});
