// The officer add-on's รวมผลทั้งประเทศ over one workbook with a tab per province, from the built dist/Code.js on the twin: report
// tabs found by their header, other tabs left alone, the central script's tables, and ทำต่อ for a run cut off by time.

import { asGlobals, type Twin } from '../../src/twin';
import { expectedFigures, FACT, laosIn, reportSpecs, type Spec, sheetRows } from '../consolidate/fixture';
import { addRegistry, type ClockedTwin, clockedTwin, STAFF } from './fixture';
import { load, OFFICER_BUNDLE } from './sandbox';
import { outputs, sheetTable, sheetTables } from './tables';

jest.setTimeout(60_000);

const SPECS = {
  phayao: reportSpecs('56', 'xlsx', []),
  nan: reportSpecs('55', 'xlsx', []),
  nonthaburi: reportSpecs('12', 'csv', []),
};

function workbook(msPerCall: number): ClockedTwin {
  const c = clockedTwin({ scriptApp: false, msPerCall, script: 'officer' });
  const book = c.twin.workbook;
  book.addSheet('คำชี้แจง', [['วิธีกรอกแบบรายงาน: ให้แต่ละจังหวัดกรอกในแผ่นงานของตน'], ['ติดต่อ', 'กองส่งเสริมฯ']]);
  book.addSheet('พะเยา', book.typedRows(sheetRows(SPECS.phayao, { dateCells: true }, 'xlsx')));
  book.addSheet(
    'รายงาน 2',
    book.typedRows(sheetRows(SPECS.nan, { title: 'แบบรายงานผล จังหวัดน่าน', dateCells: true }, 'xlsx')),
  );
  book.addSheet('ชุดข้อมูล', book.typedRows(sheetRows(SPECS.nonthaburi, { provinceColumn: ['นนทบุรี'] }, 'csv')));
  book.addSheet('ลำปาง', [['ยังไม่ได้เริ่มกรอก']]);
  addRegistry(book);
  book.addSheet('ค่าเป้าหมาย', [
    ['ที่', 'จังหวัด', 'รายรับ (บาท)'],
    [1, 'พะเยา', 50_000],
  ]);
  book.setActiveSheet('คำชี้แจง');
  return c;
}

function run(twin: Twin, fn: string, clock?: () => number): void {
  const bundle = load(OFFICER_BUNDLE, asGlobals(twin.services), clock);
  twin.bindToContext(bundle.context);
  bundle.call(fn);
}

const ONE = workbook(150);
run(ONE.twin, 'consolidateNation');

test('the menu item finishes and says so; no ScriptApp is needed', () => {
  expect(ONE.twin.ui.alerts.map((a) => a.prompt)).toEqual([
    expect.stringMatching(
      /^รวมผล 76 จังหวัดแล้ว ทุกช่วงเวลา สรุปสถานะ: ส่งแล้ว 3 จังหวัด · ยังไม่รายงาน 72 จังหวัด · ไม่พบหัวตารางแบบรายงาน 1 จังหวัด/,
    ),
  ]);
  expect(ONE.twin.workbook.sheetNames()).toEqual(
    expect.arrayContaining(['สรุปรายจังหวัด', 'สถานะรายจังหวัด', 'ลิงก์ซ้ำข้ามจังหวัด']),
  );
});

test('each report tab under its province: by tab name, title line and province column; the instructions tab is not a province', () => {
  const t = sheetTable(ONE.twin.workbook, 'สถานะรายจังหวัด');
  const row = (name: string) => t.rows.find((r) => r[1] === name)!;
  const reported = (specs: readonly Spec[]) => [
    specs.length,
    specs.filter((s) => s.status === 'error').length,
    specs.filter((s) => s.status === 'warning').length,
  ];
  expect(row('พะเยา').slice(2, 6)).toEqual(['พะเยา', ...reported(SPECS.phayao)]);
  expect(row('น่าน').slice(2, 6)).toEqual(['รายงาน 2', ...reported(SPECS.nan)]);
  expect(row('นนทบุรี').slice(2, 6)).toEqual(['ชุดข้อมูล', ...reported(SPECS.nonthaburi)]);
  expect(row('ลำปาง').slice(2, 8)).toEqual(['ลำปาง', null, null, null, '', 'ไม่พบหัวตารางแบบรายงาน']);
  expect(t.rows.some((r) => String(r[2]).includes('คำชี้แจง') || r[1] === 'ไฟล์ที่ไม่ทราบจังหวัด')).toBe(false);
});

test('the summary rows of the reported provinces against figures computed from the lines', () => {
  const t = sheetTable(ONE.twin.workbook, 'สรุปรายจังหวัด');
  const col = (h: string) => t.header.indexOf(h);
  for (const [code, specs] of [
    ['56', SPECS.phayao],
    ['55', SPECS.nan],
    ['12', SPECS.nonthaburi],
  ] as const) {
    const want = expectedFigures(
      specs,
      laosIn((l) => l.provinceCode === code),
      undefined,
      'budget',
    );
    const row = t.rows.find((r) => r[1] === FACT.get(code)!.nameTh)!;
    expect([
      row[col('อปท. ที่รายงาน (แห่ง)')],
      row[col('ลิงก์เนื้อหา (ลิงก์)')],
      row[col('รายรับ (บาท)')],
      row[col('แถวที่ต้องแก้ไข (แถว)')],
    ]).toEqual([want.laosReported, want.links, want.revenue, want.rowsWithErrors]);
  }
  // the targets sheet of the same workbook, in the comparison with the targets below the results
  const targets = sheetTables(ONE.twin.workbook, 'สรุปรายจังหวัด')[1];
  const phayao = targets.rows.find((r) => r[1] === 'พะเยา')!;
  expect(phayao[targets.header.indexOf('เป้าหมาย รายรับ (บาท)')]).toBe(50_000);
});

test('two Spreadsheet calls per tab (its name, its values) and a constant', () => {
  const tabs = 7;
  // every tab is named once; the registry and targets tabs are then left out, the five others read with one call each
  expect(ONE.twin.counter.byMethod['Sheet.getName']).toBe(tabs);
  expect(ONE.twin.counter.byMethod['Sheet.getSheetValues']).toBe(5 + 2); // + the registry and the targets, read as inputs
  expect(ONE.twin.counter.byMethod['Sheet.getDataRange']).toBeUndefined();
  expect(ONE.twin.counter.calls).toBeLessThanOrEqual(2 * tabs + 60);
});

test('cut off by time: the alert says to use ทำต่อ; ทำต่อ until done gives the same tables as one run', () => {
  const cut = workbook(40_000);
  const clock = () => cut.twin.services.now();
  run(cut.twin, 'consolidateNation', clock);
  expect(cut.twin.ui.alerts[0].prompt).toContain('กดเมนู รวมผลทั้งประเทศ: ทำต่อ');
  let rounds = 0;
  while (!cut.twin.ui.alerts[cut.twin.ui.alerts.length - 1].prompt.startsWith('รวมผล 76 จังหวัดแล้ว')) {
    run(cut.twin, 'continueNation', clock);
    if (++rounds > 10) throw new Error('does not finish');
  }
  expect(rounds).toBeGreaterThanOrEqual(1);
  expect(outputs(cut.twin)).toEqual(outputs(ONE.twin));
});

test('ทำต่อ with nothing saved says how to start', () => {
  const c = workbook(150);
  run(c.twin, 'continueNation');
  expect(c.twin.ui.alerts[0].prompt).toContain('ไม่มีการรวมผลที่ค้างอยู่');
  expect(STAFF).toBe('staff@dla.go.th');
});

test('a workbook with a single province’s report: its district table is written, nothing breaks', () => {
  const c = clockedTwin({ scriptApp: false, script: 'officer' });
  c.twin.workbook.addSheet(
    'รายงานผล',
    c.twin.workbook.typedRows(sheetRows(SPECS.phayao, { title: 'จังหวัดพะเยา', dateCells: true }, 'xlsx')),
  );
  run(c.twin, 'consolidateNation');
  expect(c.twin.ui.alerts[0].prompt).toMatch(/^รวมผล 1 จังหวัดแล้ว/);
  const t = sheetTable(c.twin.workbook, 'สรุปรายจังหวัด');
  expect(t.header[1]).toBe('อำเภอ');
  expect(t.subtitle).toContain('จังหวัดพะเยา');
});

test('รวมผลทั้งประเทศ twice in a row, from the output tab the first run left the person on: the same tables, no new tabs', () => {
  const c = workbook(150);
  run(c.twin, 'consolidateNation');
  const tabs = c.twin.workbook.sheetNames();
  const first = outputs(c.twin);
  // insertSheet left the person on an output tab; they run it again from there
  expect(tabs).toContain(c.twin.workbook.getActiveSheet().getName());
  run(c.twin, 'consolidateNation');
  expect(c.twin.ui.alerts.map((a) => a.prompt)).toEqual([
    expect.stringMatching(/^รวมผล 76 จังหวัดแล้ว/),
    expect.stringMatching(/^รวมผล 76 จังหวัดแล้ว/),
  ]);
  expect(c.twin.workbook.sheetNames()).toEqual(tabs);
  expect(outputs(c.twin)).toEqual(first);
});
