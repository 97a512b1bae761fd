// The built map dialog (dist/MapDialog.html) in Chromium, its getMapData answered here: the figures of Phayao's nine
// districts become nine shapes with their codes and classes; before any summary, the Thai note to run one. The picture,
// for people to look at, is out/map-dialog.png (and out/map-dialog-national.png).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { withStandIn } from '../../scripts/preview/standIn';
import { PROVINCES } from '../../src/core/geo/provinces';
import type { RollupMapInput } from '../../src/core/report/map/rollupMapInput';
import { DIST, type Harness, pageProblems, ROOT, startHarness, watchedPage } from './support';

const ORIGIN = 'http://map-dialog.test';
const SCREENSHOT = join(ROOT, 'out', 'map-dialog.png');
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const PHAYAO: RollupMapInput = {
  kind: 'district',
  provinceCode: '56',
  input: {
    title: 'อัตราการรายงานผล (ร้อยละของ อปท.) รายอำเภอ จังหวัดพะเยา',
    subtitle: 'จังหวัดพะเยา · ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569 · ปีงบประมาณ 2569',
    metricLabel: 'อัตราการรายงานผล (ร้อยละของ อปท.)',
    unit: '%',
    values: {
      '5601': 92.3,
      '5602': 15,
      '5603': 45.5,
      '5604': 66.7,
      '5605': 30,
      '5606': 81.8,
      '5607': null,
      '5608': 50,
      '5609': 25,
    },
    tooltipLines: { '5601': ['อปท. ที่รายงาน 12 จาก 13 แห่ง', 'รายรับ 125,400.00 บาท'] },
  },
};

/** The dialog at 820 × 720, as showModalDialog sizes it, its one server call answered with `answer`. */
async function openDialog(answer: RollupMapInput | null): Promise<Page> {
  const page = await watchedPage(h.context);
  await page.setViewportSize({ width: 820, height: 720 });
  const html = withStandIn(readFileSync(join(DIST, 'MapDialog.html'), 'utf8'));
  const requested: string[] = [];
  await page.route('**/*', (route: Route) => {
    const url = new URL(route.request().url());
    requested.push(url.href);
    if (url.origin !== ORIGIN) return route.abort();
    if (url.pathname === '/dialog') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    if (url.pathname === '/run/getMapData')
      return route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ok: true, json: JSON.stringify(answer) }),
      });
    return route.fulfill({ status: 404, body: '' });
  });
  (page as Page & { requested?: string[] }).requested = requested;
  await page.goto(`${ORIGIN}/dialog`);
  return page;
}

test('draws exactly the nine districts of Phayao from the figures, each with its code and class colour, and asks for nothing else', async () => {
  const page = await openDialog(PHAYAO);
  await page.waitForSelector('svg path[data-district]');
  const paths = await page.$$eval('path[data-district]', (ps) =>
    ps.map((p) => [p.getAttribute('data-district-code'), p.getAttribute('fill')]),
  );
  expect(paths).toHaveLength(9);
  // Phayao's nine districts, 5601 to 5609
  expect(paths.map((p) => p[0]).sort()).toEqual(Array.from({ length: 9 }, (_, i) => `560${i + 1}`));
  expect(Object.fromEntries(paths)).toMatchObject({ '5601': '#253494', '5602': '#ffffcc', '5607': 'url(#map-nodata)' });
  expect(await page.locator('path[data-district-code="5601"] > title').textContent()).toContain(
    'อปท. ที่รายงาน 12 จาก 13 แห่ง',
  );
  expect(await page.locator('svg > text').first().textContent()).toBe(PHAYAO.input.title);
  expect(await page.getByRole('button', { name: 'พิมพ์' }).isVisible()).toBe(true);
  const requested = (page as Page & { requested?: string[] }).requested ?? [];
  expect(requested.map((u) => new URL(u).pathname)).toEqual(['/dialog', '/run/getMapData']);
  expect(pageProblems(page)).toEqual([]);
  await page.screenshot({ path: SCREENSHOT });
  await page.close();
});

test('before any summary: the Thai note to run สรุปผลรายอำเภอ first, and no map', async () => {
  const page = await openDialog(null);
  await page.waitForSelector('.empty');
  expect(await page.locator('.empty').textContent()).toContain('สรุปผลรายอำเภอ');
  expect(await page.locator('svg').count()).toBe(0);
  expect(pageProblems(page)).toEqual([]);
  await page.close();
});

test('a national map: the 77 provinces, Bangkok not applicable, fitted to the dialog', async () => {
  const codes = PROVINCES.filter((p) => p.code !== '10').map((p) => p.code);
  const page = await openDialog({
    kind: 'province',
    input: {
      title: 'อัตราการรายงานผล (ร้อยละของ อปท.) รายจังหวัด',
      metricLabel: 'อัตราการรายงานผล (ร้อยละของ อปท.)',
      unit: '%',
      values: Object.fromEntries(codes.map((c, i) => [c, (i * 37) % 100])),
      tooltipLines: {},
    },
  });
  await page.waitForSelector('svg path[data-province-code]');
  expect(await page.locator('path[data-province-code]').count()).toBe(77);
  expect(await page.locator('path[data-province-code="10"]').getAttribute('fill')).toBe('url(#map-na)');
  const box = await page.locator('figure.map svg').boundingBox();
  expect(box?.height).toBeLessThanOrEqual(600);
  expect(pageProblems(page)).toEqual([]);
  await page.screenshot({ path: SCREENSHOT.replace(/\.png$/, '-national.png') });
  await page.close();
});
