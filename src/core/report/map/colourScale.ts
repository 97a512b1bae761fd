// The maps' five value classes and their colours (ColorBrewer YlGnBu: lightness falls class by class, so the classes stay
// apart printed in grey and for colour-blind readers), plus the fills of areas without data or outside the scope.

import { formatPercent, groupThousands } from '../../format/number';

/** ColorBrewer YlGnBu, 5 classes, lightest (lowest) first; CIELAB lightness ≈ 99, 83, 68, 50, 26. */
export const CLASS_COLOURS: readonly string[] = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];

/** Lower bounds of classes 2-5 when the caller gives none: 0–<20, 20–<40, 40–<60, 60–<80, ≥80. */
export const DEFAULT_BREAKS: readonly number[] = [20, 40, 60, 80];

/** The hatched fill of an area outside the map's scope (Bangkok, which the DLA does not administer). */
export function notApplicableFill(idPrefix = 'map'): string {
  return `url(#${idPrefix}-na)`;
}

/** The dotted fill of an area without a figure. */
export function noDataFill(idPrefix = 'map'): string {
  return `url(#${idPrefix}-nodata)`;
}

/** Throws on breaks that cannot make 5 classes: a caller's bug, not something a person typed. */
export function checkBreaks(breaks: readonly number[]): void {
  const ascending = breaks.every((b, i) => Number.isFinite(b) && (i === 0 || b > breaks[i - 1]));
  if (breaks.length !== CLASS_COLOURS.length - 1 || !ascending) {
    throw new RangeError(
      `Map breaks must be ${CLASS_COLOURS.length - 1} ascending numbers, got [${breaks.join(', ')}]`,
    );
  }
}

/** The class (0-4) of a value: how many breaks it reaches (a value equal to a break belongs to the upper class). */
export function valueClass(value: number, breaks: readonly number[] = DEFAULT_BREAKS): number {
  return breaks.filter((b) => value >= b).length;
}

/** The colour of a class 0-4. */
export function classColour(classIndex: number): string {
  const colour = CLASS_COLOURS[classIndex];
  if (colour === undefined) throw new RangeError(`No map class ${classIndex}`);
  return colour;
}

/** An area's fill: its class colour, or the no-data pattern for null, undefined or NaN. */
export function valueFill(
  value: number | null | undefined,
  breaks: readonly number[] = DEFAULT_BREAKS,
  idPrefix = 'map',
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return noDataFill(idPrefix);
  return classColour(valueClass(value, breaks));
}

function breakText(n: number): string {
  return Number.isInteger(n) ? groupThousands(n) : formatPercent(n);
}

/** The legend's class labels: "0–<20 %", "20–<40 %", …, "≥80 %" (the first "<20 %" when its bound is not above 0). */
export function classLabels(breaks: readonly number[] = DEFAULT_BREAKS, unit = '%'): string[] {
  const suffix = unit === '' ? '' : ` ${unit}`;
  const labels = breaks.map((upper, i) => {
    if (i > 0) return `${breakText(breaks[i - 1])}–<${breakText(upper)}${suffix}`;
    return upper > 0 ? `0–<${breakText(upper)}${suffix}` : `<${breakText(upper)}${suffix}`;
  });
  labels.push(`≥${breakText(breaks[breaks.length - 1])}${suffix}`);
  return labels;
}

/** A figure as the tooltips show it: one decimal, grouped ("1,234.5"). */
export function figureText(value: number): string {
  return formatPercent(value);
}
