// The pictures people look at before they trust a report (`npm run test:e2e`): the first page of the Phayao province HTML,
// of a national HTML of 76 generated provinces that report in different shares, and page 1 of the province PDF through
// pdftoppm, all at A4 landscape in out/; and what each first page must show (key figures, the map, the charts).

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { provinceFileRows } from '../../bench/generate';
import { nationalRegistry, REGISTRY_CSV } from '../../bench/registry';
import type { Lao } from '../../src/core/registry/types';
import { writeCsv } from '../consolidate/fixture';
import { type CliRun, runCli } from '../support/cli';
import { copyInto, SAMPLE_REPORT, SAMPLE_TARGETS } from '../support/cliFiles';
import { tempDir } from '../support/tempDir';
import { CHROMIUM, ROOT } from './support';

const OUT = join(ROOT, 'out');
const TODAY = ['--today', '2026-11-21'];
// A4 landscape at 96 px to the inch
const A4 = { width: 1123, height: 794 };
const tmp = tempDir();
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});
afterAll(async () => {
  await browser.close();
  tmp.cleanup();
});

/** The HTML's first page (the key figures, map and charts section) as a PNG, as wide as A4 landscape. */
async function shootFirstPage(html: string, png: string): Promise<{ cards: number; paths: number; charts: number }> {
  const page = await browser.newPage({ viewport: A4 });
  await page.goto(`file://${html}`);
  const section = page.locator('section.first-page');
  await section.screenshot({ path: png });
  const seen = {
    cards: await section.locator('.key-figure').count(),
    paths: await section.locator('figure.map path[data-province-code], figure.map path[data-district]').count(),
    charts: await section.locator('section.chart').count(),
  };
  await page.close();
  return seen;
}

function expectPicture(png: string): void {
  // a real picture of a page, not an empty canvas: PNG signature and more than a blank A4 compresses to
  expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(statSync(png).size).toBeGreaterThan(40_000);
}

describe('the province report', () => {
  const dir = tmp.path('province');
  const html = join(dir, 'พะเยา.html');
  const pdf = join(dir, 'พะเยา.pdf');
  let run: CliRun;
  beforeAll(async () => {
    const report = copyInto(dir, SAMPLE_REPORT, 'report.xlsx');
    const targets = copyInto(dir, SAMPLE_TARGETS, 'targets.csv');
    run = await runCli('rollup', report, '--targets', targets, '--html', html, '--pdf', pdf, ...TODAY);
  });

  test('the first page shows five key figures, the map of the 9 districts and the two charts', async () => {
    expect(run.code).toBe(0);
    const png = join(OUT, 'province-first-page.png');
    expect(await shootFirstPage(html, png)).toEqual({ cards: 5, paths: 9, charts: 2 });
    expectPicture(png);
  });

  test("the PDF's first page, rendered by pdftoppm at 96 dpi, is an A4 landscape page", () => {
    const base = join(OUT, 'province-pdf-page-1');
    execFileSync('pdftoppm', ['-png', '-r', '96', '-f', '1', '-l', '1', '-singlefile', pdf, base]);
    const png = `${base}.png`;
    expectPicture(png);
    // PNG IHDR: width and height as 32-bit big-endian at bytes 16 and 20
    const head = readFileSync(png);
    expect(Math.abs(head.readUInt32BE(16) - A4.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(head.readUInt32BE(20) - A4.height)).toBeLessThanOrEqual(1);
  });
});

/** Province i reports from a share of its อปท. that runs from none to all, so every class of the map has provinces. */
function reportingShare(i: number): number {
  return ((i * 37) % 101) / 100;
}

describe('the national report of 76 provinces', () => {
  const dir = tmp.path('national');
  const html = join(dir, 'ทั้งประเทศ.html');
  let run: CliRun;
  beforeAll(async () => {
    const registry = nationalRegistry();
    mkdirSync(join(dir, 'in'), { recursive: true });
    const byProvince = new Map<string, Lao[]>();
    for (const lao of registry.laos)
      byProvince.set(lao.provinceCode, [...(byProvince.get(lao.provinceCode) ?? []), lao]);
    [...byProvince.values()].forEach((laos, i) => {
      const reporting = laos.slice(0, Math.round(laos.length * reportingShare(i)));
      if (reporting.length === 0) return;
      const name = laos[0].provinceName;
      writeCsv(join(dir, 'in', `${name}.csv`), provinceFileRows(reporting.length * 2, reporting, name, i + 1));
    });
    run = await runCli('consolidate', join(dir, 'in'), '--registry', REGISTRY_CSV, '--html', html, ...TODAY);
  }, 120_000);

  test('the first page shows the key figures, all 77 provinces on the map and the two charts, under 3 MB', async () => {
    expect(run.code).toBe(0);
    const png = join(OUT, 'national-first-page.png');
    const seen = await shootFirstPage(html, png);
    expect(seen.paths).toBe(77);
    expect(seen.charts).toBe(2);
    expect(seen.cards).toBeGreaterThanOrEqual(4);
    expectPicture(png);
    expect(statSync(html).size).toBeLessThan(3 * 1024 * 1024);
  });
});
