// The consolidation core end to end on generated province sheets (the way the add-on would hand them over: tabs and spreadsheets,
// one that cannot be opened, one without a header, one of unknown province) with DLA's national registry and targets with an
// extra column: every cell of สรุปรายจังหวัด, สถานะรายจังหวัด and ลิงก์ซ้ำข้ามจังหวัด, and both charts, against figures computed
// here from the generated lines; and that a run resumed from JSON checkpoints gives the same document.

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { SourceCheck } from '../../src/core/consolidate/checkSource';
import { checkSource } from '../../src/core/consolidate/checkSource';
import {
  type Consolidation,
  consolidate,
  consolidateProvince,
  expectedProvinces,
  groupSources,
} from '../../src/core/consolidate/consolidate';
import { consolidationReport } from '../../src/core/consolidate/report';
import { failedStatus } from '../../src/core/consolidate/status';
import type { ProvinceConsolidation } from '../../src/core/consolidate/types';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { provinceByCode } from '../../src/core/geo/provinces';
import { registryFromTable } from '../../src/core/registry/fromRows';
import { indexRegistry } from '../../src/core/registry/match';
import { renderHtml } from '../../src/core/report/html';
import { rollupReport, type SourceProblem } from '../../src/core/report/rollupReport';
import type { ReportDocument, ReportRow, ReportTable } from '../../src/core/report/types';
import { parseTargets } from '../../src/core/rollup/targets';
import { percent1, REGISTRY_CSV, type RegistryLao } from '../support/rollupData';
import {
  DLA_PROVINCES,
  expectedFigures,
  FACT,
  joinTables,
  LAOS,
  laosIn,
  latestLineDate,
  linkMark,
  newLink,
  provinceTargets,
  reportSpecs,
  rnd,
  type Spec,
  sharedAcrossProvinces,
  sheetRows,
  summaryColumns,
  sumTargets,
  type TargetRow,
  TODAY,
  targetsSheet,
  thaiShort,
} from './fixture';

const FORM = DLA_ONLINE_MARKET;
const built = registryFromTable(parse(readFileSync(REGISTRY_CSV, 'utf8').replace(/^\uFEFF/, '')) as string[][]);
if (!built.ok) throw new Error('registry');
const REGISTRY = indexRegistry(built.registry, provinceByCode);

// ---- the sources ---------------------------------------------------------------------------------------

const S_PHAYAO_NAN = [newLink()];
const S_THREE = [newLink(), newLink()];
const NONTHABURI_INTERNAL = [newLink()];
const nonthaburiLaos = rnd.shuffle(LAOS.filter((l) => l.provinceCode === '12' && l.type !== 'ท้องถิ่นรูปแบบพิเศษ'));

const SPECS = {
  phayao: reportSpecs('56', 'csv', S_PHAYAO_NAN),
  nan: reportSpecs('55', 'xlsx', [...S_PHAYAO_NAN, ...S_THREE]),
  nonthaburi1: reportSpecs('12', 'csv', [...S_THREE, ...NONTHABURI_INTERNAL], nonthaburiLaos.slice(0, 12)),
  nonthaburi2: reportSpecs('12', 'csv', NONTHABURI_INTERNAL, nonthaburiLaos.slice(12, 24)),
  songkhla: reportSpecs('90', 'csv', S_THREE),
};
const ALL: Spec[] = Object.values(SPECS).flat();

// the sidebar's submission times for น่าน: the last one is after today in Thailand, the one before is today there
const NAN_TIMES = SPECS.nan.map((s, i) =>
  s.status === 'not-reported' ? null : `2026-0${1 + (i % 8)}-1${i % 10}T03:00:00.000Z`,
);
NAN_TIMES[0] = '2026-11-20T18:30:00.000Z';
NAN_TIMES[1] = '2026-11-21T17:30:00.000Z';
const NAN_SOURCE = 'https://docs.google.com/spreadsheets/d/1nanXYZ › รายงานผล';

const TARGET_ROWS: TargetRow[] = [
  {
    province: 'พะเยา',
    district: '',
    v: { laosReported: 9, salesCount: 60, revenue: 4_000_000, beneficiaries: 70, budget: 12_000_050 },
  },
  {
    province: 'จังหวัดน่าน',
    district: '',
    v: { laosReported: 10, salesCount: 0, revenue: 8_000_000, beneficiaries: 50, budget: 25_000_025 },
  },
  {
    province: 'นนทบุรี',
    district: nonthaburiLaos[0].district,
    v: { laosReported: 5, salesCount: 30, revenue: 2_000_000, beneficiaries: 40, budget: 7_500_000 },
  },
  {
    province: 'นนทบุรี',
    district: LAOS.find((l) => l.provinceCode === '12' && l.districtCode !== nonthaburiLaos[0].districtCode)!.district,
    v: { laosReported: 4, salesCount: 20, revenue: 1_000_000, beneficiaries: 10, budget: 2_500_000 },
  },
  {
    province: 'ลำปาง',
    district: '',
    v: { laosReported: 8, salesCount: 10, revenue: 500_000, beneficiaries: 5, budget: 9_000_000 },
  },
];
const PROVINCE_TARGETS = provinceTargets(TARGET_ROWS);

function sources(): SourceCheck[] {
  const options = { form: FORM, today: TODAY, registry: REGISTRY };
  return [
    checkSource('พะเยา.csv', [{ name: 'พะเยา', rows: sheetRows(SPECS.phayao, {}, 'csv') }], options),
    checkSource(
      NAN_SOURCE,
      [
        {
          name: 'รายงานผล',
          rows: sheetRows(SPECS.nan, { title: 'แบบรายงานผล จังหวัดน่าน', dateCells: true, submitted: NAN_TIMES }, 'xlsx'),
        },
      ],
      options,
    ),
    checkSource(
      'นนทบุรี ชุดที่ 1',
      [{ name: 'ชุดที่ 1', rows: sheetRows(SPECS.nonthaburi1, { title: 'รายงาน จังหวัดนนทบุรี' }, 'csv') }],
      options,
    ),
    checkSource(
      'นนทบุรี ชุดที่ 2',
      [{ name: 'ชุดที่ 2', rows: sheetRows(SPECS.nonthaburi2, { provinceColumn: ['นนทบุรี', 'จ.นนทบุรี'] }, 'csv') }],
      options,
    ),
    checkSource('report-south', [{ name: 'Sheet1', rows: sheetRows(SPECS.songkhla, {}, 'csv') }], options),
    checkSource(
      'ลำปาง',
      [{ name: 'ลำปาง', rows: [['รายชื่อผู้ประสานงาน'], ['ชื่อ', 'โทรศัพท์'], ['นาย ก', '0800000000']] }],
      options,
    ),
    // what the central script records when openById throws (no access, or an id that no longer exists: Google does not say
    // which), and a register row whose link is no Google Sheets id
    {
      ok: false,
      status: failedStatus('https://docs.google.com/spreadsheets/d/1cmXYZ', 'cannotOpen', provinceByCode('50')!, null),
    },
    { ok: false, status: failedStatus('1deadXYZ', 'notFound', null, null) },
  ];
}

function build(checks: readonly SourceCheck[]): {
  parts: ProvinceConsolidation[];
  unplaced: Consolidation['statuses'];
} {
  const grouped = groupSources(checks);
  return {
    parts: grouped.provinces.map((p) => consolidateProvince(FORM, p.province, p.sources, REGISTRY, null)),
    unplaced: grouped.unplaced,
  };
}

const targetsParsed = parseTargets(targetsSheet(TARGET_ROWS), FORM, 'ค่าเป้าหมาย', REGISTRY);
if (!targetsParsed.ok) throw new Error(targetsParsed.message.en);
const TARGETS = targetsParsed.targets;

function run(parts: readonly ProvinceConsolidation[], unplaced: Consolidation['statuses']): Consolidation {
  return consolidate({
    form: FORM,
    provinces: parts,
    unplaced,
    registry: REGISTRY,
    period: null,
    targets: TARGETS,
    expectedProvinces: expectedProvinces(REGISTRY),
  });
}

const CHECKS = sources();
const { parts: PARTS, unplaced: UNPLACED } = build(CHECKS);
const CONS = run(PARTS, UNPLACED);
const PROBLEMS: SourceProblem[] = CHECKS.flatMap((c) =>
  c.ok ? c.validation.problems.map((problem) => ({ file: c.status.source, sheet: c.sheet, problem })) : [],
);
const DOC = consolidationReport(CONS.result, CONS.statuses, CONS.crossLinks, FORM, { asOf: TODAY, problems: PROBLEMS });
const table = (name: string): ReportTable => DOC.tables.find((t) => t.sheetName === name)!;

const ZONES = [...new Set(DLA_PROVINCES.map((p) => p.zone))].sort((a, b) => a - b);
const heading = (zone: number) =>
  `เขตตรวจราชการที่ ${zone} : กลุ่มจังหวัด${DLA_PROVINCES.find((p) => p.zone === zone)!.cluster}`;
const inZone = (zone: number) =>
  DLA_PROVINCES.filter((p) => p.zone === zone)
    .map((p) => p.code)
    .sort();
const REPORTED = new Set(['56', '55', '12', '90']);
const BUDGET = 'budget';

test('the generated sources are what the test means them to be', () => {
  expect(CHECKS.map((c) => c.ok)).toEqual([true, true, true, true, true, false, false, false]);
  expect(CHECKS.filter((c) => c.ok).map((c) => (c.ok ? c.province.code : ''))).toEqual(['56', '55', '12', '12', '90']);
  expect(ALL.filter((s) => s.code === 'LINK_CLAIMED_BY_OTHER')).toHaveLength(5);
  expect(sharedAcrossProvinces(ALL).size).toBe(3);
});

test('the tables: results and targets by zone, status, cross-province links, non-reporters, problems', () => {
  expect(DOC.tables.map((t) => t.sheetName)).toEqual([
    'สรุปรายจังหวัด',
    'เทียบเป้าหมาย',
    'เทียบเป้าหมาย (2)',
    'สถานะรายจังหวัด',
    'ลิงก์ซ้ำข้ามจังหวัด',
    'ยังไม่รายงาน',
    'ปัญหาข้อมูล',
  ]);
  for (const t of DOC.tables.slice(0, 5)) {
    expect(t.subtitle).toContain('ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569');
    expect(t.subtitle).toContain('ทั้งประเทศ (76 จังหวัด)');
  }
  // without problems given (the add-on may not write them) the problems table is left out
  expect(
    consolidationReport(CONS.result, CONS.statuses, CONS.crossLinks, FORM, { asOf: TODAY }).tables.map(
      (t) => t.sheetName,
    ),
  ).not.toContain('ปัญหาข้อมูล');
});

test('สรุปรายจังหวัด is the roll-up’s own zone table', () => {
  expect(table('สรุปรายจังหวัด')).toEqual(
    rollupReport(CONS.result, FORM, { asOf: TODAY, by: 'zone', problems: PROBLEMS }).tables[0],
  );
});

describe('สรุปรายจังหวัด and เทียบเป้าหมาย, cell by cell', () => {
  const t = joinTables(table('สรุปรายจังหวัด'), ...DOC.tables.filter((x) => x.kind === 'targets'));
  const C = summaryColumns(t.headers);

  function expectRow(
    row: ReportRow,
    specs: readonly Spec[],
    laosTotal: number,
    target: ReturnType<typeof sumTargets>,
  ): void {
    const want = expectedFigures(specs, laosTotal, target, BUDGET);
    const c = row.cells;
    expect({
      laosTotal: c[C.laosTotal],
      laosReported: c[C.laosReported],
      participation: c[C.participation],
      entries: c[C.entries],
      links: c[C.links],
      salesCount: c[C.salesCount],
      revenue: c[C.revenue],
      beneficiaries: c[C.beneficiaries],
      rowsWithErrors: c[C.rowsWithErrors],
      laosTarget: c[C.laosTarget],
      laosAchievement: c[C.laosAchievement],
      revenueTarget: c[C.revenueTarget],
      revenueAchievement: c[C.revenueAchievement],
      salesAchievement: c[C.salesAchievement],
      budget: c[C.budget],
    }).toEqual({
      laosTotal: want.laosTotal,
      laosReported: want.laosReported,
      participation: want.participation,
      entries: want.entries,
      links: want.links,
      salesCount: want.salesCount,
      revenue: want.revenue,
      beneficiaries: want.beneficiaries,
      rowsWithErrors: want.rowsWithErrors,
      laosTarget: want.targets.laosReported ?? null,
      laosAchievement: want.achievement.laosReported ?? null,
      revenueTarget: want.targets.revenue ?? null,
      revenueAchievement: want.achievement.revenue ?? null,
      salesAchievement: want.achievement.salesCount ?? null,
      budget: want.targets[BUDGET] ?? null,
    });
  }

  test('zone headings, every province under its zone, bold รวม per zone, รวมทั้งประเทศ last', () => {
    const rows = [...t.rows];
    let seq = 0;
    for (const zone of ZONES) {
      expect(rows.shift()).toEqual({ cells: [heading(zone)], style: 'heading' });
      const codes = inZone(zone);
      for (const code of codes) {
        const row = rows.shift()!;
        const name = FACT.get(code)!.nameTh;
        expect(row.style).toBe('normal');
        expect(row.cells.slice(0, 2)).toEqual([++seq, REPORTED.has(code) ? name : `${name} (ยังไม่ส่งรายงาน)`]);
        expectRow(
          row,
          ALL.filter((s) => s.provinceCode === code),
          laosIn((l) => l.provinceCode === code),
          PROVINCE_TARGETS[code],
        );
      }
      const subtotal = rows.shift()!;
      expect(subtotal.style).toBe('subtotal');
      expect(subtotal.cells.slice(0, 2)).toEqual(['', 'รวม']);
      expectRow(
        subtotal,
        ALL.filter((s) => codes.includes(s.provinceCode)),
        laosIn((l) => codes.includes(l.provinceCode)),
        sumTargets(codes.map((c) => PROVINCE_TARGETS[c])),
      );
    }
    const total = rows.shift()!;
    expect(rows).toEqual([]);
    expect(total.style).toBe('total');
    expect(total.cells.slice(0, 2)).toEqual(['', 'รวมทั้งประเทศ']);
    expectRow(total, ALL, LAOS.length, sumTargets(Object.values(PROVINCE_TARGETS)));
    expect(seq).toBe(76);
  });
});

describe('สถานะรายจังหวัด, cell by cell', () => {
  const t = table('สถานะรายจังหวัด');
  const specsOf = (code: string) => ALL.filter((s) => s.provinceCode === code);
  const reported = (source: string, specs: readonly Spec[], latest: string | null) => {
    const errors = specs.filter((s) => s.status === 'error').length;
    return {
      source,
      rowsRead: specs.length,
      errors,
      warnings: specs.filter((s) => s.status === 'warning').length,
      latest: thaiShort(latest),
      label: 'ส่งแล้ว',
      explains: `ข้อผิดพลาด ${errors} รายการ`,
    };
  };
  const EXPECTED: Record<
    string,
    {
      source: string;
      rowsRead: number | null;
      errors: number | null;
      warnings: number | null;
      latest: string | null;
      label: string;
      explains: string;
    }
  > = {
    '56': reported('พะเยา.csv', SPECS.phayao, latestLineDate(SPECS.phayao)),
    '55': reported(NAN_SOURCE, SPECS.nan, '2026-11-21'),
    '12': reported('นนทบุรี ชุดที่ 1\nนนทบุรี ชุดที่ 2', specsOf('12'), latestLineDate(specsOf('12'))),
    '90': reported('report-south', SPECS.songkhla, latestLineDate(SPECS.songkhla)),
    '52': {
      source: 'ลำปาง',
      rowsRead: null,
      errors: null,
      warnings: null,
      latest: null,
      label: 'ไม่พบหัวตารางแบบรายงาน',
      explains: 'หัวตาราง',
    },
    '50': {
      source: 'https://docs.google.com/spreadsheets/d/1cmXYZ',
      rowsRead: null,
      errors: null,
      warnings: null,
      latest: null,
      label: 'เปิดไม่ได้: ไม่มีสิทธิ์หรือไม่มีไฟล์นี้',
      explains: 'แชร์',
    },
  };
  const NOT_REPORTED = {
    source: '',
    rowsRead: null,
    errors: null,
    warnings: null,
    latest: null,
    label: 'ยังไม่รายงาน',
    explains: 'ยังไม่ได้รับ',
  };

  test('columns', () => {
    expect(t.columns.map((c) => c.header)).toEqual([
      'ที่',
      'จังหวัด',
      'แหล่งข้อมูล (ไฟล์/แผ่นงาน)',
      'แถวที่อ่าน (แถว)',
      'ข้อผิดพลาด (รายการ)',
      'คำเตือน (รายการ)',
      'ส่งข้อมูลล่าสุด',
      'สถานะ',
      'คำอธิบาย/สิ่งที่จังหวัดควรดำเนินการ',
      'การรับรองผล',
    ]);
  });

  test('one row per province under its zone heading, then the source of unknown province', () => {
    const rows = [...t.rows];
    let seq = 0;
    const check = (row: ReportRow, name: string, want: (typeof EXPECTED)[string]) => {
      const [s, province, source, rowsRead, errors, warnings, latest, label, explanation, certified] = row.cells;
      // no period: nothing to certify; a source of unknown province certifies nothing
      expect(certified).toBe(name === 'ไฟล์ที่ไม่ทราบจังหวัด' ? null : '-');
      expect({ s, province, source, rowsRead, errors, warnings, latest, label }).toEqual({
        s: ++seq,
        province: name,
        source: want.source,
        rowsRead: want.rowsRead,
        errors: want.errors,
        warnings: want.warnings,
        latest: want.latest,
        label: want.label,
      });
      expect(explanation).toContain(want.explains);
    };
    for (const zone of ZONES) {
      expect(rows.shift()).toEqual({ cells: [heading(zone)], style: 'heading' });
      for (const code of inZone(zone)) check(rows.shift()!, FACT.get(code)!.nameTh, EXPECTED[code] ?? NOT_REPORTED);
    }
    expect(rows.shift()).toEqual({ cells: ['ไฟล์ที่ไม่ทราบจังหวัด'], style: 'heading' });
    check(rows.shift()!, 'ไฟล์ที่ไม่ทราบจังหวัด', {
      source: '1deadXYZ',
      rowsRead: null,
      errors: null,
      warnings: null,
      latest: null,
      label: 'เปิดไม่ได้: ไม่พบไฟล์',
      explains: 'ทะเบียนไฟล์จังหวัด',
    });
    expect(rows).toEqual([]);
    expect(t.footnotes[0]).toBe(
      'สรุปสถานะ: ส่งแล้ว 4 จังหวัด · ยังไม่รายงาน 70 จังหวัด · เปิดไม่ได้: ไม่มีสิทธิ์หรือไม่มีไฟล์นี้ 1 จังหวัด · ไม่พบหัวตารางแบบรายงาน 1 จังหวัด',
    );
  });
});

test('ลิงก์ซ้ำข้ามจังหวัด: every link reported in more than one province, with its provinces', () => {
  const t = table('ลิงก์ซ้ำข้ามจังหวัด');
  const shared = [...sharedAcrossProvinces(ALL).values()];
  expect(t.rows).toHaveLength(shared.length);
  const label = { facebook: 'Facebook', tiktok: 'TikTok', youtube: 'YouTube' };
  for (const { link, provinces } of shared) {
    const row = t.rows.find((r) => String(r.cells[1]).includes(linkMark(link)))!;
    const codes = [...provinces].sort();
    expect(row.cells.slice(2)).toEqual([
      label[link.platform],
      codes.length,
      codes.map((c) => FACT.get(c)!.nameTh).join(', '),
    ]);
  }
  // most widely claimed first, numbered from 1
  expect(t.rows.map((r) => r.cells[0])).toEqual(shared.map((_, i) => i + 1));
  const counts = t.rows.map((r) => r.cells[3] as number);
  expect([...counts].sort((a, b) => b - a)).toEqual(counts);
});

test('charts: revenue by inspection zone, participation by province', () => {
  expect(DOC.charts.map((c) => c.title)).toEqual(['รายรับรายเขตตรวจราชการ', 'อัตราการรายงานผลของ อปท. รายจังหวัด']);
  const [revenue, participation] = DOC.charts;
  expect(revenue.categories).toEqual(ZONES.map((z) => `เขตตรวจราชการที่ ${z}`));
  expect(revenue.values).toEqual(
    ZONES.map(
      (z) =>
        expectedFigures(
          ALL.filter((s) => inZone(z).includes(s.provinceCode)),
          0,
          undefined,
          BUDGET,
        ).revenue,
    ),
  );
  expect(revenue.format).toBe('money');
  const order = ZONES.flatMap(inZone);
  expect(participation.categories).toEqual(order.map((c) => FACT.get(c)!.nameTh));
  expect(participation.values).toEqual(
    order.map(
      (c) =>
        percent1(
          new Set(
            ALL.filter((s) => s.provinceCode === c && (s.status === 'ok' || s.status === 'warning')).map(
              (s) => s.lao.code,
            ),
          ).size,
          laosIn((l: RegistryLao) => l.provinceCode === c),
        ) ?? 0,
    ),
  );
});

test('a run resumed from JSON checkpoints, in any order, gives the same document', () => {
  const saved = JSON.stringify({ parts: PARTS, unplaced: UNPLACED });
  const restored = JSON.parse(saved) as { parts: ProvinceConsolidation[]; unplaced: Consolidation['statuses'] };
  expect(restored.parts).toEqual(PARTS);
  const again = run([...restored.parts].reverse(), restored.unplaced);
  const doc: ReportDocument = consolidationReport(again.result, again.statuses, again.crossLinks, FORM, {
    asOf: TODAY,
    problems: PROBLEMS,
  });
  expect(doc).toEqual(DOC);
});

test('the HTML page carries the three consolidation tables and both charts', () => {
  const page = renderHtml(DOC);
  for (const title of [
    'สถานะการรายงานรายจังหวัด',
    'ลิงก์เนื้อหาที่รายงานซ้ำข้ามจังหวัด',
    'รวมทั้งประเทศ',
    'ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569',
  ])
    expect(page).toContain(title);
  expect((page.match(/<section class="chart/g) ?? []).length).toBe(2);
});
