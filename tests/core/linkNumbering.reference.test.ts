// The fast link numbering against its plain Map reference: the same numbers, sizes and canonical links on any batches.

import fc from 'fast-check';
import { LinkBatch, LinkNumbering } from '../../src/core/validate/linkNumbering';
import { ReferenceLinkNumbering } from '../../src/core/validate/linkNumberingReference';

const SCHEME = 'https://';

/** One link as the check hands it over: a canonical key, spelt as its own text or as a part of a longer typed link. */
interface Spelling {
  readonly key: string;
  /** null: the key's own text; otherwise what comes before and after key less https:// in the cell */
  readonly around: null | { readonly front: string; readonly tail: string };
}

function add(batch: LinkBatch, { key, around }: Spelling): void {
  if (around === null) batch.add(key, -1, -1);
  else
    batch.add(
      around.front + key.slice(SCHEME.length) + around.tail,
      around.front.length,
      around.front.length + key.length - SCHEME.length,
    );
}

/** A batch of its own for each numbering: the fast one may keep a batch's lists as its own. */
function batchOf(links: readonly Spelling[]): LinkBatch {
  const batch = new LinkBatch(links.length % 3 === 0 ? links.length : 0);
  for (const link of links) add(batch, link);
  return batch;
}

/** Numbers a batch into the middle of a list, as a sheet's later batches are, and checks nothing else is written. */
function numbered(numbering: LinkNumbering | ReferenceLinkNumbering, links: readonly Spelling[], at: number): number[] {
  const into = new Int32Array(at + links.length + 1).fill(-7);
  numbering.numberAll(batchOf(links), into, at);
  expect([...into.subarray(0, at), into[at + links.length]]).toEqual([...new Array<number>(at).fill(-7), -7]);
  return [...into.subarray(at, at + links.length)];
}

// Pairs of keys whose 32-bit hashes in linkNumbering.ts are equal (found by a search over https://x.com/<n>): the
// table must tell them apart by their text.
const SAME_HASH = [
  'https://x.com/298218',
  'https://x.com/1110236',
  'https://x.com/298219',
  'https://x.com/1110237',
  'https://x.com/298216',
  'https://x.com/1110238',
];

const key = fc.oneof(
  // short keys over a few characters: many repeats, and keys one character, a case or a length apart
  fc.string({ unit: fc.constantFrom('a', 'A', 'b', '/', 'ก', '😀'), maxLength: 3 }).map((s) => SCHEME + s),
  // keys from a pool large enough for many distinct links and the table's growth
  fc.nat({ max: 5000 }).map((n) => `${SCHEME}facebook.com/page/posts/${n}`),
  fc.constantFrom(...SAME_HASH),
  // not a usual key (no https://): always kept as its own text
  fc.constantFrom('', 'http://x.com/a', 'x'),
);
const spelling: fc.Arbitrary<Spelling> = key.chain((k) =>
  k.startsWith(SCHEME)
    ? fc.record({
        key: fc.constant(k),
        around: fc.option(
          fc.record({
            // a part too far into a very long cell is kept as text, not as its place
            front: fc.constantFrom('http://www.', 'https://m.', SCHEME, 'FB: https://www.', 'x'.repeat(1 << 15)),
            tail: fc.constantFrom('', '#top', '?x=1'),
          }),
        ),
      })
    : fc.constant({ key: k, around: null }),
);
const batches = fc.array(
  fc.oneof(
    { weight: 5, arbitrary: fc.array(spelling, { maxLength: 40 }) },
    { weight: 1, arbitrary: fc.array(spelling, { maxLength: 3000 }) },
  ),
  { maxLength: 12 },
);

describe('LinkNumbering against ReferenceLinkNumbering', () => {
  it('gives the same numbers, size and canonical links on any run of batches', () => {
    fc.assert(
      fc.property(batches, fc.nat({ max: 3 }), (run, at) => {
        const fast = new LinkNumbering();
        const reference = new ReferenceLinkNumbering();
        for (const links of run) {
          expect(numbered(fast, links, at)).toEqual(numbered(reference, links, at));
          expect(fast.size).toBe(reference.size);
        }
        for (let id = 0; id < reference.size; id++) expect(fast.canonical(id)).toBe(reference.canonical(id));
      }),
      { numRuns: 200 },
    );
  });

  it('numbers like a plain list of first appearances: a repeat, within a batch or across, gets its first number', () => {
    const reference = new ReferenceLinkNumbering();
    const text = (k: string): Spelling => ({ key: k, around: null });
    const part = (k: string): Spelling => ({ key: k, around: { front: 'http://www.', tail: '#x' } });
    expect(
      numbered(reference, [text('https://a'), part('https://b'), part('https://a'), text('https://b')], 0),
    ).toEqual([0, 1, 0, 1]);
    expect(numbered(reference, [], 2)).toEqual([]);
    expect(numbered(reference, [part('https://c'), text('https://a')], 1)).toEqual([2, 0]);
    expect([reference.size, reference.canonical(1)]).toEqual([3, 'https://b']);
  });
});
