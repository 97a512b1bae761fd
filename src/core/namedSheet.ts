// Finds a workbook's sheet by the name a person reads on its tab: odd spaces and Unicode forms do not tell names apart.

import type { CellValue } from './cell';
import { normaliseText } from './normalise/text';

export function namedSheet<S extends { readonly name: string; readonly rows: readonly CellValue[][] }>(
  sheets: readonly S[],
  name: string,
): S | undefined {
  const wanted = normaliseText(name);
  return sheets.find((s) => normaliseText(s.name) === wanted);
}
