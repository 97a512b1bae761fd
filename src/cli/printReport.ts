// Prints a report table in a terminal: heading rows as lines, figures right-aligned and formatted like the xlsx, and a table
// wider than the terminal split into panels that each repeat the number and name columns; a report's results, then its targets.

import { formatCellText } from '../core/report/html';
import type { ReportDocument, ReportTable } from '../core/report/types';
import type { CliIo } from './io';
import { tablePanels, wrapText } from './terminalTable';

export function printReportTable(io: CliIo, table: ReportTable): void {
  for (const line of [table.title, ...table.subtitle]) for (const part of wrapText(line)) io.out(part);
  // the leading text columns (number, district or province) name the row in every panel
  const firstFigure = table.columns.findIndex((c) => c.format !== 'text');
  const keys = firstFigure < 0 ? table.columns.length : firstFigure;
  // a header's unit on its own line is the same header on one line here: "รายรับ (บาท)"
  const columns = table.columns.map((c) => ({
    header: c.header.replace(/\s*\n\s*/g, ' '),
    right: c.format !== 'text',
  }));
  const rows = table.rows.map((r) =>
    r.style === 'heading'
      ? { heading: String(r.cells[0] ?? '') }
      : table.columns.map((c, i) => formatCellText(r.cells[i], c.format)),
  );
  for (const panel of tablePanels(columns, rows, keys, { maxWidth: 24 })) {
    io.out('');
    for (const line of panel) io.out(line);
  }
  for (const note of table.footnotes) for (const part of wrapText(`* ${note}`)) io.out(part);
}

/** The results table and, when targets were given, the comparison with them: what a terminal shows of a report. */
export function printSummaryTables(io: CliIo, doc: ReportDocument): void {
  const tables = doc.tables.filter((t) => t.kind === 'results' || t.kind === 'targets');
  (tables.length > 0 ? tables : doc.tables.slice(0, 1)).forEach((table, i) => {
    if (i > 0) io.out('');
    printReportTable(io, table);
  });
}
