// The per-province status model on small hand-built sheets: checking a source (ok, no header, province unknown, an empty report),
// the latest submission (entry dates, the sidebar's submission-time column in UTC, dates after today), merging a province's sources,
// the Thai and English explanation of every status, and that statuses survive a JSON round trip unchanged.

import type { CellValue } from '../../src/core/cell';
import { baseName, checkSource, guessProvince } from '../../src/core/consolidate/checkSource';
import { dayOfIsoTime, latestSubmission } from '../../src/core/consolidate/latestSubmission';
import {
  checkedStatus,
  failedStatus,
  mergeStatuses,
  notReportedStatus,
  STATUS_PRECEDENCE,
  statusCounts,
  statusExplanation,
  statusLabel,
} from '../../src/core/consolidate/status';
import type { ProvinceStatus, SourceStatus } from '../../src/core/consolidate/types';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { detectHeader } from '../../src/core/form/headers';
import { provinceByCode } from '../../src/core/geo/provinces';
import { indexRegistry } from '../../src/core/registry/match';
import { PHAYAO_DEMO_REGISTRY } from '../../src/core/registry/phayaoDemo';
import { check, GOOD, HEADER, row, sheet, TODAY } from '../support/sheets';

const FORM = DLA_ONLINE_MARKET;
const PHAYAO = provinceByCode('56')!;
const NAN = provinceByCode('55')!;
const INDEX = indexRegistry(PHAYAO_DEMO_REGISTRY, provinceByCode);
const phayaoLao = PHAYAO_DEMO_REGISTRY.laos.find((l) => l.type === 'sao')!;
const LAO = `อบต.${phayaoLao.name}`;
const DISTRICT = phayaoLao.districtName;

let n = 0;
const link = () => `https://www.facebook.com/share/p/st${++n}`;

describe('dayOfIsoTime', () => {
  test.each([
    // UTC, as earlier versions wrote it: the day in Thailand
    ['2026-11-20T16:59:59Z', '2026-11-20'],
    ['2026-11-20T17:00:00.000Z', '2026-11-21'],
    ['2026-12-31T18:30:00Z', '2027-01-01'],
    // a wall clock with its offset, as the sidebar writes the spreadsheet's own time: the day written, in any zone
    ['2026-11-20T23:30:00+0700', '2026-11-20'],
    ['2026-11-20T23:30:00+07:00', '2026-11-20'],
    ['2026-11-20T23:30:00-0800', '2026-11-20'],
    ['2026-11-21T00:10:00+1400', '2026-11-21'],
    ['2026-11-20 08:15', '2026-11-20'],
  ])('%s is %s where it was written', (text, want) => {
    const d = dayOfIsoTime(text)!;
    expect(`${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`).toBe(want);
  });

  test('anything else is not a time', () => {
    for (const text of ['', '20/11/2569', '2026-13-01T00:00Z', 'เมื่อวาน']) expect(dayOfIsoTime(text)).toBeNull();
  });
});

describe('latestSubmission', () => {
  const latestOf = (rows: CellValue[][]) => {
    const detected = detectHeader(rows, FORM);
    if (!detected.ok) throw new Error('no header');
    return latestSubmission(rows, detected.header, check(rows), TODAY);
  };

  test('the latest entry date, error lines included, named-only lines and dates after today left out', () => {
    const rows = sheet(
      { ...GOOD, lao: LAO, district: DISTRICT, links: link(), date: '3/1/2569' },
      { ...GOOD, lao: LAO, district: DISTRICT, links: link(), date: '15/3/2569', revenue: 'สิบบาท' },
      { ...GOOD, lao: LAO, district: DISTRICT, links: link(), date: '1/12/2569' },
      { lao: 'อบต.ไม่ได้รายงาน', date: '20/11/2569' },
    );
    expect(latestOf(rows)).toBe('2026-03-15');
  });

  test('a month-only date stands for its month; a day of that month is later', () => {
    expect(latestOf(sheet({ ...GOOD, lao: LAO, district: DISTRICT, links: link(), date: 'มีนาคม 2569' }))).toBe(
      '2026-03',
    );
    expect(
      latestOf(
        sheet(
          { ...GOOD, lao: LAO, district: DISTRICT, links: link(), date: 'มีนาคม 2569' },
          { ...GOOD, lao: LAO, district: DISTRICT, links: link(), date: '2/3/2569' },
        ),
      ),
    ).toBe('2026-03-02');
  });

  test('the submission-time column wins over entry dates, read as Thai days; times after today are ignored', () => {
    const rows: CellValue[][] = [
      ['แบบรายงาน'],
      [...HEADER, 'รหัสการส่ง', 'เวลาที่ส่ง', 'ผู้ส่ง'],
      [
        ...row({ ...GOOD, lao: LAO, district: DISTRICT, links: link(), date: '1/6/2569' }),
        'a1',
        "'2026-11-20T17:30:00.000Z",
        'a@x',
      ],
      [
        ...row({ ...GOOD, lao: LAO, district: DISTRICT, links: link(), date: '1/7/2569' }),
        'a2',
        '2026-11-21T18:00:00.000Z',
        'a@x',
      ],
      [...row({ ...GOOD, lao: LAO, district: DISTRICT, links: link(), date: '1/8/2569' }), '', '', ''],
    ];
    // 17:30 UTC on the 20th is 00:30 on the 21st in Thailand; 18:00 UTC on the 21st is already the 22nd, after today
    expect(latestOf(rows)).toBe('2026-11-21');
  });

  test('no dates at all: null', () => {
    expect(latestOf(sheet({ ...GOOD, lao: LAO, district: DISTRICT, links: link(), date: '' }))).toBeNull();
  });
});

describe('checkSource', () => {
  const options = { form: FORM, today: TODAY, registry: INDEX };

  test('a report: its province (from the sheet name), counts and status ok', () => {
    const rows = sheet(
      { ...GOOD, lao: LAO, district: DISTRICT, links: link(), date: '3/1/2569' },
      { ...GOOD, lao: LAO, district: DISTRICT, links: link(), revenue: '-5' },
      { ...GOOD, lao: LAO, district: DISTRICT, links: link(), sales: 3, revenue: '' },
      { lao: LAO, district: DISTRICT },
    );
    const checked = checkSource('folder/พะเยา.csv', [{ name: 'พะเยา', rows }], options);
    if (!checked.ok) throw new Error(checked.status.status);
    expect(checked.province.code).toBe('56');
    expect(checked.status).toEqual({
      province: PHAYAO,
      source: 'folder/พะเยา.csv',
      status: 'ok',
      rowsRead: 4,
      errors: 1,
      warnings: 1,
      latestSubmission: '2026-01-03',
      detail: null,
      certification: null,
    });
    // the อปท. was matched to the registry of its province
    expect(checked.validation.table.entries()[0].identity?.lao?.code).toBe(phayaoLao.code);
  });

  test('the report sheet is the first with a header, after a sheet of instructions', () => {
    const rows = sheet({ ...GOOD, lao: LAO, district: DISTRICT, links: link() });
    const checked = checkSource(
      'book.xlsx',
      [
        { name: 'คำอธิบาย', rows: [['กรอกข้อมูลในแผ่นงานถัดไป']] },
        { name: 'จ.พะเยา', rows },
      ],
      options,
    );
    expect(checked.ok && checked.sheet).toBe('จ.พะเยา');
  });

  test('a report with only named อปท. and no results: not reported yet, with its source', () => {
    const checked = checkSource(
      'พะเยา.csv',
      [{ name: 'พะเยา', rows: sheet({ lao: LAO, district: DISTRICT }) }],
      options,
    );
    expect(checked.status.status).toBe('notReported');
    expect(checked.status.source).toBe('พะเยา.csv');
    expect(statusExplanation(checked.status).th).toContain('ยังไม่มีรายการ');
  });

  test('no header: noHeader, the province told by the file name or a title line, the header detector’s message as detail', () => {
    const junk = [
      ['ชื่อ', 'ที่อยู่'],
      ['นาย ก', 'บ้านเลขที่ 1'],
    ];
    const byName = checkSource('reports/น่าน.xlsx', [{ name: 'Sheet1', rows: junk }], options);
    expect(byName.ok).toBe(false);
    expect(byName.status).toMatchObject({ province: NAN, status: 'noHeader', rowsRead: 0, latestSubmission: null });
    expect(byName.status.detail?.th).toMatch(/[\u0E01-\u0E4E]/);
    const byTitle = checkSource('x.xlsx', [{ name: 'Sheet1', rows: [['สรุปผล จังหวัดพะเยา'], ...junk] }], options);
    expect(byTitle.status.province).toEqual(PHAYAO);
    const unknown = checkSource('x.xlsx', [{ name: 'Sheet1', rows: junk }], options);
    expect(unknown.status.province).toBeNull();
    // the caller's province (a register of files) is believed
    const told = checkSource('https://docs.google.com/spreadsheets/d/abc', [{ name: 'Sheet1', rows: junk }], {
      ...options,
      province: NAN,
    });
    expect(told.status.province).toEqual(NAN);
  });

  test('a report whose province cannot be told: noProvince, unplaced, with the reason', () => {
    const rows = sheet({ ...GOOD, lao: 'อบต.ไม่มีในทะเบียน', district: 'ไม่ทราบ', links: link() });
    const checked = checkSource('unknown.csv', [{ name: 'unknown', rows }], options);
    expect(checked.ok).toBe(false);
    expect(checked.status).toMatchObject({ province: null, status: 'noProvince', source: 'unknown.csv', detail: null });
    expect(statusExplanation(checked.status).th).toContain('คอลัมน์จังหวัด');
    // two provinces in one report: the detail names them
    const two = sheet({ ...GOOD, lao: LAO, district: DISTRICT, links: link() });
    two[0] = ['แบบรายงานผล จังหวัดพะเยา'];
    const both = checkSource(
      'mixed.csv',
      [{ name: 'น่าน', rows: [['รายงาน จังหวัดพะเยา'], ['รวม จังหวัดน่าน'], ...two.slice(1)] }],
      options,
    );
    expect(both.status.status).toBe('noProvince');
    expect(both.status.detail?.th).toMatch(/พะเยา.*น่าน|น่าน.*พะเยา/);
  });

  test('guessProvince and baseName', () => {
    expect(baseName('C:\\รายงาน\\จังหวัดน่าน.xlsx')).toBe('จังหวัดน่าน');
    expect(guessProvince('a/b/จังหวัดน่าน.xlsx')).toEqual(NAN);
    expect(guessProvince('Phayao.csv')).toEqual(PHAYAO);
    expect(guessProvince('scan-001.xlsx')).toBeNull();
    expect(guessProvince('x.xlsx', [{ name: 'Sheet1', rows: [['จังหวัดพะเยา'], ['จังหวัดน่าน']] }])).toBeNull();
  });
});

describe('statuses', () => {
  const ok = (source: string, errors: number, warnings: number, latest: string | null): ProvinceStatus => ({
    province: PHAYAO,
    source,
    status: 'ok',
    rowsRead: 10,
    errors,
    warnings,
    latestSubmission: latest,
    detail: null,
    certification: null,
  });

  test('checkedStatus counts problems by severity', () => {
    const validation = check(
      sheet({ ...GOOD, links: link(), revenue: 'x' }, { ...GOOD, links: link(), sales: 4, revenue: '' }),
    );
    const s = checkedStatus(PHAYAO, 'a.csv', validation, '2026-01-01');
    expect([s.errors, s.warnings, s.rowsRead]).toEqual([
      validation.problems.filter((p) => p.severity === 'error').length,
      validation.problems.filter((p) => p.severity === 'warning').length,
      2,
    ]);
  });

  test('several sources of one province: counts add up, the latest date wins, every source is listed', () => {
    const merged = mergeStatuses(PHAYAO, [
      ok('a.xlsx', 2, 1, '2026-03-01'),
      ok('b.csv', 0, 4, '2026-03-15'),
      ok('c.csv', 1, 0, null),
    ]);
    expect(merged).toEqual({
      province: PHAYAO,
      source: 'a.xlsx\nb.csv\nc.csv',
      status: 'ok',
      rowsRead: 30,
      errors: 3,
      warnings: 5,
      latestSubmission: '2026-03-15',
      detail: null,
      certification: null,
    });
  });

  test('a source that failed shows over an ok one, with its detail', () => {
    const detail = { th: 'ไฟล์เสีย', en: 'damaged' };
    const merged = mergeStatuses(PHAYAO, [
      ok('a.xlsx', 0, 0, '2026-03-01'),
      failedStatus('b.xlsx', 'unreadable', PHAYAO, detail),
    ]);
    expect(merged).toMatchObject({
      status: 'unreadable',
      rowsRead: 10,
      source: 'a.xlsx\nb.xlsx',
      detail,
      latestSubmission: '2026-03-01',
    });
    expect(statusExplanation(merged).th.endsWith('\nไฟล์เสีย')).toBe(true);
    // precedence: permission before not found before cannot open before unreadable before no header before ok before not reported
    const all = STATUS_PRECEDENCE.map((s) => (s === 'ok' ? ok('x', 0, 0, null) : failedStatus('x', s, PHAYAO, null)));
    for (let i = 0; i < all.length; i++) expect(mergeStatuses(PHAYAO, all.slice(i)).status).toBe(STATUS_PRECEDENCE[i]);
    expect(mergeStatuses(PHAYAO, []).status).toBe('notReported');
  });

  test('every status has a Thai label and a Thai and English explanation saying what to do', () => {
    const cases: ProvinceStatus[] = [
      ok('a', 0, 0, null),
      ok('a', 3, 0, null),
      ok('a', 0, 2, null),
      notReportedStatus(PHAYAO),
      ...(['noPermission', 'notFound', 'cannotOpen', 'noHeader', 'noProvince', 'unreadable'] as SourceStatus[]).map(
        (s) => failedStatus('a', s as Exclude<SourceStatus, 'ok'>, PHAYAO, null),
      ),
    ];
    for (const s of cases) {
      const text = statusExplanation(s);
      expect(statusLabel(s).th).toMatch(/[\u0E01-\u0E4E]{3}/);
      expect(text.th).toMatch(/[\u0E01-\u0E4E]{3}/);
      expect(text.en).toMatch(/[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}/);
    }
    expect(statusExplanation(ok('a', 3, 0, null)).th).toContain('3');
    expect(statusExplanation(notReportedStatus(PHAYAO)).th).not.toBe(
      statusExplanation({ ...notReportedStatus(PHAYAO), source: 'a.csv' }).th,
    );
  });

  test('statusCounts counts provinces only, reported first', () => {
    const list = [
      ok('a', 0, 0, null),
      notReportedStatus(NAN),
      notReportedStatus(PHAYAO),
      failedStatus('z', 'unreadable', null, null),
    ];
    expect(statusCounts(list)).toEqual([
      ['ok', 1],
      ['notReported', 2],
    ]);
  });

  test('a status is plain data: a JSON round trip gives it back unchanged', () => {
    const s = mergeStatuses(PHAYAO, [
      ok('a.xlsx', 2, 1, '2026-03-01'),
      failedStatus('b.xlsx', 'noPermission', PHAYAO, { th: 'ไม่มีสิทธิ์', en: 'no permission' }),
    ]);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
