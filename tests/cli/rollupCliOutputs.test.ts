// `khongdee rollup --out --html` of the national roll-up: the xlsx re-read with exceljs (sheets, title block, zone table,
// non-reporters, problems) and the self-contained HTML page.

import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { FACT, FACTS } from '../consolidate/fixture';
import { bahtText } from '../support/rollupData';
import { xlsxText } from '../support/xlsxText';
import { AS_OF, type Json, provinceReports, TITLE } from './rollupCliSupport';

jest.setTimeout(120_000);

const { tmp, SPECS, national } = provinceReports();

// ---- the xlsx and HTML reports --------------------------------------------------------------------

describe('--out xlsx and --html of the national roll-up', () => {
  const out = tmp.path('national/รายงาน.xlsx');
  const html = tmp.path('national/รายงาน.html');
  let json: Json;
  let book: ExcelJS.Workbook;

  beforeAll(async () => {
    const run = await national('--json', '--out', out, '--html', html);
    if (run.code !== 0) throw new Error(`rollup failed (${run.code}): ${run.stderr}`);
    json = JSON.parse(run.stdout);
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
  });

  const text = xlsxText;

  function table(ws: ExcelJS.Worksheet): { headerRow: number; headers: string[] } {
    for (let r = 1; r <= 10; r++) {
      if (text(ws.getRow(r).getCell(1).value) === 'ที่') {
        const headers: string[] = [];
        ws.getRow(r).eachCell({ includeEmpty: true }, (c, col) => (headers[col - 1] = text(c.value)));
        return { headerRow: r, headers };
      }
    }
    throw new Error(`no header in ${ws.name}`);
  }

  test('sheets: สรุปรายจังหวัด, the targets in A4 tables of their own, ยังไม่รายงาน, ปัญหาข้อมูล', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'สรุปรายจังหวัด',
      'เทียบเป้าหมาย',
      'เทียบเป้าหมาย (2)',
      'ยังไม่รายงาน',
      'ปัญหาข้อมูล',
    ]);
  });

  test('title block: title, scope, Thai B.E. date, period', () => {
    const ws = book.getWorksheet('สรุปรายจังหวัด')!;
    expect(text(ws.getCell('A1').value)).toBe(TITLE);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    const lines = [2, 3, 4].map((r) => text(ws.getCell(`A${r}`).value));
    expect(lines.some((l) => l.includes('76') && l.includes('จังหวัด'))).toBe(true);
    expect(lines).toContain(AS_OF);
    for (const ws2 of book.worksheets) expect([2, 3, 4].map((r) => text(ws2.getCell(`A${r}`).value))).toContain(AS_OF);
  });

  test('zone headings, provinces under them, bold รวม rows and รวมทั้งประเทศ, with the figures of the JSON computation', () => {
    const ws = book.getWorksheet('สรุปรายจังหวัด')!;
    const { headerRow } = table(ws);
    // the results and the targets sheets have the same rows: their columns are read as one table, results first
    const parts = [ws, ...book.worksheets.filter((w) => w.name.startsWith('เทียบเป้าหมาย'))].map((w) => ({
      w,
      ...table(w),
    }));
    for (const p of parts) expect(p.headerRow).toBe(headerRow);
    const headers = parts.flatMap((p) => p.headers);
    const where = parts.flatMap((p) => p.headers.map((_, i) => ({ w: p.w, c: i + 1 })));
    const col = (pred: (h: string) => boolean, what: string) => {
      const i = headers.findIndex(pred);
      if (i < 0) throw new Error(`no column for ${what} in ${headers.join(' | ')}`);
      return i + 1;
    };
    const C = {
      name: 2,
      laosTotal: col((h) => h.includes('ทั้งหมด'), 'laosTotal'),
      laosReported: col((h) => h.includes('ที่รายงาน') && h.includes('อปท'), 'laosReported'),
      participation: col((h) => h.includes('มีส่วนร่วม'), 'participation'),
      entries: col((h) => h.includes('รายการ'), 'entries'),
      links: col((h) => h.includes('ลิงก์'), 'links'),
      salesCount: col((h) => h.includes('ขายได้') && !h.includes('เป้าหมาย') && !h.includes('ร้อยละ'), 'salesCount'),
      revenue: col((h) => h.includes('รายรับ') && !h.includes('เป้าหมาย') && !h.includes('ร้อยละ'), 'revenue'),
      beneficiaries: col(
        (h) => h.includes('ประโยชน์') && !h.includes('เป้าหมาย') && !h.includes('ร้อยละ'),
        'beneficiaries',
      ),
      revenueTarget: col((h) => h.includes('เป้าหมาย') && h.includes('รายรับ') && !h.includes('ร้อยละ'), 'revenue target'),
      revenueAchievement: col((h) => h.includes('ร้อยละ') && h.includes('รายรับ'), 'revenue achievement'),
      budget: col((h) => h === 'งบประมาณ (บาท)', 'budget'),
      rowsWithErrors: col((h) => h.includes('แก้ไข') || h.includes('ผิดพลาด'), 'rowsWithErrors'),
    };
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.paperSize).toBe(9);
    // the name column is wide enough for Thai province names
    expect(ws.getColumn(C.name).width).toBeGreaterThanOrEqual(16);

    // walk the table: heading, provinces, รวม per zone; รวมทั้งประเทศ at the end
    const zones = json.groups;
    let r = headerRow + 1;
    const cell = (c: number) => where[c - 1].w.getRow(r).getCell(where[c - 1].c);
    const num = (c: number) => cell(c).value;
    const checkFigures = (g: Json) => {
      expect(num(C.laosTotal)).toBe(g.laosTotal);
      expect(num(C.laosReported)).toBe(g.laosReported);
      expect(num(C.participation)).toBe(g.participation);
      expect(num(C.entries)).toBe(g.entries);
      expect(num(C.links)).toBe(g.links);
      expect(num(C.salesCount)).toBe(g.salesCount);
      expect(num(C.revenue)).toBe(g.revenue);
      expect(num(C.beneficiaries)).toBe(g.beneficiaries);
      expect(num(C.rowsWithErrors)).toBe(g.rowsWithErrors);
      expect(num(C.revenueTarget)).toEqual(g.targets.revenue ?? '–');
      expect(num(C.revenueAchievement)).toEqual(g.achievement.revenue ?? '–');
      expect(num(C.budget)).toEqual(g.targets[Object.keys(g.targets).find((k) => k.includes('งบประมาณ')) ?? ''] ?? '–');
      for (const c of [
        C.laosTotal,
        C.laosReported,
        C.entries,
        C.links,
        C.salesCount,
        C.beneficiaries,
        C.rowsWithErrors,
      ])
        expect(cell(c).numFmt).toBe('#,##0');
      expect(cell(C.revenue).numFmt).toBe('#,##0.00');
      if (typeof num(C.revenueTarget) === 'number') expect(cell(C.revenueTarget).numFmt).toBe('#,##0.00');
      if (typeof num(C.budget) === 'number') expect(cell(C.budget).numFmt).toBe('#,##0.00');
    };
    for (const z of zones) {
      const n = Number(z.key);
      const cluster = FACTS.find((p) => p.zone === n)!.cluster;
      expect(text(cell(1).value)).toBe(`เขตตรวจราชการที่ ${n} : กลุ่มจังหวัด${cluster}`);
      expect(cell(1).font?.bold).toBe(true);
      expect(cell(1).isMerged).toBe(true);
      r++;
      for (const p of z.children) {
        const name = text(cell(C.name).value);
        if (p.hasReport) expect(name).toBe(FACT.get(p.code)!.nameTh);
        else {
          expect(name.startsWith(FACT.get(p.code)!.nameTh)).toBe(true);
          expect(name).toMatch(/ยังไม่/);
        }
        expect(typeof cell(1).value).toBe('number');
        checkFigures(p);
        r++;
      }
      expect(text(cell(C.name).value)).toBe('รวม');
      expect(cell(C.name).font?.bold).toBe(true);
      expect(cell(C.laosTotal).font?.bold).toBe(true);
      checkFigures(z);
      r++;
    }
    expect(text(cell(C.name).value)).toBe('รวมทั้งประเทศ');
    expect(cell(C.revenue).font?.bold).toBe(true);
    checkFigures(json.total);
    // province numbers run 1..76 over the zones
    const seqs: number[] = [];
    for (let i = headerRow + 1; i < r; i++) {
      const v = ws.getRow(i).getCell(1).value;
      if (typeof v === 'number') seqs.push(v);
    }
    expect(seqs).toEqual(Array.from({ length: 76 }, (_, i) => i + 1));
  });

  test('the sheet ยังไม่รายงาน lists exactly the non-reporters with code and prefixed name', () => {
    const ws = book.getWorksheet('ยังไม่รายงาน')!;
    const codes: string[] = [];
    const names = new Map<string, string>();
    ws.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (c, i) => (cells[i - 1] = text(c.value)));
      const i = cells.findIndex((c) => /^\d{7}$/.test(c));
      if (i >= 0) {
        codes.push(cells[i]);
        names.set(cells[i], cells[i + 1]);
      }
    });
    expect(codes).toEqual(json.nonReporters.map((n: Json) => n.code));
    const sample = json.nonReporters[100];
    expect(names.get(sample.code)).toBe(sample.name);
  });

  test('the sheet ปัญหาข้อมูล has every problem: file, row, column header, value and a Thai message', () => {
    const ws = book.getWorksheet('ปัญหาข้อมูล')!;
    const { headerRow, headers } = table(ws);
    const rows: string[][] = [];
    ws.eachRow((row, n) => {
      if (n <= headerRow) return;
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (c, i) => (cells[i - 1] = text(c.value)));
      if (/^\d+$/.test(cells[0] ?? '')) rows.push(cells);
    });
    const problems = SPECS.filter((s) => s.code);
    expect(rows).toHaveLength(problems.length);
    const fileCol = headers.findIndex((h) => h.includes('ไฟล์'));
    const rowCol = headers.indexOf('แถว');
    const valueCol = headers.findIndex((h) => h.includes('ค่า'));
    const messageCol = headers.findIndex((h) => h.includes('ข้อความ'));
    const columnCol = headers.findIndex((h) => h.includes('คอลัมน์'));
    expect(Math.min(fileCol, rowCol, valueCol, messageCol, columnCol)).toBeGreaterThanOrEqual(0);
    for (const s of problems) {
      const hit = rows.find((r) => r[fileCol].endsWith(s.file.split('/').pop()!) && r[rowCol] === String(s.sheetRow));
      expect(hit).toBeDefined();
      expect(hit![messageCol]).toMatch(/[\u0E01-\u0E4E]/);
    }
    const notNumber = SPECS.find((s) => s.code === 'NOT_A_NUMBER')!;
    const hit = rows.find(
      (r) => r[fileCol].endsWith(notNumber.file.split('/').pop()!) && r[rowCol] === String(notNumber.sheetRow),
    )!;
    expect(hit[valueCol]).toBe('๑๒x');
    expect(hit[columnCol]).toBe('รายรับ (บาท)');
  });

  test('the HTML page is self-contained and carries the same table', () => {
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/i);
    expect(page).not.toMatch(/\s(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(page).not.toMatch(/<script[^>]*\ssrc\s*=/i);
    expect(page).not.toMatch(/<link[^>]*rel\s*=\s*["']?stylesheet/i);
    expect(page).not.toMatch(/@import/i);
    // the embedded Sarabun is the only url(), as data: URLs
    expect(page).not.toMatch(/url\s*\((?!data:|#)/i);
    expect(page).not.toMatch(/<iframe|<object|<embed/i);
    // bar charts of revenue and of participation
    expect((page.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(page).toContain(TITLE);
    expect(page).toContain(AS_OF);
    expect(page).toContain('รวมทั้งประเทศ');
    expect(page).toContain('เขตตรวจราชการที่ 16 : กลุ่มจังหวัดภาคเหนือตอนบน 2');
    expect(page).toContain(bahtText(Math.round(json.total.revenue * 100)));
    expect(page).toMatch(/@media print|@page/);
  });
});

// ---- one province ---------------------------------------------------------------------------------
