// Tests of the choropleth SVG maps: one path per province or district with its code, each filled with the colour its
// value's class implies (no data and Bangkok apart), escaped tooltips, legend classes, attribution, and no outside asset.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROVINCES } from '../../src/core/geo/provinces';
import {
  CLASS_COLOURS,
  classColour,
  classLabels,
  noDataFill,
  notApplicableFill,
  valueClass,
  valueFill,
} from '../../src/core/report/map/colourScale';
import { districtMapSvg, provinceMapSvg } from '../../src/core/report/map/mapSvg';
import type { MapInput } from '../../src/core/report/map/mapTypes';

const ATTRIBUTION = 'ที่มาของขอบเขต: กรมแผนที่ทหาร / OCHA HDX (CC BY-IGO)';
const SVG_NS = 'http://www.w3.org/2000/svg';

interface PathInfo {
  readonly attrs: Record<string, string>;
  readonly title: string | null;
}

/** The `<path>` elements of an SVG with their attributes and tooltip text (still escaped). */
function paths(svg: string): PathInfo[] {
  const found: PathInfo[] = [];
  for (const m of svg.matchAll(/<path ([^>]*?)\/?>(?:<title>([^<]*)<\/title><\/path>)?/g)) {
    const attrs: Record<string, string> = {};
    for (const a of m[1].matchAll(/([\w-]+)="([^"]*)"/g)) attrs[a[1]] = a[2];
    found.push({ attrs, title: m[2] ?? null });
  }
  return found;
}

const provincePaths = (svg: string) => paths(svg).filter((p) => p.attrs['data-province-code'] !== undefined);
const districtPaths = (svg: string) => paths(svg).filter((p) => p.attrs['data-district'] !== undefined);

interface GeoDistrict {
  properties: { code: string | null; province_code: string; name_th: string };
}
const DISTRICT_GEO = JSON.parse(readFileSync(join(__dirname, '../../data/geo/th-districts.topo.json'), 'utf8')) as {
  objects: { district: { geometries: GeoDistrict[] } };
};

// one value in every class, on and off the breaks, plus no data (null) and a province left out
const CLASS_VALUES: readonly (number | null)[] = [0, 19.9, 20, 39.9, 40, 59.9, 60, 79.9, 80, 100, 250, null];
const DLA_CODES = PROVINCES.map((p) => p.code).filter((c) => c !== '10');
const VALUES: Record<string, number | null> = Object.fromEntries(
  DLA_CODES.slice(0, -1).map((code, i) => [code, CLASS_VALUES[i % CLASS_VALUES.length]]),
);
const LEFT_OUT = DLA_CODES[DLA_CODES.length - 1];

const BASE: MapInput = { title: 'อัตราการรายงานผล รายจังหวัด', metricLabel: 'อัตราการรายงาน', unit: '%', values: VALUES };

describe('colour scale', () => {
  test('a value belongs to the class of the highest break it reaches', () => {
    expect([-5, 0, 19.99, 20, 39.9, 40, 60, 79.99, 80, 100, 1000].map((v) => valueClass(v))).toEqual([
      0, 0, 0, 1, 1, 2, 3, 3, 4, 4, 4,
    ]);
    expect([49, 50, 75, 90, 120].map((v) => valueClass(v, [50, 75, 90, 100]))).toEqual([0, 1, 2, 3, 4]);
  });

  test('classes map to YlGnBu, lightest first; no data and not applicable are patterns', () => {
    expect([0, 1, 2, 3, 4].map(classColour)).toEqual(['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494']);
    expect(() => classColour(5)).toThrow(RangeError);
    expect(valueFill(10)).toBe('#ffffcc');
    expect(valueFill(85)).toBe('#253494');
    expect(valueFill(null)).toBe('url(#map-nodata)');
    expect(valueFill(Number.NaN, undefined, 'p')).toBe('url(#p-nodata)');
    expect(notApplicableFill('p')).toBe('url(#p-na)');
  });

  test('the classes stay apart printed in grey: luminance falls by at least 0.1 from class to class', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const l = CLASS_COLOURS.map(luminance);
    for (let i = 1; i < l.length; i++) expect(l[i - 1] - l[i]).toBeGreaterThan(0.1);
  });

  test('class labels', () => {
    expect(classLabels()).toEqual(['0–<20 %', '20–<40 %', '40–<60 %', '60–<80 %', '≥80 %']);
    expect(classLabels([50, 75, 90, 100], '')).toEqual(['0–<50', '50–<75', '75–<90', '90–<100', '≥100']);
    expect(classLabels([-10, 0, 10, 20.5])[0]).toBe('<-10 %');
    expect(classLabels([-10, 0, 10, 20.5])[4]).toBe('≥20.5 %');
  });
});

describe('province map', () => {
  const svg = provinceMapSvg(BASE);
  const byCode = new Map(provincePaths(svg).map((p) => [p.attrs['data-province-code'], p]));

  test('exactly 77 province paths, one per province code', () => {
    expect(provincePaths(svg)).toHaveLength(77);
    expect([...byCode.keys()].sort()).toEqual(PROVINCES.map((p) => p.code).sort());
    for (const p of byCode.values()) expect(p.attrs.d).toMatch(/^M[\d.,-]+/);
  });

  test('each province has the colour of its value class, null and missing values the no-data fill', () => {
    for (const [code, value] of Object.entries(VALUES)) {
      const expected = value === null ? 'url(#map-nodata)' : classColour(valueClass(value));
      expect([code, byCode.get(code)?.attrs.fill]).toEqual([code, expected]);
    }
    expect(byCode.get(LEFT_OUT)?.attrs.fill).toBe(noDataFill());
    // every class colour, no data and not applicable appear on the map
    const fills = new Set([...byCode.values()].map((p) => p.attrs.fill));
    expect(fills).toEqual(new Set([...CLASS_COLOURS, 'url(#map-nodata)', 'url(#map-na)']));
  });

  test('Bangkok is not applicable even when given a value', () => {
    const withBangkok = provinceMapSvg({ ...BASE, values: { ...VALUES, '10': 90 } });
    const bangkok = provincePaths(withBangkok).find((p) => p.attrs['data-province-code'] === '10');
    expect(bangkok?.attrs.fill).toBe('url(#map-na)');
    expect(bangkok?.title).toContain('กรุงเทพมหานคร\nไม่อยู่ในขอบเขต');
    expect(svg).toContain('<pattern id="map-na"');
  });

  test('each tooltip has the province name, its figure and the caller lines, escaped', () => {
    const code = DLA_CODES[8]; // value 80
    const name = PROVINCES.find((p) => p.code === code)?.nameTh;
    const lines = { [code]: ['ยอดขาย <b>1,000</b> บาท & "ดี"', "อปท. 'รายงาน' 5/7"] };
    const withLines = provinceMapSvg({ ...BASE, tooltipLines: lines });
    const title = provincePaths(withLines).find((p) => p.attrs['data-province-code'] === code)?.title;
    expect(title).toBe(
      `${name}\nอัตราการรายงาน: 80.0 %\nยอดขาย &lt;b&gt;1,000&lt;/b&gt; บาท &amp; &quot;ดี&quot;\nอปท. &#39;รายงาน&#39; 5/7`,
    );
    expect(withLines).not.toContain('<b>');
    const noData = byCode.get(DLA_CODES[11]);
    expect(noData?.title).toMatch(/\nอัตราการรายงาน: ไม่มีข้อมูล$/);
  });

  test('the map title and metric label are escaped', () => {
    const odd = provinceMapSvg({ ...BASE, title: 'รายงาน <A & B>', metricLabel: 'อัตรา "x"' });
    expect(odd).toContain('รายงาน &lt;A &amp; B&gt;');
    expect(odd).toContain('>อัตรา &quot;x&quot; (%)</text>');
    expect(odd).not.toContain('<A & B>');
  });

  test('the legend lists the five classes, no data, not applicable and the zone line', () => {
    const legend = svg.slice(svg.indexOf('<g class="legend">'));
    const labels = [...legend.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual([
      'อัตราการรายงาน (%)',
      '≥80 %',
      '60–&lt;80 %',
      '40–&lt;60 %',
      '20–&lt;40 %',
      '0–&lt;20 %',
      'ไม่มีข้อมูล',
      'ไม่อยู่ในขอบเขต',
      'เส้นแบ่งเขตตรวจราชการ',
      ATTRIBUTION,
    ]);
  });

  test('a long legend heading is cut at its parenthesis into two lines, and a percentage is not given its unit twice', () => {
    const long = provinceMapSvg({ ...BASE, metricLabel: 'อัตราการรายงานผล (ร้อยละของ อปท.)' });
    const heading = (svgText: string) =>
      [...svgText.slice(svgText.indexOf('<g class="legend">')).matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
        .slice(0, 2)
        .map((m) => m[1]);
    expect(heading(long)).toEqual(['อัตราการรายงานผล', '(ร้อยละของ อปท.)']);
    expect(heading(provinceMapSvg({ ...BASE, metricLabel: 'ร้อยละของเป้าหมายรายได้' }))).toEqual([
      'ร้อยละของเป้าหมายรายได้',
      '≥80 %',
    ]);
  });

  test('caller breaks change the classes and the legend', () => {
    const custom = provinceMapSvg({ ...BASE, breaks: [50, 75, 90, 100], unit: '% ของเป้า' });
    const fill = (code: string) =>
      provincePaths(custom).find((p) => p.attrs['data-province-code'] === code)?.attrs.fill;
    expect(fill(DLA_CODES[9])).toBe('#253494'); // 100
    expect(fill(DLA_CODES[8])).toBe('#41b6c4'); // 80
    expect(fill(DLA_CODES[5])).toBe('#a1dab4'); // 59.9
    expect(custom).toContain('90–&lt;100 % ของเป้า');
    expect(() => provinceMapSvg({ ...BASE, breaks: [20, 10, 30, 40] })).toThrow(RangeError);
    expect(() => provinceMapSvg({ ...BASE, breaks: [20, 40, 60] })).toThrow(RangeError);
  });

  test('zone boundaries are drawn heavier, coordinates have at most one decimal', () => {
    const zone = paths(svg).find((p) => p.attrs.class === 'zone-boundaries');
    expect(zone?.attrs['stroke-width']).toBe('1.6');
    expect(zone?.attrs.d.length).toBeGreaterThan(1000);
    for (const p of paths(svg)) expect(p.attrs.d).not.toMatch(/\d\.\d\d/);
  });

  test('attribution, no script, no URL but the SVG namespace, and pattern ids follow the prefix', () => {
    expect(svg).toContain(ATTRIBUTION);
    expect(svg).not.toMatch(/<script|<image|href=/i);
    expect(new Set(svg.match(/https?:\/\/[^"'\s<>]*/g))).toEqual(new Set([SVG_NS]));
    const second = provinceMapSvg({ ...BASE, idPrefix: 'zone-map' });
    expect(second).toContain('<pattern id="zone-map-nodata"');
    expect(second).not.toContain('url(#map-');
  });

  test('a Map works as the values', () => {
    const code = DLA_CODES[0];
    const fromMap = provinceMapSvg({ ...BASE, values: new Map([[code, 65]]) });
    const fills = provincePaths(fromMap).filter((p) => p.attrs.fill === '#2c7fb8');
    expect(fills.map((p) => p.attrs['data-province-code'])).toEqual([code]);
  });
});

describe('district map', () => {
  const PHAYAO = DISTRICT_GEO.objects.district.geometries
    .map((g) => g.properties)
    .filter((p) => p.province_code === '56');
  const input = {
    ...BASE,
    title: 'อัตราการรายงานผล จังหวัดพะเยา',
    provinceCode: '56',
    values: { '5601': 90, '5602': 10, '5603': null },
    tooltipLines: { '5601': ['อปท. รายงาน 9/10'] },
  };
  const svg = districtMapSvg(input);

  test('exactly the districts the boundary file lists for Phayao, each with name and code', () => {
    expect(PHAYAO).toHaveLength(9);
    const drawn = districtPaths(svg).map((p) => [p.attrs['data-district'], p.attrs['data-district-code']]);
    expect(drawn).toHaveLength(9);
    expect(new Set(drawn.map((d) => d.join('|')))).toEqual(new Set(PHAYAO.map((p) => `${p.name_th}|${p.code}`)));
    expect(drawn).toContainEqual(['เมืองพะเยา', '5601']);
    expect(provincePaths(svg)).toHaveLength(0);
  });

  test('districts are coloured by their value class, keyed by district code', () => {
    const fill = (code: string) => districtPaths(svg).find((p) => p.attrs['data-district-code'] === code)?.attrs.fill;
    expect(fill('5601')).toBe('#253494');
    expect(fill('5602')).toBe('#ffffcc');
    expect(fill('5603')).toBe('url(#map-nodata)');
    expect(fill('5604')).toBe('url(#map-nodata)');
    const muang = districtPaths(svg).find((p) => p.attrs['data-district-code'] === '5601');
    expect(muang?.title).toBe('เมืองพะเยา\nอัตราการรายงาน: 90.0 %\nอปท. รายงาน 9/10');
  });

  test('legend without not applicable, the province outline heavier, attribution, no outside URL', () => {
    expect(svg).toContain('ไม่มีข้อมูล');
    expect(svg).not.toContain('ไม่อยู่ในขอบเขต');
    expect(svg).toContain('≥80 %');
    expect(paths(svg).find((p) => p.attrs.class === 'province-boundary')?.attrs.d).toMatch(/^M/);
    expect(svg).toContain(ATTRIBUTION);
    const labels = svg.slice(svg.indexOf('<g class="labels"'));
    const names = [...labels.slice(0, labels.indexOf('</g>')).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(names.sort()).toEqual(
      districtPaths(svg)
        .map((p) => p.attrs['data-district'])
        .sort(),
    );
    expect(new Set(svg.match(/https?:\/\/[^"'\s<>]*/g))).toEqual(new Set([SVG_NS]));
  });

  test("Bangkok's เขต have no code: drawn with their name, keyed by it", () => {
    const bangkok = districtMapSvg({ ...BASE, provinceCode: '10', values: { บางบอน: 50 } });
    const drawn = districtPaths(bangkok);
    expect(drawn).toHaveLength(
      DISTRICT_GEO.objects.district.geometries.filter((g) => g.properties.province_code === '10').length,
    );
    expect(drawn.every((p) => p.attrs['data-district-code'] === undefined)).toBe(true);
    expect(drawn.find((p) => p.attrs['data-district'] === 'บางบอน')?.attrs.fill).toBe('#41b6c4');
  });

  test('a province code the boundary file lacks is a caller bug', () => {
    expect(() => districtMapSvg({ ...input, provinceCode: '99' })).toThrow(RangeError);
  });
});
