// Reads the tables a consolidation wrote back out of the twin's sheets, for cell-by-cell checks: the subtitle lines, the header,
// and the rows below it, with the add-on's "–" (unknown) read as null and the chart data beside the summary left out.

import type { Cell, Twin, Workbook } from '../../src/twin';

export interface SheetTable {
  readonly title: string;
  readonly subtitle: string[];
  readonly header: string[];
  readonly rows: (Cell | null)[][];
  readonly footnotes: string[];
}

export function sheetTable(book: Workbook, name: string): SheetTable {
  return sheetTables(book, name)[0];
}

/**
 * Every table of a sheet, top to bottom: the summary sheet holds the results and, below them, the comparison with the targets.
 * A header's unit on a line of its own reads as one line: "รายรับ (บาท)".
 */
export function sheetTables(book: Workbook, name: string): SheetTable[] {
  const values = book.sheet(name).values();
  const tables: SheetTable[] = [];
  let top = 0;
  for (;;) {
    const found = values.slice(top).findIndex((r) => r[0] === 'ที่');
    if (found < 0) break;
    const at = top + found;
    const width = values[at].indexOf('');
    const header = values[at].slice(0, width < 0 ? undefined : width).map((h) => String(h).replace(/\n/g, ' '));
    const body = values.slice(at + 1).map((r) => r.slice(0, header.length).map((c) => (c === '–' ? null : c)));
    const end = body.findIndex((r) => r.every((c) => c === ''));
    const rows = end < 0 ? body : body.slice(0, end);
    const after = end < 0 ? [] : body.slice(end + 1).map((r) => String(r[0]));
    const notes = after.findIndex((t) => !t.startsWith('* '));
    const footnotes = (notes < 0 ? after : after.slice(0, notes)).map((t) => t.slice(2));
    tables.push({
      title: String(values[top][0]),
      subtitle: values.slice(top + 1, at - 1).map((r) => String(r[0])),
      header,
      rows,
      footnotes,
    });
    // the next table's title follows the blank row after this one's footnotes
    top = at + 1 + (end < 0 ? body.length : end + 1 + (notes < 0 ? after.length : notes));
  }
  if (tables.length === 0) throw new Error(`no header row in ${name}`);
  return tables;
}

/** Every cell of the three output sheets (values, number formats, weights), to compare one run's result with another's. */
export function outputs(twin: Twin): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of ['สรุปรายจังหวัด', 'สถานะรายจังหวัด', 'ลิงก์ซ้ำข้ามจังหวัด']) {
    const view = twin.workbook.sheet(name).peek();
    out[name] = { values: view.values, numberFormats: view.numberFormats, fontWeights: view.fontWeights };
  }
  return out;
}
