// Normalises Thai text before it is compared or stored: names arrive with zero-width spaces,
// doubled spaces and sara am typed as nikhahit + sara aa, which look identical on screen.
// Hot path (four cells a row): text that cannot change skips the work, and names, which repeat, are remembered.

import { remember } from '../remember';

const ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/g;
// nikhahit + sara aa, with a tone mark typed between them or not: ก + ํ + ่ + า reads as ก่ำ
const DECOMPOSED_SARA_AM = /\u0E4D([\u0E48-\u0E4B]?)\u0E32/g;
const SPACES = /[\s\u00A0]+/g;
// Anything that one of the steps could change: spaces, zero-width characters, nikhahit, combining accents, or
// characters beyond Thai (where NFC may compose). Plain Thai and ASCII without spaces passes through untouched.
// biome-ignore lint/suspicious/noMisleadingCharacterClass: combining marks are listed as single code points on purpose
const MAY_CHANGE = /[\s\u00A0\u200B-\u200D\uFEFF\u0E4D\u0300-\u036F]|[^\x00-\u0E7F]/;

const remembered = new Map<string, string>();
const REMEMBER_AT_MOST = 20_000;

export function normaliseText(text: string): string {
  if (!MAY_CHANGE.test(text)) return text;
  const known = remembered.get(text);
  if (known !== undefined) return known;
  return remember(remembered, REMEMBER_AT_MOST, text, normalised(text));
}

/** The same for text that will not come again (a cell of links): not remembered, so it does not push names out. */
export function normaliseTextOnce(text: string): string {
  return MAY_CHANGE.test(text) ? normalised(text) : text;
}

// Whether a step has anything to do: a cell of links is long, and most steps would copy it unchanged.
const HAS_ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/;
const NIKHAHIT = '\u0E4D';
// white space other than one plain space: a tab, a line break, a no-break space, or two spaces in a row
const ODD_SPACE = /[^\S ]| {2}/;

function normalised(text: string): string {
  let t = text.normalize('NFC');
  if (HAS_ZERO_WIDTH.test(t)) t = t.replace(ZERO_WIDTH, '');
  if (t.includes(NIKHAHIT)) t = t.replace(DECOMPOSED_SARA_AM, '$1\u0E33');
  if (ODD_SPACE.test(t)) t = t.replace(SPACES, ' ');
  return t.trim();
}
