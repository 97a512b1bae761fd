// Draws a BarChart as inline SVG: one row per category with its label, a bar scaled to the largest value, and the value.
// Self-contained (no script, no external asset), with a <title> and <desc> so it reads without the picture.

import { escapeHtml, formatCellText, withUnit } from './htmlText';
import type { BarChart } from './types';

/** Shown inside a chart that has no categories. */
const NO_DATA = 'ไม่มีข้อมูล';

// Chart geometry in SVG user units; the SVG scales to the page width through its viewBox.
const CHART_WIDTH = 600;
const FONT_SIZE = 14;
const ROW_HEIGHT = 28;
const BAR_HEIGHT = 18;
const PAD = 10;
const GAP = 8;
const MAX_LABEL_WIDTH = 200;
const MIN_BAR_AREA = 200;
const BAR_FILL = '#3b6ea5';
// rows of one piece: 20 rows at half of A4 landscape fit a printed page with room to spare
export const ROWS_PER_PIECE = 20;

/**
 * A horizontal bar chart: one row per category with its label, a bar scaled to the largest value, and the value.
 * Negative or unknown values draw no bar; an all-zero chart draws none either, and an empty one says so. A chart of more
 * than ROWS_PER_PIECE categories (76 provinces) is drawn as pieces on one scale, side by side, so each fits a printed page.
 */
export function renderChart(chart: BarChart, id: string): string {
  const rows = chartRows(chart);
  const desc = rows.length === 0 ? NO_DATA : rows.map((r) => `${r.label}: ${r.text}`).join('; ');
  const pieces = rows.length === 0 ? [noDataDrawing()] : barsDrawings(rows);
  const svgs = pieces.map((piece, i) => {
    const pieceId = pieces.length === 1 ? id : `${id}-${i + 1}`;
    const title = pieces.length === 1 ? chart.title : `${chart.title} (${i + 1}/${pieces.length})`;
    return [
      `<svg class="bar-chart" role="img" aria-labelledby="${pieceId}-title ${pieceId}-desc" viewBox="0 0 ${CHART_WIDTH} ${piece.height}" width="${CHART_WIDTH}" height="${piece.height}" preserveAspectRatio="xMinYMin meet">`,
      `<title id="${pieceId}-title">${escapeHtml(title)}</title><desc id="${pieceId}-desc">${escapeHtml(i === 0 ? desc : '')}</desc>`,
      ...piece.body,
      '</svg>',
    ].join('\n');
  });
  const many = pieces.length > 1;
  return [
    `<section class="chart${many ? ' chart-long' : ''}">`,
    '<figure>',
    `<figcaption>${escapeHtml(chart.title)}</figcaption>`,
    many ? `<div class="chart-pieces">${svgs.join('\n')}</div>` : svgs[0],
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

/** The bars in pieces of at most ROWS_PER_PIECE rows, laid out once over all rows so that every piece has one scale. */
function barsDrawings(rows: readonly ChartRow[]): Drawing[] {
  const labelWidth = Math.min(MAX_LABEL_WIDTH, Math.max(...rows.map((r) => textWidth(r.label))));
  const valueWidth = Math.max(...rows.map((r) => textWidth(r.text)));
  const barX = PAD + labelWidth + GAP;
  const layout: BarLayout = {
    labelWidth,
    barX,
    barArea: Math.max(MIN_BAR_AREA, CHART_WIDTH - barX - GAP - valueWidth - PAD),
    max: Math.max(0, ...rows.map((r) => r.value)),
  };
  const count = Math.ceil(rows.length / ROWS_PER_PIECE);
  // pieces as even as they can be: 76 rows are 19 + 19 + 19 + 19, not 20 + 20 + 20 + 16
  const size = Math.ceil(rows.length / count);
  const drawings: Drawing[] = [];
  for (let at = 0; at < rows.length; at += size) {
    const piece = rows.slice(at, at + size);
    const height = piece.length * ROW_HEIGHT + 2 * PAD;
    const axis = `<line x1="${barX}" y1="${PAD}" x2="${barX}" y2="${height - PAD}" stroke="#888" stroke-width="1"/>`;
    drawings.push({ height, body: [axis, ...piece.flatMap((r, i) => bar(r, PAD + i * ROW_HEIGHT, layout))] });
  }
  return drawings;
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
