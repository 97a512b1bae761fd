// Orders Thai text as a Thai reader expects without Intl (whose output Apps Script does not guarantee): by consonant first,
// so the leading vowels เ แ โ ใ ไ do not push names to the end as plain code-point order does.

// a leading vowel at the start of a word (also after a prefix's dot) sorts after the consonant it is written before
const LEADING_VOWEL = /(^|[.\s])([\u0E40-\u0E44])([\u0E01-\u0E2E])/g;

function thaiKey(text: string): string {
  return text.replace(LEADING_VOWEL, '$1$3$2');
}

export function collateThai(a: string, b: string): number {
  const ka = thaiKey(a);
  const kb = thaiKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
