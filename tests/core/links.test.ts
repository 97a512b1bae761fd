// Link parser: finding links in what officers paste into the links cell, rejecting what is not a web link,
// and the canonical key that lets the same post be recognised however it was copied.

import fc from 'fast-check';
import { canonicalLink, type ParsedLinks, type Platform, parseLinks, platformOf } from '../../src/core/normalise/links';

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const toThai = (s: string) => s.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]);

const urls = (cell: string) => parseLinks(cell).links.map((l) => l.url);
const canonicals = (cell: string) => parseLinks(cell).links.map((l) => l.canonical);

/** The one link a cell must yield, with no problems. */
function only(cell: string) {
  const parsed = parseLinks(cell);
  expect(parsed.problems).toEqual([]);
  expect(parsed.empty).toBe(false);
  expect(parsed.links).toHaveLength(1);
  return parsed.links[0];
}

function problemsOf(cell: string) {
  const parsed = parseLinks(cell);
  expect(parsed.empty).toBe(false);
  return parsed.problems;
}

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

describe('parseLinks: LINK_NOT_HTTP', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\u200Bscript:alert(1)',
    'javascript://%0Aalert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'file:///c:/x',
    'file:c:/x',
    'ftp://example.com/x',
    'mailto:shop@example.com',
    'tel:0812345678',
    'line://ti/p/@shop',
    'fb://page/123',
    'hxxps://facebook.com/x',
  ])('%p', (cell) => {
    const parsed = parseLinks(cell);
    expect(parsed.links).toEqual([]);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0].code).toBe('LINK_NOT_HTTP');
  });

  it('reports the offending token, not the label, and keeps the good links', () => {
    expect(parseLinks('ลิงก์: javascript:alert(1) https://facebook.com/x')).toEqual({
      links: [only('https://facebook.com/x')],
      problems: [{ code: 'LINK_NOT_HTTP', token: 'javascript:alert(1)' }],
      empty: false,
    });
    expect(problemsOf('FB:javascript:alert(1)')).toEqual([{ code: 'LINK_NOT_HTTP', token: 'javascript:alert(1)' }]);
    expect(problemsOf('ftp://x.com/a.')).toEqual([{ code: 'LINK_NOT_HTTP', token: 'ftp://x.com/a' }]);
  });

  it('a scheme name used as a label is ignored', () => {
    expect(urls('File: https://drive.google.com/x')).toEqual(['https://drive.google.com/x']);
    expect(parseLinks('Data: https://drive.google.com/x').problems).toEqual([]);
  });
});

describe('parseLinks: LINK_INVALID', () => {
  it.each([
    'http://localhost/x', // no dot
    'https://localhost',
    'www..com',
    'https://www..com/x',
    'https://a..com/x',
    'https://.com/x',
    'https://a.com./x',
    'https://',
    'https:///x',
    'https://?x=1',
    '://facebook.com/x',
    'https://a.com:abc/x',
    'https://a.com:80x/',
    'https://a.com:99999/',
    'https://a.com:-1/',
    'https://a.123/', // numeric TLD
    'https://1.2.3/',
    'https://1.2.3.4.5/',
    'https://999.1.1.1/',
    'https://face%62ook.com/x',
    'https://face!book.com/x',
    'https://facebook.com@evil.io/x', // user info
    'https://user:pass@facebook.com/x',
    'https://evil.io\\@facebook.com/x',
    'https://[::1]/x',
    'https://a.com:80:90/',
    'https://a.com/\u0001',
  ])('%p', (cell) => {
    const parsed = parseLinks(cell);
    expect(parsed.links).toEqual([]);
    expect(parsed.problems).toEqual([{ code: 'LINK_INVALID', token: cell.replace(/\s+/g, ' ').trim() }]);
  });

  it('keeps the valid links next to an invalid one', () => {
    expect(parseLinks('www..com, https://facebook.com/x')).toEqual({
      links: [only('https://facebook.com/x')],
      problems: [{ code: 'LINK_INVALID', token: 'www..com' }],
      empty: false,
    });
  });

  it.each([
    ['http://192.168.1.10/x', 'https://192.168.1.10/x'],
    ['http://1.2.3.4:8080/', 'https://1.2.3.4:8080/'],
    ['https://ของดีบ้านเรา.com/สินค้า', 'https://ของดีบ้านเรา.com/สินค้า'],
    ['https://ของดี.ไทย/', 'https://ของดี.ไทย/'],
    ['https://xn--12c1fe0br.xn--o3cw4h/', 'https://xn--12c1fe0br.xn--o3cw4h/'],
    ['https://my_shop.blogspot.com/', 'https://my_shop.blogspot.com/'],
    ['https://a.b', 'https://a.b/'],
    ['https://a.com:/x', 'https://a.com/x'], // empty port means the default
    ['https://a.com:8443/x', 'https://a.com:8443/x'],
    ['https://a.com:0443/x', 'https://a.com/x'],
  ])('accepts %p (canonical %p)', (cell, canonical) => {
    expect(only(cell).canonical).toBe(canonical);
  });
});

describe('platformOf and parseLinks platform', () => {
  const positives: [string, Platform][] = [
    ['facebook.com', 'facebook'],
    ['www.facebook.com', 'facebook'],
    ['m.facebook.com', 'facebook'],
    ['web.facebook.com', 'facebook'],
    ['mbasic.facebook.com', 'facebook'],
    ['business.facebook.com', 'facebook'],
    ['fb.com', 'facebook'],
    ['m.fb.com', 'facebook'],
    ['fb.watch', 'facebook'],
    ['fb.me', 'facebook'],
    ['tiktok.com', 'tiktok'],
    ['www.tiktok.com', 'tiktok'],
    ['vt.tiktok.com', 'tiktok'],
    ['vm.tiktok.com', 'tiktok'],
    ['youtube.com', 'youtube'],
    ['m.youtube.com', 'youtube'],
    ['youtu.be', 'youtube'],
    ['instagram.com', 'instagram'],
    ['www.instagram.com', 'instagram'],
    ['instagr.am', 'instagram'],
    ['line.me', 'line'],
    ['page.line.me', 'line'],
    ['lin.ee', 'line'],
    ['x.com', 'x'],
    ['twitter.com', 'x'],
    ['mobile.twitter.com', 'x'],
    ['t.co', 'x'],
    ['shopee.co.th', 'shopee'],
    ['shp.ee', 'shopee'],
    ['lazada.co.th', 'lazada'],
    ['pages.lazada.co.th', 'lazada'],
    ['FaceBook.COM', 'facebook'],
  ];
  it.each(positives)('%p → %p', (host, platform) => {
    expect(platformOf(host)).toBe(platform);
    expect(only(`https://${host}/x`).platform).toBe(platform);
  });

  it.each([
    'notfacebook.com',
    'facebook.com.evil.io',
    'facebook.co',
    'facebook.co.th',
    'fb.co',
    'myfb.com',
    'fb.watch.evil.io',
    'tiktok.co',
    'nottiktok.com',
    'youtube.co.th',
    'fakeyoutu.be',
    'instagram.co',
    'line.me.evil.io',
    'online.me',
    'lin.ee.evil.io',
    'xx.com',
    'x.co',
    'at.co',
    'twitter.co',
    'shopee.com',
    'shopee.co.th.evil.io',
    'myshp.ee',
    'lazada.com',
    'lazada.co',
    'example.com',
    'localhost',
    '',
  ])('%p → other', (host) => {
    expect(platformOf(host)).toBe('other');
  });

  it('look-alike hosts typed as URLs are "other"', () => {
    expect(only('https://notfacebook.com/x').platform).toBe('other');
    expect(only('https://facebook.com.evil.io/x').platform).toBe('other');
    expect(only('www.facebook.com.evil.io/x').platform).toBe('other');
  });
});

describe('canonical key', () => {
  it.each([
    // scheme, host case, front-end prefixes
    ['http://facebook.com/x', 'https://facebook.com/x'],
    ['HTTPS://WWW.FACEBOOK.COM/Page', 'https://facebook.com/Page'],
    ['https://m.facebook.com/x', 'https://facebook.com/x'],
    ['https://web.facebook.com/x', 'https://facebook.com/x'],
    ['https://mbasic.facebook.com/x', 'https://facebook.com/x'],
    ['https://mobile.twitter.com/x', 'https://x.com/x'],
    ['https://www.m.facebook.com/x', 'https://facebook.com/x'],
    ['https://m.www.facebook.com/x', 'https://facebook.com/x'],
    ['https://business.facebook.com/x', 'https://business.facebook.com/x'],
    ['https://www.example.go.th/a', 'https://example.go.th/a'],
    ['https://m.me/shop', 'https://m.me/shop'], // stripping would leave a dotless host
    ['https://www.com/', 'https://www.com/'],
    // aliases
    ['https://fb.com/x', 'https://facebook.com/x'],
    ['https://www.fb.com/x', 'https://facebook.com/x'],
    ['https://business.fb.com/x', 'https://business.facebook.com/x'],
    ['https://twitter.com/x/status/1', 'https://x.com/x/status/1'],
    ['https://www.twitter.com/x', 'https://x.com/x'],
    ['https://instagr.am/p/abc', 'https://instagram.com/p/abc'],
    ['https://fb.watch/abc', 'https://fb.watch/abc'],
    ['https://t.co/abc', 'https://t.co/abc'],
    // youtu.be
    ['https://youtu.be/dQw4w9WgXcQ', 'https://youtube.com/watch?v=dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?si=abc&t=30', 'https://youtube.com/watch?t=30&v=dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?feature=shared&list=PL1', 'https://youtube.com/watch?list=PL1&v=dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ/', 'https://youtube.com/watch?v=dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?v=other', 'https://youtube.com/watch?v=dQw4w9WgXcQ'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&feature=youtu.be', 'https://youtube.com/watch?v=dQw4w9WgXcQ'],
    ['https://m.youtube.com/watch?v=dQw4w9WgXcQ', 'https://youtube.com/watch?v=dQw4w9WgXcQ'],
    ['https://youtube.com/shorts/abc?si=x', 'https://youtube.com/shorts/abc'],
    ['https://youtu.be/', 'https://youtu.be/'],
    // fragment, default ports
    ['https://facebook.com/x#comments', 'https://facebook.com/x'],
    ['https://facebook.com/x?a=1#frag?b=2', 'https://facebook.com/x?a=1'],
    ['https://facebook.com:443/x', 'https://facebook.com/x'],
    ['http://facebook.com:80/x', 'https://facebook.com/x'],
    ['http://example.com:443/x', 'https://example.com/x'],
    ['https://example.com:8080/x', 'https://example.com:8080/x'],
    // query: sorted, empty dropped
    ['https://facebook.com/story.php?story_fbid=2&id=1', 'https://facebook.com/story.php?id=1&story_fbid=2'],
    ['https://a.com/?b=1&a=2&a=1', 'https://a.com/?a=1&a=2&b=1'],
    ['https://a.com/?b&a', 'https://a.com/?a&b'],
    ['https://a.com/x?', 'https://a.com/x'],
    ['https://a.com/x?&&', 'https://a.com/x'],
    ['https://a.com/x?a=1&&b=2', 'https://a.com/x?a=1&b=2'],
    ['https://a.com/x?utm_source=fb', 'https://a.com/x'],
    // path
    ['https://facebook.com', 'https://facebook.com/'],
    ['https://facebook.com/', 'https://facebook.com/'],
    ['https://facebook.com//', 'https://facebook.com/'],
    ['https://facebook.com/x/', 'https://facebook.com/x'],
    ['https://facebook.com/x///', 'https://facebook.com/x'],
    ['https://facebook.com/x/?a=1', 'https://facebook.com/x?a=1'],
    ['https://facebook.com/Page/Post', 'https://facebook.com/Page/Post'],
    ['https://a.com/%E0%B8%81', 'https://a.com/%E0%B8%81'],
    ['https://a.com/%e0%b8%81', 'https://a.com/%e0%b8%81'],
    ['https://a.com/ก', 'https://a.com/ก'],
    ['https://a.com/a+b?q=a+b%20c', 'https://a.com/a+b?q=a+b%20c'],
    ['https://a.com/x./', 'https://a.com/x'], // the key never ends in punctuation the parser would trim
    ['https://a.com/x.?utm_source=1', 'https://a.com/x'],
    ['https://a.com/?z=1.&a=2', 'https://a.com/?a=2&z=1'],
  ])('%p → %p', (url, canonical) => {
    expect(only(url).canonical).toBe(canonical);
    expect(canonicalLink(url)).toBe(canonical);
  });

  it.each([
    'utm_source',
    'utm_medium',
    'utm_campaign',
    'utm_content',
    'utm_term',
    'utm_id',
    'UTM_Source',
    'fbclid',
    'gclid',
    'mibextid',
    'igshid',
    'igsh',
    'si',
    'feature',
    'ref',
    '__cft__[0]',
    '__cft__%5B0%5D',
    '__cft__',
    '__tn__',
    'rdid',
    'share_url',
    'is_from_webapp',
    'sender_device',
    '_t',
    '_r',
  ])('removes the tracking parameter %p', (key) => {
    expect(canonicalLink(`https://facebook.com/x?${key}=abc`)).toBe('https://facebook.com/x');
    expect(canonicalLink(`https://facebook.com/x?b=2&${key}=abc&a=1`)).toBe('https://facebook.com/x?a=1&b=2');
    expect(canonicalLink(`https://facebook.com/x?${key}`)).toBe('https://facebook.com/x');
  });

  it.each(['v', 'id', 'story_fbid', 't', 'list', 'utm', 'reference', 'sid', '_tt', 'fbid'])(
    'keeps the parameter %p',
    (key) => {
      expect(canonicalLink(`https://facebook.com/x?${key}=1&utm_source=a`)).toBe(`https://facebook.com/x?${key}=1`);
    },
  );

  it('a real Facebook share link loses every tracking parameter', () => {
    expect(
      canonicalLink(
        'https://www.facebook.com/photo/?fbid=123&set=a.456&__cft__[0]=AZW-x_y&__tn__=%2CO%2CP-R&mibextid=Nif5oz&rdid=AbC&share_url=https%3A%2F%2Fwww.facebook.com%2Fshare',
      ),
    ).toBe('https://facebook.com/photo?fbid=123&set=a.456');
  });

  it('a TikTok link copied from the app', () => {
    expect(
      canonicalLink('https://www.tiktok.com/@shop/video/7301234567890?is_from_webapp=1&sender_device=pc&_t=8abc&_r=1'),
    ).toBe('https://tiktok.com/@shop/video/7301234567890');
  });

  it('an Instagram link with igsh', () => {
    expect(canonicalLink('https://www.instagram.com/reel/Cabc/?igsh=MWQ1ZGUxMzBkMA==')).toBe(
      'https://instagram.com/reel/Cabc',
    );
  });

  it('the same post pasted different ways gives one key', () => {
    const keys = canonicals(
      [
        'https://www.facebook.com/shop/posts/123?mibextid=abc',
        'http://m.facebook.com/shop/posts/123/',
        'FB: facebook.com/shop/posts/123#x',
        'https://web.facebook.com/shop/posts/123?__cft__[0]=z&__tn__=-R',
        'www.fb.com/shop/posts/๑๒๓',
      ].join('\n'),
    );
    expect(new Set(keys)).toEqual(new Set(['https://facebook.com/shop/posts/123']));
  });

  it('encodes a cell separator that reaches canonicalLink so the key parses back unchanged', () => {
    expect(canonicalLink('https://x.com/search?q=a,b')).toBe('https://x.com/search?q=a%2Cb');
    expect(canonicalLink('https://a.com/a;b|c')).toBe('https://a.com/a%3Bb%7Cc');
  });
});

describe('canonicalLink', () => {
  it.each([
    '',
    'facebook.com/x', // must have a scheme
    'www.facebook.com/x',
    'FB: https://facebook.com/x',
    'javascript:alert(1)',
    'ftp://a.com/x',
    'https://',
    'http://localhost/x',
    'https://a.com/x y',
    'https://a.com/x https://b.com/y',
    'https://a..com/',
  ])('%p → null', (url) => {
    expect(canonicalLink(url)).toBeNull();
  });

  it('cleans the input like a cell: Thai digits, zero-width characters, surrounding space, glued punctuation', () => {
    expect(canonicalLink(' https://facebook.com/๑๒๓\u200B. ')).toBe('https://facebook.com/123');
  });

  it('is idempotent on examples', () => {
    for (const url of [
      'https://youtu.be/dQw4w9WgXcQ?t=1',
      'https://www.fb.com/a/?b=1&a=2#x',
      'https://a.com/x.?q=1',
      'https://a.com/?a=x.&a=x%30',
      'https://a.com/?a=b.&a=b%2E',
      'https://youtu.be/abc./',
      'https://a.com/(x',
      'https://a.com/x)?a=1',
    ]) {
      const c = canonicalLink(url);
      expect(c).not.toBeNull();
      expect(canonicalLink(c!)).toBe(c);
      expect(canonicals(c!)).toEqual([c]);
    }
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
