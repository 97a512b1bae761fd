// The consolidation core runs where the central Apps Script will run it: bundled to one es2020 script and executed in a bare V8
// context without require, process, URL, TextEncoder, timers, Buffer or Intl; it gives exactly what it gives in Node.

import { join } from 'node:path';
import * as vm from 'node:vm';
import { build } from 'esbuild';
import { PHAYAO_DEMO_REGISTRY } from '../../src/core/registry/phayaoDemo';
import { ABSENT_GLOBALS } from '../support/appsScriptSandbox';
import { reportSpecs, sheetRows, TODAY } from './fixture';
import { type RunInput, runConsolidation } from './runConsolidation';

jest.setTimeout(60_000);

test('bundled and run without Node’s globals, the consolidation equals the one in Node', async () => {
  const bundle = await build({
    entryPoints: [join(__dirname, 'runConsolidation.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'Consolidation',
    target: 'es2020',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const context = vm.createContext({ Intl: undefined });
  for (const name of ABSENT_GLOBALS) if (name !== 'Intl') expect(name in context).toBe(false);
  vm.runInContext(bundle.outputFiles[0].text, context);

  const phayaoLaos = PHAYAO_DEMO_REGISTRY.laos;
  const input: RunInput = {
    today: TODAY,
    // a registry of two provinces: พะเยา's demo list and one อปท. of น่าน, so the table is national
    laos: [
      ...phayaoLaos,
      {
        code: '5550103',
        type: 'subdistrictMunicipality',
        name: 'ดู่ใต้',
        districtCode: '5501',
        districtName: 'เมืองน่าน',
        provinceCode: '55',
        provinceName: 'น่าน',
      },
    ],
    sources: [
      {
        source: 'https://docs.google.com/spreadsheets/d/1phayao › รายงานผล',
        sheets: [
          { name: 'พะเยา', rows: sheetRows(reportSpecs('56', 'xlsx', []), { dateCells: true, submitted: [] }, 'xlsx') },
        ],
      },
      {
        source: 'https://docs.google.com/spreadsheets/d/1nodata › Sheet1',
        sheets: [{ name: 'Sheet1', rows: [['ไม่มีข้อมูล']] }],
      },
    ],
    cannotOpen: [{ source: '1locked', provinceCode: '55' }],
  };
  const inSandbox = (
    context as unknown as { Consolidation: { runConsolidation: (s: string) => string } }
  ).Consolidation.runConsolidation(JSON.stringify(input));
  const inNode = runConsolidation(JSON.stringify(input));
  expect(inSandbox).toBe(inNode);
  const out = JSON.parse(inSandbox);
  expect(
    out.json.statuses.map((s: { province: { code: string } | null; status: string }) => [
      s.province?.code ?? null,
      s.status,
    ]),
  ).toEqual([
    ['55', 'cannotOpen'],
    ['56', 'ok'],
    [null, 'noHeader'],
  ]);
  expect(out.doc.tables.map((t: { sheetName: string }) => t.sheetName)).toEqual([
    'สรุปรายจังหวัด',
    'สถานะรายจังหวัด',
    'ลิงก์ซ้ำข้ามจังหวัด',
    'ยังไม่รายงาน',
  ]);
});
