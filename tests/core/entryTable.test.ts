// The rows a check keeps column by column: what roll-ups read from the table, and the same rows as objects.

import { check, GOOD, sheet } from '../support/sheets';
import { PLATFORMS } from '../../src/core/normalise/links';
import { ROW_STATUSES } from '../../src/core/validate/entryTable';

describe('the entry table of a check', () => {
  const v = check(
    sheet(
      { ...GOOD, links: 'FB: https://www.facebook.com/share/p/a/?mibextid=1 และ tiktok.com/@shop/video/9', revenue: '' },
      { lao: 'อบต.แม่ใส' },
      { ...GOOD, sales: 'abc', note: 'ส่งช้า', links: 'https://fb.watch/x' },
    ),
  );
  const t = v.table;

  test('one slot per entry, with its row, status and figures; blank or unreadable figures are NaN', () => {
    expect(t.size).toBe(3);
    expect([...t.row.subarray(0, t.size)]).toEqual([3, 4, 5]);
    expect([...t.status.subarray(0, t.size)].map((s) => ROW_STATUSES[s])).toEqual(['warning', 'not-reported', 'error']);
    const revenue = t.numbers[t.numberKeys.indexOf('revenue')];
    const sales = t.numbers[t.numberKeys.indexOf('salesCount')];
    expect(Number.isNaN(revenue[0])).toBe(true);
    expect(sales[0]).toBe(GOOD.sales);
    expect(Number.isNaN(sales[2])).toBe(true);
    const note = t.texts[t.textKeys.indexOf('note')];
    expect([0, 1, 2].map((i) => note?.[i] ?? null)).toEqual([null, null, 'ส่งช้า']);
  });

  test("each entry's links in cell order, with their numbers and platforms", () => {
    expect([...t.linkStart.subarray(0, t.size + 1)]).toEqual([0, 2, 2, 3]);
    expect(t.linkCount).toBe(3);
    expect([...t.linkId.subarray(0, 3)].map((id) => t.linkNumbers.canonical(id))).toEqual(['https://facebook.com/share/p/a', 'https://tiktok.com/@shop/video/9', 'https://fb.watch/x']);
    expect([...t.linkPlatform.subarray(0, 3)].map((p) => PLATFORMS[p])).toEqual(['facebook', 'tiktok', 'facebook']);
    expect(t.linkUrl[1]).toBe('https://tiktok.com/@shop/video/9');
    // kept only where it differs from the url
    expect([0, 1, 2].map((l) => t.linkRaw?.[l] ?? null)).toEqual([null, 'tiktok.com/@shop/video/9', null]);
  });

  test('a text column blank on every row, and raw links when every link has its scheme, take no room', () => {
    const w = check(sheet({ ...GOOD, links: 'https://fb.watch/x' }, { ...GOOD, links: 'https://fb.watch/y' }));
    expect(w.table.texts[w.table.textKeys.indexOf('note')]).toBeNull();
    expect(w.table.linkRaw).toBeNull();
    expect(w.entries.map((e) => [e.texts.note, e.links[0].raw])).toEqual([
      [null, 'https://fb.watch/x'],
      [null, 'https://fb.watch/y'],
    ]);
  });

  test('a sheet with more links than rows grows its link columns and keeps every link', () => {
    const many = Array.from({ length: 40 }, (_, i) => `https://youtu.be/v${i}`).join(' ');
    const w = check(sheet({ ...GOOD, links: many }, { ...GOOD, links: 'https://fb.watch/z' }));
    expect(w.table.linkCount).toBe(41);
    expect(w.entries[0].links.map((l) => l.canonical)).toEqual(Array.from({ length: 40 }, (_, i) => `https://youtube.com/watch?v=v${i}`));
    expect(w.entries[1].links.map((l) => l.url)).toEqual(['https://fb.watch/z']);
  });

  test('entries are the same rows as objects: null for blank figures, the links in full', () => {
    const [first, notReported, withError] = v.entries;
    expect(first).toMatchObject({ row: 3, status: 'warning', lao: 'ทต.แม่กา', numbers: { salesCount: GOOD.sales, revenue: null }, texts: { note: null } });
    expect(first.links).toEqual([
      { raw: 'https://www.facebook.com/share/p/a/?mibextid=1', url: 'https://www.facebook.com/share/p/a/?mibextid=1', canonical: 'https://facebook.com/share/p/a', platform: 'facebook', id: t.linkId[0] },
      { raw: 'tiktok.com/@shop/video/9', url: 'https://tiktok.com/@shop/video/9', canonical: 'https://tiktok.com/@shop/video/9', platform: 'tiktok', id: t.linkId[1] },
    ]);
    expect(notReported).toMatchObject({ status: 'not-reported', links: [], date: null });
    expect(withError.numbers.salesCount).toBeNull();
    expect(withError.texts.note).toBe('ส่งช้า');
  });
});
