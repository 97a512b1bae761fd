// `khongdee consolidate DIR` --out xlsx (re-read with exceljs), --html and the terminal output on the generated folder.

import { existsSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { FACT, thaiShort } from '../consolidate/fixture';
import { runCli } from '../support/cli';
import { xlsxText } from '../support/xlsxText';
import {
  BASE,
  DIR,
  failed,
  GOOD_FILES,
  heading,
  inZone,
  type Json,
  TARGETS,
  tmp,
  useProvincesFolder,
  WANT,
  WANT_UNPLACED,
  type WantStatus,
  ZONES,
} from './consolidateCliFolder';

jest.setTimeout(120_000);
useProvincesFolder();

describe('--out xlsx and --html', () => {
  const out = tmp.path('national/รวมผลทั้งประเทศ.xlsx');
  const html = tmp.path('national/รวมผลทั้งประเทศ.html');
  let json: Json;
  let book: ExcelJS.Workbook;
  const text = xlsxText;

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
