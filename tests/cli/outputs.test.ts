// Outputs never touch inputs: an --out or --html that is one of the run's inputs (by name, through a symbolic link, or as
// a hard link), the other output, or a folder is refused with exit 2 and a Thai + English message, and nothing is written.

import { linkSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CliRun, runCli } from '../support/cli';
import { copyInto, fingerprint, SAMPLE_REPORT, SAMPLE_TARGETS } from '../support/cliFiles';
import { tempDir } from '../support/tempDir';

jest.setTimeout(60_000);

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const TODAY = ['--today', '2026-11-21'];

/** A fresh folder holding the sample report and targets. */
function folder(name: string): { dir: string; report: string; targets: string } {
  const dir = tmp.path(name);
  return {
    dir,
    report: copyInto(dir, SAMPLE_REPORT, 'report.xlsx'),
    targets: copyInto(dir, SAMPLE_TARGETS, 'targets.csv'),
  };
}

function expectRefused(run: CliRun, ...mentions: string[]): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const [th, en] = run.stderr.split('\n');
  expect(th).toMatch(/[\u0e00-\u0e7f]/);
  expect(en).toMatch(/nothing was written/);
  for (const m of mentions) expect(run.stderr).toContain(m);
  expect(run.stderr).not.toMatch(/EISDIR|\.bak|\.tmp/);
}

describe('rollup', () => {
  test('--out naming the report it reads (the README example of old) is refused and the report stays as it was', async () => {
    const { dir, report, targets } = folder('same-out');
    const before = fingerprint(dir);
    const run = await runCli(
      'rollup',
      report,
      '--targets',
      targets,
      '--period',
      '2569',
      '--out',
      report,
      '--html',
      join(dir, 'report.html'),
      ...TODAY,
    );
    expectRefused(run, '--out', 'report.xlsx');
    expect(fingerprint(dir)).toEqual(before);
  });

  test('--out and --html naming one file are refused', async () => {
    const { dir, report } = folder('same-pair');
    const run = await runCli('rollup', report, '--out', join(dir, 'r.xlsx'), '--html', join(dir, 'r.xlsx'), ...TODAY);
    expectRefused(run, '--out', '--html', 'r.xlsx');
    expect(readdirSync(dir).sort()).toEqual(['report.xlsx', 'targets.csv']);
  });

  test('an output reached through a symbolic link or a hard link to an input is the input', async () => {
    const { dir, report, targets } = folder('links');
    symlinkSync(report, join(dir, 'alias.xlsx'));
    linkSync(targets, join(dir, 'hard.csv'));
    const before = fingerprint(dir);
    expectRefused(await runCli('rollup', join(dir, 'alias.xlsx'), '--out', report, ...TODAY), 'alias.xlsx');
    expectRefused(await runCli('rollup', report, '--out', join(dir, 'alias.xlsx'), ...TODAY), 'alias.xlsx');
    expectRefused(
      await runCli('rollup', report, '--targets', join(dir, 'hard.csv'), '--html', targets, ...TODAY),
      'targets.csv',
    );
    // a folder written two ways is one folder
    expectRefused(
      await runCli('rollup', report, '--out', join(dir, '..', 'links', '.', 'report.xlsx'), ...TODAY),
      'report.xlsx',
    );
    expect(fingerprint(dir)).toEqual(before);
  });

  test('--targets, --registry and --form are inputs too', async () => {
    const { dir, report, targets } = folder('other-inputs');
    const form = join(dir, 'form.json');
    writeFileSync(form, '{}');
    const before = fingerprint(dir);
    expectRefused(await runCli('rollup', report, '--targets', targets, '--out', targets, ...TODAY), 'targets.csv');
    expectRefused(await runCli('rollup', report, '--registry', targets, '--html', targets, ...TODAY), 'targets.csv');
    expectRefused(await runCli('rollup', report, '--form', form, '--out', form, ...TODAY), 'form.json');
    expect(fingerprint(dir)).toEqual(before);
  });

  test('an output naming a folder is a clear message, not a raw EISDIR', async () => {
    const { dir, report } = folder('to-folder');
    mkdirSync(join(dir, 'out'));
    const run = await runCli('rollup', report, '--out', join(dir, 'out'), '--html', join(dir, 'r.html'), ...TODAY);
    expectRefused(run, 'เป็นโฟลเดอร์', 'is a folder');
    expect(readdirSync(dir).sort()).toEqual(['out', 'report.xlsx', 'targets.csv']);
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });

  test('an output under a file (not a folder) is refused before anything is written, the other output included', async () => {
    const { dir, report } = folder('under-file');
    const run = await runCli(
      'rollup',
      report,
      '--out',
      join(dir, 'r.xlsx'),
      '--html',
      join(dir, 'targets.csv', 'r.html'),
      ...TODAY,
    );
    expectRefused(run, 'targets.csv', 'is a file, not a folder');
    expect(run.stderr).not.toMatch(/ENOTDIR/);
    expect(readdirSync(dir).sort()).toEqual(['report.xlsx', 'targets.csv']);
  });

  test('outputs that are new files beside the inputs are written', async () => {
    const { dir, report, targets } = folder('fine');
    const run = await runCli(
      'rollup',
      report,
      '--targets',
      targets,
      '--out',
      join(dir, 'summary.xlsx'),
      '--html',
      join(dir, 'new', 'summary.html'),
      ...TODAY,
    );
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['new', 'report.xlsx', 'summary.xlsx', 'targets.csv']);
  });
});

describe('consolidate', () => {
  test("--out naming a province's report in the folder is refused; the folder is unchanged", async () => {
    const { dir } = folder('national');
    const before = fingerprint(dir);
    expectRefused(await runCli('consolidate', dir, '--out', join(dir, 'report.xlsx'), ...TODAY), 'report.xlsx');
    expectRefused(
      await runCli(
        'consolidate',
        dir,
        '--targets',
        join(dir, 'targets.csv'),
        '--html',
        join(dir, 'targets.csv'),
        ...TODAY,
      ),
      'targets.csv',
    );
    expectRefused(
      await runCli('consolidate', dir, '--out', join(dir, 'n.xlsx'), '--html', join(dir, 'n.xlsx'), ...TODAY),
      'n.xlsx',
    );
    expect(fingerprint(dir)).toEqual(before);
  });

  test('a summary an earlier run wrote into the folder may be written again', async () => {
    const { dir } = folder('rerun');
    const out = join(dir, 'national.xlsx');
    expect((await runCli('consolidate', dir, '--out', out, ...TODAY)).code).toBe(0);
    expect((await runCli('consolidate', dir, '--out', out, ...TODAY)).code).toBe(0);
  });
});

describe('registry import', () => {
  test('--out naming the file it reads is refused', async () => {
    const dir = tmp.path('registry');
    const input = copyInto(dir, SAMPLE_TARGETS, 'laos.csv');
    const before = fingerprint(dir);
    expectRefused(await runCli('registry', 'import', input, '--out', input), 'laos.csv');
    expect(fingerprint(dir)).toEqual(before);
  });
});
