// A short fingerprint of a row's cells, so a decision taken on a row as listed is never applied to a row changed since.

import { type CellValue, cellText } from '../cell';

// FNV-1a's 32-bit offset basis and prime, as its authors give them
const FNV_START = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** What rowFingerprint gives: what a page sends back is checked against it before it is compared. */
export const FINGERPRINT_SHAPE = /^[0-9a-z]{1,8}\.[0-9a-z]{1,8}$/;

/**
 * FNV-1a over the cells' trimmed texts, each ended by a separator, outside the `skip` columns, with the text's length.
 * Blank cells at the end count for nothing, so a read wider than the row (another column added since) changes nothing.
 */
export function rowFingerprint(cells: readonly CellValue[], skip: ReadonlySet<number>): string {
  const texts = cells.map((v, c) => (skip.has(c) ? '' : cellText(v ?? null).trim()));
  let end = texts.length;
  while (end > 0 && texts[end - 1] === '') end--;
  let h = FNV_START;
  let length = 0;
  for (let c = 0; c < end; c++) {
    const text = `${texts[c]}\u0000`;
    length += text.length;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  }
  return `${(h >>> 0).toString(36)}.${length.toString(36)}`;
}
