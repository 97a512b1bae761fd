// `khongdee consolidate DIR` end to end on a generated folder: two files of one province, a province told only by its file name
// or its อปท. names, a file with no header, an unreadable file, one of unknown province, a dangling link, lock and other files that
// must be ignored, the 70 provinces without a file, and a targets file with an extra numeric column. The JSON and the xlsx (re-read
// with exceljs) are checked against figures computed here from the generated lines; the national table must equal
// `khongdee rollup FILES --by zone` on the same files; bad input exits 2 with nothing written.

import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  DLA_PROVINCES,
  expectedFigures,
  FACT,
  figuresOf,
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
  sumTargets,
  type TargetRow,
  TODAY_ARGS,
  targetsSheet,
  thaiShort,
  writeCsv,
  writeXlsx,
} from '../consolidate/fixture';
import { type CliRun, runCli } from '../support/cli';
import { REGISTRY_CSV } from '../support/rollupData';
import { tempDir } from '../support/tempDir';

jest.setTimeout(120_000);

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const DIR = tmp.path('provinces');
const file = (name: string) => join(DIR, name);
const TARGETS = file('targets.xlsx');

// ---- the folder ------------------------------------------------------------------------------------

const S_PHAYAO_NAN = [newLink()];
const S_CENTRAL_SOUTH = [newLink(), newLink()];
const PHAYAO_BOTH_FILES = [newLink()];
const phayaoLaos = rnd.shuffle(LAOS.filter((l) => l.provinceCode === '56' && l.type !== 'ท้องถิ่นรูปแบบพิเศษ'));

const SPECS = {
  phayaoA: reportSpecs('56', 'xlsx', [...S_PHAYAO_NAN, ...PHAYAO_BOTH_FILES], phayaoLaos.slice(0, 12)),
  phayaoB: reportSpecs('56', 'csv', PHAYAO_BOTH_FILES, phayaoLaos.slice(12, 24)),
  nan: reportSpecs('55', 'xlsx', [...S_PHAYAO_NAN, S_CENTRAL_SOUTH[0]]),
  nonthaburi: reportSpecs('12', 'csv', S_CENTRAL_SOUTH),
  songkhla: reportSpecs('90', 'csv', S_CENTRAL_SOUTH),
};
const ALL: Spec[] = Object.values(SPECS).flat();
const GOOD_FILES = ['nan-report.xlsx', 'phayao-a.xlsx', 'phayao-b.csv', 'report-south.csv', 'นนทบุรี.csv'].map(file);
// the sidebar's submission times in น่าน's file (UTC, as it writes them): the latest in Thailand is 21 Nov, one is after today
const NAN_TIMES = SPECS.nan.map((s, i) =>
  s.status === 'not-reported' ? null : `2026-0${1 + (i % 8)}-0${1 + (i % 9)}T02:00:00.000Z`,
);
NAN_TIMES[2] = '2026-11-20T19:00:00.000Z';
NAN_TIMES[3] = '2026-11-22T01:00:00.000Z';

const nonthaburiDistricts = [...new Set(LAOS.filter((l) => l.provinceCode === '12').map((l) => l.district))];
const TARGET_ROWS: TargetRow[] = [
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
const PROVINCE_TARGETS = provinceTargets(TARGET_ROWS);
const UNKNOWN_ROWS = sheetRows(reportSpecs('90', 'csv', []), {}, 'csv').map((r, i) =>
  i < 2 ? r : r.map((c, j) => (j === 3 ? 'อบต.ไม่มีในทะเบียนเลย' : j === 2 ? 'ไม่ทราบ' : c)),
);

beforeAll(async () => {
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
});

const BASE = ['--registry', REGISTRY_CSV, ...TODAY_ARGS];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const ZONES = [...new Set(DLA_PROVINCES.map((p) => p.zone))].sort((a, b) => a - b);
const inZone = (zone: number) =>
  DLA_PROVINCES.filter((p) => p.zone === zone)
    .map((p) => p.code)
    .sort();
const heading = (zone: number) =>
  `เขตตรวจราชการที่ ${zone} : กลุ่มจังหวัด${DLA_PROVINCES.find((p) => p.zone === zone)!.cluster}`;
const specsOf = (code: string) => ALL.filter((s) => s.provinceCode === code);

/** What the status of each province must be, worked out from the folder as written above. */
interface WantStatus {
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
const failed = (source: string, status: string): WantStatus => ({
  source,
  status,
  rowsRead: 0,
  errors: 0,
  warnings: 0,
  latestSubmission: null,
});
const WANT: Record<string, WantStatus> = {
  '56': reported('phayao-a.xlsx\nphayao-b.csv', specsOf('56'), latestLineDate(specsOf('56'))),
  '55': reported('nan-report.xlsx', SPECS.nan, '2026-11-21'),
  '12': reported('นนทบุรี.csv', SPECS.nonthaburi, latestLineDate(SPECS.nonthaburi)),
  '90': reported('report-south.csv', SPECS.songkhla, latestLineDate(SPECS.songkhla)),
  '51': failed('ลำพูน.xlsx', 'noHeader'),
  '57': failed('เชียงราย.xlsx', 'unreadable'),
  '54': failed('แพร่.csv', 'notFound'),
};
const WANT_UNPLACED: WantStatus[] = [failed('scan-001.xlsx', 'unreadable'), failed('unknown.csv', 'noProvince')];

function expectThaiAndEnglish(run: CliRun): void {
  const lines = run.stderr.split('\n').filter((l) => l.trim() !== '');
  expect(lines.length).toBeGreaterThanOrEqual(2);
  expect(lines[0]).toMatch(/[\u0E01-\u0E4E]{3}/);
  expect(lines[lines.length - 1]).toMatch(/[A-Za-z]{3,}.*\s.*[A-Za-z]{3,}/);
}

// ---- JSON ------------------------------------------------------------------------------------------

describe('khongdee consolidate DIR --json', () => {
  let json: Json;
  let budgetKey: string;

  beforeAll(async () => {
    const run = await runCli('consolidate', DIR, '--targets', TARGETS, '--json', ...BASE);
    if (run.code !== 0) throw new Error(`consolidate failed (${run.code}): ${run.stderr}`);
    expect(run.stderr).toBe('');
    json = JSON.parse(run.stdout);
    budgetKey = Object.keys(json.total.targets).find((k) => k.includes('งบประมาณ')) ?? 'no budget key';
  });

  test('the fixture holds what the test means it to', () => {
    expect(sharedAcrossProvinces(ALL).size).toBe(3);
    expect(new Set(specsOf('56').map((s) => s.lao.code)).size).toBeGreaterThan(15);
  });

  test('scope, date, period and level', () => {
    expect(json.scope.national).toBe(true);
    expect(json.scope.provinces.map((p: Json) => p.code)).toEqual(DLA_PROVINCES.map((p) => p.code).sort());
    expect(json.asOf).toBe('2026-11-21');
    expect(json.period).toBeNull();
    expect(json.level).toBe('zone');
  });

  test('every province, zone and the nation: every figure equals the computation from the generated lines', () => {
    expect(json.groups.map((z: Json) => z.name)).toEqual(ZONES.map(heading));
    for (const z of json.groups) {
      const codes = inZone(Number(z.key));
      expect(z.children.map((p: Json) => p.code)).toEqual(codes);
      for (const p of z.children) {
        const want = expectedFigures(
          specsOf(p.code),
          laosIn((l) => l.provinceCode === p.code),
          PROVINCE_TARGETS[p.code],
          budgetKey,
        );
        expect({ code: p.code, hasReport: p.hasReport, ...figuresOf(p) }).toEqual({
          code: p.code,
          hasReport: ['56', '55', '12', '90'].includes(p.code),
          ...want,
        });
      }
      const want = expectedFigures(
        ALL.filter((s) => codes.includes(s.provinceCode)),
        laosIn((l) => codes.includes(l.provinceCode)),
        sumTargets(codes.map((c) => PROVINCE_TARGETS[c])),
        budgetKey,
      );
      expect({ zone: z.key, ...figuresOf(z) }).toEqual({ zone: z.key, ...want });
    }
    expect(figuresOf(json.total)).toEqual(
      expectedFigures(ALL, LAOS.length, sumTargets(Object.values(PROVINCE_TARGETS)), budgetKey),
    );
    // the extra target column is summed per zone and for the nation
    expect(json.total.targets[budgetKey]).toBe(TARGET_ROWS.reduce((s, r) => s + r.v.budget, 0) / 100);
  });

  test('statuses: one per province in table order, with the sources read, counts, latest submission and an explanation', () => {
    const order = ZONES.flatMap(inZone);
    expect(json.statuses.map((s: Json) => s.province?.code ?? null)).toEqual([...order, null, null]);
    for (const s of json.statuses) {
      const want = s.province
        ? (WANT[s.province.code] ?? failed('', 'notReported'))
        : WANT_UNPLACED.find((w) => w.source === s.source)!;
      expect({
        source: s.source,
        status: s.status,
        rowsRead: s.rowsRead,
        errors: s.errors,
        warnings: s.warnings,
        latestSubmission: s.latestSubmission,
      }).toEqual(want);
      expect(s.explanation.th).toMatch(/[\u0E01-\u0E4E]{3}/);
      expect(s.explanation.en).toMatch(/[A-Za-z]{3,}/);
      expect(s.label.th).toMatch(/[\u0E01-\u0E4E]{3}/);
    }
    // the reason a file could not be read is in the explanation
    const chiangRai = json.statuses.find((s: Json) => s.province?.code === '57');
    expect(chiangRai.explanation.th).toContain('เชียงราย.xlsx');
  });

  test('crossProvinceLinks: every link reported in more than one province, with its provinces', () => {
    const shared = [...sharedAcrossProvinces(ALL).values()];
    expect(json.crossProvinceLinks).toHaveLength(shared.length);
    for (const { link, provinces } of shared) {
      const found = json.crossProvinceLinks.find((l: Json) => l.canonical.includes(linkMark(link)));
      expect(found).toMatchObject({
        platform: link.platform,
        provinceCodes: [...provinces].sort(),
        provinces: [...provinces].sort().map((c) => FACT.get(c)!.nameTh),
      });
    }
    // a link in both files of พะเยา is one province's link, not a cross-province one
    expect(json.crossProvinceLinks.some((l: Json) => l.canonical.includes(linkMark(PHAYAO_BOTH_FILES[0])))).toBe(false);
  });

  test('problems: the codes the generated lines carry, from the files that were read', () => {
    const byCode: Record<string, number> = {};
    for (const s of ALL) if (s.code) byCode[s.code] = (byCode[s.code] ?? 0) + 1;
    expect(json.problems.byCode).toEqual(byCode);
  });

  test('the same national table as `khongdee rollup FILES --by zone` on the same files', async () => {
    const run = await runCli('rollup', ...GOOD_FILES, '--by', 'zone', '--targets', TARGETS, '--json', ...BASE);
    expect(run.code).toBe(0);
    const rollup = JSON.parse(run.stdout);
    for (const key of ['scope', 'period', 'asOf', 'level', 'groups', 'total', 'nonReporters', 'problems'])
      expect({ [key]: json[key] }).toEqual({ [key]: rollup[key] });
  });

  test('without --targets, a ค่าเป้าหมาย workbook in the folder is used (and not taken for a province report)', async () => {
    const run = await runCli('consolidate', DIR, '--json', ...BASE);
    expect(run.code).toBe(0);
    const again = JSON.parse(run.stdout);
    expect(again.groups).toEqual(json.groups);
    expect(again.statuses).toEqual(json.statuses);
  });

  test('a summary written by an earlier run into the folder is not taken for a report', async () => {
    const dir = tmp.path('rerun');
    mkdirSync(dir, { recursive: true });
    copyFileSync(file('phayao-a.xlsx'), join(dir, 'phayao-a.xlsx'));
    expect((await runCli('consolidate', dir, '--out', join(dir, 'สรุปทั้งประเทศ.xlsx'), ...BASE)).code).toBe(0);
    const again = await runCli('consolidate', dir, ...BASE);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('สรุปทั้งประเทศ.xlsx');
    expect(again.stdout).not.toContain('ไฟล์ที่ไม่ทราบจังหวัด');
    const statuses = JSON.parse((await runCli('consolidate', dir, '--json', ...BASE)).stdout).statuses;
    expect(statuses.filter((s: Json) => s.province === null)).toEqual([]);
    expect(statuses.find((s: Json) => s.province.code === '56').source).toBe('phayao-a.xlsx');
  });

  test('--period 2569-Q1 gives the same table as rollup with that period', async () => {
    const a = JSON.parse(
      (await runCli('consolidate', DIR, '--targets', TARGETS, '--json', '--period', '2569-Q1', ...BASE)).stdout,
    );
    const b = JSON.parse(
      (
        await runCli(
          'rollup',
          ...GOOD_FILES,
          '--by',
          'zone',
          '--targets',
          TARGETS,
          '--json',
          '--period',
          '2569-Q1',
          ...BASE,
        )
      ).stdout,
    );
    expect(a.period.key).toBe('2569-Q1');
    expect(a.total).toEqual(b.total);
    expect(a.groups).toEqual(b.groups);
    expect(a.total.entries).toBeLessThan(json.total.entries);
  });

  (process.getuid?.() === 0 ? test.skip : test)('a file the user may not read: noPermission', async () => {
    const dir = tmp.path('locked');
    mkdirSync(dir, { recursive: true });
    copyFileSync(file('นนทบุรี.csv'), join(dir, 'นนทบุรี.csv'));
    chmodSync(join(dir, 'นนทบุรี.csv'), 0);
    const run = await runCli('consolidate', dir, '--json', ...BASE);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).statuses.find((s: Json) => s.province?.code === '12').status).toBe('noPermission');
  });
});

// ---- xlsx, HTML and the terminal ---------------------------------------------------------------------

describe('--out xlsx and --html', () => {
  const out = tmp.path('national/รวมผลทั้งประเทศ.xlsx');
  const html = tmp.path('national/รวมผลทั้งประเทศ.html');
  let json: Json;
  let book: ExcelJS.Workbook;
  const text = (v: ExcelJS.CellValue) =>
    v === null || v === undefined
      ? ''
      : typeof v === 'object' && 'richText' in v
        ? v.richText.map((r) => r.text).join('')
        : String(v);

  beforeAll(async () => {
    const run = await runCli('consolidate', DIR, '--targets', TARGETS, '--json', '--out', out, '--html', html, ...BASE);
    if (run.code !== 0) throw new Error(`consolidate failed (${run.code}): ${run.stderr}`);
    json = JSON.parse(run.stdout);
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
  });

  function headerRow(ws: ExcelJS.Worksheet): { row: number; headers: string[] } {
    for (let r = 1; r <= 10; r++) {
      if (text(ws.getRow(r).getCell(1).value) === 'ที่') {
        const headers: string[] = [];
        // a header's unit is on a line of its own in the cell
        ws.getRow(r).eachCell({ includeEmpty: true }, (c, i) => (headers[i - 1] = text(c.value).replace(/\n/g, ' ')));
        return { row: r, headers };
      }
    }
    throw new Error(`no header in ${ws.name}`);
  }

  test('the results, the targets (two A4 tables of them), status, links, non-reporters and problems sheets, each dated', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'สรุปรายจังหวัด',
      'เทียบเป้าหมาย',
      'เทียบเป้าหมาย (2)',
      'สถานะรายจังหวัด',
      'ลิงก์ซ้ำข้ามจังหวัด',
      'ยังไม่รายงาน',
      'ปัญหาข้อมูล',
    ]);
    for (const ws of book.worksheets)
      expect([2, 3, 4].map((r) => text(ws.getCell(`A${r}`).value))).toContain('ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569');
  });

  test('สรุปรายจังหวัด: zone headings, provinces, bold รวม and รวมทั้งประเทศ, with the budget column summed', () => {
    const ws = book.getWorksheet('สรุปรายจังหวัด')!;
    const { row: header, headers } = headerRow(ws);
    const col = (h: string) => headers.indexOf(h) + 1;
    const [revenue, entries] = [col('รายรับ (บาท)'), col('รายการที่รายงาน (รายการ)')];
    // the budget is a target column: in the targets sheet that holds it, row for row with the results
    const targets = book.worksheets.find((w) => headerRow(w).headers.includes('งบประมาณ (บาท)'))!;
    expect(headerRow(targets).row).toBe(header);
    const budget = headerRow(targets).headers.indexOf('งบประมาณ (บาท)') + 1;
    expect(Math.min(revenue, budget, entries)).toBeGreaterThan(0);
    let r = header + 1;
    const cell = (c: number) => ws.getRow(r).getCell(c);
    const figures = (g: Json) => {
      expect(cell(revenue).value).toBe(g.revenue);
      expect(cell(entries).value).toBe(g.entries);
      expect(targets.getRow(r).getCell(budget).value).toEqual(
        g.targets[Object.keys(g.targets).find((k) => k.includes('งบประมาณ')) ?? ''] ?? '–',
      );
    };
    for (const z of json.groups) {
      expect(text(cell(1).value)).toBe(z.name);
      expect(cell(1).font?.bold).toBe(true);
      r++;
      for (const p of z.children) {
        expect(text(cell(2).value).startsWith(FACT.get(p.code)!.nameTh)).toBe(true);
        figures(p);
        r++;
      }
      expect(text(cell(2).value)).toBe('รวม');
      expect(cell(2).font?.bold).toBe(true);
      figures(z);
      r++;
    }
    expect(text(cell(2).value)).toBe('รวมทั้งประเทศ');
    figures(json.total);
  });

  test('สถานะรายจังหวัด, cell by cell', () => {
    const ws = book.getWorksheet('สถานะรายจังหวัด')!;
    const { row: header, headers } = headerRow(ws);
    expect(headers).toEqual([
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
    const LABEL: Record<string, string> = {
      ok: 'ส่งแล้ว',
      notReported: 'ยังไม่รายงาน',
      noHeader: 'ไม่พบหัวตารางแบบรายงาน',
      unreadable: 'เปิดไม่ได้: ไฟล์เสียหรืออ่านไม่ได้',
      notFound: 'เปิดไม่ได้: ไม่พบไฟล์',
      noProvince: 'ไม่ทราบว่าเป็นของจังหวัดใด',
    };
    const rows: string[][] = [];
    ws.eachRow((row, n) => {
      if (n <= header) return;
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (c, i) => (cells[i - 1] = text(c.value)));
      rows.push(cells);
    });
    let seq = 0;
    const expectRow = (cells: string[], name: string, want: WantStatus) => {
      const read = want.status === 'ok';
      const n = (v: number) => (read ? String(v) : '–');
      expect(cells.slice(0, 8)).toEqual([
        String(++seq),
        name,
        want.source,
        n(want.rowsRead),
        n(want.errors),
        n(want.warnings),
        thaiShort(want.latestSubmission) ?? '–',
        LABEL[want.status],
      ]);
      expect(cells[8]).toMatch(/[\u0E01-\u0E4E]{10}/);
    };
    for (const zone of ZONES) {
      expect(rows.shift()![0]).toBe(heading(zone));
      for (const code of inZone(zone))
        expectRow(rows.shift()!, FACT.get(code)!.nameTh, WANT[code] ?? failed('', 'notReported'));
    }
    expect(rows.shift()![0]).toBe('ไฟล์ที่ไม่ทราบจังหวัด');
    for (const want of WANT_UNPLACED) expectRow(rows.shift()!, 'ไฟล์ที่ไม่ทราบจังหวัด', want);
    // then the footnotes
    expect(rows.map((r) => r[0]).join('\n')).toContain('สรุปสถานะ: ส่งแล้ว 4 จังหวัด · ยังไม่รายงาน 69 จังหวัด');
  });

  test('ลิงก์ซ้ำข้ามจังหวัด lists the links with their provinces', () => {
    const ws = book.getWorksheet('ลิงก์ซ้ำข้ามจังหวัด')!;
    const { row: header } = headerRow(ws);
    for (const [i, l] of json.crossProvinceLinks.entries()) {
      const row = ws.getRow(header + 1 + i);
      expect([
        row.getCell(1).value,
        text(row.getCell(2).value),
        row.getCell(4).value,
        text(row.getCell(5).value),
      ]).toEqual([i + 1, l.canonical, l.provinces.length, l.provinces.join(', ')]);
    }
  });

  test('the summary sheet is cell for cell the one `khongdee rollup --by zone --out` writes', async () => {
    const rollupOut = tmp.path('national/rollup.xlsx');
    expect(
      (await runCli('rollup', ...GOOD_FILES, '--by', 'zone', '--targets', TARGETS, '--out', rollupOut, ...BASE)).code,
    ).toBe(0);
    const other = new ExcelJS.Workbook();
    await other.xlsx.readFile(rollupOut);
    const values = (ws: ExcelJS.Worksheet) => {
      const out: unknown[][] = [];
      ws.eachRow({ includeEmpty: true }, (row, n) => (out[n] = (row.values as unknown[]).slice(1)));
      return out;
    };
    expect(values(book.getWorksheet('สรุปรายจังหวัด')!)).toEqual(values(other.getWorksheet('สรุปรายจังหวัด')!));
  });

  test('the HTML page has every table and both charts', () => {
    expect(existsSync(html)).toBe(true);
    const page = readFileSync(html, 'utf8');
    for (const s of [
      'สถานะการรายงานรายจังหวัด',
      'ลิงก์เนื้อหาที่รายงานซ้ำข้ามจังหวัด',
      'รายรับรายเขตตรวจราชการ',
      'อัตราการรายงานผลของ อปท. รายจังหวัด',
      'รวมทั้งประเทศ',
    ])
      expect(page).toContain(s);
    expect((page.match(/<section class="chart/g) ?? []).length).toBe(2);
  });

  test('human output: the zone table, then the status summary and what each failing province must do', async () => {
    const run = await runCli('consolidate', DIR, '--targets', TARGETS, ...BASE);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(run.stdout).toContain(heading(16));
    expect(lines.some((l) => l.includes('รวมทั้งประเทศ') && l.includes('7,849'))).toBe(true);
    expect(run.stdout).toContain('สรุปสถานะ: ส่งแล้ว 4 จังหวัด · ยังไม่รายงาน 69 จังหวัด · เปิดไม่ได้: ไม่พบไฟล์ 1 จังหวัด');
    for (const [name, label] of [
      ['ลำพูน', 'ไม่พบหัวตารางแบบรายงาน'],
      ['เชียงราย', 'เปิดไม่ได้: ไฟล์เสียหรืออ่านไม่ได้'],
      ['แพร่', 'เปิดไม่ได้: ไม่พบไฟล์'],
    ]) {
      expect(lines.some((l) => l.startsWith(name) && l.includes(label))).toBe(true);
    }
    expect(run.stdout).toContain('unknown.csv');
    expect(run.stdout).toContain('พบไฟล์แบบรายงาน 10 ไฟล์ ของ 7 จังหวัด');
    const en = await runCli('consolidate', DIR, '--targets', TARGETS, '--lang', 'en', ...BASE);
    expect(en.stdout).toContain('Status: reported 4 · not yet reported 69');
    expect(en.stdout).toContain('Provinces that need to act');
  });
});

// ---- bad input -----------------------------------------------------------------------------------

describe('bad input: exit 2, Thai + English on stderr, nothing on stdout, nothing written', () => {
  let n = 0;
  async function refused(args: string[], mentions: (string | RegExp)[] = []): Promise<void> {
    const dir = tmp.path(`bad-${++n}`);
    mkdirSync(dir, { recursive: true });
    const run = await runCli(
      'consolidate',
      ...TODAY_ARGS,
      ...args,
      '--out',
      join(dir, 'r.xlsx'),
      '--html',
      join(dir, 'r.html'),
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expectThaiAndEnglish(run);
    for (const m of mentions) expect(run.stderr).toMatch(m);
    expect(readdirSync(dir)).toEqual([]);
  }

  test('no folder, two folders', async () => {
    await refused([]);
    await refused([DIR, tmp.path('other')], ['rollup']);
  });

  test('a folder that does not exist, a file instead of a folder, a folder without reports', async () => {
    await refused([tmp.path('no-such-folder')], ['no-such-folder']);
    await refused([file('นนทบุรี.csv')], ['นนทบุรี.csv']);
    mkdirSync(tmp.path('empty/sub'), { recursive: true });
    writeFileSync(tmp.path('empty/readme.txt'), 'x');
    writeFileSync(tmp.path('empty/~$lock.xlsx'), 'x');
    await refused([tmp.path('empty')], ['.xlsx']);
  });

  test('options: unknown, a bad period, a bad date, a bad language', async () => {
    await refused([DIR, '--by', 'zone'], ['--by']);
    await refused([DIR, '--period', '2569-Q5'], ['2569-Q5']);
    await refused([DIR, '--today', '21/11/2569'], ['21/11/2569']);
    await refused([DIR, '--lang', 'fr'], ['fr']);
  });

  test('a registry or targets that cannot be used', async () => {
    const registry = tmp.path('inputs/wrong-registry.csv');
    mkdirSync(tmp.path('inputs'), { recursive: true });
    writeFileSync(registry, '\uFEFFชื่อ,ที่อยู่\r\nบ้านใหม่,1 หมู่ 2\r\n');
    await refused([DIR, '--registry', registry], ['wrong-registry.csv']);
    const targets = tmp.path('inputs/bad-targets.csv');
    writeCsv(targets, [
      ['จังหวัด', 'รายรับ (บาท)'],
      ['จังหวัดสมมุติ', 1000],
    ]);
    await refused([DIR, '--registry', REGISTRY_CSV, '--targets', targets], ['สมมุติ']);
    await refused([DIR, '--targets', tmp.path('inputs/missing.xlsx')], ['missing.xlsx']);
  });

  test('an output that cannot be written: nothing is written, not even the other file', async () => {
    const dir = tmp.path('blocked');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'not-a-folder'), 'x');
    const run = await runCli(
      'consolidate',
      DIR,
      '--out',
      join(dir, 'not-a-folder', 'r.xlsx'),
      '--html',
      join(dir, 'r.html'),
      ...BASE,
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expectThaiAndEnglish(run);
    expect(readdirSync(dir)).toEqual(['not-a-folder']);
  });
});
