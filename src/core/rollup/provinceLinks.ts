// Every province's distinct links as numbers of one numbering, so provinces are compared and counted together by number:
// the run's own numbers when it counted them all, else numbers given afresh to the links' texts (checkpointed results).

import { LinkNumbering } from '../validate/linkNumbering';
import type { ProvinceResult, RunLinks } from './provinceRollup';

export interface NumberedProvinces {
  readonly numbering: LinkNumbering;
  /** by result: its links' numbers, in LinkList order */
  readonly ids: readonly Int32Array[];
}

/** `numbered`, by result: its links in the run's numbering when this run counted it (see countProvince). */
export function numberProvinceLinks(
  results: readonly ProvinceResult[],
  numbered: readonly (RunLinks | null)[] = [],
): NumberedProvinces {
  const run = numbered.find((n) => n !== null)?.numbering;
  // a province without links (none reported) needs no numbers
  const inRun = (r: ProvinceResult, i: number) => r.links.platform.length === 0 || numbered[i]?.numbering === run;
  const numbering = run && results.every(inRun) ? run : new LinkNumbering();
  const ids = results.map((r, i) => {
    const known = numbered[i];
    return known?.numbering === numbering ? known.ids : numbering.numberTexts(r.links.canonical);
  });
  return { numbering, ids };
}
