// The numbering of canonical links shared by the sheets of one run: the same link gets the same number, others a new one.

import fc from 'fast-check';
import { LinkNumbering } from '../../src/core/validate/linkNumbering';

describe('LinkNumbering', () => {
  it('numbers new links 0, 1, 2… and gives a known link its number again', () => {
    const n = new LinkNumbering();
    expect(n.number('https://facebook.com/a')).toBe(0);
    expect(n.number('https://facebook.com/b')).toBe(1);
    expect(n.number('https://facebook.com/a')).toBe(0);
    expect(n.size).toBe(2);
    expect(n.canonical(1)).toBe('https://facebook.com/b');
  });

  it('looks a link up without numbering it', () => {
    const n = new LinkNumbering();
    n.number('https://tiktok.com/@shop/video/1');
    expect(n.get('https://tiktok.com/@shop/video/1')).toBe(0);
    expect(n.get('https://tiktok.com/@shop/video/2')).toBeUndefined();
    expect(n.size).toBe(1);
  });

  it('tells apart links that differ in one character, case or length, and the empty string', () => {
    const n = new LinkNumbering();
    const links = ['https://x.com/a', 'https://x.com/A', 'https://x.com/a/', 'https://x.com/b', ''];
    expect(links.map((l) => n.number(l))).toEqual([0, 1, 2, 3, 4]);
    expect(links.map((l) => n.get(l))).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps every number through many rounds of growth', () => {
    const n = new LinkNumbering();
    const count = 50_000;
    for (let i = 0; i < count; i++) expect(n.number(`https://facebook.com/p/${i}`)).toBe(i);
    for (let i = count - 1; i >= 0; i -= 997) expect(n.get(`https://facebook.com/p/${i}`)).toBe(i);
    expect(n.get('https://facebook.com/p/50000')).toBeUndefined();
    expect(n.size).toBe(count);
  });

  it('agrees with a Map on any sequence of links', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), (links) => {
        const n = new LinkNumbering();
        const reference = new Map<string, number>();
        for (const l of links) {
          if (!reference.has(l)) reference.set(l, reference.size);
          expect(n.number(l)).toBe(reference.get(l));
        }
        expect(n.size).toBe(reference.size);
        for (const [l, id] of reference) expect(n.canonical(id)).toBe(l);
      }),
    );
  });
});
