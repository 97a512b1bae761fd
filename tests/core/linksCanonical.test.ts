// Canonical link key: one key for the same post however it was copied, and what canonicalLink refuses or keeps stable.

import { canonicalLink, parseLinks } from '../../src/core/normalise/links';
import { only } from './linksSupport';

const canonicals = (cell: string) => parseLinks(cell).links.map((l) => l.canonical);

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
