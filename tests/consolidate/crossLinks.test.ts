// crossProvinceLinks on hand-made province results: only links in two or more provinces, each province once, in a stable order.

import { crossProvinceLinks } from '../../src/core/consolidate/crossLinks';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { provinceByCode } from '../../src/core/geo/provinces';
import type { Platform } from '../../src/core/normalise/links';
import { type ProvinceResult, rollupProvince } from '../../src/core/rollup/provinceRollup';

function result(code: string, links: [string, Platform][]): ProvinceResult {
  return {
    ...rollupProvince(DLA_ONLINE_MARKET, provinceByCode(code)!, [], null, null),
    links: { canonical: links.map((l) => l[0]), platform: links.map((l) => l[1]) },
  };
}

const A = 'https://facebook.com/share/p/a';
const B = 'https://tiktok.com/@x/video/1';
const C = 'https://youtube.com/watch?v=c';
const D = 'https://facebook.com/share/p/d';

test('links claimed in several provinces, the most widely claimed first, provinces in DOPA order', () => {
  const links = crossProvinceLinks([
    result('90', [
      [A, 'facebook'],
      [C, 'youtube'],
    ]),
    result('56', [
      [A, 'facebook'],
      [B, 'tiktok'],
      [D, 'facebook'],
    ]),
    result('12', [
      [B, 'tiktok'],
      [A, 'facebook'],
    ]),
    result('55', [[C, 'youtube']]),
  ]);
  expect(links).toEqual([
    { canonical: A, platform: 'facebook', provinces: ['นนทบุรี', 'พะเยา', 'สงขลา'], provinceCodes: ['12', '56', '90'] },
    { canonical: B, platform: 'tiktok', provinces: ['นนทบุรี', 'พะเยา'], provinceCodes: ['12', '56'] },
    { canonical: C, platform: 'youtube', provinces: ['น่าน', 'สงขลา'], provinceCodes: ['55', '90'] },
  ]);
});

test('a link in one province only, or none at all: nothing', () => {
  expect(crossProvinceLinks([result('56', [[A, 'facebook']]), result('55', [[B, 'tiktok']])])).toEqual([]);
  expect(crossProvinceLinks([])).toEqual([]);
});

test('two results of the same province are still one province', () => {
  expect(crossProvinceLinks([result('56', [[A, 'facebook']]), result('56', [[A, 'facebook']])])).toEqual([]);
});

test('the result is plain data', () => {
  const links = crossProvinceLinks([result('56', [[A, 'facebook']]), result('55', [[A, 'facebook']])]);
  expect(JSON.parse(JSON.stringify(links))).toEqual(links);
});
