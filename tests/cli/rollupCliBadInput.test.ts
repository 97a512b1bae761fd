// `khongdee rollup` refuses bad input (registry, targets, province, period, --by, --province): exit 2 with a Thai and
// English message, nothing on stdout, and no report file written or changed.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CliRun, runCli } from '../support/cli';
import { REGISTRY_CSV } from '../support/rollupData';
import { csvText, HEADER_COMMON, provinceReports, TODAY } from './rollupCliSupport';

jest.setTimeout(120_000);

const { tmp, PLANS } = provinceReports();

function expectThaiAndEnglish(run: CliRun): void {
  const lines = run.stderr.split('\n').filter((l) => l.trim() !== '');
  expect(lines.length).toBeGreaterThanOrEqual(2);
  expect(lines[0]).toMatch(/[\u0E01-\u0E4E]{3}/);
  expect(lines[lines.length - 1]).toMatch(/[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}/);
}

// ---- bad input ------------------------------------------------------------------------------------

describe('bad input: exit 2, Thai + English on stderr, nothing on stdout, no output file', () => {
  let n = 0;
  async function refused(args: string[], mentions: (string | RegExp)[] = []): Promise<CliRun> {
    const dir = tmp.path(`bad-${++n}`);
    mkdirSync(dir, { recursive: true });
    const run = await runCli(
      'rollup',
      ...args,
      '--out',
      join(dir, 'report.xlsx'),
      '--html',
      join(dir, 'report.html'),
      ...TODAY,
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expectThaiAndEnglish(run);
    for (const m of mentions) expect(run.stderr).toMatch(m);
    expect(readdirSync(dir)).toEqual([]);
    return run;
  }

  function badFile(name: string, content: string | Buffer): string {
    const file = tmp.path(`inputs/${name}`);
    mkdirSync(tmp.path('inputs'), { recursive: true });
    writeFileSync(file, content);
    return file;
  }

  test('a registry file of the wrong shape', async () => {
    const registry = badFile('wrong-registry.csv', '\uFEFFชื่อ,ที่อยู่,โทรศัพท์\r\nบ้านใหม่,1 หมู่ 2,054000000\r\n');
    await refused([PLANS[0].file, '--registry', registry], ['wrong-registry.csv', 'รหัส อปท.']);
  });

  test('an empty registry (header only, or an empty file)', async () => {
    const headerOnly = badFile('empty-registry.csv', `${readFileSync(REGISTRY_CSV, 'utf8').split('\r\n')[0]}\r\n`);
    await refused([PLANS[0].file, '--registry', headerOnly], ['empty-registry.csv']);
    const zero = badFile('zero-registry.csv', '');
    await refused([PLANS[0].file, '--registry', zero], ['zero-registry.csv']);
  });

  test('targets naming unknown places', async () => {
    const targets = badFile(
      'bad-targets.csv',
      csvText([
        ['จังหวัด', 'อำเภอ', 'รายรับ (บาท)'],
        ['จังหวัดสมมุติ', '', 1000],
        ['พะเยา', 'อ.ไม่มีอำเภอนี้', 500],
        ['พะเยา', 'จุน', 200],
      ]),
    );
    await refused(
      [...PLANS.map((p) => p.file), '--registry', REGISTRY_CSV, '--targets', targets],
      ['สมมุติ', 'ไม่มีอำเภอนี้', 'bad-targets.csv'],
    );
  });

  test('targets with numbers that cannot be read', async () => {
    const targets = badFile(
      'bad-numbers.csv',
      csvText([
        ['จังหวัด', 'รายรับ (บาท)'],
        ['พะเยา', 'หนึ่งพัน'],
        ['น่าน', '-5'],
      ]),
    );
    await refused([PLANS[0].file, '--targets', targets], ['หนึ่งพัน', '-5']);
  });

  test('two provinces in the province column of one file', async () => {
    const file = badFile(
      'two-provinces.csv',
      csvText([
        ['ลำดับ', 'จังหวัด', ...HEADER_COMMON],
        [
          1,
          'พะเยา',
          '15/10/2568',
          'เมืองพะเยา',
          'ทต.แม่กา',
          'ข้าว',
          'https://www.facebook.com/share/p/tp1',
          1,
          100,
          1,
          '',
        ],
        [2, 'น่าน', '15/10/2568', 'เมืองน่าน', 'ทต.ดู่ใต้', 'ข้าว', 'https://www.facebook.com/share/p/tp2', 1, 100, 1, ''],
      ]),
    );
    await refused([file, '--registry', REGISTRY_CSV], ['two-provinces.csv', 'พะเยา', 'น่าน']);
  });

  test('a file whose province cannot be told', async () => {
    const file = badFile(
      'no-province.csv',
      csvText([
        ['ลำดับ', ...HEADER_COMMON],
        [1, '15/10/2568', 'ไม่ทราบ', 'อบต.ไม่มีในทะเบียนเลย', 'ข้าว', 'https://www.facebook.com/share/p/np1', 1, 100, 1, ''],
      ]),
    );
    await refused([file], ['no-province.csv']);
  });

  test('a period that cannot be read', async () => {
    await refused([PLANS[0].file, '--period', '2569-Q5'], ['2569-Q5']);
  });

  test('an unknown --by', async () => {
    await refused([PLANS[0].file, '--by', 'amphoe'], ['amphoe', 'district']);
  });

  test('an unknown --province', async () => {
    await refused([PLANS[0].file, '--province', 'เมืองลับแล'], ['เมืองลับแล']);
  });

  test('an existing report is left as it was when the run is refused', async () => {
    const dir = tmp.path('keep');
    mkdirSync(dir, { recursive: true });
    const out = join(dir, 'report.xlsx');
    writeFileSync(out, 'old report');
    const run = await runCli('rollup', PLANS[0].file, '--period', '2569-Q5', '--out', out, ...TODAY);
    expect(run.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('old report');
    expect(readdirSync(dir)).toEqual(['report.xlsx']);
  });
});
