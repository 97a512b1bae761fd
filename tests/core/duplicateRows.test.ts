// One definition of a duplicate, in a sheet's check and in its roll-up: an exact repeat of a row counts once and is warned
// of by name of its first row; a link repeated with other figures says what is counted; rows with warnings are counted
// whatever else they have. Each test here fails on the code before issue 12 (both rows summed, a message that said
// "counts once", a repeat in one cell pointing at its own row, warning rows that left out error rows).

import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { provinceByCode } from '../../src/core/geo/provinces';
import { cliMessages } from '../../src/core/messages/cli';
import { indexRegistry, provinceMatcher } from '../../src/core/registry/match';
import { PHAYAO_DEMO_REGISTRY } from '../../src/core/registry/phayaoDemo';
import { rollup } from '../../src/core/rollup/rollup';
import type { SheetValidation } from '../../src/core/validate/types';
import { check, codesAt, GOOD, type RowInput, sheet } from '../support/sheets';

const PHAYAO = provinceByCode('56')!;
const INDEX = indexRegistry(PHAYAO_DEMO_REGISTRY, provinceByCode);
const identify = provinceMatcher(INDEX, INDEX.provinces.get('56')!);
const a = 'https://www.facebook.com/share/p/abc';
const b = 'https://www.tiktok.com/@shop/video/7';

function checked(...rows: RowInput[]): SheetValidation {
  return check(sheet(...rows), { identify });
}

function totals(v: SheetValidation) {
  const root = rollup({
    form: DLA_ONLINE_MARKET,
    sheets: [{ file: 'f.xlsx', sheet: 'รายงาน', province: PHAYAO, validation: v }],
    registry: INDEX,
    period: null,
    targets: null,
  }).root;
  return {
    entries: root.entries,
    links: root.links,
    laosReported: root.laosReported,
    participation: root.participation,
    ...root.sums,
  };
}

describe('an exact duplicate row', () => {
  test('counts once in every figure and is warned of, naming the first row, in Thai and English', () => {
    const once = checked({ ...GOOD, links: a });
    const twice = checked({ ...GOOD, links: a }, { ...GOOD, links: a });
    expect(totals(twice)).toEqual(totals(once));
    expect(totals(twice)).toMatchObject({
      entries: 1,
      links: 1,
      laosReported: 1,
      salesCount: 3,
      revenue: 150_000,
      beneficiaries: 4,
    });
    expect(codesAt(twice, 3)).toEqual([]);
    expect(codesAt(twice, 4)).toEqual(['DUPLICATE_ROW']);
    const warning = twice.problems[0];
    expect(warning).toMatchObject({ row: 4, severity: 'warning', column: null });
    expect(warning.message.th).toContain('แถว 3');
    expect(warning.message.th).toContain('นับครั้งเดียว');
    expect(warning.message.en).toContain('row 3');
    expect(twice.summary).toMatchObject({ duplicateRows: 1, rowsWithWarnings: 1, reported: 2 });
  });

  test('the same set of links written another way (order, a repeat, another form of the URL) is the same row', () => {
    const v = checked({ ...GOOD, links: `${a} ${b}` }, { ...GOOD, links: `${b}\n${a}/?mibextid=9 ${a}` });
    expect(codesAt(v, 4)).toEqual(['DUPLICATE_ROW']);
    expect(totals(v)).toMatchObject({ entries: 1, links: 2, revenue: 150_000 });
  });

  test('three copies: each later one names the first, and the figures count once', () => {
    const v = checked({ ...GOOD }, { ...GOOD }, { ...GOOD });
    expect(v.problems.map((p) => [p.row, p.code, p.message.th.includes('แถว 3')])).toEqual([
      [4, 'DUPLICATE_ROW', true],
      [5, 'DUPLICATE_ROW', true],
    ]);
    expect(totals(v)).toMatchObject({ entries: 1, salesCount: 3 });
  });

  test.each<[string, RowInput]>([
    ['figures', { sales: 4 }],
    ['date', { date: '16/10/2568' }],
    ['อปท.', { lao: 'อบต.แม่ใส' }],
    ['product', { product: 'น้ำผึ้ง' }],
    ['links', { links: `${GOOD.links} ${b}` }],
  ])('a row that differs in %s is not a duplicate: both count', (_, change) => {
    const v = checked({ ...GOOD }, { ...GOOD, ...change });
    expect(v.summary.duplicateRows).toBe(0);
    expect(totals(v).entries).toBe(2);
  });

  test('the same อปท. written another way (registry match) is the same อปท.', () => {
    const v = checked({ ...GOOD, lao: 'ทต.แม่กา' }, { ...GOOD, lao: 'เทศบาลตำบลแม่กา' });
    expect(codesAt(v, 4)).toEqual(['DUPLICATE_ROW']);
  });

  test('rows with an error are never counted, so they are not duplicates and repeat no link: each stays an error to fix', () => {
    const v = checked({ ...GOOD, sales: 'abc' }, { ...GOOD, sales: 'abc' }, { ...GOOD, sales: 7 });
    expect(v.summary).toMatchObject({ duplicateRows: 0, rowsWithErrors: 2, rowsWithWarnings: 0 });
    expect([3, 4, 5].map((r) => codesAt(v, r))).toEqual([['NOT_A_NUMBER'], ['NOT_A_NUMBER'], []]);
  });

  test('a duplicate row is not warned of its links again: its one warning says it is left out', () => {
    const v = checked({ ...GOOD, links: a }, { ...GOOD, links: a, sales: 9 }, { ...GOOD, links: a });
    expect(v.problems.map((p) => [p.row, p.code])).toEqual([
      [4, 'LINK_DUPLICATE'],
      [5, 'DUPLICATE_ROW'],
    ]);
  });
});

describe('the same link again with other figures', () => {
  test('keeps its warning, which says the link counts once and both rows count in the sums; the sums do', () => {
    const v = checked({ ...GOOD, links: a }, { ...GOOD, links: a, sales: 2, revenue: 500 });
    expect(codesAt(v, 4)).toEqual(['LINK_DUPLICATE']);
    const { th, en } = v.problems[0].message;
    expect(th).toContain('แถว 3');
    expect(th).toContain('นับลิงก์ครั้งเดียว');
    expect(th).toContain('นับตัวเลขของทั้งสองแถวรวมในยอด');
    expect(th).not.toContain('จะนับเพียงครั้งเดียว');
    expect(en).toContain("both rows' figures are added");
    expect(totals(v)).toMatchObject({ entries: 2, links: 1, salesCount: 5, revenue: 200_000 });
  });

  test('repeated inside one cell, it says so and does not point at its own row', () => {
    const v = checked({ ...GOOD }, { ...GOOD, sales: 5, links: `${b} ${b}` });
    expect(codesAt(v, 4)).toEqual(['LINK_DUPLICATE']);
    const { th, en } = v.problems[0].message;
    expect(th).toContain('ซ้ำในช่องเดียวกัน');
    expect(th).not.toContain('แถว 4');
    expect(en).toContain('repeated in this cell');
    expect(totals(v)).toMatchObject({ links: 2, entries: 2 });
  });
});

describe('rows with warnings', () => {
  test('count every row with a warning, including rows that also have an error; the sentence and the JSON agree', () => {
    const v = checked(
      { ...GOOD, links: a },
      { ...GOOD, links: 'https://fb.watch/2', sales: 'abc', note: '=SUM(1)' },
      { ...GOOD, links: b, revenue: 0 },
      { ...GOOD, links: 'https://fb.watch/1', sales: 'x', date: '1/1/2500' },
    );
    const rowsWarned = new Set(v.problems.filter((p) => p.severity === 'warning').map((p) => p.row));
    const rowsWrong = new Set(v.problems.filter((p) => p.severity === 'error').map((p) => p.row));
    expect([...rowsWarned].sort()).toEqual([4, 5, 6]);
    expect(v.summary).toMatchObject({ rowsWithWarnings: 3, rowsWithWarningsOnly: 1, rowsWithErrors: 2 });
    expect(v.summary.rowsWithErrors).toBe(rowsWrong.size);
    const warnings = v.problems.length - [...v.problems].filter((p) => p.severity === 'error').length;
    expect(cliMessages.problemCounts(2, warnings, v.summary.rowsWithErrors, v.summary.rowsWithWarnings).th).toContain(
      `ใน ${rowsWarned.size} แถว`,
    );
  });

  test('the roll-up counts them the same way', () => {
    const v = checked({ ...GOOD, links: a }, { ...GOOD, links: a, sales: 'abc' }, { ...GOOD, links: b, revenue: 0 });
    const root = rollup({
      form: DLA_ONLINE_MARKET,
      sheets: [{ file: 'f', sheet: 's', province: PHAYAO, validation: v }],
      registry: INDEX,
      period: null,
      targets: null,
    }).root;
    expect(root).toMatchObject({ rowsWithWarnings: v.summary.rowsWithWarnings, rowsWithErrors: 1, entries: 2 });
  });
});
