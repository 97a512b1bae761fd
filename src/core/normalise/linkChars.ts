// The characters of a link: the classes its scheme and host are made of, and the punctuation people glue to its end.

// Characters people glue to the end of a link in a sentence. ')' and ']' only count when unmatched,
// because Wikipedia-style paths end in a balanced ')'.
export const TRAILING_PUNCTUATION: ReadonlySet<number> = new Set(
  ['.', ',', ';', ':', '!', '?', '"', "'", '>', '”', '’', '»', '…'].map((c) => c.charCodeAt(0)),
);
export const OPEN_PAREN = 0x28;
export const CLOSE_PAREN = 0x29;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;
export const SLASH = 0x2f;
export const QUESTION = 0x3f;
export const HASH = 0x23;
export const COLON = 0x3a;
export const DOT = 0x2e;

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** Drops sentence punctuation glued to the end of a link. */
export function trimTrailing(s: string): string {
  let end = s.length;
  // Bracket counts are taken once, and only when a closing bracket is met, so a run of ')' stays linear.
  let counts: number[] | null = null;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (c === CLOSE_PAREN || c === CLOSE_BRACKET) {
      if (counts === null) counts = bracketCounts(s, end);
      const paren = c === CLOSE_PAREN;
      if (paren ? counts[0] >= counts[1] : counts[2] >= counts[3]) break;
      counts[paren ? 1 : 3]--;
    } else if (!TRAILING_PUNCTUATION.has(c)) {
      break;
    }
    end--;
  }
  return end === s.length ? s : s.slice(0, end);
}

/** [open parens, close parens, open brackets, close brackets] in s before end. */
function bracketCounts(s: string, end: number): number[] {
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === OPEN_PAREN) counts[0]++;
    else if (c === CLOSE_PAREN) counts[1]++;
    else if (c === OPEN_BRACKET) counts[2]++;
    else if (c === CLOSE_BRACKET) counts[3]++;
  }
  return counts;
}
