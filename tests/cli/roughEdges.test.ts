// The small rough edges: UTF-16 without a byte-order mark, `registry import` without --out, --help and --version, and
// option errors worded in Thai and English.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCsvBytes } from '../../src/node/decodeCsv';
import { runCli } from '../support/cli';
import { csvText, ROOT } from '../support/cliFiles';
import { REGISTRY_CSV } from '../support/rollupData';
import { HEADER } from '../support/sheets';
import { tempDir } from '../support/tempDir';

jest.setTimeout(60_000);

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const TODAY = ['--today', '2026-11-21'];
const THAI = /[\u0e00-\u0e7f]/;

const REPORT = csvText([
  ['แบบรายงานผล จังหวัดพะเยา'],
  HEADER,
  ['1', '15/10/2568', 'เมืองพะเยา', 'ทต.แม่กา', 'ข้าว', 'https://www.facebook.com/share/p/1', '3', '1,500', '4', ''],
]);

describe('UTF-16 without a byte-order mark', () => {
  test.each([
    ['utf-16le', Buffer.from(REPORT, 'utf16le')],
    ['utf-16be', Buffer.from(REPORT, 'utf16le').swap16()],
  ])('%s is read as UTF-16', async (encoding, bytes) => {
    expect(decodeCsvBytes(bytes)).toEqual({ text: REPORT, encoding });
    const file = tmp.path(`${encoding}.csv`);
    writeFileSync(file, bytes);
    const run = await runCli('validate', file, '--json', ...TODAY);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary.reported).toBe(1);
  });

  test('Thai-only UTF-16 text (no ASCII at all) is recognised by its 0x0E high bytes', () => {
    const text = 'อำเภอเมืองพะเยา'.repeat(20);
    expect(decodeCsvBytes(Buffer.from(text, 'utf16le'))).toEqual({ text, encoding: 'utf-16le' });
  });

  test('UTF-8 and Windows-874 are still read as before', () => {
    expect(decodeCsvBytes(Buffer.from(REPORT, 'utf8')).encoding).toBe('utf-8');
    expect(decodeCsvBytes(Buffer.from([0xbe, 0xd0, 0xc2, 0xd2, 0x2c, 0x31])).encoding).toBe('windows-874');
  });
});

describe('registry import without --out', () => {
  test('checks and counts, writes nothing into the current folder, and says how to write the file', async () => {
    const dir = tmp.path('cwd');
    mkdirSync(dir);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const run = await runCli('registry', 'import', REGISTRY_CSV);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('7849');
      expect(run.stdout).toContain('--out');
      const json = JSON.parse((await runCli('registry', 'import', REGISTRY_CSV, '--json')).stdout);
      expect(json.out).toBeNull();
    } finally {
      process.chdir(cwd);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  test('with --out it writes the registry file', async () => {
    const out = tmp.path('registry.json');
    expect((await runCli('registry', 'import', REGISTRY_CSV, '--out', out)).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).laos).toHaveLength(7849);
  });
});

describe('--help and --version', () => {
  test('--help lists every option, --today and --form included, and says what registry import does without --out', async () => {
    const run = await runCli('--help');
    expect(run.code).toBe(0);
    for (const option of [
      '--today',
      '--form',
      '--sheet',
      '--registry',
      '--targets',
      '--period',
      '--province',
      '--by',
      '--out',
      '--html',
      '--json',
      '--lang',
      '--version',
      '--pdf',
      '--map-by',
      '--approved-only',
      '--timely-days',
      '--outlier-threshold',
    ]) {
      expect(run.stdout).toContain(option);
    }
    expect(run.stdout).toContain('without --out it only checks and counts');
  });

  test('--help after a command is the help too', async () => {
    const run = await runCli('rollup', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--today');
  });

  test('--version prints the version in package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-V']) {
      const run = await runCli(flag);
      expect(run).toEqual({ code: 0, stdout: `khongdee ${version}`, stderr: '' });
    }
  });
});

describe('option errors', () => {
  test.each([
    [['rollup', 'x.xlsx', '--outt', 'y.xlsx'], '--outt'],
    [['rollup', 'x.xlsx', '--out'], '--out'],
    [['validate', 'x.xlsx', '--json=yes'], '--json'],
    [['validate', 'x.xlsx', '--lang', 'fr'], '--lang'],
    [['validate', 'x.xlsx', 'y.xlsx'], 'y.xlsx'],
  ])('%j: a Thai line with no English in it, then an English line', async (argv, option) => {
    const run = await runCli(...argv);
    expect(run.code).toBe(2);
    const [th, en, more] = run.stderr.split('\n');
    expect(more).toBeUndefined();
    expect(th).toMatch(THAI);
    expect(th).toContain(option);
    // node's own English sentences ("Unknown option", "argument missing") never reach the Thai line
    expect(th).not.toMatch(/Unknown|argument|missing|does not take/i);
    expect(en).toContain(option);
  });
});
