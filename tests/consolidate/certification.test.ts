// Certification in the national consolidation: each province's การรับรองผล sheet read with its report, shown in สถานะรายจังหวัด
// and the JSON, and --certified-only counting the provinces certified for this period only, naming the ones it leaves out.

import { checkSource, type SourceSheet } from '../../src/core/consolidate/checkSource';
import {
  consolidate,
  consolidateProvince,
  expectedProvinces,
  groupSources,
} from '../../src/core/consolidate/consolidate';
import { consolidationJson } from '../../src/core/consolidate/json';
import { consolidationReport } from '../../src/core/consolidate/report';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { provinceByCode } from '../../src/core/geo/provinces';
import { CERTIFICATION_SHEET } from '../../src/core/messages/certification';
import { type Period, parsePeriod } from '../../src/core/period/period';
import { registryFromTable } from '../../src/core/registry/fromRows';
import { indexRegistry } from '../../src/core/registry/match';
import type { CertificationRecord } from '../../src/core/review/certification';
import { provincesNotReported } from '../../src/core/rollup/rollupJson';
import { REGISTRY_ROWS } from '../central/fixture';
import { act, certificationRows, provinceName, reportRows } from './certificationSources';
import { TODAY } from './fixture';

const FORM = DLA_ONLINE_MARKET;
const period = (text: string): Period => {
  const p = parsePeriod(text);
  if (!p.ok) throw new Error(text);
  return p.period;
};
const FY2569 = period('2569');

const certSheet = (records: CertificationRecord[]): SourceSheet => ({
  name: CERTIFICATION_SHEET,
  rows: certificationRows(records),
});
const report = (code: string, n: number): SourceSheet => ({ name: 'แบบรายงาน', rows: reportRows(code, n) });

// พะเยา certified 2569; น่าน: two districts certified 2569 and the province only 2568; นนทบุรี certified then reopened 2569;
// สงขลา has no การรับรองผล sheet
const SOURCES: { source: string; sheets: SourceSheet[] }[] = [
  {
    source: 'phayao.xlsx',
    sheets: [report('56', 3), certSheet([act({ level: 'district', district: 'จุน' }), act({})])],
  },
  {
    source: 'nan.xlsx',
    sheets: [
      report('55', 4),
      certSheet([
        act({ period: '2568' }),
        act({ level: 'district', district: 'ปัว' }),
        act({ level: 'district', district: 'เวียงสา' }),
      ]),
    ],
  },
  {
    source: 'nonthaburi.xlsx',
    sheets: [report('12', 5), certSheet([act({}), act({ act: 'reopen', by: 'other@x.go.th' })])],
  },
  { source: 'songkhla.xlsx', sheets: [report('90', 6)] },
];

function run(p: Period | null, certifiedOnly = false, sources = SOURCES) {
  const checks = sources.map((s) =>
    checkSource(s.source, s.sheets, { form: FORM, today: TODAY, registry: null, period: p }),
  );
  const grouped = groupSources(checks);
  const provinces = grouped.provinces.map((g) => consolidateProvince(FORM, g.province, g.sources, null, p));
  const c = consolidate({
    form: FORM,
    provinces,
    unplaced: grouped.unplaced,
    registry: null,
    period: p,
    targets: null,
    expectedProvinces: [],
    certifiedOnly,
  });
  const doc = consolidationReport(c.result, c.statuses, c.crossLinks, FORM, { asOf: TODAY, leftOut: c.leftOut });
  const status = doc.tables.find((t) => t.kind === 'status')!;
  const column = status.columns.findIndex((col) => col.header === 'การรับรองผล');
  const cells = Object.fromEntries(
    status.rows.filter((r) => r.style === 'normal').map((r) => [r.cells[1], r.cells[column]]),
  );
  return { c, doc, status, cells, json: consolidationJson(c.result, c.statuses, c.crossLinks, FORM, TODAY, c.leftOut) };
}

const NAME = {
  phayao: provinceName('56'),
  nan: provinceName('55'),
  nont: provinceName('12'),
  songkhla: provinceName('90'),
};

test('สถานะรายจังหวัด: certified by the province for this period, by districts only, reopened, no sheet', () => {
  const { cells, status } = run(FY2569);
  expect(cells).toEqual({
    [NAME.nont]: 'ยังไม่รับรอง',
    [NAME.phayao]: 'จังหวัดรับรองแล้ว โดย staff@province.go.th เมื่อ 5/10/2569 10:00:00',
    [NAME.nan]: 'อำเภอรับรองแล้ว 2 อำเภอ',
    [NAME.songkhla]: 'ยังไม่รับรอง',
  });
  // with a period, no note that certification needs one
  expect(status.footnotes.join('\n')).not.toContain('การรับรองผลแสดงเมื่อ');
});

test("another period's certification does not count for this one", () => {
  const { cells } = run(period('2568'));
  expect(cells[NAME.nan]).toBe('จังหวัดรับรองแล้ว โดย staff@province.go.th เมื่อ 5/10/2569 10:00:00');
  expect(cells[NAME.phayao]).toBe('ยังไม่รับรอง');
});

test('without a period certification cannot be told: "-" in the table, null in the JSON', () => {
  const { cells, status, json, c } = run(null);
  expect(Object.values(cells)).toEqual(['-', '-', '-', '-']);
  expect(status.footnotes).toContain('การรับรองผลแสดงเมื่อรวมผลของช่วงเวลาที่ระบุ (การรับรองผลทำเป็นรายช่วงเวลา)');
  expect(json.statuses.map((s) => s.certification)).toEqual([null, null, null, null]);
  expect(c.leftOut).toBeNull();
});

test('the JSON gives state, by, at and the certified districts', () => {
  const { json } = run(FY2569);
  const by = Object.fromEntries(json.statuses.map((s) => [s.province?.code, s.certification]));
  expect(by).toEqual({
    '12': { state: 'none', by: null, at: null, districts: [] },
    '55': { state: 'district', by: 'staff@province.go.th', at: '5/10/2569 10:00:00', districts: ['ปัว', 'เวียงสา'] },
    '56': { state: 'province', by: 'staff@province.go.th', at: '5/10/2569 10:00:00', districts: ['จุน'] },
    '90': null,
  });
  expect(json.certifiedOnlyLeftOut).toBeNull();
});

test('--certified-only counts พะเยา alone, keeps every status, and names the provinces left out and why', () => {
  const all = run(FY2569);
  const only = run(FY2569, true);
  const phayaoAlone = run(FY2569, false, SOURCES.slice(0, 1));
  expect(only.c.result.root.entries).toBe(3);
  expect(phayaoAlone.c.result.root.entries).toBe(3);
  expect(all.c.result.root.entries).toBe(3 + 4 + 5 + 6);
  expect(only.c.result.provinces.map((p) => p.code)).toEqual(['56']);
  // left out of the figures, not of the status table: the same four rows and texts
  expect(only.cells).toEqual(all.cells);
  expect(only.c.leftOut?.map((s) => s.province?.code)).toEqual(['12', '55', '90']);
  expect(only.json.certifiedOnlyLeftOut).toEqual(['12', '55', '90']);
  const note = `นับเฉพาะจังหวัดที่จังหวัดรับรองผลแล้ว ไม่นับ 3 จังหวัดที่ยังไม่รับรองผล: ${NAME.nont} (ยังไม่รับรอง), ${NAME.nan} (อำเภอรับรองแล้ว 2 อำเภอ), ${NAME.songkhla} (ยังไม่รับรอง)`;
  expect(only.status.footnotes.some((f) => f.startsWith(note))).toBe(true);
  const results = only.doc.tables.find((t) => t.kind === 'results')!;
  expect(results.footnotes.some((f) => f.startsWith(note))).toBe(true);
  expect(all.status.footnotes.some((f) => f.includes('นับเฉพาะจังหวัดที่จังหวัดรับรองผลแล้ว'))).toBe(false);
});

test('--certified-only with the national registry: a province left out is not counted, yet not said to have sent nothing', () => {
  const built = registryFromTable(REGISTRY_ROWS);
  if (!built.ok) throw new Error('registry');
  const registry = indexRegistry(built.registry, provinceByCode);
  const checks = SOURCES.map((s) =>
    checkSource(s.source, s.sheets, { form: FORM, today: TODAY, registry, period: FY2569 }),
  );
  const grouped = groupSources(checks);
  const provinces = grouped.provinces.map((g) => consolidateProvince(FORM, g.province, g.sources, registry, FY2569));
  const of = (certifiedOnly: boolean) =>
    consolidate({
      form: FORM,
      provinces,
      unplaced: [],
      registry,
      period: FY2569,
      targets: null,
      expectedProvinces: expectedProvinces(registry),
      certifiedOnly,
    }).result;
  const only = of(true);
  const all = of(false);
  expect(only.uncounted).toEqual(['12', '55', '90']);
  expect(all.uncounted).toBeUndefined();
  const inProvince = (r: typeof only, code: string) => r.nonReporters.filter((n) => n.provinceCode === code).length;
  // นนทบุรี's อปท. are not listed as not reporting: whether they did is left out with the province
  expect(inProvince(only, '12')).toBe(0);
  expect(inProvince(all, '12')).toBeGreaterThan(0);
  expect(inProvince(only, '56')).toBe(inProvince(all, '56'));
  expect(inProvince(only, '14')).toBe(inProvince(all, '14'));
  expect(inProvince(only, '14')).toBeGreaterThan(0);
  const notReported = provincesNotReported(only).map((p) => p.code);
  expect(notReported).toContain('14');
  for (const code of ['12', '55', '90', '56']) expect(notReported).not.toContain(code);
  const results = consolidationReport(only, [], [], FORM, { asOf: TODAY, leftOut: [] }).tables.find(
    (t) => t.kind === 'results',
  )!;
  const names = results.rows.map((r) => String(r.cells[1]));
  expect(names).toContain(`${NAME.nont} (ยังไม่รับรองผล ไม่นับรวม)`);
  expect(names).toContain(`${provinceByCode('14')!.nameTh} (ยังไม่ส่งรายงาน)`);
  expect(names).toContain(NAME.phayao);
});

test('a province of two sources stands where the one with the certification sheet says, even a copy read once', () => {
  const [phayao] = SOURCES;
  const split = [
    { source: 'phayao-a.xlsx', sheets: [report('56', 3)] },
    { source: 'phayao-b.xlsx', sheets: phayao.sheets },
  ];
  const { c } = run(FY2569, true, split);
  expect(c.statuses[0].certification?.state).toBe('province');
  expect(c.leftOut).toEqual([]);
  expect(c.result.provinces.map((p) => p.code)).toEqual(['56']);
});
