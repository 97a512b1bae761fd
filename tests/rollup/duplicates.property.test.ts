// Property tests of the one definition of a duplicate, over generated Phayao sheets (registry names, typos, errors, shared
// links, rows without links): duplicating rows or files never changes a figure, and reordering rows or files never changes
// the output. Each property runs 200 generated cases.

import fc from 'fast-check';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { provinceByCode } from '../../src/core/geo/provinces';
import { laoDisplayName } from '../../src/core/registry/laoTypes';
import { indexRegistry, provinceMatcher } from '../../src/core/registry/match';
import { PHAYAO_DEMO_REGISTRY } from '../../src/core/registry/phayaoDemo';
import { type RollupSheet, rollup } from '../../src/core/rollup/rollup';
import { type GroupJson, rollupJson } from '../../src/core/rollup/rollupJson';
import type { RollupResult } from '../../src/core/rollup/types';
import { LinkNumbering } from '../../src/core/validate/linkNumbering';
import { check, type RowInput, sheet, TODAY } from '../support/sheets';

const FORM = DLA_ONLINE_MARKET;
const PHAYAO = provinceByCode('56')!;
const INDEX = indexRegistry(PHAYAO_DEMO_REGISTRY, provinceByCode);
const RUNS = { numRuns: 200 };

// a few อปท. of two districts, one written another way, and one the registry does not have (an error row in a typo district)
const PLACES: readonly { lao: string; district: string }[] = [
  ...PHAYAO_DEMO_REGISTRY.laos.slice(0, 5).map((l) => ({ lao: laoDisplayName(l), district: l.districtName })),
  ...PHAYAO_DEMO_REGISTRY.laos.slice(-2).map((l) => ({ lao: laoDisplayName(l), district: l.districtName })),
  { lao: 'ทต.แม่กา', district: 'เมือง' },
  { lao: 'อบต.ไม่มีชื่อนี้', district: 'จุนน' },
];
const LINKS = [
  'https://www.facebook.com/share/p/1',
  'https://m.facebook.com/share/p/1/?mibextid=2',
  'https://www.tiktok.com/@a/video/2',
  'https://youtu.be/x3',
  'https://www.facebook.com/share/p/4',
];

const rowArb: fc.Arbitrary<RowInput> = fc
  .record({
    place: fc.constantFrom(...PLACES),
    date: fc.constantFrom('15/10/2568', '1/11/2568', '', '3/3/2500'),
    links: fc.subarray(LINKS, { maxLength: 2 }),
    sales: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant('abc')),
    revenue: fc.constantFrom(0, 100, 250.5),
    people: fc.integer({ min: 0, max: 2 }),
    product: fc.constantFrom('ข้าว', 'น้ำผึ้ง'),
  })
  .map(({ place, links, ...r }) => ({ ...r, ...place, links: links.join(' ') }));

const rowsArb = fc.array(rowArb, { maxLength: 14 });

function sources(files: readonly { name: string; rows: readonly RowInput[] }[], withRegistry: boolean): RollupSheet[] {
  const linkNumbers = new LinkNumbering();
  const identify = withRegistry ? provinceMatcher(INDEX, INDEX.provinces.get('56')!) : undefined;
  return files.map((f) => ({
    file: f.name,
    sheet: 'รายงานผล',
    province: PHAYAO,
    validation: check(sheet(...f.rows), { identify, linkNumbers }),
  }));
}

/** The roll-up with Phayao's registry, or (withRegistry false) as a province without one would get it: typed names only. */
function run(files: readonly { name: string; rows: readonly RowInput[] }[], withRegistry = true): RollupResult {
  return rollup({
    form: FORM,
    sheets: sources(files, withRegistry),
    registry: withRegistry ? INDEX : null,
    period: null,
    targets: null,
  });
}

const FIGURES = [
  'key',
  'laosTotal',
  'laosReported',
  'participation',
  'entries',
  'links',
  'linksByPlatform',
  'salesCount',
  'revenue',
  'beneficiaries',
  'undated',
] as const;

/** Every figure of every group (the totals a province signs), and who has not reported; `more` adds other fields. */
function figures(result: RollupResult, more: readonly string[] = []) {
  const pick = (g: GroupJson): unknown => ({
    ...Object.fromEntries([...FIGURES, ...more].map((k) => [k, g[k]])),
    children: g.children.map(pick),
  });
  const json = rollupJson(result, FORM, 'district', TODAY);
  return { total: pick(json.total), nonReporters: json.nonReporters };
}

/** The whole JSON but the notices, which name files in the order given. */
function output(result: RollupResult) {
  const { overlaps, ...json } = rollupJson(result, FORM, 'district', TODAY);
  void overlaps;
  return json;
}

describe('duplicates never change a total', () => {
  test('copies of any rows, anywhere in the sheet, leave every figure as it was', () => {
    const copies = fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 });
    fc.assert(
      fc.property(rowsArb, copies, (rows, inserts) => {
        const copied = [...rows];
        if (rows.length > 0)
          for (const [which, where] of inserts)
            copied.splice(where % (copied.length + 1), 0, rows[which % rows.length]);
        expect(figures(run([{ name: 'a.xlsx', rows: copied }]))).toEqual(figures(run([{ name: 'a.xlsx', rows }])));
      }),
      RUNS,
    );
  });

  test('copies of any files, under any names, leave the whole output as it was', () => {
    const files = fc.array(rowsArb, { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(files, fc.array(fc.nat(), { maxLength: 3 }), (parts, copies) => {
        const named = parts.map((rows, i) => ({ name: `ไฟล์ ${i}.xlsx`, rows }));
        const withCopies = [
          ...named,
          ...copies.map((c, k) => ({
            name: k % 2 ? named[c % named.length].name : `สำเนา ${k}.xlsx`,
            rows: named[c % named.length].rows,
          })),
        ];
        expect(output(run(withCopies))).toEqual(output(run(named)));
      }),
      RUNS,
    );
  });

  test('the rows of one sheet spread over files that overlap anywhere count as the sheet', () => {
    fc.assert(
      fc.property(rowsArb, fc.array(fc.subarray([0, 1, 2], { minLength: 1 }), { maxLength: 14 }), (rows, homes) => {
        const files = [0, 1, 2].map((f) => ({
          name: `ชุด ${f}.xlsx`,
          rows: rows.filter((_, i) => (homes[i] ?? [0]).includes(f)),
        }));
        expect(figures(run(files))).toEqual(figures(run([{ name: 'ทั้งหมด.xlsx', rows }])));
      }),
      RUNS,
    );
  });
});

describe('order never changes the output', () => {
  test('the rows of a sheet in any order give the same figures and rows to fix', () => {
    const rowsAndOrder = rowsArb.chain((rows) =>
      fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })),
    );
    fc.assert(
      fc.property(rowsAndOrder, ([rows, shuffled]) => {
        expect(figures(run([{ name: 'a.xlsx', rows: shuffled }]), ['rowsWithErrors'])).toEqual(
          figures(run([{ name: 'a.xlsx', rows }]), ['rowsWithErrors']),
        );
      }),
      RUNS,
    );
  });

  test('without a registry too: districts in the same order (อำเภอเมือง first, then Thai order) whatever order the rows came in', () => {
    const rowsAndOrder = rowsArb.chain((rows) =>
      fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })),
    );
    fc.assert(
      fc.property(rowsAndOrder, ([rows, shuffled]) => {
        expect(figures(run([{ name: 'a.xlsx', rows: shuffled }], false), ['rowsWithErrors'])).toEqual(
          figures(run([{ name: 'a.xlsx', rows }], false), ['rowsWithErrors']),
        );
      }),
      RUNS,
    );
    const names = (rows: RowInput[]) =>
      (rollupJson(run([{ name: 'a.xlsx', rows }], false), FORM, 'district', TODAY).total.children as GroupJson[]).map(
        (g) => g.name,
      );
    const place = (district: string, lao: string): RowInput => ({
      ...PLACES[0],
      district,
      lao,
      date: '15/10/2568',
      links: '',
      sales: 1,
      revenue: 100,
      people: 1,
      product: 'ข้าว',
    });
    expect(
      names([place('ปง', 'อบต.ปง'), place('แม่ใจ', 'อบต.แม่ใจ'), place('เมืองพะเยา', 'ทต.แม่กา'), place('จุน', 'อบต.จุน')]),
    ).toEqual(['เมืองพะเยา', 'จุน', 'ปง', 'แม่ใจ']);
  });

  test('files in any order give the same output', () => {
    const filesAndOrder = fc
      .array(rowsArb, { minLength: 1, maxLength: 4 })
      .map((parts) => parts.map((rows, i) => ({ name: `ไฟล์ ${i}.xlsx`, rows })))
      .chain((files) =>
        fc.tuple(fc.constant(files), fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length })),
      );
    fc.assert(
      fc.property(filesAndOrder, ([files, shuffled]) => {
        expect(output(run(shuffled))).toEqual(output(run(files)));
      }),
      RUNS,
    );
  });
});
