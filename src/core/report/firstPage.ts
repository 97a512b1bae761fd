// The HTML report's first page, before any table: the title, the scope and "ข้อมูล ณ วันที่" in B.E., the key figures as big
// numbers against their targets, the map (when the document carries one) and the bar charts.

import { reportMessages as M } from '../messages/report';
import { ROWS_PER_PIECE, renderChart } from './barChart';
import { escapeHtml, formatCellText, withUnit } from './htmlText';
import type { BarChart, KeyFigure, ReportDocument } from './types';

export const FIRST_PAGE_STYLE = `
section.first-page { margin: 0 0 32px; }
section.first-page h1 { text-align: center; margin: 0 0 4px; }
.key-figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 12px; margin: 16px 0; }
.key-figure { border: 1px solid #9aa7b8; border-left: 6px solid #2b4a73; padding: 8px 12px; break-inside: avoid; }
.kf-label { font-weight: bold; }
.kf-value { font-size: 1.9em; font-weight: bold; line-height: 1.2; font-variant-numeric: tabular-nums; white-space: nowrap; }
.kf-unit { font-size: 0.55em; font-weight: normal; }
.kf-detail, .kf-target { font-size: 0.9em; color: #333; }
.kf-percent { font-weight: bold; white-space: nowrap; }
.kf-meter { height: 8px; background: #e3e7ec; margin-top: 4px; }
.kf-meter span { display: block; height: 100%; background: #2b4a73; }
.overview { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 16px 24px; align-items: start; }
.overview .charts { display: flex; flex-direction: column; gap: 16px; }
figure.map { margin: 0; text-align: center; }
figure.map svg { width: 100%; height: auto; max-height: 640px; }
.first-page .charts.long { margin-top: 16px; }
.chart-pieces { display: grid; grid-template-columns: repeat(auto-fit, minmax(360px, 1fr)); gap: 4px 24px; }
`;

function figureValue(value: number | null, figure: KeyFigure): string {
  return withUnit(formatCellText(value, figure.format), figure.unit);
}

function keyFigure(figure: KeyFigure): string {
  const text = formatCellText(figure.value, figure.format);
  const unit = figure.unit === '%' || !figure.unit ? figure.unit : ` ${figure.unit}`;
  const out = [
    `<div class="key-figure" data-key="${escapeHtml(figure.key)}">`,
    `<div class="kf-label">${escapeHtml(figure.label)}</div>`,
    `<div class="kf-value">${escapeHtml(text)}<span class="kf-unit">${escapeHtml(unit)}</span></div>`,
  ];
  if (figure.detail) out.push(`<div class="kf-detail">${escapeHtml(figure.detail)}</div>`);
  if (figure.target !== undefined) {
    const percent = figure.percentOfTarget ?? null;
    const target = `${M.keyFigures.target.th} ${figureValue(figure.target, figure)}`;
    const achieved = `${withUnit(formatCellText(percent, 'percent'), '%')} ${M.keyFigures.ofTarget.th}`;
    out.push(
      `<div class="kf-target">${escapeHtml(target)} · <span class="kf-percent">${escapeHtml(achieved)}</span></div>`,
    );
    // the meter stops at the end of its track: 130 % is a full bar, the number says the rest
    const filled = percent === null ? 0 : Math.max(0, Math.min(100, percent));
    out.push(`<div class="kf-meter" aria-hidden="true"><span style="width: ${filled}%"></span></div>`);
  }
  out.push('</div>');
  return out.join('');
}

function isLong(chart: BarChart): boolean {
  return chart.categories.length > ROWS_PER_PIECE;
}

export function renderFirstPage(doc: ReportDocument): string {
  const lines = doc.subtitle ?? doc.tables[0]?.subtitle ?? [];
  const out = ['<section class="first-page">', `<h1>${escapeHtml(doc.title)}</h1>`];
  for (const line of lines) out.push(`<p class="subtitle">${escapeHtml(line)}</p>`);
  const figures = doc.keyFigures ?? [];
  if (figures.length > 0) {
    out.push(`<h2 class="visually-hidden">${escapeHtml(M.keyFigures.heading.th)}</h2>`);
    out.push(`<div class="key-figures">${figures.map(keyFigure).join('\n')}</div>`);
  }
  // a chart of many categories (76 provinces) goes below the map and the short charts, across the page
  const short = doc.charts.map((chart, i) => ({ chart, id: `chart-${i + 1}` })).filter((c) => !isLong(c.chart));
  const long = doc.charts.map((chart, i) => ({ chart, id: `chart-${i + 1}` })).filter((c) => isLong(c.chart));
  const charts = (list: typeof short, kind: string) =>
    list.length === 0 ? [] : [`<div class="charts ${kind}">`, ...list.map((c) => renderChart(c.chart, c.id)), '</div>'];
  out.push('<div class="overview">');
  // the map is drawn by our own code from the boundaries (never from people's text), so it goes in as it is
  if (doc.mapSvg) out.push(`<figure class="map">${doc.mapSvg}</figure>`);
  out.push(...charts(short, 'short'), '</div>', ...charts(long, 'long'));
  out.push('</section>');
  return out.join('\n');
}
