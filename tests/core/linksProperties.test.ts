// Link parser on arbitrary and huge input: property tests, and no catastrophic backtracking on a full Sheets cell.

import fc from 'fast-check';
import { canonicalLink, type ParsedLinks, parseLinks } from '../../src/core/normalise/links';

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const toThai = (s: string) => s.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]);

describe('property tests', () => {
  // Pieces that make parser-relevant strings far more often than random text does.
  const piece = fc.constantFrom(
    'https://',
    'http://',
    'HTTPS://',
    'javascript:',
    'ftp://',
    '://',
    'www.',
    'm.',
    'web.',
    'facebook.com',
    'fb.com',
    'youtu.be',
    'youtube.com',
    'twitter.com',
    'tiktok.com',
    'example.co.th',
    '1.2.3.4',
    'ของดี',
    '/',
    '//',
    '?',
    '&',
    '=',
    '#',
    ':',
    ':443',
    ':8080',
    '.',
    '..',
    ',',
    ';',
    '|',
    ' ',
    '\n',
    ' และ ',
    '(',
    ')',
    '[',
    ']',
    '"',
    "'",
    '<',
    '>',
    '!',
    '@',
    '%2E',
    '%E0%B8%81',
    'utm_source=x',
    '__cft__[0]=a',
    'si=1',
    't=30',
    'v=',
    'a',
    'Z',
    '0',
    '7',
    '๑',
    '๙',
    '-',
    '_',
    'ไม่มี',
    'FB:',
    '\u200B',
    '\u0E4D\u0E32',
  );
  const urlish = fc.array(piece, { maxLength: 20 }).map((ps) => ps.join(''));
  // Mostly valid hosts, so that most runs produce a link whose key is then checked.
  const host = fc.constantFrom(
    'www.facebook.com',
    'M.Facebook.com',
    'fb.com',
    'www.fb.com',
    'youtu.be',
    'www.youtube.com',
    'twitter.com',
    'vt.tiktok.com',
    'example.co.th:8080',
    'a.com:443',
    '1.2.3.4',
    'ของดี.com',
    'www.com',
    'm.me',
    '',
  );
  const httpish = fc
    .tuple(
      fc.constantFrom('https://', 'http://', 'HTTP://'),
      host,
      fc.constantFrom('', '/', '?', '#'),
      fc.array(piece, { maxLength: 16 }),
    )
    .map(([scheme, h, sep, ps]) => scheme + h + sep + ps.join(''));
  const anyText = fc.oneof(
    urlish,
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 }), // lone surrogates too
    fc.tuple(urlish, fc.string({ unit: 'grapheme', maxLength: 10 }), urlish).map(([a, b, c]) => a + b + c),
  );

  it('parseLinks never throws and always returns a consistent shape', () => {
    fc.assert(
      fc.property(anyText, (cell) => {
        const parsed = parseLinks(cell);
        if (parsed.empty) expect(parsed.links.length + parsed.problems.length).toBe(0);
        else expect(parsed.links.length + parsed.problems.length).toBeGreaterThan(0);
        for (const link of parsed.links) {
          expect(link.url).toMatch(/^https?:\/\//i);
          expect(link.canonical).toMatch(/^https:\/\/[^/?#]+\//);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('canonicalLink never throws', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, httpish), (url) => {
        canonicalLink(url);
      }),
      { numRuns: 2000 },
    );
  });

  it('canonical keys are idempotent and parse back to themselves', () => {
    fc.assert(
      fc.property(fc.oneof(httpish, urlish), (cell) => {
        const keys = [...parseLinks(cell).links.map((l) => l.canonical), canonicalLink(cell)];
        for (const c of keys) {
          if (c === null) continue;
          expect(canonicalLink(c)).toBe(c);
          const again = parseLinks(c);
          expect(again.problems).toEqual([]);
          expect(again.links.map((l) => l.canonical)).toEqual([c]);
          expect(again.links[0].url).toBe(c);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('a link and its canonical key have the same platform', () => {
    fc.assert(
      fc.property(httpish, (cell) => {
        for (const link of parseLinks(cell).links)
          expect(parseLinks(link.canonical).links[0].platform).toBe(link.platform);
      }),
      { numRuns: 2000 },
    );
  });

  it('a cell typed with Thai digits parses exactly like the same cell with Arabic digits', () => {
    const withDigits = fc.tuple(
      fc.oneof(urlish, httpish, fc.string({ unit: 'binary', maxLength: 40 })),
      fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
    );
    fc.assert(
      fc.property(withDigits, ([cell, mask]) => {
        let i = 0;
        const mixed = cell.replace(/[0-9]/g, (d) => (mask[i++ % mask.length] ? toThai(d) : d));
        const expected: ParsedLinks = parseLinks(cell);
        expect(parseLinks(mixed)).toEqual(expected);
        expect(parseLinks(toThai(cell))).toEqual(expected);
        expect(canonicalLink(mixed)).toBe(canonicalLink(cell));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('no catastrophic backtracking', () => {
  const big = 50_000; // a Google Sheets cell holds at most 50,000 characters
  it.each([
    ['dotted labels', 'a.'.repeat(big / 2)],
    ['slashes', `https://a.com${'/'.repeat(big)}`],
    ['colons', ':a'.repeat(big / 2)],
    ['scheme characters', `${'a'.repeat(big)}://`],
    ['www runs', 'www.'.repeat(big / 4)],
    ['platform look-alikes', ':facebook.com.'.repeat(big / 14)],
    ['parentheses', `https://a.com/${')'.repeat(big)}`],
    ['query', `https://a.com/?${'a=1&'.repeat(big / 4)}`],
    ['many tokens', 'https://facebook.com/x '.repeat(big / 23)],
  ])('%s', (_name, cell) => {
    const started = Date.now();
    parseLinks(cell);
    canonicalLink(cell);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
