// Prints a report table in a terminal: heading rows as lines, figures right-aligned and formatted like the xlsx.

import { formatCellText } from '../core/report/html';
import type { ReportTable } from '../core/report/types';
import type { CliIo } from './io';
import { formatTable } from './terminalTable';

export function printReportTable(io: CliIo, table: ReportTable): void {
  io.out(table.title);
  for (const line of table.subtitle) io.out(line);
  io.out('');
  const numeric = table.columns.map((c, i) => (c.format === 'text' ? -1 : i)).filter((i) => i >= 0);
  const body = table.rows.filter((r) => r.style !== 'heading');
  const lines = formatTable(
    [table.columns.map((c) => c.header), ...body.map((r) => table.columns.map((c, i) => formatCellText(r.cells[i], c.format)))],
    24,
    numeric,
  );
  io.out(lines[0]);
  let next = 1;
  for (const r of table.rows) {
    if (r.style === 'heading') io.out(String(r.cells[0] ?? ''));
    else io.out(lines[next++]);
  }
  for (const note of table.footnotes) io.out(`* ${note}`);
}
