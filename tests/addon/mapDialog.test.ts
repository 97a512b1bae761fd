// The map dialog's parts that hold without its menu wiring: the built page is self-contained and carries the boundaries while
// Code.js carries none, the saved figures survive the 9 KB a property value allows, and the page draws one path per district.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadMapData, saveMapData } from '../../src/addon/actions/mapData';
import type { PropertiesApi } from '../../src/addon/adapter/services';
import { PROVINCES } from '../../src/core/geo/provinces';
import { type RollupMapInput, rollupMapInput } from '../../src/core/report/map/rollupMapInput';
import { mapSvgOf } from '../../src/mapDialog/main';
import { DIST } from '../support/appsScriptSandbox';
import { expectSelfContainedPage } from '../support/pageContract';
import { twinWithReport } from '../support/twinReport';

const PHAYAO_DISTRICTS = ['5601', '5602', '5603', '5604', '5605', '5606', '5607', '5608', '5609'];

function districtMap(values: Record<string, number | null>): RollupMapInput {
  return {
    kind: 'district',
    provinceCode: '56',
    input: { title: 'อัตราการรายงานผล รายอำเภอ จังหวัดพะเยา', metricLabel: 'อัตรา', unit: '%', values, tooltipLines: {} },
  };
}

/** 77 provinces with two Thai tooltip lines each: well over the 9 KB of one property value. */
function nationalMap(): RollupMapInput {
  const codes = PROVINCES.map((p) => p.code);
  return {
    kind: 'province',
    input: {
      title: 'อัตราการรายงานผล รายจังหวัด',
      subtitle: 'ทั้งประเทศ · ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569',
      metricLabel: 'อัตราการรายงานผล (ร้อยละของ อปท.)',
      unit: '%',
      values: Object.fromEntries(codes.map((c, i) => [c, i % 7 === 0 ? null : (i * 13) % 100])),
      tooltipLines: Object.fromEntries(
        codes.map((c) => [c, ['อปท. ที่รายงาน 123 จาก 456 แห่ง', 'รายรับ 12,345,678.00 บาท']]),
      ),
    },
  };
}

function props(): PropertiesApi {
  return twinWithReport(1).services.propertiesService.getDocumentProperties();
}

describe('dist/MapDialog.html and dist/Code.js', () => {
  const page = join(DIST, 'MapDialog.html');

  test('the page is one self-contained file with no address but the SVG namespace', () => {
    expect(existsSync(page)).toBe(true);
    const html = readFileSync(page, 'utf8');
    expectSelfContainedPage(html);
    const urls = [...new Set(html.match(/https?:\/\/[^\s"'`)<>\\]+/g) ?? [])];
    expect(urls).toEqual(['http://www.w3.org/2000/svg']);
    // the boundaries travel with the page
    expect(html).toMatch(/type:"Topology"/);
  });

  test('Code.js carries no boundary data and no drawing code', () => {
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    expect(code).not.toContain('Topology');
    expect(code).not.toMatch(/\barcs\b/);
    expect(code).not.toContain('geoMercator');
    expect(code).not.toContain('CC BY-IGO');
  });
});

describe('the saved figures', () => {
  test('nothing saved: no map', () => {
    expect(loadMapData(props())).toBeNull();
  });

  test('77 provinces with their tooltips are cut into values under 9 KB and read back whole', () => {
    const store = props();
    const map = nationalMap();
    saveMapData(store, 'national', map);
    const saved = Object.entries(store.getProperties()).filter(([k]) => k.startsWith('khongdee.map.'));
    expect(Buffer.byteLength(JSON.stringify(map))).toBeGreaterThan(9 * 1024);
    expect(saved.length).toBeGreaterThan(3);
    for (const [, v] of saved) expect(Buffer.byteLength(v)).toBeLessThan(9 * 1024);
    expect(loadMapData(store)).toEqual(map);
  });

  test('the one saved last is shown; the other when the last is unreadable; a roll-up without codes saves nothing', () => {
    const store = props();
    const district = districtMap({ '5601': 50 });
    saveMapData(store, 'national', nationalMap());
    saveMapData(store, 'district', district);
    expect(loadMapData(store)).toEqual(district);
    saveMapData(store, 'national', nationalMap());
    expect(loadMapData(store)?.kind).toBe('province');
    store.deleteProperty('khongdee.map.national.1');
    expect(loadMapData(store)).toEqual(district);
    saveMapData(store, 'district', null);
    expect(loadMapData(store)).toEqual(district);
  });

  test('a smaller map saved over a bigger one reads as the smaller', () => {
    const store = props();
    saveMapData(store, 'district', districtMap(Object.fromEntries(PHAYAO_DISTRICTS.map((c) => [c, 10]))));
    const small = districtMap({ '5601': 1.5 });
    saveMapData(store, 'district', small);
    expect(loadMapData(store)).toEqual(small);
  });
});

describe('rollupMapInput', () => {
  test('a roll-up without coded areas has no map', () => {
    const none = rollupMapInput(
      {
        provinces: [{ code: '56', nameTh: 'พะเยา' }],
        national: false,
        root: { level: 'province', code: '56', children: [] },
      } as never,
      {} as never,
      '',
    );
    expect(none).toBeNull();
  });
});

describe('the page draws what the server sends', () => {
  test('one path per district of Phayao, coloured by its class; no data hatched', () => {
    const svg = mapSvgOf(districtMap({ '5601': 95, '5602': 10, '5603': null }));
    expect(svg.match(/<path[^>]*data-district="/g)).toHaveLength(9);
    expect(svg).toMatch(/data-district-code="5601"[^>]*fill="#253494"/);
    expect(svg).toMatch(/data-district-code="5602"[^>]*fill="#ffffcc"/);
    expect(svg).toMatch(/data-district-code="5603"[^>]*fill="url\(#map-nodata\)"/);
  });

  test('77 provinces for a national map', () => {
    expect(mapSvgOf(nationalMap()).match(/<path[^>]*data-province-code="/g)).toHaveLength(77);
  });
});
