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
