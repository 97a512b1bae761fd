// The numbering of canonical links shared by the sheets of one run: the same link gets the same number, others a new one.

import fc from 'fast-check';
import { LinkBatch, LinkNumbering } from '../../src/core/validate/linkNumbering';

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

  const batchOf = (links: readonly string[]) => {
    const batch = new LinkBatch();
    for (const l of links) batch.add(l);
    return batch;
  };

  it('numbers a batch as one by one would: new links in the order they first appear, known ones by their number', () => {
    const n = new LinkNumbering();
    n.number('https://facebook.com/known');
    const ids = n.numberAll(batchOf(['https://x.com/b', 'https://facebook.com/known', 'https://x.com/a', 'https://x.com/b', 'https://x.com/a']));
    expect([...ids]).toEqual([1, 0, 2, 1, 2]);
    expect(n.size).toBe(3);
    expect(n.get('https://x.com/a')).toBe(2);
    // the table is whole again: one by one finds what the batch numbered
    expect(n.number('https://x.com/b')).toBe(1);
    expect(n.number('https://x.com/c')).toBe(3);
  });

  it('numbers an empty batch as nothing, and a batch large enough to grow the table many times', () => {
    const n = new LinkNumbering();
    expect([...n.numberAll(new LinkBatch())]).toEqual([]);
    const links = Array.from({ length: 30_000 }, (_, i) => `https://facebook.com/p/${i % 20_000}`);
    const ids = n.numberAll(batchOf(links));
    expect(ids.every((id, j) => id === j % 20_000)).toBe(true);
    expect(n.size).toBe(20_000);
    expect(n.canonical(19_999)).toBe('https://facebook.com/p/19999');
  });

  it('agrees with a Map on any mix of single links and batches', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.array(fc.string({ maxLength: 4 }), { maxLength: 40 })), { maxLength: 30 }), (steps) => {
        const n = new LinkNumbering();
        const reference = new Map<string, number>();
        const expected = (l: string) => {
          if (!reference.has(l)) reference.set(l, reference.size);
          return reference.get(l);
        };
        for (const step of steps) {
          if (typeof step === 'string') expect(n.number(step)).toBe(expected(step));
          else expect([...n.numberAll(batchOf(step))]).toEqual(step.map(expected));
        }
        expect(n.size).toBe(reference.size);
        for (const [l, id] of reference) {
          expect(n.canonical(id)).toBe(l);
          expect(n.get(l)).toBe(id);
        }
      }),
    );
  });
});
