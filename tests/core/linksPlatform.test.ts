// Link platforms: the hosts platformOf and parseLinks name as each platform, and look-alike hosts that are "other".

import { type Platform, platformOf } from '../../src/core/normalise/links';
import { only } from './linksSupport';

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
