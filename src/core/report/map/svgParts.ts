// The SVG pieces both maps share: the frame and headings, the fill patterns, one area's path with its tooltip, the legend
// and the attribution line. Plain strings, every text escaped, no script and no external asset.

import { mapText } from '../../messages/map';
import { escapeHtml } from '../html';
import { CLASS_COLOURS, classLabels, figureText, noDataFill, notApplicableFill } from './colourScale';
import type { AreaLines, AreaValues, MapInput } from './mapTypes';

export const SVG_NS = 'http://www.w3.org/2000/svg';
/** The thin line between areas and the heavy one between zones (or around the province). */
export const AREA_STROKE = '#737373';
export const HEAVY_STROKE = '#1a1a1a';
const TEXT_COLOUR = '#1a1a1a';
const FONT = "Sarabun, 'TH Sarabun New', 'TH SarabunPSK', sans-serif";

export interface Frame {
  readonly width: number;
  readonly height: number;
}

/** A value by area key from a Map or a plain object. */
export function lookupValue(values: AreaValues, key: string): number | null | undefined {
  if (values instanceof Map) return values.get(key);
  return Object.prototype.hasOwnProperty.call(values, key) ? (values as Record<string, number | null>)[key] : undefined;
}

export function lookupLines(lines: AreaLines | undefined, key: string): readonly string[] {
  if (lines === undefined) return [];
  if (lines instanceof Map) return lines.get(key) ?? [];
  return Object.prototype.hasOwnProperty.call(lines, key) ? (lines as Record<string, readonly string[]>)[key] : [];
}

/** The tooltip of an area: its name, the metric's figure (or why there is none), then the caller's lines. */
export function tooltip(name: string, figureLine: string, extra: readonly string[]): string {
  return `<title>${escapeHtml([name, figureLine, ...extra].join('\n'))}</title>`;
}

/** The metric's line in a tooltip: "อัตราการรายงาน: 85.2 %", or ": ไม่มีข้อมูล". */
export function figureLine(input: MapInput, value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return `${input.metricLabel}: ${mapText.noData.th}`;
  return `${input.metricLabel}: ${figureText(value)}${input.unit === '' ? '' : ` ${input.unit}`}`;
}

/** The opening of the SVG with its patterns and headings. */
export function svgOpen(frame: Frame, input: MapInput, idPrefix: string): string {
  const { width, height } = frame;
  const parts = [
    `<svg xmlns="${SVG_NS}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img"` +
      ` aria-label="${escapeHtml(input.title)}" font-family="${FONT}" fill="${TEXT_COLOUR}">`,
    `<title>${escapeHtml(input.title)}</title>`,
    '<defs>',
    `<pattern id="${idPrefix}-na" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
      `<rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#636363" stroke-width="2"/></pattern>`,
    `<pattern id="${idPrefix}-nodata" width="5" height="5" patternUnits="userSpaceOnUse">` +
      `<rect width="5" height="5" fill="#ffffff"/><circle cx="2.5" cy="2.5" r="1" fill="#636363"/></pattern>`,
    '</defs>',
    `<text x="${width / 2}" y="28" text-anchor="middle" font-size="20" font-weight="bold">${escapeHtml(input.title)}</text>`,
  ];
  if (input.subtitle) {
    parts.push(
      `<text x="${width / 2}" y="50" text-anchor="middle" font-size="14">${escapeHtml(input.subtitle)}</text>`,
    );
  }
  return parts.join('');
}

function swatch(x: number, y: number, fill: string, label: string): string {
  return (
    `<g class="legend-item"><rect x="${x}" y="${y}" width="22" height="14" fill="${fill}" stroke="${AREA_STROKE}" stroke-width="0.5"/>` +
    `<text x="${x + 30}" y="${y + 12}" font-size="13">${escapeHtml(label)}</text></g>`
  );
}

export interface LegendOptions {
  readonly x: number;
  readonly y: number;
  readonly idPrefix: string;
  readonly breaks: readonly number[];
  readonly notApplicable: boolean;
  /** what the heavy line means: zone boundary or province boundary */
  readonly heavyLine: string;
}

// about what 14 px bold Thai fills in the 200 units beside either map
const LEGEND_LINE_CHARS = 24;

/** The legend's heading in at most two lines, so it fits beside the map: the name, then what is in its parentheses. */
function headingLines(input: MapInput): string[] {
  const label = input.metricLabel;
  const inLabel = input.unit === '' || label.includes('ร้อยละ') || label.includes(input.unit);
  const heading = inLabel ? label : `${label} (${input.unit})`;
  const open = heading.indexOf(' (');
  return open > 0 && heading.length > LEGEND_LINE_CHARS ? [heading.slice(0, open), heading.slice(open + 1)] : [heading];
}

/** The legend: the metric's name, the 5 classes from the highest down, no data, not applicable, and the heavy line. */
export function legend(input: MapInput, options: LegendOptions): string {
  const { x, idPrefix } = options;
  const lines = headingLines(input);
  const parts = [
    `<g class="legend">`,
    ...lines.map(
      (line, i) =>
        `<text x="${x}" y="${options.y + i * 17}" font-size="14" font-weight="bold">${escapeHtml(line)}</text>`,
    ),
  ];
  let y = options.y + 10 + (lines.length - 1) * 17;
  const labels = classLabels(options.breaks, input.unit);
  for (let i = CLASS_COLOURS.length - 1; i >= 0; i--, y += 20) parts.push(swatch(x, y, CLASS_COLOURS[i], labels[i]));
  parts.push(swatch(x, y, noDataFill(idPrefix), mapText.noData.th));
  y += 20;
  if (options.notApplicable) {
    parts.push(swatch(x, y, notApplicableFill(idPrefix), mapText.notApplicable.th));
    y += 20;
  }
  parts.push(
    `<line x1="${x}" y1="${y + 7}" x2="${x + 22}" y2="${y + 7}" stroke="${HEAVY_STROKE}" stroke-width="1.6"/>` +
      `<text x="${x + 30}" y="${y + 12}" font-size="13">${escapeHtml(options.heavyLine)}</text></g>`,
  );
  return parts.join('');
}

/** The attribution line the boundary licence asks for, at the foot of the map. */
export function attribution(frame: Frame): string {
  return (
    `<text class="attribution" x="${frame.width - 8}" y="${frame.height - 8}" text-anchor="end" font-size="11">` +
    `${escapeHtml(mapText.attribution.th)}</text>`
  );
}
