// Review status and timeliness in the roll-up: returned rows left out and counted, --approved-only, the deadline (the period's
// last day + timelyDays at 23:59:59 Bangkok) and each อปท. on time by its earliest counted row, rows without a submission
// time, the JSON's names for the figures, and the national part checkpoint keeping them. Instants are built with Date.UTC
// and texts carry their own offset or Bangkok's, so nothing here depends on today or the machine's time zone.

import { decodePart, encodePart, type PartCode } from '../../src/addon/consolidate/partCodec';
import type { CellValue } from '../../src/core/cell';
import { mergeStatuses } from '../../src/core/consolidate/status';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { provinceByCode } from '../../src/core/geo/provinces';
import { type Period, parsePeriod } from '../../src/core/period/period';
import { indexRegistry, matchLao } from '../../src/core/registry/match';
import { PHAYAO_DEMO_REGISTRY } from '../../src/core/registry/phayaoDemo';
import { countProvince } from '../../src/core/rollup/provinceRollup';
import { combineProvinces, type RollupInput, type RollupSheet, rollup } from '../../src/core/rollup/rollup';
import { rollupJson } from '../../src/core/rollup/rollupJson';
import type { Group, RollupResult } from '../../src/core/rollup/types';
import { check, GOOD, HEADER, row, TODAY } from '../support/sheets';

const FORM = DLA_ONLINE_MARKET;
const PHAYAO = provinceByCode('56')!;
const INDEX = indexRegistry(PHAYAO_DEMO_REGISTRY, provinceByCode);
const REG = INDEX.provinces.get('56')!;
const MUEANG = '5601';
const MUEANG_LAOS = PHAYAO_DEMO_REGISTRY.laos.filter((l) => l.districtCode === MUEANG).length;

function period(text: string): Period {
  const p = parsePeriod(text);
  if (!p.ok) throw new Error(text);
  return p.period;
}
// fiscal 2569, first quarter: 1 Oct – 31 Dec 2025; its deadline with 15 days is 15 Jan 2026, 23:59:59 Bangkok
const Q1 = period('2569-Q1');
const DEADLINE = Date.UTC(2026, 0, 15, 16, 59, 59);

interface ReviewRow {
  readonly lao: string;
  readonly review?: CellValue;
  readonly time?: CellValue;
  readonly sales?: number;
  readonly date?: CellValue;
}

let linkSeq = 0;

/** A checked Phayao sheet with the review and submission columns, every row a good report of its อปท. in เมืองพะเยา. */
function phayao(...rows: ReviewRow[]): RollupSheet {
  const cells: CellValue[][] = [
    ['แบบรายงานผล'],
    [...HEADER, 'ผลการตรวจสอบ', 'หมายเหตุผู้ตรวจ', 'เวลาที่ส่ง'],
    ...rows.map((r) => [
      ...row({
        ...GOOD,
        lao: r.lao,
        date: r.date ?? GOOD.date,
        sales: r.sales ?? 1,
        revenue: (r.sales ?? 1) * 100,
        links: `https://www.facebook.com/share/p/r${++linkSeq}`,
      }),
      r.review ?? '',
      '',
      r.time ?? '',
    ]),
  ];
  const identify = (l: string, d: string | null) => matchLao(INDEX, REG, l, d);
  return { file: 'พะเยา.xlsx', sheet: 'รายงาน', province: PHAYAO, validation: check(cells, { identify }) };
}

function run(sheets: RollupSheet[], options: Partial<RollupInput> = {}): RollupResult {
  return rollup({ form: FORM, sheets, registry: INDEX, period: null, targets: null, ...options });
}

function mueang(result: RollupResult): Group {
  const g = result.root.children.find((d) => d.key === MUEANG);
  if (!g) throw new Error('no เมืองพะเยา');
  return g;
}

describe('review status', () => {
  test('a returned row is left out of every figure and counted as rowsReturned', () => {
    const result = run([
      phayao(
        { lao: 'ทต.แม่กา', review: 'ผ่าน', sales: 3 },
        { lao: 'ทต.บ้านต๋อม', review: 'ส่งกลับแก้ไข', sales: 5 },
        { lao: 'ทต.แม่ปืม', review: '', sales: 7 },
      ),
    ]);
    const g = mueang(result);
    expect(g.entries).toBe(2);
    expect(g.sums.salesCount).toBe(10);
    expect(g.sums.revenue).toBe(1000 * 100);
    expect(g.laosReported).toBe(2);
    expect(g.rowsReturned).toBe(1);
    expect(g.rowsPending).toBe(1);
    expect(result.root.rowsReturned).toBe(1);
    // the returned อปท. has not reported
    expect(result.nonReporters.map((n) => n.name)).toContain('ทต.บ้านต๋อม');
    expect(result.nonReporters.map((n) => n.name)).not.toContain('ทต.แม่กา');
  });

  test('approved-only counts approved rows; pending ones are left out and counted as rowsPending', () => {
    const sheet = phayao(
      { lao: 'ทต.แม่กา', review: 'ผ่าน', sales: 3 },
      { lao: 'ทต.บ้านต๋อม', review: 'รอตรวจ', sales: 5 },
      { lao: 'ทต.แม่ปืม', sales: 7 },
      { lao: 'ทต.บ้านต๊ำ', review: 'ส่งกลับแก้ไข', sales: 11 },
    );
    const all = run([sheet]);
    expect([all.root.entries, all.root.sums.salesCount, all.root.rowsPending]).toEqual([3, 15, 2]);
    expect(all.approvedOnly).toBe(false);
    const approved = run([sheet], { approvedOnly: true });
    expect(approved.approvedOnly).toBe(true);
    expect(approved.root.entries).toBe(1);
    expect(approved.root.sums.salesCount).toBe(3);
    expect(approved.root.laosReported).toBe(1);
    expect(approved.root.rowsPending).toBe(2);
    expect(approved.root.rowsReturned).toBe(1);
  });

  test('a row with an unknown review text is an error row: counted nowhere but rowsWithErrors', () => {
    const result = run([phayao({ lao: 'ทต.แม่กา', review: 'ok?' }, { lao: 'ทต.บ้านต๋อม', review: 'ผ่าน' })]);
    expect(result.root.entries).toBe(1);
    expect(result.root.rowsWithErrors).toBe(1);
    expect(result.problems.byCode.REVIEW_STATUS_INVALID).toBe(1);
  });
});

describe('on time', () => {
  const sheet = () =>
    phayao(
      // on the deadline's last second, Bangkok: on time
      { lao: 'ทต.แม่กา', review: 'ผ่าน', time: '15/01/2569 23:59:59' },
      // a second later: late
      { lao: 'ทต.บ้านต๋อม', review: 'ผ่าน', time: '16/01/2569 00:00:00' },
      // no submission time: not on time
      { lao: 'ทต.แม่ปืม', review: 'ผ่าน' },
      // its earliest counted row decides: on time
      { lao: 'ทต.บ้านต๊ำ', time: '20/01/2569 10:00' },
      { lao: 'ทต.บ้านต๊ำ', time: '2025-12-01T10:00:00+07:00' },
      // the same boundary written in UTC: 16:59:59Z is on time, 17:00:00Z is not
      { lao: 'ทต.ท่าวังทอง', time: '2026-01-15T16:59:59Z' },
      { lao: 'ทต.ท่าจำปี', time: '2026-01-15T17:00:00Z' },
      // an early row that was returned does not make its อปท. on time
      { lao: 'ทต.บ้านใหม่', review: 'ส่งกลับแก้ไข', time: '01/12/2568 09:00' },
      { lao: 'ทต.บ้านใหม่', review: 'ผ่าน', time: '01/02/2569 09:00' },
      // an unreadable time: a warning, and the row has no time
      { lao: 'ทต.บ้านสาง', time: 'เช้าวันจันทร์' },
    );

  test('the deadline is the last day + 15 days at 23:59:59 Bangkok', () => {
    const result = run([sheet()], { period: Q1 });
    expect(result.deadline?.endsAt).toBe(DEADLINE);
    expect(result.deadline?.day).toEqual({ year: 2026, month: 1, day: 15 });
  });

  test('an อปท. is on time when its earliest counted row was submitted by the deadline', () => {
    const result = run([sheet()], { period: Q1 });
    const g = mueang(result);
    // แม่กา, บ้านต๊ำ, ท่าวังทอง
    expect(g.laosOnTime).toBe(3);
    expect(g.laosReported).toBe(8);
    expect(g.laosTotal).toBe(MUEANG_LAOS);
    expect(g.onTimeRate).toBe(Math.round((3 / MUEANG_LAOS) * 1000) / 10);
    expect(g.participation).toBe(Math.round((8 / MUEANG_LAOS) * 1000) / 10);
    // แม่ปืม and บ้านสาง have no (readable) time
    expect(g.rowsWithoutSubmissionTime).toBe(2);
    expect(result.root.laosOnTime).toBe(3);
    expect(result.root.onTimeRate).toBe(Math.round((3 / PHAYAO_DEMO_REGISTRY.laos.length) * 1000) / 10);
    // other districts: none on time, a rate of 0
    const other = result.root.children.find((d) => d.key !== MUEANG && d.code !== null)!;
    expect([other.laosOnTime, other.onTimeRate]).toEqual([0, 0]);
    expect(result.problems.byCode.SUBMITTED_AT_INVALID).toBe(1);
  });

  test('--timely-days moves the deadline: with 0 days, only the December submission is on time', () => {
    const result = run([sheet()], { period: Q1, timelyDays: 0 });
    expect(result.deadline?.endsAt).toBe(Date.UTC(2025, 11, 31, 16, 59, 59));
    expect(mueang(result).laosOnTime).toBe(1);
  });

  test('without a period there is no deadline: on-time figures are null, rows without a time still counted', () => {
    const result = run([sheet()]);
    expect(result.deadline).toBeNull();
    for (const g of [result.root, ...result.root.children]) {
      expect(g.laosOnTime).toBeNull();
      expect(g.onTimeRate).toBeNull();
    }
    expect(result.root.rowsWithoutSubmissionTime).toBe(2);
  });

  test('approved-only judges on time by the approved rows alone', () => {
    const result = run([sheet()], { period: Q1, approvedOnly: true });
    // แม่กา (approved, on time); บ้านต๋อม, แม่ปืม, บ้านใหม่ approved but not on time; the rest pending
    expect(result.root.laosReported).toBe(4);
    expect(result.root.laosOnTime).toBe(1);
  });
});

describe('the JSON and the national part', () => {
  test('every group gives participation and reportingRate, on-time and review counts; the result its deadline', () => {
    const result = run([phayao({ lao: 'ทต.แม่กา', review: 'ผ่าน', time: '01/01/2569 08:00' })], { period: Q1 });
    const json = rollupJson(result, FORM, 'district', TODAY);
    expect(json.approvedOnly).toBe(false);
    expect(json.deadline).toEqual({
      date: '2026-01-15',
      text: { th: '15 มกราคม 2569', en: '15 January 2026' },
      endsAt: '2026-01-15T23:59:59+07:00',
    });
    for (const g of [json.total, ...json.groups]) {
      expect(g.reportingRate).toBe(g.participation);
      for (const key of ['laosOnTime', 'onTimeRate', 'rowsWithoutSubmissionTime', 'rowsReturned', 'rowsPending'])
        expect(g).toHaveProperty(key);
    }
    const m = json.groups.find((g) => g.key === MUEANG)!;
    expect([m.laosOnTime, m.onTimeRate, m.reportingRate]).toEqual([1, m.participation, m.participation]);
    const untimed = rollupJson(run([phayao({ lao: 'ทต.แม่กา' })]), FORM, 'district', TODAY);
    expect(untimed.deadline).toBeNull();
    expect([untimed.total.laosOnTime, untimed.total.onTimeRate]).toEqual([null, null]);
  });

  test('a saved part keeps the review and on-time counts, and a part saved before them still decodes', () => {
    const sheet = phayao(
      { lao: 'ทต.แม่กา', review: 'ผ่าน', time: '01/01/2569 08:00' },
      { lao: 'ทต.บ้านต๋อม', review: 'ส่งกลับแก้ไข' },
    );
    const { result } = countProvince(FORM, PHAYAO, [sheet.validation], INDEX, Q1);
    const part = { result, status: mergeStatuses(PHAYAO, []) };
    const code = JSON.parse(JSON.stringify(encodePart({ version: 1, sources: [], part }, INDEX))) as PartCode;
    const back = decodePart(code, INDEX, result.links).part.result;
    expect(back.group).toEqual(result.group);
    expect(back.coveredOnTime).toBe(1);
    const national = combineProvinces({ form: FORM, results: [back], registry: INDEX, period: Q1, targets: null });
    expect([national.root.laosOnTime, national.root.rowsReturned]).toEqual([1, 1]);

    // an older checkpoint: the group's code ends at its children, and there is no cot
    const strip = (g: unknown[]): unknown[] => {
      const children = g[17] as unknown[][];
      return [...g.slice(0, 17), children.map(strip)];
    };
    const old = { ...code, g: strip(code.g) } as PartCode;
    delete old.cot;
    const decoded = decodePart(old, INDEX, result.links).part.result;
    expect(decoded.group.rowsReturned).toBe(0);
    expect(decoded.group.laosOnTime).toBeNull();
    expect(decoded.group.entries).toBe(result.group.entries);
    expect(decoded.coveredOnTime).toBe(0);
  });
});
