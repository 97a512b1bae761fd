// Link parser rejections: LINK_NOT_HTTP and LINK_INVALID tokens, with the valid links beside them kept.

import { parseLinks } from '../../src/core/normalise/links';
import { only, urls } from './linksSupport';

function problemsOf(cell: string) {
  const parsed = parseLinks(cell);
  expect(parsed.empty).toBe(false);
  return parsed.problems;
}

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
