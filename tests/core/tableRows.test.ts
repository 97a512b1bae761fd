// The entry table read through its cursor: the same rows, figures and links as its entries, and no row left behind.

import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import type { FormSpec } from '../../src/core/form/types';
import { validateSheet } from '../../src/core/validate/validateSheet';
import { check, GOOD, sheet, TODAY } from '../support/sheets';

describe("a check's rows through table.rows()", () => {
  const v = check(
    sheet(
      { ...GOOD, revenue: '' },
      { lao: 'อบต.แม่ใส' },
      { ...GOOD, sales: 'abc', links: 'https://fb.watch/x https://youtu.be/y' },
    ),
  );

  test('one cursor, moved on at each step, reads what the entries hold', () => {
    const seen = [...v.table.rows()];
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(1);
    const read = [];
    for (const row of v.table.rows()) {
      read.push({
        row: row.sheetRow,
        status: row.status,
        salesCount: row.figure('salesCount'),
        revenue: row.figure('revenue'),
        missing: row.figure('no such column'),
        links: Array.from({ length: row.linkCount }, (_, k) => v.linkNumbers.canonical(row.linkNumber(k))),
      });
    }
    expect(read).toEqual(
      v.entries.map((e) => ({
        row: e.row,
        status: e.status,
        salesCount: e.numbers.salesCount,
        revenue: e.numbers.revenue,
        missing: null,
        links: e.links.map((l) => l.canonical),
      })),
    );
  });

  test('a row is countable when reported without an error and with an อปท.', () => {
    const countable = [];
    for (const row of v.table.rows()) countable.push(row.countable);
    expect(countable).toEqual([true, false, false]);
  });
});

test('a row left out for reporting nothing leaves none of its links behind', () => {
  // a form whose links column is carried down: its cells alone are not a report, so the second line is dropped
  const form: FormSpec = {
    ...DLA_ONLINE_MARKET,
    columns: DLA_ONLINE_MARKET.columns.map((c) => (c.key === 'links' ? { ...c, fillDown: true } : c)),
  };
  const rows = sheet(
    { ...GOOD, links: 'https://fb.watch/a' },
    { seq: 2, links: 'https://fb.watch/z' },
    { ...GOOD, links: 'https://fb.watch/b' },
  );
  const checked = validateSheet(rows, form, { today: TODAY });
  if (!checked.ok) throw new Error(checked.message.en);
  const entries = checked.result.table.entries();
  expect(entries.map((e) => e.links.map((l) => [l.canonical, l.raw]))).toEqual([
    [['https://fb.watch/a', 'https://fb.watch/a']],
    [['https://fb.watch/b', 'https://fb.watch/b']],
  ]);
});
