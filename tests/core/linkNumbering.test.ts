// The numbering of canonical links shared by the sheets of one run: the same link gets the same number, others a new one.

import fc from 'fast-check';
import { LinkBatch, LinkNumbering } from '../../src/core/validate/linkNumbering';

/** A key as the check gives it: its text, or https:// and a part of a longer typed link (a front part before, a tail after). */
type KeyInput = string | { readonly key: string; readonly front: string; readonly tail: string };

function numbers(n: LinkNumbering, keys: readonly KeyInput[]): number[] {
  const batch = new LinkBatch();
  for (const k of keys) {
    if (typeof k === 'string') batch.add(k, -1, -1);
    else
      batch.add(
        k.front + k.key.slice('https://'.length) + k.tail,
        k.front.length,
        k.front.length + k.key.length - 'https://'.length,
      );
  }
  const into = new Int32Array(keys.length + 2).fill(-7);
  n.numberAll(batch, into, 1);
  // only its own part of the list is written
  expect([into[0], into[keys.length + 1]]).toEqual([-7, -7]);
  return [...into.subarray(1, keys.length + 1)];
}

describe('LinkNumbering', () => {
  it('numbers new links 0, 1, 2… in the order they first appear, and gives a known link its number again', () => {
    const n = new LinkNumbering();
    expect(numbers(n, ['https://facebook.com/known'])).toEqual([0]);
    expect(
      numbers(n, [
        'https://x.com/b',
        'https://facebook.com/known',
        'https://x.com/a',
        'https://x.com/b',
        'https://x.com/a',
      ]),
    ).toEqual([1, 0, 2, 1, 2]);
    expect(n.size).toBe(3);
    expect(n.canonical(2)).toBe('https://x.com/a');
    // the table is whole again after a batch: the next one finds what it numbered
    expect(numbers(n, ['https://x.com/c', 'https://x.com/b'])).toEqual([3, 1]);
    expect(numbers(n, [])).toEqual([]);
    expect(n.size).toBe(4);
  });

  it('tells apart links that differ in one character, case or length, and the empty string', () => {
    const n = new LinkNumbering();
    const links = ['https://x.com/a', 'https://x.com/A', 'https://x.com/a/', 'https://x.com/b', ''];
    expect(numbers(n, links)).toEqual([0, 1, 2, 3, 4]);
    expect(numbers(n, [...links].reverse())).toEqual([4, 3, 2, 1, 0]);
  });

  it('finds a key given as part of a typed link (https:// and the link without www.) as the same text', () => {
    const n = new LinkNumbering();
    const key = 'https://facebook.com/page/posts/1';
    expect(
      numbers(n, [
        { key, front: 'http://www.', tail: '#top' },
        key,
        { key, front: 'https://m.', tail: '' },
        { key: `${key}/`, front: 'https://', tail: '?x' },
      ]),
    ).toEqual([0, 0, 0, 1]);
    expect(n.canonical(0)).toBe(key);
    expect(n.canonical(1)).toBe(`${key}/`);
    // a key kept as parts is text once asked for, and the same text after
    expect(n.canonical(0)).toBe(key);
    expect(numbers(n, [key, { key: `${key}/`, front: 'https://www.', tail: '' }])).toEqual([0, 1]);
  });

  it('keeps the text of a key whose parts lie too far into a very long cell', () => {
    const n = new LinkNumbering();
    const key = `https://facebook.com/${'p'.repeat(40_000)}`;
    expect(numbers(n, [{ key, front: 'https://www.', tail: '' }, key])).toEqual([0, 0]);
    expect(n.canonical(0)).toBe(key);
  });

  it('keeps every number through many rounds of growth, in one batch and in many', () => {
    const n = new LinkNumbering();
    const links = Array.from({ length: 30_000 }, (_, i) => `https://facebook.com/p/${i % 20_000}`);
    expect(numbers(n, links).every((id, j) => id === j % 20_000)).toBe(true);
    expect(n.size).toBe(20_000);
    expect(n.canonical(19_999)).toBe('https://facebook.com/p/19999');
    const more = new LinkNumbering();
    for (let i = 0; i < 20_000; i += 1000) numbers(more, links.slice(i, i + 1000));
    expect(numbers(more, links.slice(0, 20_000).reverse()).every((id, j) => id === 19_999 - j)).toBe(true);
  });

  it('agrees with a Map on any sequence of batches, keys given as text or as parts of a longer link', () => {
    const key = fc.string({ maxLength: 4 }).map((s) => `https://${s}`);
    const input = fc.oneof(
      key,
      fc.record({
        key,
        front: fc.constantFrom('http://www.', 'https://m.', 'https://'),
        tail: fc.constantFrom('', '#x', '/'),
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(input, { maxLength: 40 }), { maxLength: 20 }), (batches) => {
        const n = new LinkNumbering();
        const reference = new Map<string, number>();
        const expected = (k: KeyInput) => {
          const text = typeof k === 'string' ? k : k.key;
          if (!reference.has(text)) reference.set(text, reference.size);
          return reference.get(text);
        };
        for (const batch of batches) expect(numbers(n, batch)).toEqual(batch.map(expected));
        expect(n.size).toBe(reference.size);
        for (const [text, id] of reference) expect(n.canonical(id)).toBe(text);
      }),
    );
  });
});
