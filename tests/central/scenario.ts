// The central workbook the consolidation tests start from: DLA's registry, targets, and a register of province files with every
// case (reported, two files for one province, refused, gone, no header, not a link, unknown province, listed without a file).

import { fileUrl } from '../../src/addon/consolidate/registerSheet';
import {
  LAOS,
  newLink,
  reportSpecs,
  rnd,
  type Spec,
  sheetRows,
  type TargetRow,
  targetsSheet,
} from '../consolidate/fixture';
import {
  addProvinceFile,
  addRegistry,
  type ClockedOptions,
  type ClockedTwin,
  clockedTwin,
  registerRows,
  url,
} from './fixture';

const S_PN = [newLink()];
const S_THREE = [newLink(), newLink()];
const NB_INTERNAL = [newLink()];
export const NB_LAOS = rnd.shuffle(LAOS.filter((l) => l.provinceCode === '12' && l.type !== 'ท้องถิ่นรูปแบบพิเศษ'));

export const SPECS = {
  phayao: reportSpecs('56', 'xlsx', S_PN),
  nan: reportSpecs('55', 'xlsx', [...S_PN, ...S_THREE]),
  nb1: reportSpecs('12', 'xlsx', [...S_THREE, ...NB_INTERNAL], NB_LAOS.slice(0, 12)),
  nb2: reportSpecs('12', 'csv', NB_INTERNAL, NB_LAOS.slice(12, 24)),
  songkhla: reportSpecs('90', 'xlsx', S_THREE),
};
export const ALL: Spec[] = Object.values(SPECS).flat();

export const ID = {
  phayao: '1phayaoReportAAAAAAAAAAAAAAAA',
  nan: '1nanReportBBBBBBBBBBBBBBBBBBBB',
  nb1: '1nonthaburiOneCCCCCCCCCCCCCCCC',
  nb2: '1nonthaburiTwoDDDDDDDDDDDDDDDD',
  chiangmai: '1chiangmaiLockedEEEEEEEEEEEEEE',
  songkhla: '1songkhlaReportFFFFFFFFFFFFFFF',
  lampang: '1lampangNoHeaderGGGGGGGGGGGGGG',
  gone: '1phraeDeletedHHHHHHHHHHHHHHHHH',
  stray: '1strayFileIIIIIIIIIIIIIIIIIIII',
};
export const BAD_LINK = 'ส่งทางไลน์กลุ่มจังหวัด';
export const UNKNOWN_PROVINCE = 'จังหวัดสมมุติ';

/** The status table's source text of a file (and its tab). */
export const source = (id: string, tab?: string) => `${fileUrl(id)}${tab ? ` › ${tab}` : ''}`;

export const TARGET_ROWS: TargetRow[] = [
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
    district: NB_LAOS[0].district,
    v: { laosReported: 5, salesCount: 30, revenue: 2_000_000, beneficiaries: 40, budget: 7_500_000 },
  },
  {
    province: 'ลำปาง',
    district: '',
    v: { laosReported: 8, salesCount: 10, revenue: 500_000, beneficiaries: 5, budget: 9_000_000 },
  },
];

/** The register in the order staff filled it in: นนทบุรี's second file last, so it is read after a pause in a resumed run. */
export const REGISTER: [string, string, string?][] = [
  ['พะเยา', url(ID.phayao)],
  ['จ.น่าน', ID.nan, 'รายงานผล'],
  ['นนทบุรี', url(ID.nb1)],
  ['เชียงใหม่', url(ID.chiangmai)],
  ['สงขลา', url(ID.songkhla)],
  ['ลำปาง', url(ID.lampang)],
  ['แพร่', url(ID.gone)],
  ['ตาก', BAD_LINK],
  [UNKNOWN_PROVINCE, url(ID.stray)],
  ['ลำพูน', ''],
  ['นนทบุรี', url(ID.nb2)],
];
/** rows of the register with a file to open (a valid id under a known province); นนทบุรี's first file is opened twice */
export const FILES_OPENED = 8;

/** Time zones of the spreadsheets (Asia/Bangkok where none is given): the central workbook's, and each province file's. */
export type ScenarioZones = Partial<Record<keyof typeof ID | 'central', string>>;

export function scenario(options: ClockedOptions, zones: ScenarioZones = {}): ClockedTwin {
  const c = clockedTwin(options);
  const { twin } = c;
  if (zones.central) twin.workbook.timeZone = zones.central;
  addRegistry(twin.workbook);
  twin.workbook.addSheet('ค่าเป้าหมาย', targetsSheet(TARGET_ROWS) as string[][]);
  twin.workbook.addSheet('ทะเบียนไฟล์จังหวัด', registerRows(REGISTER));
  addProvinceFile(
    twin,
    ID.phayao,
    'พะเยา',
    sheetRows(SPECS.phayao, { dateCells: true }, 'xlsx'),
    undefined,
    zones.phayao,
  );
  addProvinceFile(
    twin,
    ID.nan,
    'รายงานผล',
    sheetRows(SPECS.nan, { title: 'แบบรายงานผล จังหวัดน่าน', dateCells: true }, 'xlsx'),
    'คำชี้แจง',
    zones.nan,
  );
  addProvinceFile(
    twin,
    ID.nb1,
    'ชุดที่ 1',
    sheetRows(SPECS.nb1, { title: 'รายงาน จังหวัดนนทบุรี', dateCells: true }, 'xlsx'),
    undefined,
    zones.nb1,
  );
  addProvinceFile(twin, ID.nb2, 'ชุดที่ 2', sheetRows(SPECS.nb2, { provinceColumn: ['นนทบุรี', 'จ.นนทบุรี'] }, 'csv'));
  addProvinceFile(twin, ID.chiangmai, 'เชียงใหม่', sheetRows(reportSpecs('50', 'xlsx', []), {}, 'xlsx')).denyAccess();
  addProvinceFile(
    twin,
    ID.songkhla,
    'Sheet1',
    sheetRows(SPECS.songkhla, { title: 'รายงานผล จ.สงขลา', dateCells: true }, 'xlsx'),
    undefined,
    zones.songkhla,
  );
  addProvinceFile(twin, ID.lampang, 'ลำปาง', [['รายชื่อผู้ประสานงาน'], ['ชื่อ', 'โทรศัพท์'], ['นาย ก', '0800000000']]);
  // never opened: its register row names no province, so the row itself is what staff must correct
  addProvinceFile(twin, ID.stray, 'Sheet1', [['ไฟล์ที่ลงทะเบียนผิดจังหวัด']]);
  twin.workbook.setActiveSheet('ทะเบียนไฟล์จังหวัด');
  return c;
}
