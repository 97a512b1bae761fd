// The map on the CLI's HTML report: one shape per district of the province (per province nationally) with its code,
// coloured by the class its figure in the JSON falls in, for each --map-by; a bad --map-by refuses the run and writes nothing.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLASS_COLOURS } from '../../src/core/report/map/colourScale';
import { runCli } from '../support/cli';
import { copyInto, SAMPLE_REPORT, SAMPLE_TARGETS } from '../support/cliFiles';
import { tempDir } from '../support/tempDir';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const TODAY = ['--today', '2026-11-21'];
const dir = tmp.path('in');
const report = copyInto(dir, SAMPLE_REPORT, 'report.xlsx');
const targets = copyInto(dir, SAMPLE_TARGETS, 'targets.csv');

interface JsonGroup {
  readonly code: string;
  readonly name: string;
  readonly participation: number | null;
  readonly onTimeRate: number | null;
  readonly achievement?: Record<string, number | null>;
}

/** The class colour a figure implies with the default breaks 20, 40, 60, 80 (computed here, not by the product). */
function expectedFill(value: number | null): string {
  if (value === null) return 'url(#map-nodata)';
  const classIndex = value >= 80 ? 4 : value >= 60 ? 3 : value >= 40 ? 2 : value >= 20 ? 1 : 0;
  return CLASS_COLOURS[classIndex];
}

/** Each district path of the first map in the HTML: its code, name and fill. */
function districtShapes(html: string): { code: string; name: string; fill: string }[] {
  const map = html.slice(
    html.indexOf('<figure class="map">'),
    html.indexOf('</figure>', html.indexOf('<figure class="map">')),
  );
  return [...map.matchAll(/<path data-district="([^"]+)" data-district-code="(\d+)" fill="([^"]+)"/g)].map((m) => ({
    name: m[1],
    code: m[2],
    fill: m[3],
  }));
}

async function rollupHtml(name: string, ...extra: string[]): Promise<{ html: string; groups: JsonGroup[] }> {
  const file = join(tmp.path(name), 'สรุปผล.html');
  const args = [report, '--targets', targets, ...TODAY, ...extra];
  const run = await runCli('rollup', ...args, '--html', file);
  expect(run.code).toBe(0);
  const json = JSON.parse((await runCli('rollup', ...args, '--json')).stdout) as { groups: JsonGroup[] };
  return { html: readFileSync(file, 'utf8'), groups: json.groups };
}

describe('rollup --html of the Phayao sample', () => {
  test('one path per district of Phayao with its code, coloured by its reporting rate', async () => {
    const { html, groups } = await rollupHtml('reporting');
    const shapes = districtShapes(html);
    expect(shapes.map((s) => s.code).sort()).toEqual(groups.map((g) => g.code).sort());
    expect(shapes).toHaveLength(9);
    for (const g of groups) expect(shapes.find((s) => s.code === g.code)?.fill).toBe(expectedFill(g.participation));
    expect(new Set(shapes.map((s) => s.fill)).size).toBeGreaterThan(1);
    expect(html.includes('>อัตราการรายงานผล</text>')).toBe(true);
  });

  test('--map-by revenue colours by % of the revenue target', async () => {
    const { html, groups } = await rollupHtml('revenue', '--map-by', 'revenue');
    const shapes = districtShapes(html);
    for (const g of groups)
      expect(shapes.find((s) => s.code === g.code)?.fill).toBe(expectedFill(g.achievement?.revenue ?? null));
    expect(/<g class="legend"><text[^>]*>ร้อยละของเป้าหมาย/.test(html)).toBe(true);
  });

  test('--map-by on-time colours by the on-time rate of the period', async () => {
    const { html, groups } = await rollupHtml('on-time', '--map-by', 'on-time', '--period', '2569-Q1');
    const shapes = districtShapes(html);
    for (const g of groups) expect(shapes.find((s) => s.code === g.code)?.fill).toBe(expectedFill(g.onTimeRate));
    expect(html.includes('อัตราการรายงานตรงเวลา')).toBe(true);
  });

  test('an unknown --map-by is exit 2 with a Thai message that lists the choices, and nothing is written', async () => {
    const file = join(tmp.path('bad'), 'สรุปผล.html');
    const run = await runCli('rollup', report, '--map-by', 'sales', '--html', file, ...TODAY);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--map-by “sales” ใช้ไม่ได้');
    expect(run.stderr).toContain('reporting');
    expect(existsSync(file)).toBe(false);
  });
});

describe('consolidate --html', () => {
  test('the national map has the 77 provinces, Bangkok not applicable and Phayao coloured by its reporting rate', async () => {
    const folder = tmp.path('national');
    copyInto(folder, SAMPLE_REPORT, 'พะเยา.xlsx');
    const file = tmp.path('national.html');
    expect((await runCli('consolidate', folder, '--html', file, ...TODAY)).code).toBe(0);
    const html = readFileSync(file, 'utf8');
    const shapes = [...html.matchAll(/<path data-province-code="(\d\d)" fill="([^"]+)"/g)].map((m) => ({
      code: m[1],
      fill: m[2],
    }));
    expect(new Set(shapes.map((s) => s.code)).size).toBe(77);
    expect(shapes).toHaveLength(77);
    expect(shapes.find((s) => s.code === '10')?.fill).toBe('url(#map-na)');
    const json = JSON.parse((await runCli('consolidate', folder, '--json', ...TODAY)).stdout);
    const phayao = JSON.stringify(json).match(/"code":"56","level":"province"[^{]*?"participation":([\d.]+)/);
    expect(phayao).not.toBeNull();
    expect(shapes.find((s) => s.code === '56')?.fill).toBe(expectedFill(Number(phayao?.[1])));
  });
});
