// The report's type for the HTML and the PDF: Sarabun (the open revision of TH Sarabun, the cabinet's national font) from
// @fontsource/sarabun, its Thai and Latin subsets in regular and bold, as @font-face rules with base64 data URLs so the
// page fetches nothing.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The subsets a Thai report needs (Thai script; Latin for digits, punctuation, links) and the weights it sets. */
export const SARABUN_SUBSETS = ['thai', 'latin'] as const;
export const SARABUN_WEIGHTS = [400, 700] as const;

/** The folder npm installed @fontsource/sarabun in, found the way Node finds it (from build/ when bundled, src/ under tests). */
function fontsourceDir(): string {
  return dirname(require.resolve('@fontsource/sarabun/package.json'));
}

const cached = new Map<string, string>();

/**
 * @font-face rules for family "Sarabun", one per subset and weight, each limited to the unicode-range fontsource declares
 * for the subset (its unicode.json holds the ranges its CSS files carry), so a browser uses the Thai file for Thai only.
 * `weights` picks some of the faces (the PDF footer needs the regular one only).
 */
export function sarabunFontCss(weights: readonly number[] = SARABUN_WEIGHTS): string {
  const key = weights.join(',');
  const known = cached.get(key);
  if (known !== undefined) return known;
  const dir = fontsourceDir();
  const ranges = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  const rules: string[] = [];
  for (const subset of SARABUN_SUBSETS) {
    const range = ranges[subset];
    if (!range) throw new Error(`@fontsource/sarabun declares no unicode-range for ${subset}`);
    for (const weight of weights) {
      const file = join(dir, 'files', `sarabun-${subset}-${weight}-normal.woff2`);
      const data = readFileSync(file).toString('base64');
      rules.push(
        [
          '@font-face {',
          "  font-family: 'Sarabun';",
          '  font-style: normal;',
          '  font-display: swap;',
          `  font-weight: ${weight};`,
          `  src: url(data:font/woff2;base64,${data}) format('woff2');`,
          `  unicode-range: ${range};`,
          '}',
        ].join('\n'),
      );
    }
  }
  const css = rules.join('\n');
  cached.set(key, css);
  return css;
}
