// The central workbook of the follow-up e-mail tests: the consolidation scenario's province files, one more province where
// every อปท. has reported, and ทะเบียนไฟล์จังหวัด with the e-mail column filled in (one address that is not one).

import { followupMailMessages } from '../../src/core/messages/followupMail';
import type { SeedCell, Twin } from '../../src/twin';
import { LAOS, newLink, type Spec, sheetRows } from '../consolidate/fixture';
import { PREFIXES } from '../support/rollupData';
import { addProvinceFile, type ClockedOptions, url } from './fixture';
import { ID, scenario } from './scenario';

const TAKEN = new Set(['56', '55', '12', '50', '90', '52', '54', '63', '51']);

/** The smallest province, not in the scenario, whose อปท. a typed (type, name) finds: every one of them reports. */
function completeProvince(): string {
  const byProvince = new Map<string, typeof LAOS>();
  for (const l of LAOS) byProvince.set(l.provinceCode, [...(byProvince.get(l.provinceCode) ?? []), l]);
  const plain = [...byProvince].filter(
    ([code, laos]) =>
      !TAKEN.has(code) &&
      laos.every(
        (l) => l.type !== 'ท้องถิ่นรูปแบบพิเศษ' && laos.filter((o) => o.type === l.type && o.name === l.name).length === 1,
      ),
  );
  plain.sort((a, b) => a[1].length - b[1].length);
  return plain[0][0];
}

export const COMPLETE_CODE = completeProvince();
export const COMPLETE_NAME = LAOS.find((l) => l.provinceCode === COMPLETE_CODE)!.province;
export const COMPLETE_ID = '1completeProvinceJJJJJJJJJJJJJJ';

/** One good line dated in the first quarter of fiscal 2569 for every อปท. of the province. */
function completeSpecs(): Spec[] {
  return LAOS.filter((l) => l.provinceCode === COMPLETE_CODE).map((l) => ({
    provinceCode: l.provinceCode,
    lao: l,
    laoText: `${PREFIXES[l.type][0]}${l.name}`,
    districtText: `อำเภอ${l.district}`,
    date: { y: 2025, m: 11, d: 3 },
    links: [newLink()],
    sales: 2,
    revenue: 150_000,
    people: 3,
    cells: { sales: 2, revenue: 1500, people: 3 },
    status: 'ok',
    code: null,
  }));
}

export const PHAYAO_TO = ['phayao.office@dla.go.th', 'chief.phayao@dla.go.th'];
export const NAN_TO = ['nan@dla.go.th'];
export const NB_TO = ['nb.one@dla.go.th', 'nb.two@dla.go.th'];
export const BAD_ADDRESS = 'ส่งทางไลน์@';

/** [province, link, tab, e-mail cell] as staff fill them in, in register order. */
export const MAIL_REGISTER: [string, string, string, string][] = [
  ['พะเยา', url(ID.phayao), '', `${PHAYAO_TO.join(', ')}\n${BAD_ADDRESS}`],
  ['จ.น่าน', ID.nan, 'รายงานผล', NAN_TO[0]],
  ['นนทบุรี', url(ID.nb1), '', NB_TO[0]],
  ['เชียงใหม่', url(ID.chiangmai), '', 'cm@dla.go.th'],
  ['สงขลา', url(ID.songkhla), '', ''],
  [COMPLETE_NAME, url(COMPLETE_ID), '', 'complete@dla.go.th'],
  // นนทบุรี's second file: its addresses join the first row's, the one already there (in capitals) once
  ['นนทบุรี', url(ID.nb2), '', `NB.ONE@dla.go.th; ${NB_TO[1]}`],
];

export function mailRegisterRows(entries: readonly (readonly string[])[]): SeedCell[][] {
  return [
    ['ทะเบียนไฟล์แบบรายงานของจังหวัด'],
    [
      'ที่',
      'เขตตรวจราชการ',
      'จังหวัด',
      'ลิงก์หรือรหัสไฟล์ Google Sheets',
      'ชื่อแผ่นงาน (ถ้าไม่ใช่แผ่นแรก)',
      followupMailMessages.registerHeader,
      'หมายเหตุ',
    ],
    ...entries.map(([province, link, tab, mail], i) => [i + 1, '', province, link, tab, mail, '']),
  ];
}

/**
 * The consolidation scenario, drawn again when the shared fixture's random draw finds no line with a single link for its
 * "claimed by another อปท." case (about one draw in forty; each test here makes several scenarios).
 */
function drawScenario(options: ClockedOptions): ReturnType<typeof scenario> {
  for (let attempt = 1; ; attempt++) {
    try {
      return scenario(options);
    } catch (e) {
      if (attempt >= 5 || !(e instanceof TypeError)) throw e;
    }
  }
}

/** The consolidation scenario with the e-mail register; the clock frozen unless the options say otherwise. */
export function mailScenario(options: Partial<ClockedOptions> = {}): Twin {
  const { twin } = drawScenario({ scriptApp: true, msPerCall: 0, ...options });
  addProvinceFile(twin, COMPLETE_ID, COMPLETE_NAME, sheetRows(completeSpecs(), { dateCells: true }, 'xlsx'));
  twin.workbook.deleteSheet('ทะเบียนไฟล์จังหวัด');
  twin.workbook.addSheet('ทะเบียนไฟล์จังหวัด', mailRegisterRows(MAIL_REGISTER));
  return twin;
}
