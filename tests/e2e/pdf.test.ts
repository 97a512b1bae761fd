// --pdf end to end with Debian's Chromium (`npm run test:e2e`; a few seconds a print): rollup and consolidate on the Phayao
// sample print A4 landscape PDFs with at least a page per report table that embed Sarabun and no other font, and
// `khongdee sample` writes its PDF beside the xlsx. The refusals without a browser are in tests/cli/pdf.test.ts.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleCommand, samplePaths } from '../../src/cli/commands/sample';
import { DEFAULT_CHROMIUM } from '../../src/node/pdf';
import { type CliRun, runCli } from '../support/cli';
import { copyInto, SAMPLE_REPORT, SAMPLE_TARGETS } from '../support/cliFiles';
import { tempDir } from '../support/tempDir';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const TODAY = ['--today', '2026-11-21'];

beforeAll(() => {
  // CI installs Debian's chromium (.ci/run); a machine without it must say so rather than pass without printing
  if (!existsSync(DEFAULT_CHROMIUM))
    throw new Error(`${DEFAULT_CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium)`);
});

/** Runs with CHROMIUM_PATH set (or unset for undefined) and puts the environment back. */
async function withBrowser<T>(path: string | undefined, work: () => Promise<T>): Promise<T> {
  const before = process.env.CHROMIUM_PATH;
  if (path === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = path;
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = before;
  }
}

/** What the PDF's own objects say (Skia writes them uncompressed): its pages with their sizes, and the fonts it embeds. */
function readPdf(file: string) {
  const bytes = readFileSync(file);
  const text = bytes.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![a-z])/g) ?? [];
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => ({
    width: Number(m[3]) - Number(m[1]),
    height: Number(m[4]) - Number(m[2]),
  }));
  // Skia groups pages under intermediate /Pages nodes; the root's /Count, the largest, counts them all
  const count = Math.max(...[...text.matchAll(/\/Count\s+(\d+)/g)].map((m) => Number(m[1])));
  const fonts = [...text.matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([A-Za-z0-9-]+)/g)].map((m) => m[1]);
  return { head: bytes.subarray(0, 5).toString('latin1'), pages: pages.length, count, boxes, fonts };
}

// A4 is 297 × 210 mm: 841.9 × 595.3 pt, landscape is wider than high
const A4_LONG = (297 / 25.4) * 72;
const A4_SHORT = (210 / 25.4) * 72;

const THAI_SYSTEM_FONTS = /Loma|Garuda|Norasi|Kinnari|Waree|Tlwg|Umpush|Sawasdee|Purisa|Laksaman|Thai/i;

function expectA4Landscape(pdf: ReturnType<typeof readPdf>): void {
  expect(pdf.boxes.length).toBe(pdf.pages);
  for (const box of pdf.boxes) {
    expect(Math.abs(box.width - A4_LONG)).toBeLessThan(2);
    expect(Math.abs(box.height - A4_SHORT)).toBeLessThan(2);
  }
}

describe('rollup --pdf on the Phayao sample', () => {
  const dir = tmp.path('rollup');
  const report = copyInto(dir, SAMPLE_REPORT, 'report.xlsx');
  const targets = copyInto(dir, SAMPLE_TARGETS, 'targets.csv');
  const html = join(dir, 'สรุปผล.html');
  const pdf = join(dir, 'สรุปผล.pdf');
  let run: CliRun;
  beforeAll(async () => {
    run = await withBrowser(undefined, () =>
      runCli('rollup', report, '--targets', targets, '--html', html, '--pdf', pdf, ...TODAY),
    );
  });

  test('writes the HTML and the PDF and says so', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`บันทึกไฟล์ ${html}`);
    expect(run.stdout).toContain(`บันทึกไฟล์ ${pdf}`);
  });

  test('the PDF is A4 landscape with at least a page per report table, its page tree counting them all', () => {
    const read = readPdf(pdf);
    expect(read.head).toBe('%PDF-');
    const tables = (readFileSync(html, 'utf8').match(/<section class="report-table"/g) ?? []).length;
    expect(tables).toBeGreaterThanOrEqual(2);
    // each table starts a page of its own (the print stylesheet); the sample's tables are short, so a few pages each at most
    expect(read.pages).toBeGreaterThanOrEqual(tables);
    expect(read.pages).toBeLessThanOrEqual(tables * 4);
    expect(read.count).toBe(read.pages);
    expectA4Landscape(read);
  });

  test('the PDF embeds Sarabun, regular and bold, for the page and its footer', () => {
    const fonts = readPdf(pdf).fonts;
    expect(fonts).toContain('Sarabun-Regular');
    expect(fonts).toContain('Sarabun-Bold');
    // no Thai text fell back to a system Thai font (Debian's fonts-thai-tlwg, Noto), in the page or in the footer
    expect(fonts.filter((f) => THAI_SYSTEM_FONTS.test(f))).toEqual([]);
    expect(readFileSync(pdf, 'latin1')).toMatch(/\/FontFile2\s/);
  });
});

describe('consolidate --pdf', () => {
  test('prints the national report to A4 landscape with Sarabun', async () => {
    const dir = tmp.path('national');
    copyInto(join(dir, 'in'), SAMPLE_REPORT, 'พะเยา.xlsx');
    const pdf = join(dir, 'ทั้งประเทศ.pdf');
    const run = await withBrowser(undefined, () => runCli('consolidate', join(dir, 'in'), '--pdf', pdf, ...TODAY));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`บันทึกไฟล์ ${pdf}`);
    const read = readPdf(pdf);
    expect(read.head).toBe('%PDF-');
    expect(read.pages).toBeGreaterThanOrEqual(2);
    expectA4Landscape(read);
    expect(read.fonts).toContain('Sarabun-Regular');
  });
});

describe('khongdee sample', () => {
  const paths = (name: string) => ({
    ...samplePaths(),
    xlsx: tmp.path(`${name}/phayao-rollup.xlsx`),
    html: tmp.path(`${name}/phayao-rollup.html`),
    pdf: tmp.path(`${name}/phayao-rollup.pdf`),
  });
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
  };

  test('with Chromium it writes the PDF beside the xlsx', async () => {
    const p = paths('sample');
    const c = capture();
    const code = await withBrowser(undefined, () => sampleCommand(c.io, p));
    expect(code).toBe(0);
    expect(c.err).toEqual([]);
    expect(c.out.join('\n')).toContain(`บันทึกไฟล์ ${p.pdf}`);
    expect(readPdf(p.pdf).head).toBe('%PDF-');
  });
});
