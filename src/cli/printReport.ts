// Prints a report table in a terminal: heading rows as lines, figures right-aligned and formatted like the xlsx, and a table
// wider than the terminal split into panels (results, then targets) that each repeat the number and name columns.

import { formatCellText } from '../core/report/html';
import type { ReportTable } from '../core/report/types';
import type { CliIo } from './io';
import { tablePanels, wrapText } from './terminalTable';

export function printReportTable(io: CliIo, table: ReportTable): void {
  for (const line of [table.title, ...table.subtitle]) for (const part of wrapText(line)) io.out(part);
  // the leading text columns (number, district or province) name the row in every panel
  const firstFigure = table.columns.findIndex((c) => c.format !== 'text');
  const keys = firstFigure < 0 ? table.columns.length : firstFigure;
  const columns = table.columns.map((c) => ({ header: c.header, right: c.format !== 'text' }));
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
