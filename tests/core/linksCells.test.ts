// Link parser on pasted cell text: empty markers, text without links, separators, labels, URL-like tokens, Thai digits.

import { parseLinks } from '../../src/core/normalise/links';
import { only, urls } from './linksSupport';

describe('parseLinks: empty cells and no-link markers', () => {
  it.each(['', '   ', '\n\t ', '\u200B', '-', ' - ', '–', '—', 'ไม่มี', ' ไม่มี ', 'N/A', 'n/a', 'na', 'NA', 'Na'])(
    '%p is empty with no problems',
    (cell) => {
      expect(parseLinks(cell)).toEqual({ links: [], problems: [], empty: true });
    },
  );

  it.each(['--', '- -', 'ไม่มีลิงก์', 'nan', 'n.a.', '0', 'ยังไม่มี'])(
    '%p is not a marker: one LINK_INVALID for the whole text',
    (cell) => {
      expect(parseLinks(cell)).toEqual({ links: [], problems: [{ code: 'LINK_INVALID', token: cell }], empty: false });
    },
  );

  it('a marker next to a link is just a label', () => {
    expect(parseLinks('- https://facebook.com/x')).toEqual({
      links: [only('https://facebook.com/x')],
      problems: [],
      empty: false,
    });
  });
});

describe('parseLinks: text with no link', () => {
  it.each([
    'เพจของเรา',
    'FB: เพจของเรา',
    'facebook.com', // a bare domain counts only with a path
    'notfacebook.com/x',
    'example.com/page', // bare domains count only for known platforms
    'facebook.com.evil.io/x',
    'https:\\\\facebook.com\\x',
    'https//facebook.com/x', // a mistyped scheme is not silently repaired
    'https:/www.facebook.com/x',
    'evil.io/facebook.com/x', // a platform domain inside another link's path
    'evil.io/www.facebook.com/x',
    ',',
    'Data:',
    'File: ',
  ])('%p → LINK_INVALID with the whole (normalised) cell text', (cell) => {
    expect(parseLinks(cell)).toEqual({
      links: [],
      problems: [{ code: 'LINK_INVALID', token: cell.trim() }],
      empty: false,
    });
  });

  it('reports the normalised text (Thai digits, spaces) as the token', () => {
    expect(parseLinks('  เพจ   ๑๒๓\u200B ').problems).toEqual([{ code: 'LINK_INVALID', token: 'เพจ 123' }]);
  });
});

describe('parseLinks: separators', () => {
  const a = 'https://facebook.com/a';
  const b = 'https://www.tiktok.com/@b/video/1';
  it.each([' ', '  ', '\n', '\r\n', '\n\n', '\t', ',', ', ', ';', ' ; ', '|', ' | ', ' และ ', '\nและ\n', '\u00A0'])(
    'splits on %p',
    (sep) => {
      expect(urls(a + sep + b)).toEqual([a, b]);
    },
  );

  it('keeps several links in the order typed, duplicates included', () => {
    expect(urls(`${a}\n${b}\n${a}`)).toEqual([a, b, a]);
  });

  it('treats a comma as a separator even inside a query (documented choice)', () => {
    expect(urls('https://x.com/search?q=a,b')).toEqual(['https://x.com/search?q=a']);
  });

  it('does not split on a glued และ (it could be part of a Thai path)', () => {
    expect(urls('https://facebook.com/ของดีและของฝาก')).toEqual(['https://facebook.com/ของดีและของฝาก']);
  });
});

describe('parseLinks: labels and glued punctuation', () => {
  it.each([
    ['FB: https://facebook.com/x', 'https://facebook.com/x'],
    ['FB:https://facebook.com/x', 'https://facebook.com/x'],
    ['FBhttps://facebook.com/x', 'https://facebook.com/x'],
    ['ลิงก์https://facebook.com/x', 'https://facebook.com/x'],
    ['เพจ: www.facebook.com/x', 'https://www.facebook.com/x'],
    ['เพจ:www.facebook.com/x', 'https://www.facebook.com/x'],
    ['เพจwww.facebook.com/x', 'https://www.facebook.com/x'],
    ['TikTok: tiktok.com/@shop', 'https://tiktok.com/@shop'],
    ['TikTok:tiktok.com/@shop', 'https://tiktok.com/@shop'],
    ['ดูที่ https://facebook.com/x ครับ', 'https://facebook.com/x'],
    ['(https://facebook.com/x)', 'https://facebook.com/x'],
    ['<https://facebook.com/x>', 'https://facebook.com/x'],
    ['"https://facebook.com/x"', 'https://facebook.com/x'],
    ["'https://facebook.com/x'", 'https://facebook.com/x'],
    ['“https://facebook.com/x”', 'https://facebook.com/x'],
    ['https://facebook.com/x.', 'https://facebook.com/x'],
    ['https://facebook.com/x).', 'https://facebook.com/x'],
    ['https://facebook.com/x!', 'https://facebook.com/x'],
    ['https://facebook.com/x:', 'https://facebook.com/x'],
    ['(ดู https://facebook.com/x)', 'https://facebook.com/x'],
    ['https://en.wikipedia.org/wiki/Foo_(bar)', 'https://en.wikipedia.org/wiki/Foo_(bar)'],
    ['(https://en.wikipedia.org/wiki/Foo_(bar))', 'https://en.wikipedia.org/wiki/Foo_(bar)'],
    ['[https://x.com/a[1]]', 'https://x.com/a[1]'],
  ])('%p → %p', (cell, url) => {
    expect(only(cell).url).toBe(url);
  });

  it('raw is the link without label or punctuation; url adds https:// only when no scheme was typed', () => {
    expect(only('เพจ: www.facebook.com/x.')).toMatchObject({
      raw: 'www.facebook.com/x',
      url: 'https://www.facebook.com/x',
    });
    expect(only('fb.watch/abc')).toMatchObject({ raw: 'fb.watch/abc', url: 'https://fb.watch/abc' });
    expect(only('HTTP://Facebook.com/X')).toMatchObject({ raw: 'HTTP://Facebook.com/X', url: 'HTTP://Facebook.com/X' });
    expect(only('http://facebook.com/x')).toMatchObject({
      url: 'http://facebook.com/x',
      canonical: 'https://facebook.com/x',
    });
  });

  it('ignores labels and other words between links', () => {
    expect(urls('FB: https://facebook.com/a และ TikTok: https://tiktok.com/@b (เพจหลัก)')).toEqual([
      'https://facebook.com/a',
      'https://tiktok.com/@b',
    ]);
  });

  it('a bare domain glued to a longer host or an e-mail is not a link', () => {
    expect(parseLinks('my-facebook.com/x').links).toEqual([]);
    expect(parseLinks('shop@facebook.com/x').links).toEqual([]);
    expect(parseLinks('xwww.example.com/x').links).toEqual([]);
    expect(only('xwww.facebook.com/x').platform).toBe('facebook'); // any subdomain of a platform counts
  });
});

describe('parseLinks: URL-like tokens', () => {
  it.each([
    ['https://facebook.com/x', 'https://facebook.com/x'],
    ['www.example.com', 'https://www.example.com'],
    ['WWW.Example.com/a', 'https://WWW.Example.com/a'],
    ['facebook.com/x', 'https://facebook.com/x'],
    ['m.facebook.com/story.php?id=1', 'https://m.facebook.com/story.php?id=1'],
    ['fb.watch/abc', 'https://fb.watch/abc'],
    ['fb.me/abc', 'https://fb.me/abc'],
    ['tiktok.com/@shop', 'https://tiktok.com/@shop'],
    ['vt.tiktok.com/ZS123/', 'https://vt.tiktok.com/ZS123/'],
    ['youtu.be/abc', 'https://youtu.be/abc'],
    ['youtube.com/watch?v=abc', 'https://youtube.com/watch?v=abc'],
    ['instagram.com/p/abc', 'https://instagram.com/p/abc'],
    ['instagr.am/p/abc', 'https://instagr.am/p/abc'],
    ['line.me/R/ti/p/@shop', 'https://line.me/R/ti/p/@shop'],
    ['lin.ee/abc', 'https://lin.ee/abc'],
    ['x.com/shop', 'https://x.com/shop'],
    ['twitter.com/shop', 'https://twitter.com/shop'],
    ['t.co/abc', 'https://t.co/abc'],
    ['shopee.co.th/shop', 'https://shopee.co.th/shop'],
    ['shp.ee/abc', 'https://shp.ee/abc'],
    ['lazada.co.th/shop/x', 'https://lazada.co.th/shop/x'],
    ['Facebook.com/X', 'https://Facebook.com/X'],
  ])('%p is a link opened as %p', (cell, url) => {
    expect(only(cell).url).toBe(url);
  });
});

describe('Thai digits and zero-width characters', () => {
  it('converts Thai digits anywhere in the cell', () => {
    expect(only('facebook.com/๑๒๓')).toMatchObject({
      url: 'https://facebook.com/123',
      canonical: 'https://facebook.com/123',
    });
    expect(only('https://facebook.com/story.php?id=๑๒&story_fbid=๓๔').canonical).toBe(
      'https://facebook.com/story.php?id=12&story_fbid=34',
    );
    expect(only('http://๑๙๒.๑๖๘.๑.๑:๘๐๘๐/').canonical).toBe('https://192.168.1.1:8080/');
  });

  it('removes zero-width characters, including inside a URL', () => {
    expect(only('https://face\u200Bbook.com/x\uFEFF').canonical).toBe('https://facebook.com/x');
    expect(only('\u200Dwww.facebook.com/x').url).toBe('https://www.facebook.com/x');
  });
});
