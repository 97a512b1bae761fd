// `khongdee rollup` of one province file: its district table and xlsx, the same with the national registry or the imported
// registry file, and a province told by --province or only by a title line.

import { mkdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expectedFigures, figuresOf, LAOS } from '../consolidate/fixture';
import { runCli } from '../support/cli';
import { PREFIXES, REGISTRY_CSV } from '../support/rollupData';
import { AS_OF, csvText, HEADER_COMMON, type Json, laosIn, provinceReports, TITLE, TODAY } from './rollupCliSupport';

jest.setTimeout(120_000);

const { tmp, PLANS, BY_FILE } = provinceReports();

describe('a single-province run by district', () => {
  const phayaoLaos = () => LAOS.filter((l) => l.provinceCode === '56');

  function checkPhayao(json: Json): void {
    expect(json.scope.national).toBe(false);
    expect(json.scope.provinces).toEqual([{ code: '56', name: 'พะเยา' }]);
    expect(json.level).toBe('district');
    const districtCodes = [...new Set(phayaoLaos().map((l) => l.districtCode))].sort();
    expect(json.groups.map((g: Json) => g.code)).toEqual(districtCodes);
    const specs = BY_FILE.get(PLANS[0].file)!;
    for (const d of json.groups) {
      const want = expectedFigures(
        specs.filter((s) => s.districtCode === d.code),
        laosIn((l) => l.districtCode === d.code),
        undefined,
        '',
      );
      expect({ code: d.code, ...figuresOf(d) }).toEqual({ code: d.code, ...want });
    }
    expect(figuresOf(json.total)).toEqual(expectedFigures(specs, phayaoLaos().length, undefined, ''));
    expect(json.nonReporters.every((n: Json) => n.province === 'พะเยา')).toBe(true);
  }

  test('with the built-in Phayao registry: the district table, xlsx sheet สรุปรายอำเภอ', async () => {
    const out = tmp.path('phayao-only/phayao.xlsx');
    const run = await runCli('rollup', PLANS[0].file, '--by', 'district', '--json', '--out', out, ...TODAY);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    checkPhayao(json);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(['สรุปรายอำเภอ', 'ยังไม่รายงาน', 'ปัญหาข้อมูล']);
    const ws = book.worksheets[0];
    expect(ws.getCell('A1').value).toBe(TITLE);
    expect([ws.getCell('A2').value, ws.getCell('A3').value]).toEqual(['จังหวัดพะเยา', AS_OF]);
    let last = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(2).value === 'รวม') last = n;
    });
    expect(last).toBeGreaterThan(0);
    expect(ws.getRow(last).getCell(3).value).toBe(json.total.laosTotal);
    expect(ws.getRow(last).getCell(2).font?.bold).toBe(true);
    const names: string[] = [];
    ws.eachRow((row, n) => {
      if (n < last && typeof row.getCell(1).value === 'number') names.push(String(row.getCell(2).value));
    });
    expect(names).toEqual(json.groups.map((g: Json) => g.name));
    expect(names[0]).toBe('เมืองพะเยา');
  });

  test('with the national registry (DLA’s CSV), one province file is still that province’s table', async () => {
    const viaCsv = await runCli(
      'rollup',
      PLANS[0].file,
      '--by',
      'district',
      '--json',
      '--registry',
      REGISTRY_CSV,
      ...TODAY,
    );
    expect(viaCsv.code).toBe(0);
    checkPhayao(JSON.parse(viaCsv.stdout));
  });

  test('the imported registry file gives the same roll-up as DLA’s CSV', async () => {
    const registryJson = tmp.path('single/registry.json');
    expect((await runCli('registry', 'import', REGISTRY_CSV, '--out', registryJson, '--json')).code).toBe(0);
    const a = await runCli('rollup', ...PLANS.map((p) => p.file), '--json', '--registry', REGISTRY_CSV, ...TODAY);
    const b = await runCli('rollup', ...PLANS.map((p) => p.file), '--json', '--registry', registryJson, ...TODAY);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(JSON.parse(b.stdout)).toEqual(JSON.parse(a.stdout));
  });

  test('--province tells the province of a file that does not say it', async () => {
    const file = tmp.path('province-option/report.csv');
    mkdirSync(tmp.path('province-option'), { recursive: true });
    const nan = LAOS.filter((l) => l.provinceCode === '55').slice(0, 2);
    writeFileSync(
      file,
      csvText([
        ['ลำดับ', ...HEADER_COMMON],
        ...nan.map((l, i) => [
          i + 1,
          '15/10/2568',
          l.district,
          `${PREFIXES[l.type][0]}${l.name}`,
          'ข้าว',
          `https://www.facebook.com/share/p/opt${i}`,
          1,
          100,
          1,
          '',
        ]),
      ]),
    );
    const run = await runCli('rollup', file, '--json', '--province', 'จ.น่าน', ...TODAY);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.scope.provinces).toEqual([{ code: '55', name: 'น่าน' }]);
    expect(json.total).toMatchObject({
      entries: 2,
      revenue: 200,
      salesCount: 2,
      beneficiaries: 2,
      laosTotal: null,
      participation: null,
    });
  });

  test('a file whose only province hint is a title line directly above the header', async () => {
    const file = tmp.path('title-only/report.csv');
    mkdirSync(tmp.path('title-only'), { recursive: true });
    const nan = LAOS.filter((l) => l.provinceCode === '55').slice(0, 3);
    writeFileSync(
      file,
      csvText([
        ['แบบรายงานผลการดำเนินกิจกรรม จังหวัดน่าน'],
        ['ลำดับ', ...HEADER_COMMON],
        ...nan.map((l, i) => [
          i + 1,
          '15/10/2568',
          l.district,
          `${PREFIXES[l.type][0]}${l.name}`,
          'ข้าว',
          `https://www.facebook.com/share/p/title${i}`,
          1,
          100,
          1,
          '',
        ]),
      ]),
    );
    const run = await runCli('rollup', file, '--json', ...TODAY);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).scope.provinces).toEqual([{ code: '55', name: 'น่าน' }]);
  });
});
