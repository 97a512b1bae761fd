// Renders a ReportDocument as one self-contained HTML page (tables, inline SVG bar charts, print stylesheet for A4 landscape).
// Pure string building so the same page comes out of the CLI and of Apps Script; every piece of text is escaped.

import { formatInteger, formatMoney, formatPercent } from '../format/number';
import type { BarChart, CellFormat, ReportCell, ReportDocument, ReportRow, ReportTable } from './types';

/** Shown for an unknown figure (null), never 0: a missing report is not a report of zero. */
export const UNKNOWN_MARK = '–';

/** Shown inside a chart that has no categories. */
const NO_DATA = 'ไม่มีข้อมูล';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and for double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** A cell as people read it: numbers grouped and rounded like the xlsx number formats, null (or NaN) as "–". */
export function formatCellText(value: ReportCell | undefined, format: CellFormat): string {
  if (value === undefined) return '';
  if (value === null) return UNKNOWN_MARK;
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return UNKNOWN_MARK;
  switch (format) {
    case 'integer':
      return formatInteger(value);
    case 'money':
      return formatMoney(value);
    case 'percent':
      return formatPercent(value);
    case 'text':
      // a code or an order number in a text column must not gain separators
      return String(value);
  }
}

/** Value with its unit; "%" sticks to the number as Thai official tables write it, other units follow a space. */
function withUnit(text: string, unit: string): string {
  if (!unit || text === UNKNOWN_MARK) return text;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

// System Thai fonts only: the page must open offline and must not fetch anything.
const FONT_STACK =
  '"Sarabun", "TH Sarabun New", "TH SarabunPSK", "Noto Sans Thai", "Leelawadee UI", "Leelawadee", Tahoma, sans-serif';

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; padding: 24px; font-family: ${FONT_STACK}; font-size: 15px; line-height: 1.5; color: #111; background: #fff; }
main { max-width: 1200px; margin: 0 auto; }
h1 { font-size: 1.5em; margin: 0 0 16px; }
section.report-table, section.chart { margin: 0 0 32px; }
.table-title { font-size: 1.2em; margin: 0; text-align: center; }
.subtitle { margin: 0; text-align: center; }
.table-wrap { overflow-x: auto; margin-top: 12px; }
table { border-collapse: collapse; margin: 0 auto; }
th, td { border: 1px solid #777; padding: 3px 8px; vertical-align: top; }
thead th { background: #dfe6f0; font-weight: bold; text-align: center; vertical-align: middle; }
td.text { white-space: pre-line; overflow-wrap: anywhere; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.unknown { text-align: center; }
tr.heading th { text-align: left; font-weight: bold; background: #f7f7f7; }
tr.subtotal td { font-weight: bold; background: #ededed; }
tr.total td { font-weight: bold; background: #d0d0d0; border-top: 2px solid #333; }
.footnotes { margin: 8px 0 0; padding-left: 1.5em; font-size: 0.9em; }
figure { margin: 0; }
figcaption { font-weight: bold; font-size: 1.1em; margin-bottom: 8px; }
svg.bar-chart { display: block; width: 100%; max-width: 960px; height: auto; font-family: ${FONT_STACK}; }
footer.attribution { margin-top: 24px; font-size: 0.9em; color: #444; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { padding: 0; font-size: 12pt; }
  main { max-width: none; }
  .table-wrap { overflow: visible; }
  section.report-table + section.report-table { break-before: page; page-break-before: always; }
  .table-title, .subtitle { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  section.chart { break-inside: avoid; page-break-inside: avoid; }
  section.report-table + section.chart { break-before: page; page-break-before: always; }
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
  for (const table of doc.tables) parts.push(renderTable(table));
  for (const [i, chart] of doc.charts.entries()) parts.push(renderChart(chart, `chart-${i + 1}`));
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
    `<thead><tr>${table.columns.map((c) => `<th scope="col">${escapeHtml(c.header)}</th>`).join('')}</tr></thead>`,
  );
  out.push('<tbody>');
  for (const row of table.rows) out.push(renderRow(row, table, width));
  out.push('</tbody>', '</table>', '</div>');
  if (table.footnotes.length > 0) {
    out.push(`<ul class="footnotes">${table.footnotes.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>`);
  }
  out.push('</section>');
  return out.join('\n');
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

// Chart geometry in SVG user units; the SVG scales to the page width through its viewBox.
const CHART_WIDTH = 900;
const FONT_SIZE = 14;
const ROW_HEIGHT = 28;
const BAR_HEIGHT = 18;
const PAD = 10;
const GAP = 8;
const MAX_LABEL_WIDTH = 320;
const MIN_BAR_AREA = 200;
const BAR_FILL = '#3b6ea5';

/**
 * A horizontal bar chart: one row per category with its label, a bar scaled to the largest value, and the value.
 * Negative or unknown values draw no bar; an all-zero chart draws none either, and an empty one says so.
 */
function renderChart(chart: BarChart, id: string): string {
  const rows = chartRows(chart);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const desc = rows.length === 0 ? NO_DATA : rows.map((r) => `${r.label}: ${r.text}`).join('; ');
  const { height, body } = rows.length === 0 ? noDataDrawing() : barsDrawing(rows);
  return [
    '<section class="chart">',
    '<figure>',
    `<figcaption>${escapeHtml(chart.title)}</figcaption>`,
    `<svg class="bar-chart" role="img" aria-labelledby="${titleId} ${descId}" viewBox="0 0 ${CHART_WIDTH} ${height}" width="${CHART_WIDTH}" height="${height}" preserveAspectRatio="xMinYMin meet">`,
    `<title id="${titleId}">${escapeHtml(chart.title)}</title><desc id="${descId}">${escapeHtml(desc)}</desc>`,
    ...body,
    '</svg>',
    '</figure>',
    '</section>',
  ].join('\n');
}

/** A category of a chart: its value for the bar (0 when unknown) and the text shown for it. */
interface ChartRow {
  readonly label: string;
  readonly value: number;
  readonly text: string;
}

function chartRows(chart: BarChart): ChartRow[] {
  return chart.categories.map((label, i) => {
    const value = chart.values[i];
    const known = typeof value === 'number' && Number.isFinite(value);
    return {
      label,
      value: known ? value : 0,
      text: withUnit(formatCellText(known ? value : null, chart.format), chart.unit),
    };
  });
}

/** The SVG elements inside a chart, and the chart's height that holds them. */
interface Drawing {
  readonly height: number;
  readonly body: readonly string[];
}

function noDataDrawing(): Drawing {
  return {
    height: ROW_HEIGHT + 2 * PAD,
    body: [
      `<text x="${CHART_WIDTH / 2}" y="${PAD + baselineOffset()}" text-anchor="middle" font-size="${FONT_SIZE}" fill="#555">${escapeHtml(NO_DATA)}</text>`,
    ],
  };
}

/** Where the bars go: after a label column as wide as the longest label (up to a limit), leaving room for the values. */
interface BarLayout {
  readonly labelWidth: number;
  readonly barX: number;
  readonly barArea: number;
  readonly max: number;
}

function barsDrawing(rows: readonly ChartRow[]): Drawing {
  const height = rows.length * ROW_HEIGHT + 2 * PAD;
  const labelWidth = Math.min(MAX_LABEL_WIDTH, Math.max(...rows.map((r) => textWidth(r.label))));
  const valueWidth = Math.max(...rows.map((r) => textWidth(r.text)));
  const barX = PAD + labelWidth + GAP;
  const layout: BarLayout = {
    labelWidth,
    barX,
    barArea: Math.max(MIN_BAR_AREA, CHART_WIDTH - barX - GAP - valueWidth - PAD),
    max: Math.max(0, ...rows.map((r) => r.value)),
  };
  const axis = `<line x1="${barX}" y1="${PAD}" x2="${barX}" y2="${height - PAD}" stroke="#888" stroke-width="1"/>`;
  return { height, body: [axis, ...rows.flatMap((r, i) => bar(r, PAD + i * ROW_HEIGHT, layout))] };
}

/** One category's row: its label, its bar (none for a value that is not positive) and its value, with a tooltip. */
function bar(r: ChartRow, top: number, layout: BarLayout): string[] {
  const { barX, barArea, max } = layout;
  const textY = round(top + baselineOffset());
  const barLength = max > 0 && r.value > 0 ? round((r.value / max) * barArea) : 0;
  const label = fitText(r.label, layout.labelWidth);
  return [
    '<g>',
    `<title>${escapeHtml(`${r.label}: ${r.text}`)}</title>`,
    `<text x="${barX - GAP}" y="${textY}" text-anchor="end" font-size="${FONT_SIZE}" fill="#111">${escapeHtml(label)}</text>`,
    ...(barLength > 0
      ? [
          `<rect x="${barX}" y="${round(top + (ROW_HEIGHT - BAR_HEIGHT) / 2)}" width="${barLength}" height="${BAR_HEIGHT}" rx="2" fill="${BAR_FILL}"/>`,
        ]
      : []),
    `<text x="${round(barX + barLength + GAP)}" y="${textY}" font-size="${FONT_SIZE}" fill="#111">${escapeHtml(r.text)}</text>`,
    '</g>',
  ];
}

/** Where the baseline of vertically centred text sits in a row; dominant-baseline is not honoured everywhere when printing. */
function baselineOffset(): number {
  return round(ROW_HEIGHT / 2 + FONT_SIZE * 0.35);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * Thai vowel and tone marks above or below a consonant take no horizontal space, so they are not counted.
 * SVG text is not measured before layout; an estimate per character is enough to size the label column.
 */
function isZeroWidthMark(code: number): boolean {
  return code === 0x0e31 || (code >= 0x0e34 && code <= 0x0e3a) || (code >= 0x0e47 && code <= 0x0e4e);
}

function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (isZeroWidthMark(code) || (code >= 0x200b && code <= 0x200d)) return 0;
  if (ch === ' ' || ch === ',' || ch === '.') return FONT_SIZE * 0.3;
  return FONT_SIZE * 0.6;
}

function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return Math.ceil(width);
}

/** Cuts a label that would not fit its column, ending it with "…" (the full label stays in the bar's tooltip and in <desc>). */
function fitText(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  const budget = width - charWidth('…');
  let used = 0;
  let out = '';
  for (const ch of text) {
    const w = charWidth(ch);
    // a zero-width mark belongs to the character before it, so it is kept with it
    if (w > 0 && used + w > budget) break;
    used += w;
    out += ch;
  }
  return `${out}…`;
}
