// `khongdee followup` end to end: the messages on stdout (Thai, English), the .txt files of --out (UTF-8 without BOM,
// CRLF, the same text as printed), several provinces in subfolders, a stale file from an earlier run, and bad input:
// no --period, a bad --timely-days, a province without a registry, outputs that would replace an input or cannot be
// written, each exit 2 with a Thai and English message and no file written.

import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { laoDisplayName } from '../../src/core/registry/laoTypes';
import { PHAYAO_DEMO_REGISTRY } from '../../src/core/registry/phayaoDemo';
import { runCli } from '../support/cli';
import { copyInto, csvText, fingerprint, SAMPLE_REPORT, sha256 } from '../support/cliFiles';
import { PREFIXES, REGISTRY_CSV, type RegistryLao, registryLaos } from '../support/rollupData';
import { HEADER } from '../support/sheets';
import { tempDir } from '../support/tempDir';

jest.setTimeout(120_000);

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const TODAY = ['--today', '2026-11-21'];
const Q1 = ['--period', '2569-Q1'];
const DISTRICT_FILES = [
  'อำเภอเมืองพะเยา.txt',
  'อำเภอจุน.txt',
  'อำเภอเชียงคำ.txt',
  'อำเภอเชียงม่วน.txt',
  'อำเภอดอกคำใต้.txt',
  'อำเภอปง.txt',
  'อำเภอแม่ใจ.txt',
  'อำเภอภูซาง.txt',
  'อำเภอภูกามยาว.txt',
];

const typed = (l: RegistryLao) => ({ district: l.district, lao: `${PREFIXES[l.type][0]}${l.name}` });

/** The message printed under `----- title -----`, up to the next heading. */
function block(stdout: string, title: string): string {
  const lines = stdout.split('\n');
  const start = lines.indexOf(`----- ${title} -----`);
  if (start < 0) throw new Error(`no message for ${title}`);
  let end = lines.findIndex((l, i) => i > start && /^(-----|===) /.test(l));
  if (end < 0) end = lines.length;
  // the blank line before the next heading separates messages; it is not part of one
  return lines
    .slice(start + 1, end)
    .join('\n')
    .replace(/\n$/, '');
}

/** A CSV report of a province (named in its title line) with one good row per อปท. given. */
function reportCsv(province: string, laos: readonly { district: string; lao: string }[]): string {
  return csvText([
    [`แบบรายงานผล จังหวัด${province}`],
    HEADER,
    ...laos.map((l, i) => [
      String(i + 1),
      '15/10/2568',
      l.district,
      l.lao,
      'ข้าว',
      `https://www.facebook.com/share/p/fucli${province}${i}`,
      '3',
      '1500',
      '4',
      '',
    ]),
  ]);
}

describe('khongdee followup, printed', () => {
  it('prints the province message, then one message per district with non-reporters', async () => {
    const run = await runCli('followup', SAMPLE_REPORT, ...Q1, ...TODAY);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('=== จังหวัดพะเยา: ข้อความติดตาม 10 ฉบับ ===');
    const headings = lines.filter((l) => l.startsWith('----- '));
    expect(headings).toEqual([
      '----- จังหวัดพะเยา -----',
      ...DISTRICT_FILES.map((f) => `----- ${f.replace('.txt', '')} -----`),
    ]);
    const chun = block(run.stdout, 'อำเภอจุน').split('\n');
    expect(chun[0]).toBe('เรียน ท้องถิ่นอำเภอจุน');
    expect(chun).toContain('อปท. ที่ยังไม่รายงาน 6 แห่ง จากทั้งหมด 7 แห่ง ดังนี้');
    expect(chun).toContain('6. อบต.ห้วยยางขาม');
    expect(chun).toContain('กำหนดส่งภายในวันที่ 15 มกราคม 2569 (เลยกำหนดมาแล้ว 310 วัน)');
    expect(block(run.stdout, 'จังหวัดพะเยา')).toContain('อปท. รายงานแล้ว 12 จาก 72 แห่ง (ร้อยละ 16.7)');
    // the rows in error are told on stderr, not mixed into the messages
    expect(run.stderr).toBe('รายการที่ข้อมูลผิดพลาด 3 รายการไม่นับเป็นการรายงาน ตรวจรายละเอียดด้วย khongdee validate');
  });

  it('prints English with --lang en, and takes --timely-days (Thai digits too)', async () => {
    const run = await runCli('followup', SAMPLE_REPORT, ...Q1, '--today', '2026-01-10', '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('=== Phayao: 10 follow-up messages ===');
    expect(block(run.stdout, 'อำเภอภูซาง')).toContain(
      '3 of the 5 LAOs have not reported:\n1. อบต.เชียงแรง\n2. อบต.ทุ่งกล้วย\n3. อบต.ป่าสัก\n',
    );
    expect(run.stdout).toContain('Deadline: 15 January 2026 (5 days left)');
    const later = await runCli('followup', SAMPLE_REPORT, ...Q1, ...TODAY, '--timely-days', '๒๐');
    expect(later.code).toBe(0);
    expect(later.stdout).toContain('กำหนดส่งภายในวันที่ 20 มกราคม 2569 (เลยกำหนดมาแล้ว 305 วัน)');
    const none = await runCli('followup', SAMPLE_REPORT, ...Q1, ...TODAY, '--timely-days', '0');
    expect(none.stdout).toContain('กำหนดส่งภายในวันที่ 31 ธันวาคม 2568 (เลยกำหนดมาแล้ว 325 วัน)');
  });

  it('says when every อปท. has reported: only the province message', async () => {
    const laos = PHAYAO_DEMO_REGISTRY.laos.map((l) => ({ district: l.districtName, lao: laoDisplayName(l) }));
    const file = tmp.path('all-reported.csv');
    writeFileSync(file, reportCsv('พะเยา', laos));
    const run = await runCli('followup', file, '--period', '2568-10', ...TODAY);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('----- '))).toEqual(['----- จังหวัดพะเยา -----']);
    expect(run.stdout).toContain('อปท. รายงานครบทั้ง 72 แห่ง (ร้อยละ 100.0)');
    expect(run.stdout).toContain('ทุก อปท. ของจังหวัดพะเยา รายงานแล้ว ไม่มีอำเภอที่ต้องส่งข้อความติดตาม');
    expect(run.stderr).toBe('');
  });
});

describe('khongdee followup --out', () => {
  it('writes one .txt per district plus the province one: the printed text, UTF-8 without BOM, CRLF', async () => {
    const out = tmp.path('out-sample');
    const printed = await runCli('followup', SAMPLE_REPORT, ...Q1, ...TODAY);
    const run = await runCli('followup', SAMPLE_REPORT, ...Q1, ...TODAY, '--out', out);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['จังหวัดพะเยา.txt', ...DISTRICT_FILES].sort());
    expect(run.stdout.split('\n')).toEqual(['จังหวัดพะเยา.txt', ...DISTRICT_FILES].map((f) => `บันทึกไฟล์ ${join(out, f)}`));
    for (const name of ['จังหวัดพะเยา.txt', ...DISTRICT_FILES]) {
      const bytes = readFileSync(join(out, name));
      expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toContain('\n');
      expect(text.replace(/\r\n/g, '\n').replace(/\n$/, '')).toBe(block(printed.stdout, name.replace('.txt', '')));
    }
  });

  it('writes English files with --lang en; file names stay Thai', async () => {
    const out = tmp.path('out-en');
    const run = await runCli('followup', SAMPLE_REPORT, ...Q1, ...TODAY, '--out', out, '--lang', 'en');
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, 'อำเภอจุน.txt'), 'utf8').split('\r\n')[0]).toBe(
      'To: the local administration officer of อำเภอจุน',
    );
    expect(run.stdout.split('\n')[0]).toBe(`Wrote ${join(out, 'จังหวัดพะเยา.txt')}`);
  });

  it('writes a folder per province for files of several provinces, with the national registry', async () => {
    const nan = registryLaos().find((l) => l.provinceCode === '55')!;
    const file = tmp.path('nan.csv');
    writeFileSync(file, reportCsv('น่าน', [typed(nan)]));
    const out = tmp.path('out-two');
    const run = await runCli(
      'followup',
      SAMPLE_REPORT,
      file,
      ...Q1,
      ...TODAY,
      '--registry',
      REGISTRY_CSV,
      '--out',
      out,
    );
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['จังหวัดน่าน', 'จังหวัดพะเยา']);
    expect(readdirSync(join(out, 'จังหวัดพะเยา')).sort()).toEqual(['จังหวัดพะเยา.txt', ...DISTRICT_FILES].sort());
    const nanFiles = readdirSync(join(out, 'จังหวัดน่าน'));
    expect(nanFiles).toContain('จังหวัดน่าน.txt');
    const nanProvince = readFileSync(join(out, 'จังหวัดน่าน', 'จังหวัดน่าน.txt'), 'utf8');
    expect(nanProvince).toContain('เรียน ท้องถิ่นจังหวัดน่าน');
    const nanTotal = registryLaos().filter((l) => l.provinceCode === '55').length;
    expect(nanProvince).toContain(`อปท. รายงานแล้ว 1 จาก ${nanTotal} แห่ง`);
  });

  it('warns of a file left by an earlier run for a district that has now reported in full, and leaves it', async () => {
    const skip = PHAYAO_DEMO_REGISTRY.laos.find((l) => l.code === '6560207')!; // อบต.ห้วยยางขาม, อำเภอจุน
    const laos = PHAYAO_DEMO_REGISTRY.laos
      .filter((l) => l !== skip)
      .map((l) => ({ district: l.districtName, lao: laoDisplayName(l) }));
    const file = tmp.path('all-but-one.csv');
    writeFileSync(file, reportCsv('พะเยา', laos));
    const out = tmp.path('out-stale');
    mkdirSync(out);
    writeFileSync(join(out, 'อำเภอปง.txt'), 'old message');
    const run = await runCli('followup', file, '--period', '2568-10', ...TODAY, '--out', out);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['จังหวัดพะเยา.txt', 'อำเภอจุน.txt', 'อำเภอปง.txt'].sort());
    expect(readFileSync(join(out, 'อำเภอปง.txt'), 'utf8')).toBe('old message');
    expect(run.stderr).toBe(
      `ไฟล์ ${join(out, 'อำเภอปง.txt')} เป็นของการทำงานครั้งก่อน อำเภอนี้รายงานครบแล้ว ไม่ต้องส่ง (ไม่ได้ลบไฟล์นี้)`,
    );
  });
});

describe('khongdee followup refuses', () => {
  const refused = (run: { code: number; stdout: string; stderr: string }, th: string, en: string) => {
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(th);
    expect(run.stderr).toContain(en);
  };

  it('a run without --period, saying how to write one', async () => {
    const out = tmp.path('no-period');
    const run = await runCli('followup', SAMPLE_REPORT, ...TODAY, '--out', out);
    refused(
      run,
      'กรุณาระบุช่วงเวลาที่จะติดตามด้วย --period เช่น --period 2569-Q1',
      'Name the period to follow up with --period',
    );
    expect(existsSync(out)).toBe(false);
    refused(await runCli('followup', ...Q1, ...TODAY), 'กรุณาระบุไฟล์แบบรายงาน', 'Name at least one report file');
    refused(
      await runCli('followup', SAMPLE_REPORT, '--period', '2025', ...TODAY),
      'ไม่ใช่ปี พ.ศ.',
      'is not a Buddhist-era year',
    );
  });

  it('a --timely-days that is not a whole number from 0 to 366', async () => {
    for (const bad of ['x', '-1', '1.5', '367', '']) {
      refused(
        await runCli('followup', SAMPLE_REPORT, ...Q1, ...TODAY, `--timely-days=${bad}`),
        `--timely-days “${bad}” ใช้ไม่ได้`,
        `--timely-days “${bad}” is not valid`,
      );
    }
    expect((await runCli('followup', SAMPLE_REPORT, ...Q1, ...TODAY, '--timely-days', '366')).code).toBe(0);
  });

  it('a province the registry does not cover, saying to pass --registry', async () => {
    const nan = registryLaos().find((l) => l.provinceCode === '55')!;
    const file = tmp.path('nan-only.csv');
    writeFileSync(file, reportCsv('น่าน', [typed(nan)]));
    refused(
      await runCli('followup', file, ...Q1, ...TODAY),
      'ไม่มีทะเบียน อปท. ของจังหวัดน่าน จึงไม่ทราบว่า อปท. ใดยังไม่รายงาน กรุณาระบุทะเบียนด้วย --registry',
      'There is no LAO registry for น่าน, so who has not reported is unknown. Pass one with --registry',
    );
  });

  it('an --out that is a file, or lies under one', async () => {
    const dir = tmp.path('guard-file');
    const report = copyInto(dir, SAMPLE_REPORT, 'phayao.xlsx');
    const before = fingerprint(dir);
    refused(
      await runCli('followup', report, ...Q1, ...TODAY, '--out', report),
      `--out “${report}” เป็นไฟล์`,
      `--out “${report}” is a file`,
    );
    refused(await runCli('followup', report, ...Q1, ...TODAY, '--out', join(report, 'sub')), '--out', '--out');
    expect(fingerprint(dir)).toEqual(before);
  });

  it('an output that would replace an input (a link to it), writing none of the other files', async () => {
    const dir = tmp.path('guard-link');
    const report = copyInto(dir, SAMPLE_REPORT, 'phayao.xlsx');
    const out = join(dir, 'out');
    mkdirSync(out);
    symlinkSync(report, join(out, 'อำเภอจุน.txt'));
    const hash = sha256(report);
    const run = await runCli('followup', report, ...Q1, ...TODAY, '--out', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(report);
    expect(sha256(report)).toBe(hash);
    expect(readdirSync(out)).toEqual(['อำเภอจุน.txt']);
  });

  it('an output that cannot be written (a folder in the way): no partial set of files', async () => {
    const out = tmp.path('guard-folder');
    mkdirSync(join(out, 'อำเภอปง.txt'), { recursive: true });
    const run = await runCli('followup', SAMPLE_REPORT, ...Q1, ...TODAY, '--out', out);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(readdirSync(out)).toEqual(['อำเภอปง.txt']);
  });
});
