// Renders a ReportDocument as one self-contained HTML page: a first page of key figures, map and charts, then the tables
// (problems capped per province or district), with a print stylesheet for A4 landscape. Every piece of text is escaped.

import { reportMessages as M } from '../messages/report';
import { FIRST_PAGE_STYLE, renderFirstPage } from './firstPage';
import { escapeHtml, formatCellText, headingHtml } from './htmlText';
import type { CellFormat, ReportCell, ReportDocument, ReportRow, ReportTable } from './types';

export { escapeHtml, formatCellText, UNKNOWN_MARK } from './htmlText';

// System Thai fonts only: the page must open offline and must not fetch anything.
const FONT_STACK =
  '"Sarabun", "TH Sarabun New", "TH SarabunPSK", "Noto Sans Thai", "Leelawadee UI", "Leelawadee", Tahoma, sans-serif';

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; padding: 24px; font-family: ${FONT_STACK}; font-size: 15px; line-height: 1.5; color: #111; background: #fff; }
main { max-width: 1200px; margin: 0 auto; }
h1 { font-size: 1.5em; margin: 0 0 16px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
section.report-table, section.chart { margin: 0 0 32px; }
.table-title { font-size: 1.2em; margin: 0; text-align: center; }
.subtitle { margin: 0; text-align: center; }
.table-wrap { overflow-x: auto; margin-top: 12px; }
table { border-collapse: collapse; margin: 0 auto; }
th, td { border: 1px solid #777; padding: 3px 6px; vertical-align: top; }
/* a header breaks only at its spaces and at its own line break (pre-line: the line before its unit), never inside a Thai word */
thead th { background: #dfe6f0; font-weight: bold; text-align: center; vertical-align: middle; white-space: pre-line; word-break: keep-all; line-break: strict; overflow-wrap: normal; }
td.text { white-space: pre-line; overflow-wrap: break-word; line-break: strict; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.unknown { text-align: center; }
tr.heading th { text-align: left; font-weight: bold; background: #f7f7f7; }
tr.subtotal td { font-weight: bold; background: #ededed; }
tr.total td { font-weight: bold; background: #d0d0d0; border-top: 2px solid #333; }
tr.more td { font-style: italic; color: #333; background: #fafafa; }
.footnotes { margin: 8px 0 0; padding-left: 1.5em; font-size: 0.9em; }
figure { margin: 0; }
.nb { white-space: nowrap; }
figcaption { font-weight: bold; font-size: 1.1em; margin-bottom: 8px; }
svg.bar-chart { display: block; width: 100%; max-width: 960px; height: auto; font-family: ${FONT_STACK}; }
footer.attribution { margin-top: 24px; font-size: 0.9em; color: #444; }
${FIRST_PAGE_STYLE}
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { padding: 0; font-size: 12pt; }
  main { max-width: none; }
  .table-wrap { overflow: visible; }
  /* a table takes the page's width (273 mm of A4 landscape) and shares it out by its columns' widths */
  table { width: 100%; table-layout: fixed; font-size: 10.5pt; }
  td.num { white-space: normal; overflow-wrap: anywhere; }
  section.first-page { break-after: page; page-break-after: always; }
  .overview { grid-template-columns: 1fr 1fr; }
  figure.map svg { max-height: 118mm; }
  .overview svg.bar-chart { max-height: 52mm; }
  .chart-pieces { grid-template-columns: 1fr 1fr; }
  .chart-pieces svg { break-inside: avoid; page-break-inside: avoid; }
  section.report-table + section.report-table { break-before: page; page-break-before: always; }
  .table-title, .subtitle { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  section.chart:not(.chart-long) { break-inside: avoid; page-break-inside: avoid; }
  footer.attribution { break-inside: avoid; }
}
`;

export interface RenderOptions {
  /** @font-face rules embedding the report's type (the CLI passes Sarabun as base64); none leaves the font stack to the system */
  readonly fontCss?: string;
}

export function renderHtml(doc: ReportDocument, options: RenderOptions = {}): string {
  const parts: string[] = [
    '<!DOCTYPE html>',
    '<html lang="th">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="khongdee">',
    `<title>${escapeHtml(doc.title)}</title>`,
    ...(options.fontCss ? [`<style>${options.fontCss}</style>`] : []),
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
  ];
  parts.push(renderFirstPage(doc));
  for (const table of doc.tables) parts.push(renderTable(table));
  if (doc.attribution) parts.push(`<footer class="attribution">${escapeHtml(doc.attribution)}</footer>`);
  parts.push('</main>', '</body>', '</html>', '');
  return parts.join('\n');
}

function renderTable(table: ReportTable): string {
  const width = Math.max(1, table.columns.length);
  const out: string[] = ['<section class="report-table">', `<h2 class="table-title">${escapeHtml(table.title)}</h2>`];
  for (const line of table.subtitle) out.push(`<p class="subtitle">${escapeHtml(line)}</p>`);
  out.push('<div class="table-wrap">', '<table>');
  // widths are in characters; ch is the nearest CSS unit and only a hint, so long Thai names still wrap
  out.push(`<colgroup>${table.columns.map((c) => `<col style="width: ${cssLength(c.width)}ch">`).join('')}</colgroup>`);
  out.push(
    `<thead><tr>${table.columns.map((c) => `<th scope="col">${headingHtml(c.header)}</th>`).join('')}</tr></thead>`,
  );
  out.push('<tbody>');
  for (const item of shownRows(table))
    out.push(
      typeof item === 'number'
        ? `<tr class="more"><td colspan="${width}">${escapeHtml(M.problemsMore(item).th)}</td></tr>`
        : renderRow(item, table, width),
    );
  out.push('</tbody>', '</table>', '</div>');
  if (table.footnotes.length > 0) {
    out.push(`<ul class="footnotes">${table.footnotes.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>`);
  }
  out.push('</section>');
  return out.join('\n');
}

/**
 * The rows the page shows: every row, or with `htmlRowsPerGroup` the first that many under each heading (rows before any
 * heading are a group too), each cut group followed by the number left out, for a line saying the xlsx has them.
 */
function shownRows(table: ReportTable): readonly (ReportRow | number)[] {
  const cap = table.htmlRowsPerGroup;
  if (cap === undefined) return table.rows;
  const out: (ReportRow | number)[] = [];
  let shown = 0;
  let left = 0;
  const close = () => {
    if (left > 0) out.push(left);
    shown = 0;
    left = 0;
  };
  for (const row of table.rows) {
    if (row.style === 'heading') {
      close();
      out.push(row);
    } else if (shown < cap) {
      shown++;
      out.push(row);
    } else left++;
  }
  close();
  return out;
}

function renderRow(row: ReportRow, table: ReportTable, width: number): string {
  if (row.style === 'heading') {
    const text = formatCellText(row.cells[0], 'text');
    return `<tr class="heading"><th colspan="${width}" scope="rowgroup">${escapeHtml(text)}</th></tr>`;
  }
  const cells = table.columns.map((column, i) => renderCell(row.cells[i], column.format));
  const cls = row.style === 'normal' ? '' : ` class="${row.style}"`;
  return `<tr${cls}>${cells.join('')}</tr>`;
}

function renderCell(value: ReportCell | undefined, format: CellFormat): string {
  const text = formatCellText(value, format);
  // alignment follows the column, so a figure typed as text ("1,500 บาท") still lines up with the numbers
  const classes: string[] = [format === 'text' ? 'text' : 'num'];
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) classes.push('unknown');
  return `<td class="${classes.join(' ')}">${escapeHtml(text)}</td>`;
}

function cssLength(n: number): string {
  return Number.isFinite(n) && n > 0 ? String(Math.round(n * 10) / 10) : 'auto';
}
