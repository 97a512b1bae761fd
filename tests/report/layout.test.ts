// The report's official A4 layout: results and targets tables of at most 12 columns with each unit on a line of its own,
// key figures on a first page before any table, problems capped per district or province in the HTML (all in the xlsx),
// and xlsx sheets with set widths, header row heights, A4 landscape pages, repeated header rows and a footer.

import * as ExcelJS from 'exceljs';
import { generateRows } from '../../bench/generate';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { OTOP_MARKETER } from '../../src/core/form/otopMarketer';
import { findProvince, provinceByCode } from '../../src/core/geo/provinces';
import { reportMessages as M } from '../../src/core/messages/report';
import { indexRegistry, provinceMatcher } from '../../src/core/registry/match';
import { PHAYAO_DEMO_REGISTRY } from '../../src/core/registry/phayaoDemo';
import { renderHtml } from '../../src/core/report/html';
import { provinceMapSvg } from '../../src/core/report/map/mapSvg';
import { PROBLEMS_PER_GROUP, problemsTable, type SourceProblem } from '../../src/core/report/problemsTable';
import { rollupReport } from '../../src/core/report/rollupReport';
import { MAX_TABLE_COLUMNS, packColumns } from '../../src/core/report/summaryTables';
import type { ReportDocument, ReportTable } from '../../src/core/report/types';
import { rollup } from '../../src/core/rollup/rollup';
import { parseTargets } from '../../src/core/rollup/targets';
import type { Problem } from '../../src/core/validate/types';
import { validateSheet } from '../../src/core/validate/validateSheet';
import { readWorkbook } from '../../src/node/readTable';
import { excelWidth } from '../../src/node/xlsxLayout';
import { footer, renderXlsx } from '../../src/node/xlsxReport';
import { OTOP_PROVINCE_FILES, otopProvinceRows, SAMPLE_OTOP_REGISTER } from '../support/otopFiles';

const TODAY = { year: 2026, month: 11, day: 21 };
const INDEX = indexRegistry(PHAYAO_DEMO_REGISTRY, provinceByCode);
const PHAYAO = INDEX.provinces.get('56')!;

const TARGET_ROWS = [
  ['จังหวัด', 'อำเภอ', 'อปท. ที่เข้าร่วม (แห่ง)', 'จำนวนครั้งที่ขายได้ (ครั้ง)', 'รายรับ (บาท)', 'ผู้ได้รับประโยชน์ (คน)'],
  ...[...new Set(PHAYAO_DEMO_REGISTRY.laos.map((l) => l.districtName))].map((d) => ['พะเยา', d, 5, 100, 50_000, 200]),
];

function phayao(withTargets: boolean) {
  const checked = validateSheet([['จังหวัดพะเยา'], ...generateRows(40, PHAYAO_DEMO_REGISTRY.laos)], DLA_ONLINE_MARKET, {
    today: TODAY,
    identify: provinceMatcher(INDEX, PHAYAO),
  });
  if (!checked.ok) throw new Error('no header');
  const parsed = parseTargets(TARGET_ROWS, DLA_ONLINE_MARKET, 'targets.csv', INDEX);
  if (!parsed.ok) throw new Error(parsed.message.en);
  return rollup({
    form: DLA_ONLINE_MARKET,
    sheets: [{ file: 'พะเยา.xlsx', sheet: 'Sheet1', province: PHAYAO.province, validation: checked.result }],
    registry: INDEX,
    period: null,
    targets: withTargets ? parsed.targets : null,
  });
}

const RESULT = phayao(true);
const DOC = rollupReport(RESULT, DLA_ONLINE_MARKET, { asOf: TODAY, problems: [] });
const kind = (doc: ReportDocument, k: ReportTable['kind']) => doc.tables.filter((t) => t.kind === k);

describe('results and targets tables', () => {
  test('the results are tables[0], the targets follow; every table is at most 12 columns', () => {
    expect(DOC.tables[0].kind).toBe('results');
    const targets = kind(DOC, 'targets');
    expect(targets.length).toBeGreaterThan(0);
    expect(DOC.tables.indexOf(targets[0])).toBe(1);
    for (const t of DOC.tables) expect(t.columns.length).toBeLessThanOrEqual(MAX_TABLE_COLUMNS);
    // the DLA results in one table: places, อปท. total/reported, rate, entries, links, sales, revenue, beneficiaries, rows to fix
    expect(DOC.tables[0].columns.map((c) => c.header.split('\n')[0])).toEqual([
      'ที่',
      'อำเภอ',
      'อปท. ทั้งหมด',
      'อปท. ที่รายงาน',
      'การมีส่วนร่วม',
      'รายการที่รายงาน',
      'ลิงก์เนื้อหา',
      'จำนวนครั้งที่ขายได้',
      'รายรับ',
      'จำนวนคนที่ได้รับประโยชน์',
      'แถวที่ต้องแก้ไข',
    ]);
  });

  test('each target sits beside its result and % achieved; the rows are the results’ rows', () => {
    const targets = kind(DOC, 'targets');
    const headers = targets.flatMap((t) => t.columns.map((c) => c.header));
    const revenue = headers.indexOf('เป้าหมาย รายรับ\n(บาท)');
    expect(revenue).toBeGreaterThan(1);
    expect(headers.slice(revenue + 1, revenue + 3)).toEqual(['รายรับ\n(บาท)', 'ร้อยละของเป้าหมาย\nรายรับ']);
    expect(headers).toContain('เป้าหมาย อปท. ที่เข้าร่วม\n(แห่ง)');
    expect(headers.join('|')).not.toContain('เป้าหมายอปท.');
    for (const t of targets) expect(t.rows.map((r) => r.cells[1])).toEqual(DOC.tables[0].rows.map((r) => r.cells[1]));
    const total = targets[0].rows[targets[0].rows.length - 1];
    const at = (h: string) => targets[0].columns.findIndex((c) => c.header === h);
    expect(total.cells[at('เป้าหมาย รายรับ\n(บาท)')]).toBe(RESULT.root.targets.revenue / 100);
    expect(total.cells[at('ร้อยละของเป้าหมาย\nรายรับ')]).toBe(RESULT.root.achievement.revenue);
  });

  test('without targets there is no targets table', () => {
    const doc = rollupReport(phayao(false), DLA_ONLINE_MARKET, { asOf: TODAY, problems: [] });
    expect(kind(doc, 'targets')).toEqual([]);
    expect(doc.tables[1].kind).toBe('notReported');
  });

  test('every header with a unit has the unit on a line of its own, in parentheses', () => {
    const withUnit = DOC.tables
      .filter((t) => t.kind === 'results' || t.kind === 'targets')
      .flatMap((t) => t.columns.map((c) => c.header))
      .filter((h) => h.includes('('));
    expect(withUnit.length).toBeGreaterThan(8);
    for (const h of withUnit) expect(h).toMatch(/^[^\n()]+\n\([^()\n]+\)$/);
  });

  test('packColumns keeps groups together when they fit and cuts a group wider than a table', () => {
    expect(packColumns([[1, 2, 3], [4, 5], [6]], 5)).toEqual([[1, 2, 3, 4, 5], [6]]);
    expect(
      packColumns(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        5,
      ),
    ).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(packColumns([[1, 2, 3, 4, 5, 6, 7]], 3)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(packColumns([[], [1]], 3)).toEqual([[1]]);
  });

  test('the OTOP form (persons and person-months, nine work items) is split into tables of at most 12 columns', async () => {
    const book = await readWorkbook(SAMPLE_OTOP_REGISTER);
    const register = parseTargets(book.sheets[0].rows, OTOP_MARKETER, 'r.csv', null);
    if (!register.ok) throw new Error(register.message.en);
    const sheets = OTOP_PROVINCE_FILES.map((f) => {
      const checked = validateSheet(otopProvinceRows(f), OTOP_MARKETER, { today: { year: 2021, month: 1, day: 15 } });
      if (!checked.ok) throw new Error(checked.message.en);
      return { file: f.file, sheet: f.province, province: findProvince(f.province)!, validation: checked.result };
    });
    const result = rollup({ form: OTOP_MARKETER, sheets, registry: null, period: null, targets: register.targets });
    const doc = rollupReport(result, OTOP_MARKETER, { asOf: TODAY, problems: [] });
    const results = kind(doc, 'results');
    expect(results.length).toBe(2);
    expect(results[1].title).toContain(M.continued.th);
    for (const t of doc.tables) expect(t.columns.length).toBeLessThanOrEqual(MAX_TABLE_COLUMNS);
    // every figure of the form is in one of them
    const headers = results.flatMap((t) => t.columns.map((c) => c.header));
    for (const c of OTOP_MARKETER.columns.filter((col) => col.rollup === 'sum'))
      expect(headers).toContain(`${c.label.th}\n(${c.unit?.th})`);
    // the key figures are the form's own: marketers against their target, marketer-months, every work item
    const figures = doc.keyFigures ?? [];
    expect(figures.map((f) => f.key)).toContain('persons');
    expect(figures.find((f) => f.key === 'persons')).toMatchObject({ target: 34, unit: 'คน' });
    expect(figures.find((f) => f.key === 'participation')).toBeUndefined();
  });
});

describe('the first page', () => {
  const html = renderHtml({ ...DOC, mapSvg: '<svg class="choropleth"><path data-district="จุน"/></svg>' });
  const firstTable = html.indexOf('<section class="report-table">');

  test('comes before the first table with the scope, the B.E. date, the key figures, the map and the charts', () => {
    const page = html.slice(html.indexOf('<section class="first-page">'), firstTable);
    expect(html.indexOf('<section class="first-page">')).toBeGreaterThan(0);
    expect(html.indexOf('<section class="first-page">')).toBeLessThan(firstTable);
    expect(page).toContain('จังหวัดพะเยา');
    expect(page).toContain('ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569');
    expect(page).toContain('<figure class="map"><svg class="choropleth">');
    expect(page.match(/<svg class="bar-chart"/g)).toHaveLength(DOC.charts.length);
    expect(DOC.charts.length).toBe(2);
    // no chart after the tables
    expect(html.slice(firstTable)).not.toContain('bar-chart');
  });

  test('the key figures are the results’ totals, each against its target with the % achieved', () => {
    const figures = DOC.keyFigures ?? [];
    const root = RESULT.root;
    expect(figures.map((f) => f.key)).toEqual([
      'participation',
      'laosReported',
      'salesCount',
      'revenue',
      'beneficiaries',
    ]);
    expect(figures[0]).toMatchObject({ value: root.participation, format: 'percent' });
    const revenue = figures.find((f) => f.key === 'revenue')!;
    expect(revenue).toMatchObject({
      value: (root.sums.revenue ?? 0) / 100,
      target: root.targets.revenue / 100,
      percentOfTarget: root.achievement.revenue,
      unit: 'บาท',
    });
    const page = html.slice(0, firstTable);
    expect(page).toContain('data-key="revenue"');
    expect(page).toContain(`${root.achievement.revenue!.toFixed(1)}% ของเป้าหมาย`);
  });

  test('without targets the key figures carry none', () => {
    const doc = rollupReport(phayao(false), DLA_ONLINE_MARKET, { asOf: TODAY, problems: [] });
    for (const f of doc.keyFigures ?? []) expect(f.target).toBeUndefined();
    expect(renderHtml(doc)).not.toContain('ของเป้าหมาย');
  });

  test('headers keep their unit line and do not break inside Thai words; A4 landscape with a repeated header', () => {
    expect(html).toContain('<th scope="col">รายรับ\n(บาท)</th>');
    expect(html).toMatch(/thead th \{[^}]*white-space: pre-line;[^}]*word-break: keep-all/);
    expect(html).toContain('@page { size: A4 landscape; margin: 12mm; }');
    expect(html).toContain('thead { display: table-header-group; }');
  });
});

const problem = (row: number): Problem => ({
  row,
  column: 'revenue',
  header: 'รายรับ (บาท)',
  columnIndex: 8,
  severity: 'error',
  code: 'NOT_A_NUMBER',
  value: 'abc',
  message: { th: `แถว ${row}: รายรับต้องเป็นตัวเลข`, en: 'not a number' },
});

describe('problems in the HTML', () => {
  test(`the first ${PROBLEMS_PER_GROUP} of each district, then how many more and that the xlsx has them`, async () => {
    const problems: SourceProblem[] = [
      ...Array.from({ length: 25 }, (_, i) => ({ file: 'f', sheet: 's', problem: problem(10 + i), district: 'จุน' })),
      ...Array.from({ length: 5 }, (_, i) => ({ file: 'f', sheet: 's', problem: problem(50 + i), district: 'ปง' })),
    ];
    const doc = rollupReport(RESULT, DLA_ONLINE_MARKET, { asOf: TODAY, problems });
    const table = doc.tables[doc.tables.length - 1];
    expect(table.rows.filter((r) => r.style === 'heading').map((r) => r.cells[0])).toEqual([
      'อำเภอจุน (25 รายการ)',
      'อำเภอปง (5 รายการ)',
    ]);
    const html = renderHtml(doc);
    const section = html.slice(html.lastIndexOf('<section class="report-table">'));
    expect(section.match(/แถว \d+: รายรับต้องเป็นตัวเลข/g)).toHaveLength(20 + 5);
    expect(section).toContain('แถว 29: รายรับต้องเป็นตัวเลข');
    expect(section).not.toContain('แถว 30: รายรับต้องเป็นตัวเลข');
    expect(section.match(/<tr class="more">/g)).toHaveLength(1);
    expect(section).toContain(M.problemsMore(5).th);
    expect(M.problemsMore(5).th).toContain('ดูทั้งหมดในไฟล์ Excel');
    // the xlsx lists every one
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderXlsx(doc)) as unknown as ExcelJS.Buffer);
    const messages: string[] = [];
    book.getWorksheet(M.sheet.problems)!.eachRow((r) => {
      const v = r.getCell(r.cellCount).value;
      if (typeof v === 'string' && v.includes('รายรับต้องเป็นตัวเลข')) messages.push(v);
    });
    expect(messages).toHaveLength(30);
  });

  test('the national HTML of 76 provinces × 2,000 problems stays under 3 MB, 20 per province', () => {
    const problems: SourceProblem[] = [];
    for (let p = 0; p < 76; p++)
      for (let i = 0; i < 2_000; i++)
        problems.push({ file: `p${p}.xlsx`, sheet: 'Sheet1', problem: problem(i + 5), province: `จังหวัดที่${p}` });
    const table = problemsTable(problems, true, ['ทั้งประเทศ (76 จังหวัด)']);
    expect(table.rows.filter((r) => r.style === 'normal')).toHaveLength(152_000);
    // with the map of the 77 provinces and a chart of the 76, as the national report has them
    const values = Object.fromEntries(Array.from({ length: 77 }, (_, i) => [String(i + 10), i]));
    const mapSvg = provinceMapSvg({ title: 'แผนที่', metricLabel: 'อัตราการรายงานผล', unit: '%', values });
    const chart = {
      title: 'c',
      categories: Array.from({ length: 76 }, (_, i) => `จังหวัดที่${i}`),
      values: Array.from({ length: 76 }, (_, i) => i),
      format: 'percent' as const,
      unit: '%',
    };
    const html = renderHtml({ title: 't', tables: [table], charts: [chart], attribution: 'ที่มา', mapSvg });
    expect(html.match(/<path data-province-code=/g)).toHaveLength(77);
    expect(Buffer.byteLength(html)).toBeLessThan(3 * 1024 * 1024);
    expect(html.match(/<tr class="more">/g)).toHaveLength(76);
    expect(html).toContain(M.problemsMore(1_980).th);
  });

  test('a table without a cap shows every row', () => {
    const many = { ...DOC.tables[0], rows: Array.from({ length: 30 }, () => DOC.tables[0].rows[0]) };
    const html = renderHtml({ ...DOC, tables: [many] });
    expect(html).not.toContain('<tr class="more">');
  });
});

describe('the xlsx', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    const problems: SourceProblem[] = [
      {
        file: 'f',
        sheet: 's',
        problem: { ...problem(9), message: { th: 'ข้อความยาว '.repeat(40), en: 'long' } },
        district: 'จุน',
      },
    ];
    book = new ExcelJS.Workbook();
    const doc = rollupReport(RESULT, DLA_ONLINE_MARKET, { asOf: TODAY, problems });
    await book.xlsx.load((await renderXlsx(doc)) as unknown as ExcelJS.Buffer);
  });

  test('every sheet is at most 12 columns with a width set for each and a tall enough header row', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['สรุปรายอำเภอ', 'เทียบเป้าหมาย']));
    for (const ws of book.worksheets) {
      expect(ws.columnCount).toBeLessThanOrEqual(MAX_TABLE_COLUMNS);
      for (let c = 1; c <= ws.columnCount; c++) expect(ws.getColumn(c).width).toBeGreaterThan(0);
      const headerRow = Number(ws.pageSetup.printTitlesRow?.split(':')[0]);
      expect(ws.getRow(headerRow).getCell(1).value).toBe('ที่');
      const lines = Math.max(
        ...Array.from(ws.getRow(headerRow).values as unknown[], (v) => v).map(
          (v) => String(v ?? '').split('\n').length,
        ),
      );
      expect(ws.getRow(headerRow).height).toBeGreaterThanOrEqual(lines * 15);
    }
    expect(book.getWorksheet('สรุปรายอำเภอ')!.getColumn(2).width).toBe(excelWidth(20));
  });

  test('A4 landscape, one page wide, header row on every page, the source and page number in the footer', () => {
    for (const ws of book.worksheets) {
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
      expect(ws.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
      expect(ws.pageSetup.margins?.left).toBeCloseTo(12 / 25.4, 3);
      expect(ws.headerFooter.oddFooter).toContain('หน้า &P / &N');
      expect(ws.headerFooter.oddFooter).toContain(DOC.attribution.replace(/&/g, '&&'));
    }
    expect(footer('A & B')).toContain('A && B');
  });

  test('a long problem message gets a row tall enough for its lines; a short row keeps the default height', () => {
    const ws = book.getWorksheet(M.sheet.problems)!;
    let tall: ExcelJS.Row | undefined;
    ws.eachRow((r) => {
      if (String(r.getCell(r.cellCount).value).startsWith('ข้อความยาว')) tall = r;
    });
    expect(tall?.height).toBeGreaterThan(3 * 17);
    const summary = book.getWorksheet('สรุปรายอำเภอ')!;
    const headerRow = Number(summary.pageSetup.printTitlesRow?.split(':')[0]);
    expect(summary.getRow(headerRow + 1).height).toBeUndefined();
  });
});
