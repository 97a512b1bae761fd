// `khongdee registry import` of DLA's national list: the counts by type and province, and a copy with every อปท. repeated
// once per ตำบล that imports to the same registry file.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { LAOS } from '../consolidate/fixture';
import { runCli } from '../support/cli';
import { type DlaType, REGISTRY_CSV } from '../support/rollupData';
import { tempDir } from '../support/tempDir';

jest.setTimeout(120_000);

const tmp = tempDir();
afterAll(() => tmp.cleanup());

// ---- registry import ------------------------------------------------------------------------------

describe('khongdee registry import', () => {
  const TYPE_KEY: Record<DlaType, string> = {
    'อบจ.': 'pao',
    เทศบาลนคร: 'city',
    เทศบาลเมือง: 'town',
    เทศบาลตำบล: 'subdistrictMunicipality',
    'อบต.': 'sao',
    ท้องถิ่นรูปแบบพิเศษ: 'special',
  };

  test('DLA’s national list: 7,849 อปท. by type and province', async () => {
    const out = tmp.path('import/registry.json');
    const run = await runCli('registry', 'import', REGISTRY_CSV, '--out', out, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.laos).toBe(7849);
    expect(json.byType).toEqual({ pao: 76, city: 30, town: 195, subdistrictMunicipality: 2247, sao: 5300, special: 1 });
    // and the same counts read independently from the file's ประเภท อปท. and รหัส อปท. columns
    const byType: Record<string, number> = {};
    const byProvince: Record<string, number> = {};
    for (const l of LAOS) {
      byType[TYPE_KEY[l.type]] = (byType[TYPE_KEY[l.type]] ?? 0) + 1;
      byProvince[l.provinceCode] = (byProvince[l.provinceCode] ?? 0) + 1;
    }
    expect(json.byType).toEqual(byType);
    expect(json.byProvince).toEqual(byProvince);
    expect(Object.keys(json.byProvince)).toHaveLength(76);
    expect(json.byProvince['10']).toBeUndefined();
    expect(existsSync(out)).toBe(true);
  });

  test('a copy with every อปท. repeated once per ตำบล imports to the same registry file', async () => {
    const original = tmp.path('import2/original.json');
    const repeatedOut = tmp.path('import2/repeated.json');
    const repeatedCsv = tmp.path('import2/repeated.csv');
    mkdirSync(tmp.path('import2'), { recursive: true });
    const records = readFileSync(REGISTRY_CSV, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r\n/)
      .filter((l) => l !== '');
    const [header, ...body] = records;
    const lines = [header];
    for (const line of body) {
      const cells = line.split(',');
      for (let t = 1; t <= 3; t++) {
        cells[2] = `ตำบลที่ ${t}`;
        cells[6] = `"${t}/2, หมู่บ้าน"`;
        lines.push(cells.join(','));
      }
    }
    writeFileSync(repeatedCsv, `\uFEFF${lines.join('\r\n')}\r\n`);
    const a = await runCli('registry', 'import', REGISTRY_CSV, '--out', original, '--json');
    const b = await runCli('registry', 'import', repeatedCsv, '--out', repeatedOut, '--json');
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const jb = JSON.parse(b.stdout);
    expect(jb.laos).toBe(7849);
    expect(jb.rowsRead).toBe(3 * 7849);
    expect(jb.duplicateRows).toBe(2 * 7849);
    expect(jb.conflicts).toBe(0);
    expect(readFileSync(repeatedOut, 'utf8')).toBe(readFileSync(original, 'utf8'));
  });
});
