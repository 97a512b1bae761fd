// The rows a check reads, as its callers see them: each entry's row, status, figures, texts and links.

import { check, GOOD, sheet } from '../support/sheets';

describe('the rows of a check', () => {
  const v = check(
    sheet(
      {
        ...GOOD,
        links: 'FB: https://www.facebook.com/share/p/a/?mibextid=1 และ tiktok.com/@shop/video/9',
        revenue: '',
      },
      { lao: 'อบต.แม่ใส' },
      { ...GOOD, sales: 'abc', note: 'ส่งช้า', links: 'https://fb.watch/x' },
    ),
  );
  const entries = v.entries;

  test('one entry per reported or not-reported row, with its row, status and figures; blank or unreadable figures are null', () => {
    expect(entries.map((e) => [e.row, e.status])).toEqual([
      [3, 'warning'],
      [4, 'not-reported'],
      [5, 'error'],
    ]);
    expect(entries[0].numbers.revenue).toBeNull();
    expect(entries.map((e) => e.numbers.salesCount)).toEqual([GOOD.sales, null, null]);
    expect(entries.map((e) => e.texts.note)).toEqual([null, null, 'ส่งช้า']);
  });

  test("each entry's links in cell order, with their canonical form, platform, url and the text as found", () => {
    expect(entries.map((e) => e.links.length)).toEqual([2, 0, 1]);
    const links = entries.flatMap((e) => e.links);
    expect(links.map((l) => l.canonical)).toEqual([
      'https://facebook.com/share/p/a',
      'https://tiktok.com/@shop/video/9',
      'https://fb.watch/x',
    ]);
    expect(links.map((l) => l.platform)).toEqual(['facebook', 'tiktok', 'facebook']);
    expect(links.map((l) => l.url)).toEqual([
      'https://www.facebook.com/share/p/a/?mibextid=1',
      'https://tiktok.com/@shop/video/9',
      'https://fb.watch/x',
    ]);
    expect(links.map((l) => l.raw)).toEqual([
      'https://www.facebook.com/share/p/a/?mibextid=1',
      'tiktok.com/@shop/video/9',
      'https://fb.watch/x',
    ]);
    // distinct links, distinct numbers, each the number of its canonical text
    expect(new Set(links.map((l) => l.id)).size).toBe(3);
    expect(links.map((l) => v.linkNumbers.canonical(l.id))).toEqual(links.map((l) => l.canonical));
  });

  test('a note blank on every row reads as null, and a link typed with its scheme is found as typed', () => {
    const w = check(sheet({ ...GOOD, links: 'https://fb.watch/x' }, { ...GOOD, links: 'https://fb.watch/y' }));
    expect(w.entries.map((e) => [e.texts.note, e.links[0].raw])).toEqual([
      [null, 'https://fb.watch/x'],
      [null, 'https://fb.watch/y'],
    ]);
  });

  test('a sheet with more links than rows keeps every link', () => {
    const many = Array.from({ length: 40 }, (_, i) => `https://youtu.be/v${i}`).join(' ');
    const w = check(sheet({ ...GOOD, links: many }, { ...GOOD, links: 'https://fb.watch/z' }));
    expect(w.entries.flatMap((e) => e.links)).toHaveLength(41);
    expect(w.entries[0].links.map((l) => l.canonical)).toEqual(
      Array.from({ length: 40 }, (_, i) => `https://youtube.com/watch?v=v${i}`),
    );
    expect(w.entries[1].links.map((l) => l.url)).toEqual(['https://fb.watch/z']);
  });

  test('an entry carries its อปท. and date; a not-reported row has no links and no date', () => {
    const [first, notReported, withError] = entries;
    expect(first).toMatchObject({
      row: 3,
      status: 'warning',
      lao: 'ทต.แม่กา',
      numbers: { salesCount: GOOD.sales, revenue: null },
      texts: { note: null },
    });
    expect(first.links).toEqual([
      {
        raw: 'https://www.facebook.com/share/p/a/?mibextid=1',
        url: 'https://www.facebook.com/share/p/a/?mibextid=1',
        canonical: 'https://facebook.com/share/p/a',
        platform: 'facebook',
        id: expect.any(Number),
      },
      {
        raw: 'tiktok.com/@shop/video/9',
        url: 'https://tiktok.com/@shop/video/9',
        canonical: 'https://tiktok.com/@shop/video/9',
        platform: 'tiktok',
        id: expect.any(Number),
      },
    ]);
    expect(notReported).toMatchObject({ status: 'not-reported', lao: 'อบต.แม่ใส', links: [], date: null });
    expect(withError.numbers.salesCount).toBeNull();
    expect(withError.texts.note).toBe('ส่งช้า');
  });
});
