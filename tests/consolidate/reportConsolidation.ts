// The consolidation the report tests check, built once per test file from generated province sheets (the way the add-on
// would hand them over: tabs and spreadsheets, one that cannot be opened, one without a header, one of unknown province)
// with DLA's national registry and targets with an extra column, and the document consolidationReport makes of it.

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
import type { SourceProblem } from '../../src/core/report/rollupReport';
import type { ReportTable } from '../../src/core/report/types';
import { parseTargets } from '../../src/core/rollup/targets';
import { REGISTRY_CSV } from '../support/rollupData';
import {
  DLA_PROVINCES,
  LAOS,
  newLink,
  provinceTargets,
  reportSpecs,
  rnd,
  type Spec,
  sheetRows,
  type TargetRow,
  TODAY,
  targetsSheet,
} from './fixture';

export const FORM = DLA_ONLINE_MARKET;
const built = registryFromTable(parse(readFileSync(REGISTRY_CSV, 'utf8').replace(/^\uFEFF/, '')) as string[][]);
if (!built.ok) throw new Error('registry');
const REGISTRY = indexRegistry(built.registry, provinceByCode);

// ---- the sources ---------------------------------------------------------------------------------------

const S_PHAYAO_NAN = [newLink()];
const S_THREE = [newLink(), newLink()];
const NONTHABURI_INTERNAL = [newLink()];
const nonthaburiLaos = rnd.shuffle(LAOS.filter((l) => l.provinceCode === '12' && l.type !== 'ท้องถิ่นรูปแบบพิเศษ'));

export const SPECS = {
  phayao: reportSpecs('56', 'csv', S_PHAYAO_NAN),
  nan: reportSpecs('55', 'xlsx', [...S_PHAYAO_NAN, ...S_THREE]),
  nonthaburi1: reportSpecs('12', 'csv', [...S_THREE, ...NONTHABURI_INTERNAL], nonthaburiLaos.slice(0, 12)),
  nonthaburi2: reportSpecs('12', 'csv', NONTHABURI_INTERNAL, nonthaburiLaos.slice(12, 24)),
  songkhla: reportSpecs('90', 'csv', S_THREE),
};
export const ALL: Spec[] = Object.values(SPECS).flat();

// the sidebar's submission times for น่าน: the last one is after today in Thailand, the one before is today there
const NAN_TIMES = SPECS.nan.map((s, i) =>
  s.status === 'not-reported' ? null : `2026-0${1 + (i % 8)}-1${i % 10}T03:00:00.000Z`,
);
NAN_TIMES[0] = '2026-11-20T18:30:00.000Z';
NAN_TIMES[1] = '2026-11-21T17:30:00.000Z';
export const NAN_SOURCE = 'https://docs.google.com/spreadsheets/d/1nanXYZ › รายงานผล';

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
export const PROVINCE_TARGETS = provinceTargets(TARGET_ROWS);

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

export function run(parts: readonly ProvinceConsolidation[], unplaced: Consolidation['statuses']): Consolidation {
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

export const CHECKS = sources();
export const { parts: PARTS, unplaced: UNPLACED } = build(CHECKS);
export const CONS = run(PARTS, UNPLACED);
export const PROBLEMS: SourceProblem[] = CHECKS.flatMap((c) =>
  c.ok ? c.validation.problems.map((problem) => ({ file: c.status.source, sheet: c.sheet, problem })) : [],
);
export const DOC = consolidationReport(CONS.result, CONS.statuses, CONS.crossLinks, FORM, {
  asOf: TODAY,
  problems: PROBLEMS,
});
export const table = (name: string): ReportTable => DOC.tables.find((t) => t.sheetName === name)!;

export const ZONES = [...new Set(DLA_PROVINCES.map((p) => p.zone))].sort((a, b) => a - b);
export const heading = (zone: number) =>
  `เขตตรวจราชการที่ ${zone} : กลุ่มจังหวัด${DLA_PROVINCES.find((p) => p.zone === zone)!.cluster}`;
export const inZone = (zone: number) =>
  DLA_PROVINCES.filter((p) => p.zone === zone)
    .map((p) => p.code)
    .sort();
export const BUDGET = 'budget';
