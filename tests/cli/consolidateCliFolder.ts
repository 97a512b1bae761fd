// The generated provinces folder the consolidate CLI tests read, in a temporary folder: two files of one province, a province
// told only by its file name or its อปท. names, a file with no header, an unreadable file, one of unknown province, a dangling
// link, lock and other files that must be ignored, and a targets file with an extra numeric column; with the statuses and zone
// order a consolidation of it must give.

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DLA_PROVINCES,
  LAOS,
  latestLineDate,
  newLink,
  provinceTargets,
  reportSpecs,
  rnd,
  type Spec,
  sheetRows,
  type TargetRow,
  TODAY_ARGS,
  targetsSheet,
  writeCsv,
  writeXlsx,
} from '../consolidate/fixture';
import { REGISTRY_CSV } from '../support/rollupData';
import { tempDir } from '../support/tempDir';

export const tmp = tempDir();

export const DIR = tmp.path('provinces');
export const file = (name: string) => join(DIR, name);
export const TARGETS = file('targets.xlsx');

// ---- the folder ------------------------------------------------------------------------------------

const S_PHAYAO_NAN = [newLink()];
const S_CENTRAL_SOUTH = [newLink(), newLink()];
export const PHAYAO_BOTH_FILES = [newLink()];
const phayaoLaos = rnd.shuffle(LAOS.filter((l) => l.provinceCode === '56' && l.type !== 'ท้องถิ่นรูปแบบพิเศษ'));

const SPECS = {
  phayaoA: reportSpecs('56', 'xlsx', [...S_PHAYAO_NAN, ...PHAYAO_BOTH_FILES], phayaoLaos.slice(0, 12)),
  phayaoB: reportSpecs('56', 'csv', PHAYAO_BOTH_FILES, phayaoLaos.slice(12, 24)),
  nan: reportSpecs('55', 'xlsx', [...S_PHAYAO_NAN, S_CENTRAL_SOUTH[0]]),
  nonthaburi: reportSpecs('12', 'csv', S_CENTRAL_SOUTH),
  songkhla: reportSpecs('90', 'csv', S_CENTRAL_SOUTH),
};
export const ALL: Spec[] = Object.values(SPECS).flat();
export const GOOD_FILES = ['nan-report.xlsx', 'phayao-a.xlsx', 'phayao-b.csv', 'report-south.csv', 'นนทบุรี.csv'].map(
  file,
);
// the sidebar's submission times in น่าน's file (UTC, as it writes them): the latest in Thailand is 21 Nov, one is after today
const NAN_TIMES = SPECS.nan.map((s, i) =>
  s.status === 'not-reported' ? null : `2026-0${1 + (i % 8)}-0${1 + (i % 9)}T02:00:00.000Z`,
);
NAN_TIMES[2] = '2026-11-20T19:00:00.000Z';
NAN_TIMES[3] = '2026-11-22T01:00:00.000Z';

const nonthaburiDistricts = [...new Set(LAOS.filter((l) => l.provinceCode === '12').map((l) => l.district))];
export const TARGET_ROWS: TargetRow[] = [
  {
    province: 'พะเยา',
    district: '',
    v: { laosReported: 20, salesCount: 80, revenue: 9_000_000, beneficiaries: 100, budget: 15_000_050 },
  },
  {
    province: 'จังหวัดน่าน',
    district: '',
    v: { laosReported: 10, salesCount: 0, revenue: 8_000_000, beneficiaries: 50, budget: 25_000_025 },
  },
  {
    province: 'นนทบุรี',
    district: nonthaburiDistricts[0],
    v: { laosReported: 5, salesCount: 30, revenue: 2_000_000, beneficiaries: 40, budget: 7_500_000 },
  },
  {
    province: 'นนทบุรี',
    district: nonthaburiDistricts[1],
    v: { laosReported: 4, salesCount: 20, revenue: 1_000_000, beneficiaries: 10, budget: 2_500_000 },
  },
  {
    province: 'ลำพูน',
    district: '',
    v: { laosReported: 6, salesCount: 12, revenue: 700_000, beneficiaries: 9, budget: 4_000_000 },
  },
  {
    province: 'เชียงใหม่',
    district: '',
    v: { laosReported: 30, salesCount: 90, revenue: 20_000_000, beneficiaries: 300, budget: 60_000_000 },
  },
];
export const PROVINCE_TARGETS = provinceTargets(TARGET_ROWS);
const UNKNOWN_ROWS = sheetRows(reportSpecs('90', 'csv', []), {}, 'csv').map((r, i) =>
  i < 2 ? r : r.map((c, j) => (j === 3 ? 'อบต.ไม่มีในทะเบียนเลย' : j === 2 ? 'ไม่ทราบ' : c)),
);

async function writeFolder(): Promise<void> {
  mkdirSync(join(DIR, 'old'), { recursive: true });
  await writeXlsx(file('phayao-a.xlsx'), [
    {
      name: 'รายงาน',
      rows: sheetRows(SPECS.phayaoA, { provinceColumn: ['จ.พะเยา', 'จังหวัดพะเยา', 'พะเยา', 'Phayao'] }, 'xlsx'),
    },
  ]);
  writeCsv(
    file('phayao-b.csv'),
    sheetRows(SPECS.phayaoB, { title: 'แบบรายงานผลการดำเนินกิจกรรม จังหวัดพะเยา (ชุดที่ 2)' }, 'csv'),
  );
  await writeXlsx(file('nan-report.xlsx'), [
    { name: 'คำอธิบาย', rows: [['กรอกข้อมูลในแผ่นงานถัดไป']] },
    {
      name: 'Sheet1',
      rows: sheetRows(
        SPECS.nan,
        {
          title: 'แบบรายงานผลการดำเนินกิจกรรม “ตลาดนัดท้องถิ่นออนไลน์ เครือข่ายของดีบ้านเรา” จังหวัดน่าน',
          dateCells: true,
          submitted: NAN_TIMES,
        },
        'xlsx',
      ),
    },
  ]);
  writeCsv(file('นนทบุรี.csv'), sheetRows(SPECS.nonthaburi, {}, 'csv'));
  writeCsv(file('report-south.csv'), sheetRows(SPECS.songkhla, {}, 'csv'));
  await writeXlsx(file('ลำพูน.xlsx'), [
    {
      name: 'Sheet1',
      rows: [['รายชื่อผู้ประสานงานจังหวัด'], ['ชื่อ', 'ตำแหน่ง', 'โทรศัพท์'], ['นาย ก', 'ท้องถิ่นจังหวัด', '0800000000']],
    },
  ]);
  writeFileSync(file('เชียงราย.xlsx'), 'this was never an Excel file');
  writeFileSync(file('scan-001.xlsx'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]));
  writeCsv(file('unknown.csv'), UNKNOWN_ROWS);
  symlinkSync(tmp.path('gone/แพร่.csv'), file('แพร่.csv'));
  writeFileSync(file('~$phayao-a.xlsx'), 'Office lock file');
  writeFileSync(file('notes.txt'), 'ส่งไฟล์ครบแล้ว');
  writeCsv(join(DIR, 'old', 'พะเยา.csv'), sheetRows(SPECS.phayaoB, {}, 'csv'));
  await writeXlsx(TARGETS, [{ name: 'ค่าเป้าหมาย', rows: targetsSheet(TARGET_ROWS) }]);
}

/** Writes the folder before the calling test file's tests and removes the temporary folder after them. */
export function useProvincesFolder(): void {
  afterAll(() => tmp.cleanup());
  beforeAll(writeFolder);
}

export const BASE = ['--registry', REGISTRY_CSV, ...TODAY_ARGS];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export const ZONES = [...new Set(DLA_PROVINCES.map((p) => p.zone))].sort((a, b) => a - b);
export const inZone = (zone: number) =>
  DLA_PROVINCES.filter((p) => p.zone === zone)
    .map((p) => p.code)
    .sort();
export const heading = (zone: number) =>
  `เขตตรวจราชการที่ ${zone} : กลุ่มจังหวัด${DLA_PROVINCES.find((p) => p.zone === zone)!.cluster}`;
export const specsOf = (code: string) => ALL.filter((s) => s.provinceCode === code);

/** What the status of each province must be, worked out from the folder as written above. */
export interface WantStatus {
  source: string;
  status: string;
  rowsRead: number;
  errors: number;
  warnings: number;
  latestSubmission: string | null;
}
function reported(source: string, specs: readonly Spec[], latest: string | null): WantStatus {
  return {
    source,
    status: 'ok',
    rowsRead: specs.length,
    errors: specs.filter((s) => s.status === 'error').length,
    warnings: specs.filter((s) => s.status === 'warning').length,
    latestSubmission: latest,
  };
}
export const failed = (source: string, status: string): WantStatus => ({
  source,
  status,
  rowsRead: 0,
  errors: 0,
  warnings: 0,
  latestSubmission: null,
});
export const WANT: Record<string, WantStatus> = {
  '56': reported('phayao-a.xlsx\nphayao-b.csv', specsOf('56'), latestLineDate(specsOf('56'))),
  '55': reported('nan-report.xlsx', SPECS.nan, '2026-11-21'),
  '12': reported('นนทบุรี.csv', SPECS.nonthaburi, latestLineDate(SPECS.nonthaburi)),
  '90': reported('report-south.csv', SPECS.songkhla, latestLineDate(SPECS.songkhla)),
  '51': failed('ลำพูน.xlsx', 'noHeader'),
  '57': failed('เชียงราย.xlsx', 'unreadable'),
  '54': failed('แพร่.csv', 'notFound'),
};
export const WANT_UNPLACED: WantStatus[] = [failed('scan-001.xlsx', 'unreadable'), failed('unknown.csv', 'noProvince')];
