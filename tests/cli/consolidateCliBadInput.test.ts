// `khongdee consolidate` on bad input: exit 2, Thai and English on stderr, nothing on stdout and nothing written.

import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TODAY_ARGS, writeCsv } from '../consolidate/fixture';
import { type CliRun, runCli } from '../support/cli';
import { REGISTRY_CSV } from '../support/rollupData';
import { BASE, DIR, file, tmp, useProvincesFolder } from './consolidateCliFolder';

jest.setTimeout(120_000);
useProvincesFolder();

function expectThaiAndEnglish(run: CliRun): void {
  const lines = run.stderr.split('\n').filter((l) => l.trim() !== '');
  expect(lines.length).toBeGreaterThanOrEqual(2);
  expect(lines[0]).toMatch(/[\u0E01-\u0E4E]{3}/);
  expect(lines[lines.length - 1]).toMatch(/[A-Za-z]{3,}.*\s.*[A-Za-z]{3,}/);
}

describe('bad input: exit 2, Thai + English on stderr, nothing on stdout, nothing written', () => {
  let n = 0;
  async function refused(args: string[], mentions: (string | RegExp)[] = []): Promise<void> {
    const dir = tmp.path(`bad-${++n}`);
    mkdirSync(dir, { recursive: true });
    const run = await runCli(
      'consolidate',
      ...TODAY_ARGS,
      ...args,
      '--out',
      join(dir, 'r.xlsx'),
      '--html',
      join(dir, 'r.html'),
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expectThaiAndEnglish(run);
    for (const m of mentions) expect(run.stderr).toMatch(m);
    expect(readdirSync(dir)).toEqual([]);
  }

  test('no folder, two folders', async () => {
    await refused([]);
    await refused([DIR, tmp.path('other')], ['rollup']);
  });

  test('a folder that does not exist, a file instead of a folder, a folder without reports', async () => {
    await refused([tmp.path('no-such-folder')], ['no-such-folder']);
    await refused([file('นนทบุรี.csv')], ['นนทบุรี.csv']);
    mkdirSync(tmp.path('empty/sub'), { recursive: true });
    writeFileSync(tmp.path('empty/readme.txt'), 'x');
    writeFileSync(tmp.path('empty/~$lock.xlsx'), 'x');
    await refused([tmp.path('empty')], ['.xlsx']);
  });

  test('options: unknown, a bad period, a bad date, a bad language', async () => {
    await refused([DIR, '--by', 'zone'], ['--by']);
    await refused([DIR, '--period', '2569-Q5'], ['2569-Q5']);
    await refused([DIR, '--today', '21/11/2569'], ['21/11/2569']);
    await refused([DIR, '--lang', 'fr'], ['fr']);
  });

  test('a registry or targets that cannot be used', async () => {
    const registry = tmp.path('inputs/wrong-registry.csv');
    mkdirSync(tmp.path('inputs'), { recursive: true });
    writeFileSync(registry, '\uFEFFชื่อ,ที่อยู่\r\nบ้านใหม่,1 หมู่ 2\r\n');
    await refused([DIR, '--registry', registry], ['wrong-registry.csv']);
    const targets = tmp.path('inputs/bad-targets.csv');
    writeCsv(targets, [
      ['จังหวัด', 'รายรับ (บาท)'],
      ['จังหวัดสมมุติ', 1000],
    ]);
    await refused([DIR, '--registry', REGISTRY_CSV, '--targets', targets], ['สมมุติ']);
    await refused([DIR, '--targets', tmp.path('inputs/missing.xlsx')], ['missing.xlsx']);
  });

  test('an output that cannot be written: nothing is written, not even the other file', async () => {
    const dir = tmp.path('blocked');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'not-a-folder'), 'x');
    const run = await runCli(
      'consolidate',
      DIR,
      '--out',
      join(dir, 'not-a-folder', 'r.xlsx'),
      '--html',
      join(dir, 'r.html'),
      ...BASE,
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expectThaiAndEnglish(run);
    expect(readdirSync(dir)).toEqual(['not-a-folder']);
  });
});
