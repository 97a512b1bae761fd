// --pdf without a browser, and the type of the HTML: no Chromium at CHROMIUM_PATH, or one that will not start, is exit 2
// with a Thai and an English message and nothing written; --pdf is guarded like the other outputs; `khongdee sample` then
// says so and writes the rest; the HTML embeds Sarabun as base64. The printing itself is tested in tests/e2e/pdf.test.ts.

import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleCommand, samplePaths } from '../../src/cli/commands/sample';
import { browserEnv, chromiumPath, DEFAULT_CHROMIUM, footerTemplate } from '../../src/node/pdf';
import { type CliRun, runCli } from '../support/cli';
import { copyInto, fingerprint, SAMPLE_REPORT, SAMPLE_TARGETS } from '../support/cliFiles';
import { tempDir } from '../support/tempDir';

jest.setTimeout(60_000);

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const TODAY = ['--today', '2026-11-21'];

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

function expectNoBrowser(run: CliRun, path: string): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const [th, en] = run.stderr.split('\n');
  expect(th).toContain('สร้างไฟล์ PDF ไม่ได้');
  expect(th).toContain(path);
  expect(th).toContain('ไม่ได้บันทึกไฟล์ใด');
  expect(en).toContain('Could not make the PDF');
  expect(en).toContain(path);
  expect(en).toContain('nothing was written');
}

describe('the print settings', () => {
  test('the browser is CHROMIUM_PATH when set, else Debian’s', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chromium/chrome' })).toBe('/opt/chromium/chrome');
    expect(chromiumPath({ CHROMIUM_PATH: '  ' })).toBe(DEFAULT_CHROMIUM);
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
  });

  test('the footer has its own type size, the escaped source line and the browser’s page counters', () => {
    const footer = footerTemplate('ที่มา: <กรม> & "ข้อมูล"', (n, t) => `หน้า ${n} / ${t}`, '@font-face{}');
    expect(footer).toContain('font-size: 8pt');
    expect(footer).toContain('<style>@font-face{}</style>');
    expect(footer).toContain('ที่มา: &lt;กรม&gt; &amp; &quot;ข้อมูล&quot;');
    expect(footer).toContain('หน้า <span class="pageNumber"></span> / <span class="totalPages"></span>');
    expect(footerTemplate('x', (n, t) => `${n}${t}`)).not.toContain('<style>');
  });

  test('the browser runs on the real clock: a preloaded libfaketime and its settings are left out, all else kept', () => {
    const env = browserEnv({
      PATH: '/usr/bin',
      LD_PRELOAD: '/usr/$LIB/faketime/libfaketime.so.1:/usr/lib/libother.so',
      FAKETIME: '@2027-04-15 23:30:00',
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
      TZ: 'America/Los_Angeles',
    });
    expect(env).toEqual({ PATH: '/usr/bin', LD_PRELOAD: '/usr/lib/libother.so', TZ: 'America/Los_Angeles' });
    expect(browserEnv({ LD_PRELOAD: '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1' })).toEqual({});
    expect(browserEnv({ LD_PRELOAD: '/usr/lib/libother.so' })).toEqual({ LD_PRELOAD: '/usr/lib/libother.so' });
  });
});

describe('the HTML report', () => {
  test('carries Sarabun as base64, Thai and Latin, regular and bold, and fetches nothing', async () => {
    const dir = tmp.path('html');
    const html = join(dir, 'สรุปผล.html');
    const run = await runCli('rollup', SAMPLE_REPORT, '--targets', SAMPLE_TARGETS, '--html', html, ...TODAY);
    expect(run.code).toBe(0);
    const page = readFileSync(html, 'utf8');
    const faces = [...page.matchAll(/@font-face \{([^}]*)\}/g)].map((m) => m[1]);
    expect(faces).toHaveLength(4);
    const weights = faces.map((f) => /font-weight: (\d+)/.exec(f)?.[1]).sort();
    expect(weights).toEqual(['400', '400', '700', '700']);
    for (const face of faces) {
      expect(face).toContain("font-family: 'Sarabun'");
      expect(face).toMatch(/src: url\(data:font\/woff2;base64,[A-Za-z0-9+/]+=*\) format\('woff2'\)/);
    }
    expect(faces.filter((f) => f.includes('U+0E01-0E5B'))).toHaveLength(2);
    expect(faces.filter((f) => f.includes('U+0000-00FF'))).toHaveLength(2);
    expect(page).not.toMatch(/url\((?!data:|#)/);
    expect(page).toContain('"TH Sarabun New", "TH SarabunPSK"');
  });
});

describe('without a browser', () => {
  test('CHROMIUM_PATH naming nothing: exit 2, Thai and English, and not even the other outputs are written', async () => {
    const dir = tmp.path('none');
    const report = copyInto(dir, SAMPLE_REPORT, 'report.xlsx');
    const before = fingerprint(dir);
    const missing = '/nonexistent/chromium';
    const run = await withBrowser(missing, () =>
      runCli(
        'rollup',
        report,
        '--out',
        join(dir, 'a.xlsx'),
        '--html',
        join(dir, 'a.html'),
        '--pdf',
        join(dir, 'a.pdf'),
        ...TODAY,
      ),
    );
    expectNoBrowser(run, missing);
    expect(fingerprint(dir)).toEqual(before);
  });

  test('a browser that will not start is the same refusal, for consolidate too, and nothing is left behind', async () => {
    const dir = tmp.path('broken');
    copyInto(join(dir, 'in'), SAMPLE_REPORT, 'พะเยา.xlsx');
    const broken = join(dir, 'chromium');
    writeFileSync(broken, '#!/bin/sh\necho "cannot open display" >&2\nexit 1\n');
    chmodSync(broken, 0o755);
    const before = fingerprint(dir);
    const run = await withBrowser(broken, () =>
      runCli('consolidate', join(dir, 'in'), '--html', join(dir, 'n.html'), '--pdf', join(dir, 'n.pdf'), ...TODAY),
    );
    expectNoBrowser(run, broken);
    expect(fingerprint(dir)).toEqual(before);
  });

  test('--pdf is an output like the others: never an input, never another output', async () => {
    const dir = tmp.path('guard');
    const report = copyInto(dir, SAMPLE_REPORT, 'report.xlsx');
    const onInput = await runCli('rollup', report, '--pdf', report, ...TODAY);
    expect(onInput.code).toBe(2);
    expect(onInput.stderr).toContain('--pdf');
    const clash = await runCli('rollup', report, '--html', join(dir, 'x'), '--pdf', join(dir, 'x'), ...TODAY);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('--html และ --pdf');
    expect(readdirSync(dir)).toEqual(['report.xlsx']);
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

  test('without a browser it says so, writes the xlsx and the HTML, and exits 0', async () => {
    const p = paths('sample-none');
    const c = capture();
    const code = await withBrowser('/nonexistent/chromium', () => sampleCommand(c.io, p));
    expect(code).toBe(0);
    expect(c.err.join('\n')).toContain('ไม่ได้สร้างไฟล์ PDF ของตัวอย่าง');
    expect(existsSync(p.xlsx)).toBe(true);
    expect(existsSync(p.html)).toBe(true);
    expect(existsSync(p.pdf)).toBe(false);
  });
});
