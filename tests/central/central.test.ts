// The central script's consolidation on the twin: every cell of the three output sheets against figures computed here from the
// generated lines (not by the product), the charts, and the budget of three Spreadsheet calls per province file.

import { runNational } from '../../src/addon/consolidate/runner';
import { FILES_RUN } from '../../src/central/config';
import {
  DLA_PROVINCES,
  expectedFigures,
  FACT,
  LAOS,
  laosIn,
  latestLineDate,
  linkMark,
  provinceTargets,
  type Spec,
  sharedAcrossProvinces,
  summaryColumns,
  sumTargets,
  thaiShort,
} from '../consolidate/fixture';
import { percent1 } from '../support/rollupData';
import { ALL, BAD_LINK, FILES_OPENED, ID, SPECS, scenario, source, TARGET_ROWS, UNKNOWN_PROVINCE } from './scenario';
import { sheetTable, sheetTables } from './tables';

jest.setTimeout(60_000);

const ZONES = [...new Set(DLA_PROVINCES.map((p) => p.zone))].sort((a, b) => a - b);
const heading = (zone: number) =>
  `เขตตรวจราชการที่ ${zone} : กลุ่มจังหวัด${DLA_PROVINCES.find((p) => p.zone === zone)!.cluster}`;
const inZone = (zone: number) =>
  DLA_PROVINCES.filter((p) => p.zone === zone)
    .map((p) => p.code)
    .sort();
const PROVINCE_TARGETS = provinceTargets(TARGET_ROWS);
const REPORTED = new Set(['56', '55', '12', '90']);

const c = scenario({ scriptApp: true });
const { twin } = c;
const OUTCOME = runNational(twin.services, FILES_RUN, 'start');
const CALLS = twin.counter.snapshot();
const book = twin.workbook;

test('one run does it all: finished, nothing left in document properties, no trigger, no run data needed', () => {
  expect(OUTCOME.kind).toBe('finished');
  expect(OUTCOME.message.th).toMatch(/^รวมผล 76 จังหวัดแล้ว ทุกช่วงเวลา สรุปสถานะ: ส่งแล้ว 4 จังหวัด/);
  expect([...book.documentProperties.keys()].filter((k) => k.startsWith('khongdee.nr.'))).toEqual([]);
  expect(twin.scriptApp.triggers).toEqual([]);
  // the links never left memory: the run ended in the execution that read them
  expect(book.sheetNames()).not.toContain('ข้อมูลระหว่างรวมผล');
});

test('every output names its date as ข้อมูล ณ วันที่ in B.E. and the national scope', () => {
  for (const name of ['สรุปรายจังหวัด', 'สถานะรายจังหวัด', 'ลิงก์ซ้ำข้ามจังหวัด']) {
    const t = sheetTable(book, name);
    expect(t.subtitle).toContain('ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569');
    expect(t.subtitle).toContain('ทั้งประเทศ (76 จังหวัด)');
  }
});

describe('สรุปรายจังหวัด, cell by cell', () => {
  // the results with the targets below them: read side by side, row for row, as one table
  const [results, ...targets] = sheetTables(book, 'สรุปรายจังหวัด');
  const t = {
    ...results,
    header: [...results.header, ...targets.flatMap((b) => b.header)],
    rows: results.rows.map((r, i) => [...r, ...targets.flatMap((b) => b.rows[i])]),
  };
  const C = summaryColumns(t.header);

  function expectRow(
    row: (string | number | boolean | Date | null)[],
    specs: readonly Spec[],
    laosTotal: number,
    target: ReturnType<typeof sumTargets>,
  ): void {
    const want = expectedFigures(specs, laosTotal, target, 'budget');
    const pick = (k: keyof typeof C) => row[C[k]];
    expect({
      laosTotal: pick('laosTotal'),
      laosReported: pick('laosReported'),
      participation: pick('participation'),
      entries: pick('entries'),
      links: pick('links'),
      salesCount: pick('salesCount'),
      revenue: pick('revenue'),
      beneficiaries: pick('beneficiaries'),
      rowsWithErrors: pick('rowsWithErrors'),
      laosTarget: pick('laosTarget'),
      laosAchievement: pick('laosAchievement'),
      revenueTarget: pick('revenueTarget'),
      revenueAchievement: pick('revenueAchievement'),
      salesAchievement: pick('salesAchievement'),
      budget: pick('budget'),
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
      budget: want.targets.budget ?? null,
    });
  }

  test('zone headings, every province under its zone, bold รวม per zone, รวมทั้งประเทศ last', () => {
    const rows = [...t.rows];
    let seq = 0;
    for (const zone of ZONES) {
      expect(rows.shift()!.slice(0, 2)).toEqual([heading(zone), '']);
      const codes = inZone(zone);
      for (const code of codes) {
        const row = rows.shift()!;
        const name = FACT.get(code)!.nameTh;
        expect(row.slice(0, 2)).toEqual([++seq, REPORTED.has(code) ? name : `${name} (ยังไม่ส่งรายงาน)`]);
        expectRow(
          row,
          ALL.filter((s) => s.provinceCode === code),
          laosIn((l) => l.provinceCode === code),
          PROVINCE_TARGETS[code],
        );
      }
      const subtotal = rows.shift()!;
      expect(subtotal.slice(0, 2)).toEqual(['', 'รวม']);
      expectRow(
        subtotal,
        ALL.filter((s) => codes.includes(s.provinceCode)),
        laosIn((l) => codes.includes(l.provinceCode)),
        sumTargets(codes.map((code) => PROVINCE_TARGETS[code])),
      );
    }
    const total = rows.shift()!;
    expect(rows).toEqual([]);
    expect(total.slice(0, 2)).toEqual(['', 'รวมทั้งประเทศ']);
    expectRow(total, ALL, LAOS.length, sumTargets(Object.values(PROVINCE_TARGETS)));
    expect(seq).toBe(76);
  });

  test('subtotal and total rows are bold; money and percent columns carry their number formats', () => {
    const view = book.sheet('สรุปรายจังหวัด').peek();
    const header = view.values.findIndex((r) => r[0] === 'ที่');
    const totalRow = view.values.findIndex((r) => r[1] === 'รวมทั้งประเทศ');
    expect(view.fontWeights[totalRow][1]).toBe('bold');
    expect(view.fontWeights[header + 2][1]).toBe('normal');
    expect(view.numberFormats[totalRow][C.revenue]).toBe('#,##0.00');
    expect(view.numberFormats[totalRow][C.participation]).toBe('0.0');
  });

  test('the charts: revenue by inspection zone and participation by province, over the data written beside the table', () => {
    const sheet = book.sheet('สรุปรายจังหวัด');
    expect(sheet.charts.map((ch) => ch.info.options.title)).toEqual([
      'รายรับรายเขตตรวจราชการ',
      'อัตราการรายงานผลของ อปท. รายจังหวัด',
    ]);
    // each chart reads one block of two columns: the names, then the values
    expect(sheet.charts.map((ch) => ch.info.ranges.length)).toEqual([1, 1]);
    const [revenue, participation] = sheet.charts.map((ch) => {
      const block = sheet.peek(ch.info.ranges[0].split('!')[1]).values;
      return [block.map((v) => v[0]), block.map((v) => v[1])];
    });
    expect(revenue[0]).toEqual(ZONES.map((z) => `เขตตรวจราชการที่ ${z}`));
    expect(revenue[1]).toEqual(
      ZONES.map(
        (z) =>
          expectedFigures(
            ALL.filter((s) => inZone(z).includes(s.provinceCode)),
            0,
            undefined,
            'budget',
          ).revenue,
      ),
    );
    const order = ZONES.flatMap(inZone);
    expect(participation[0]).toEqual(order.map((code) => FACT.get(code)!.nameTh));
    expect(participation[1]).toEqual(
      order.map(
        (code) =>
          percent1(
            new Set(
              ALL.filter((s) => s.provinceCode === code && (s.status === 'ok' || s.status === 'warning')).map(
                (s) => s.lao.code,
              ),
            ).size,
            laosIn((l) => l.provinceCode === code),
          ) ?? 0,
      ),
    );
  });
});

describe('สถานะรายจังหวัด, cell by cell', () => {
  const t = sheetTable(book, 'สถานะรายจังหวัด');
  type Want = {
    source: string;
    rowsRead: number | null;
    errors: number | null;
    warnings: number | null;
    latest: string | null;
    label: string;
    explains: string;
  };
  const reported = (src: string, specs: readonly Spec[]): Want => {
    const errors = specs.filter((s) => s.status === 'error').length;
    return {
      source: src,
      rowsRead: specs.length,
      errors,
      warnings: specs.filter((s) => s.status === 'warning').length,
      latest: thaiShort(latestLineDate(specs)),
      label: 'ส่งแล้ว',
      explains: `ข้อผิดพลาด ${errors} รายการ`,
    };
  };
  const failed = (src: string, label: string, explains: string): Want => ({
    source: src,
    rowsRead: null,
    errors: null,
    warnings: null,
    latest: null,
    label,
    explains,
  });
  const EXPECTED: Record<string, Want> = {
    '56': reported(source(ID.phayao), SPECS.phayao),
    '55': reported(source(ID.nan, 'รายงานผล'), SPECS.nan),
    '12': reported(`${source(ID.nb1)}\n${source(ID.nb2)}`, [...SPECS.nb1, ...SPECS.nb2]),
    '90': reported(source(ID.songkhla), SPECS.songkhla),
    // the file that refuses the account and the id that is gone: Google does not say which is which, so neither does the table
    '50': failed(source(ID.chiangmai), 'เปิดไม่ได้: ไม่มีสิทธิ์หรือไม่มีไฟล์นี้', 'แชร์ไฟล์ให้บัญชีผู้รวมผล'),
    '52': failed(source(ID.lampang), 'ไม่พบหัวตารางแบบรายงาน', 'หัวตาราง'),
    '54': failed(
      source(ID.gone),
      'เปิดไม่ได้: ไม่มีสิทธิ์หรือไม่มีไฟล์นี้',
      'ข้อความจาก Google: Unexpected error while getting the method or property openById',
    ),
    '63': failed(BAD_LINK, 'เปิดไม่ได้: ไม่พบไฟล์', 'ไม่ใช่ลิงก์หรือรหัสไฟล์ Google Sheets'),
  };
  const NOT_REPORTED = failed('', 'ยังไม่รายงาน', 'ยังไม่ได้รับ');

  test('one row per province under its zone heading, then the register row of unknown province', () => {
    const rows = [...t.rows];
    let seq = 0;
    const check = (row: (string | number | boolean | Date | null)[], name: string, want: Want) => {
      const [s, province, src, rowsRead, errors, warnings, latest, label, explanation] = row;
      const blank = (v: unknown) => (v === '' ? null : v);
      expect({ s, province, src, rowsRead, errors, warnings, latest: blank(latest), label }).toEqual({
        s: ++seq,
        province: name,
        src: want.source,
        rowsRead: want.rowsRead,
        errors: want.errors,
        warnings: want.warnings,
        latest: want.latest,
        label: want.label,
      });
      expect(explanation).toContain(want.explains);
    };
    for (const zone of ZONES) {
      expect(rows.shift()![0]).toBe(heading(zone));
      for (const code of inZone(zone)) check(rows.shift()!, FACT.get(code)!.nameTh, EXPECTED[code] ?? NOT_REPORTED);
    }
    expect(rows.shift()![0]).toBe('ไฟล์ที่ไม่ทราบจังหวัด');
    check(rows.shift()!, 'ไฟล์ที่ไม่ทราบจังหวัด', failed(source(ID.stray), 'ไม่ทราบว่าเป็นของจังหวัดใด', `${UNKNOWN_PROVINCE}”`));
    expect(rows).toEqual([]);
    expect(t.footnotes[0]).toBe(
      'สรุปสถานะ: ส่งแล้ว 4 จังหวัด · ยังไม่รายงาน 68 จังหวัด · เปิดไม่ได้: ไม่พบไฟล์ 1 จังหวัด · เปิดไม่ได้: ไม่มีสิทธิ์หรือไม่มีไฟล์นี้ 2 จังหวัด · ไม่พบหัวตารางแบบรายงาน 1 จังหวัด',
    );
  });
});

test('Google writing in Thai: the same statuses, labels and advice; only Google’s own words beside them differ', () => {
  const th = scenario({ scriptApp: true, twin: { locale: 'th' } });
  expect(runNational(th.twin.services, FILES_RUN, 'start').kind).toBe('finished');
  const withoutGoogle = (b: typeof book) =>
    sheetTable(b, 'สถานะรายจังหวัด').rows.map((r) =>
      r.map((c) => (typeof c === 'string' ? c.replace(/\nข้อความจาก Google: .*/, '') : c)),
    );
  expect(withoutGoogle(th.twin.workbook)).toEqual(withoutGoogle(book));
  const cells = sheetTable(th.twin.workbook, 'สถานะรายจังหวัด').rows.flat().join('\n');
  expect(cells).toContain('ข้อความจาก Google: คุณไม่มีสิทธิ์เข้าถึงเอกสารที่ขอ');
  expect(cells).not.toContain('Unexpected error');
});

test('ลิงก์ซ้ำข้ามจังหวัด: every link reported in more than one province, with its provinces', () => {
  const t = sheetTable(book, 'ลิงก์ซ้ำข้ามจังหวัด');
  const shared = [...sharedAcrossProvinces(ALL).values()];
  expect(shared.length).toBe(3);
  expect(t.rows).toHaveLength(shared.length);
  const label = { facebook: 'Facebook', tiktok: 'TikTok', youtube: 'YouTube' };
  for (const { link, provinces } of shared) {
    const row = t.rows.find((r) => String(r[1]).includes(linkMark(link)))!;
    const codes = [...provinces].sort();
    expect(row.slice(2)).toEqual([
      label[link.platform],
      codes.length,
      codes.map((code) => FACT.get(code)!.nameTh).join(', '),
    ]);
  }
  expect(t.rows.map((r) => r[0])).toEqual(shared.map((_, i) => i + 1));
});

describe('the Spreadsheet-call budget', () => {
  test('at most three calls per province file opened (plus one more read of นนทบุรี’s first file), and a constant', () => {
    const reads = FILES_OPENED + 1;
    expect(CALLS.byMethod['SpreadsheetApp.openById']).toBe(reads);
    // the first tab by Spreadsheet.getSheets and its Sheet.getSheetValues, a named tab by Spreadsheet.getRange('tab'!A:Z) and its
    // getValues; never the spreadsheet's active sheet, which for a file opened by id is not documented
    expect((CALLS.byMethod['Spreadsheet.getSheets'] ?? 0) + (CALLS.byMethod['Spreadsheet.getRange'] ?? 0)).toBe(
      reads - 2,
    ); // เชียงใหม่ refuses and แพร่'s id is gone at openById
    expect(CALLS.byMethod['Spreadsheet.getSheetValues']).toBeUndefined();
    expect(CALLS.calls).toBeLessThanOrEqual(3 * reads + 60);
  });

  test('a second run (outputs exist) costs three calls per file read and a smaller constant, and adds no chart', () => {
    twin.counter.reset();
    const again = runNational(twin.services, FILES_RUN, 'start');
    expect(again.kind).toBe('finished');
    const reads = FILES_OPENED + 1;
    expect(twin.counter.calls).toBeLessThanOrEqual(3 * reads + 40);
    expect(book.sheet('สรุปรายจังหวัด').charts).toHaveLength(2);
    // nothing per row: the calls do not depend on how many rows the files hold
    expect(twin.counter.byMethod['Range.getValues']).toBeLessThanOrEqual(reads + 5);
  });
});
