// Normalises Thai text before it is compared or stored: names arrive with zero-width spaces,
// doubled spaces and sara am typed as nikhahit + sara aa, which look identical on screen.

const ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/g;
// nikhahit + sara aa, with a tone mark typed between them or not: ก + ํ + ่ + า reads as ก่ำ
const DECOMPOSED_SARA_AM = /\u0E4D([\u0E48-\u0E4B]?)\u0E32/g;
const SPACES = /[\s\u00A0]+/g;

export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(DECOMPOSED_SARA_AM, '$1\u0E33')
    .replace(SPACES, ' ')
    .trim();
}
