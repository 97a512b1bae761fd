// The same content given twice is read once: the same file twice, a copy under another name, two files whose rows overlap,
// in `rollup` and in a consolidation's province (whose status says so); and the official table holds only official places,
// with one line for the rest that keeps the table adding up. Each test fails on the code before issue 12.

import { checkSource } from '../../src/core/consolidate/checkSource';
import { consolidateProvince, copiedSources } from '../../src/core/consolidate/consolidate';
import { statusExplanation } from '../../src/core/consolidate/status';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { provinceByCode } from '../../src/core/geo/provinces';
import { reportMessages } from '../../src/core/messages/report';
import { indexRegistry, provinceMatcher } from '../../src/core/registry/match';
import { PHAYAO_DEMO_REGISTRY } from '../../src/core/registry/phayaoDemo';
import { rollupReport } from '../../src/core/report/rollupReport';
import { type RollupSheet, rollup } from '../../src/core/rollup/rollup';
import { rollupJson } from '../../src/core/rollup/rollupJson';
import type { RollupResult } from '../../src/core/rollup/types';
import { LinkNumbering } from '../../src/core/validate/linkNumbering';
import { check, GOOD, type RowInput, sheet, TODAY } from '../support/sheets';

const FORM = DLA_ONLINE_MARKET;
const PHAYAO = provinceByCode('56')!;
const INDEX = indexRegistry(PHAYAO_DEMO_REGISTRY, provinceByCode);
const identify = provinceMatcher(INDEX, INDEX.provinces.get('56')!);

const ROWS: RowInput[] = [
  { ...GOOD, links: 'https://www.facebook.com/share/p/r1' },
  { ...GOOD, lao: 'อบต.แม่ใส', links: 'https://www.facebook.com/share/p/r2', revenue: 2500 },
  { ...GOOD, district: 'จุน', lao: 'ทต.จุน', links: 'https://www.tiktok.com/@a/video/3', sales: 7, revenue: 9100.5 },
  { ...GOOD, sales: 'abc', links: 'https://www.facebook.com/share/p/r4' },
];

function source(file: string, rows: RowInput[], linkNumbers = new LinkNumbering()): RollupSheet {
  return { file, sheet: 'รายงานผล', province: PHAYAO, validation: check(sheet(...rows), { identify, linkNumbers }) };
}

function run(sheets: RollupSheet[]): RollupResult {
  return rollup({ form: FORM, sheets, registry: INDEX, period: null, targets: null });
}

/** The JSON without the notices, which name the files. */
function figures(result: RollupResult) {
  const { overlaps, ...json } = rollupJson(result, FORM, 'district', TODAY);
  void overlaps;
  return json;
}

describe('rollup of the same content twice', () => {
  test('the same file twice is read once, every figure and problem as one copy, with a notice naming it', () => {
    const numbers = new LinkNumbering();
    const one = run([source('พะเยา.xlsx', ROWS, numbers)]);
    const numbers2 = new LinkNumbering();
    const twice = run([source('พะเยา.xlsx', ROWS, numbers2), source('พะเยา.xlsx', ROWS, numbers2)]);
    expect(figures(twice)).toEqual(figures(one));
    expect(twice.root).toMatchObject({ entries: 3, rowsWithErrors: 1, sums: { revenue: 1_310_050 } });
    expect(twice.problems).toEqual(one.problems);
    expect(twice.overlaps).toHaveLength(1);
    expect(twice.overlaps[0]).toMatchObject({ index: 1, earlierIndex: 0, rows: null });
    expect(twice.overlaps[0].message.th).toContain('พะเยา.xlsx');
    expect(twice.overlaps[0].message.th).toContain('อ่านครั้งเดียว');
    // the report says it under the table
    const doc = rollupReport(twice, FORM, { asOf: TODAY, problems: [] });
    expect(doc.tables[0].footnotes).toContain(twice.overlaps[0].message.th);
  });

  test('a copy under another name is read once, and the notice names both files', () => {
    const numbers = new LinkNumbering();
    const result = run([source('พะเยา.xlsx', ROWS, numbers), source('พะเยา (1).xlsx', ROWS, numbers)]);
    expect(figures(result)).toEqual(figures(run([source('พะเยา.xlsx', ROWS)])));
    expect(result.overlaps[0].message.th).toContain('พะเยา (1).xlsx');
    expect(result.overlaps[0].message.th).toContain('พะเยา.xlsx');
  });

  test('two files whose rows overlap count each shared row once, and say how many rows they share', () => {
    const numbers = new LinkNumbering();
    const first = source('ชุดที่ 1.xlsx', ROWS.slice(0, 3), numbers);
    const second = source(
      'ชุดที่ 2.xlsx',
      [ROWS[1], ROWS[2], { ...GOOD, lao: 'อบต.บ้านตุ่น', links: 'https://www.facebook.com/share/p/r5' }],
      numbers,
    );
    const result = run([first, second]);
    const all = run([
      source('ทั้งหมด.xlsx', [
        ...ROWS.slice(0, 3),
        { ...GOOD, lao: 'อบต.บ้านตุ่น', links: 'https://www.facebook.com/share/p/r5' },
      ]),
    ]);
    expect(result.root).toMatchObject({
      entries: all.root.entries,
      links: all.root.links,
      laosReported: all.root.laosReported,
      sums: all.root.sums,
    });
    expect(result.overlaps).toEqual([expect.objectContaining({ index: 1, earlierIndex: 0, rows: 2 })]);
    expect(result.overlaps[0].message.th).toContain('2 แถว');
  });
});

describe('a consolidation province with a copy of its file', () => {
  const options = { form: FORM, today: TODAY, registry: INDEX };
  const rows = sheet(...ROWS);

  test('is rolled up once; its status names both sources, counts one copy and says what was read once', () => {
    const linkNumbers = new LinkNumbering();
    const one = consolidateProvince(
      FORM,
      PHAYAO,
      [checkSource('พะเยา.xlsx', [{ name: 'รายงานผล', rows }], { ...options, linkNumbers: new LinkNumbering() })],
      INDEX,
      null,
    );
    const sources = ['พะเยา.xlsx', 'พะเยา (1).xlsx'].map((name) =>
      checkSource(name, [{ name: 'รายงานผล', rows }], { ...options, linkNumbers }),
    );
    const two = consolidateProvince(FORM, PHAYAO, sources, INDEX, null);
    expect(two.result.group).toEqual(one.result.group);
    expect(two.result.problems).toEqual(one.result.problems);
    expect(two.status).toMatchObject({
      status: 'ok',
      rowsRead: one.status.rowsRead,
      errors: one.status.errors,
      warnings: one.status.warnings,
      source: 'พะเยา.xlsx\nพะเยา (1).xlsx',
    });
    expect(statusExplanation(two.status).th).toContain('พะเยา (1).xlsx มีข้อมูลเหมือน พะเยา.xlsx ทุกแถว');
    // the copy's problems are the first file's: the problems table lists them once
    expect(copiedSources(sources)).toEqual([sources[1]]);
    expect(copiedSources(sources.slice(0, 1))).toEqual([]);
  });
});

describe('the official table holds only official places', () => {
  test('districts not in the registry are one line ไม่ทราบอำเภอ/อปท., not numbered rows, and the table adds up', () => {
    const result = run([
      source('พะเยา.xlsx', [
        ...ROWS,
        { ...GOOD, district: 'จุนน', lao: 'ทต.จุนน' },
        { ...GOOD, district: 'เมืองา', lao: 'อบต.ไม่มี' },
      ]),
    ]);
    const table = rollupReport(result, FORM, { asOf: TODAY, problems: [] }).tables[0];
    const names = table.rows.map((r) => r.cells[1]);
    expect(names).not.toContain('จุนน');
    expect(names).not.toContain('เมืองา');
    const numbered = table.rows.filter((r) => typeof r.cells[0] === 'number');
    expect(numbered.map((r) => r.cells[1])).toEqual(
      PHAYAO_DEMO_REGISTRY.laos.map((l) => l.districtName).filter((d, i, all) => all.indexOf(d) === i),
    );
    const unknown = table.rows.filter((r) => r.cells[1] === reportMessages.unknownPlaces.th);
    expect(unknown).toHaveLength(1);
    expect(unknown[0].cells[0]).toBe('');
    const errorsColumn = table.columns.length - 1;
    expect(unknown[0].cells[errorsColumn]).toBe(2);
    // every additive column of รวม is the sum of the lines above it
    const total = table.rows[table.rows.length - 1];
    const lines = [...numbered, ...unknown];
    const at = (header: string) => table.columns.findIndex((c) => c.header === header);
    const columns = [
      reportMessages.columns.entries,
      reportMessages.columns.rowsWithErrors,
      reportMessages.columns.laosTotal,
      'รายรับ\n(บาท)',
    ].map(at);
    expect(Math.min(...columns)).toBeGreaterThan(1);
    for (const c of columns) expect(lines.reduce((n, r) => n + Number(r.cells[c]), 0)).toBe(total.cells[c]);
    expect(table.footnotes).toContain(reportMessages.footnotes.unknownPlaces);
  });

  test('without unknown places there is no such line, and without a registry the typed districts stay the rows', () => {
    const clean = rollupReport(run([source('พะเยา.xlsx', ROWS.slice(0, 3))]), FORM, { asOf: TODAY, problems: [] })
      .tables[0];
    expect(clean.rows.some((r) => r.cells[1] === reportMessages.unknownPlaces.th)).toBe(false);
    const v = check(sheet({ ...GOOD, district: 'จุนน' }));
    const noRegistry = rollupReport(
      rollup({
        form: FORM,
        sheets: [{ file: 'f', sheet: 's', province: PHAYAO, validation: v }],
        registry: null,
        period: null,
        targets: null,
      }),
      FORM,
      { asOf: TODAY, problems: [] },
    ).tables[0];
    expect(noRegistry.rows[0].cells.slice(0, 2)).toEqual([1, 'จุนน']);
  });
});
