// Formats numbers for people (1,500 / 1,500.25) without Intl, whose output Apps Script does not guarantee.

export function groupThousands(n: number, decimals = 0): string {
  const negative = n < 0;
  const fixed = Math.abs(n).toFixed(decimals);
  const [whole, frac] = fixed.split('.');
  let grouped = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += ',';
    grouped += whole[i];
  }
  return (negative ? '-' : '') + grouped + (frac ? `.${frac}` : '');
}

/** Baht from integer satang, always with two decimals: 150025 → "1,500.25". */
export function formatSatang(satang: number): string {
  return groupThousands(satang / 100, 2);
}

/**
 * Rounds half away from zero at `decimals`, as Excel's number formats do, after trimming binary noise
 * (1.005 is stored as 1.00499…; Excel shows 1.01). Never returns -0, so "-0" and "-0.00" cannot appear.
 */
function roundLikeExcel(n: number, decimals: number): number {
  const scale = 10 ** decimals;
  const scaled = Number((Math.abs(n) * scale).toPrecision(15));
  const rounded = Math.round(scaled) / scale;
  return n < 0 && rounded !== 0 ? -rounded : rounded;
}

/** A whole number as the xlsx format #,##0 shows it: 1234.4 → "1,234". */
export function formatInteger(n: number): string {
  return groupThousands(roundLikeExcel(n, 0));
}

/** Baht (not satang) with two decimals, as the xlsx format #,##0.00 shows it: 1500.25 → "1,500.25". */
export function formatMoney(baht: number): string {
  return formatSatang(Math.round(roundLikeExcel(baht, 2) * 100));
}

/** A percentage number (12.5 means 12.5 %) with one decimal, like the xlsx format 0.0: 12.5 → "12.5", 7 → "7.0" (grouped past 999). */
export function formatPercent(percent: number): string {
  return groupThousands(roundLikeExcel(percent, 1), 1);
}
