// `khongdee consolidate DIR --json` on the generated folder: scope, every figure, statuses, cross-province links, problems.

import { chmodSync, copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  DLA_PROVINCES,
  expectedFigures,
  FACT,
  figuresOf,
  LAOS,
  laosIn,
  linkMark,
  sharedAcrossProvinces,
  sumTargets,
} from '../consolidate/fixture';
import { runCli } from '../support/cli';
import {
  ALL,
  BASE,
  DIR,
  failed,
  file,
  GOOD_FILES,
  heading,
  inZone,
  type Json,
  PHAYAO_BOTH_FILES,
  PROVINCE_TARGETS,
  specsOf,
  TARGET_ROWS,
  TARGETS,
  tmp,
  useProvincesFolder,
  WANT,
  WANT_UNPLACED,
  ZONES,
} from './consolidateCliFolder';

jest.setTimeout(120_000);
useProvincesFolder();

describe('khongdee consolidate DIR --json', () => {
  let json: Json;
  let budgetKey: string;

  beforeAll(async () => {
    const run = await runCli('consolidate', DIR, '--targets', TARGETS, '--json', ...BASE);
    if (run.code !== 0) throw new Error(`consolidate failed (${run.code}): ${run.stderr}`);
    expect(run.stderr).toBe('');
    json = JSON.parse(run.stdout);
    budgetKey = Object.keys(json.total.targets).find((k) => k.includes('งบประมาณ')) ?? 'no budget key';
  });

  test('the fixture holds what the test means it to', () => {
    expect(sharedAcrossProvinces(ALL).size).toBe(3);
    expect(new Set(specsOf('56').map((s) => s.lao.code)).size).toBeGreaterThan(15);
  });

  test('scope, date, period and level', () => {
    expect(json.scope.national).toBe(true);
    expect(json.scope.provinces.map((p: Json) => p.code)).toEqual(DLA_PROVINCES.map((p) => p.code).sort());
    expect(json.asOf).toBe('2026-11-21');
    expect(json.period).toBeNull();
    expect(json.level).toBe('zone');
  });

  test('every province, zone and the nation: every figure equals the computation from the generated lines', () => {
    expect(json.groups.map((z: Json) => z.name)).toEqual(ZONES.map(heading));
    for (const z of json.groups) {
      const codes = inZone(Number(z.key));
      expect(z.children.map((p: Json) => p.code)).toEqual(codes);
      for (const p of z.children) {
        const want = expectedFigures(
          specsOf(p.code),
          laosIn((l) => l.provinceCode === p.code),
          PROVINCE_TARGETS[p.code],
          budgetKey,
        );
        expect({ code: p.code, hasReport: p.hasReport, ...figuresOf(p) }).toEqual({
          code: p.code,
          hasReport: ['56', '55', '12', '90'].includes(p.code),
          ...want,
        });
      }
      const want = expectedFigures(
        ALL.filter((s) => codes.includes(s.provinceCode)),
        laosIn((l) => codes.includes(l.provinceCode)),
        sumTargets(codes.map((c) => PROVINCE_TARGETS[c])),
        budgetKey,
      );
      expect({ zone: z.key, ...figuresOf(z) }).toEqual({ zone: z.key, ...want });
    }
    expect(figuresOf(json.total)).toEqual(
      expectedFigures(ALL, LAOS.length, sumTargets(Object.values(PROVINCE_TARGETS)), budgetKey),
    );
    // the extra target column is summed per zone and for the nation
    expect(json.total.targets[budgetKey]).toBe(TARGET_ROWS.reduce((s, r) => s + r.v.budget, 0) / 100);
  });

  test('statuses: one per province in table order, with the sources read, counts, latest submission and an explanation', () => {
    const order = ZONES.flatMap(inZone);
    expect(json.statuses.map((s: Json) => s.province?.code ?? null)).toEqual([...order, null, null]);
    for (const s of json.statuses) {
      const want = s.province
        ? (WANT[s.province.code] ?? failed('', 'notReported'))
        : WANT_UNPLACED.find((w) => w.source === s.source)!;
      expect({
        source: s.source,
        status: s.status,
        rowsRead: s.rowsRead,
        errors: s.errors,
        warnings: s.warnings,
        latestSubmission: s.latestSubmission,
      }).toEqual(want);
      expect(s.explanation.th).toMatch(/[\u0E01-\u0E4E]{3}/);
      expect(s.explanation.en).toMatch(/[A-Za-z]{3,}/);
      expect(s.label.th).toMatch(/[\u0E01-\u0E4E]{3}/);
    }
    // the reason a file could not be read is in the explanation
    const chiangRai = json.statuses.find((s: Json) => s.province?.code === '57');
    expect(chiangRai.explanation.th).toContain('เชียงราย.xlsx');
  });

  test('crossProvinceLinks: every link reported in more than one province, with its provinces', () => {
    const shared = [...sharedAcrossProvinces(ALL).values()];
    expect(json.crossProvinceLinks).toHaveLength(shared.length);
    for (const { link, provinces } of shared) {
      const found = json.crossProvinceLinks.find((l: Json) => l.canonical.includes(linkMark(link)));
      expect(found).toMatchObject({
        platform: link.platform,
        provinceCodes: [...provinces].sort(),
        provinces: [...provinces].sort().map((c) => FACT.get(c)!.nameTh),
      });
    }
    // a link in both files of พะเยา is one province's link, not a cross-province one
    expect(json.crossProvinceLinks.some((l: Json) => l.canonical.includes(linkMark(PHAYAO_BOTH_FILES[0])))).toBe(false);
  });

  test('problems: the codes the generated lines carry, from the files that were read', () => {
    const byCode: Record<string, number> = {};
    for (const s of ALL) if (s.code) byCode[s.code] = (byCode[s.code] ?? 0) + 1;
    expect(json.problems.byCode).toEqual(byCode);
  });

  test('the same national table as `khongdee rollup FILES --by zone` on the same files', async () => {
    const run = await runCli('rollup', ...GOOD_FILES, '--by', 'zone', '--targets', TARGETS, '--json', ...BASE);
    expect(run.code).toBe(0);
    const rollup = JSON.parse(run.stdout);
    for (const key of ['scope', 'period', 'asOf', 'level', 'groups', 'total', 'nonReporters', 'problems'])
      expect({ [key]: json[key] }).toEqual({ [key]: rollup[key] });
  });

  test('without --targets, a ค่าเป้าหมาย workbook in the folder is used (and not taken for a province report)', async () => {
    const run = await runCli('consolidate', DIR, '--json', ...BASE);
    expect(run.code).toBe(0);
    const again = JSON.parse(run.stdout);
    expect(again.groups).toEqual(json.groups);
    expect(again.statuses).toEqual(json.statuses);
  });

  test('a summary written by an earlier run into the folder is not taken for a report', async () => {
    const dir = tmp.path('rerun');
    mkdirSync(dir, { recursive: true });
    copyFileSync(file('phayao-a.xlsx'), join(dir, 'phayao-a.xlsx'));
    expect((await runCli('consolidate', dir, '--out', join(dir, 'สรุปทั้งประเทศ.xlsx'), ...BASE)).code).toBe(0);
    const again = await runCli('consolidate', dir, ...BASE);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('สรุปทั้งประเทศ.xlsx');
    expect(again.stdout).not.toContain('ไฟล์ที่ไม่ทราบจังหวัด');
    const statuses = JSON.parse((await runCli('consolidate', dir, '--json', ...BASE)).stdout).statuses;
    expect(statuses.filter((s: Json) => s.province === null)).toEqual([]);
    expect(statuses.find((s: Json) => s.province.code === '56').source).toBe('phayao-a.xlsx');
  });

  test('--period 2569-Q1 gives the same table as rollup with that period', async () => {
    const a = JSON.parse(
      (await runCli('consolidate', DIR, '--targets', TARGETS, '--json', '--period', '2569-Q1', ...BASE)).stdout,
    );
    const b = JSON.parse(
      (
        await runCli(
          'rollup',
          ...GOOD_FILES,
          '--by',
          'zone',
          '--targets',
          TARGETS,
          '--json',
          '--period',
          '2569-Q1',
          ...BASE,
        )
      ).stdout,
    );
    expect(a.period.key).toBe('2569-Q1');
    expect(a.total).toEqual(b.total);
    expect(a.groups).toEqual(b.groups);
    expect(a.total.entries).toBeLessThan(json.total.entries);
  });

  (process.getuid?.() === 0 ? test.skip : test)('a file the user may not read: noPermission', async () => {
    const dir = tmp.path('locked');
    mkdirSync(dir, { recursive: true });
    copyFileSync(file('นนทบุรี.csv'), join(dir, 'นนทบุรี.csv'));
    chmodSync(join(dir, 'นนทบุรี.csv'), 0);
    const run = await runCli('consolidate', dir, '--json', ...BASE);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).statuses.find((s: Json) => s.province?.code === '12').status).toBe('noPermission');
  });
});
