// Once a sheet is read and its links numbered: the rows that repeat an earlier row exactly (counted once) and the links
// reported again, as warnings in row order; and the rows with warnings, counted once every warning is known.

import type { ProblemParams } from '../messages/problems';
import { duplicateRows } from './duplicateRows';
import type { LaoIdentity } from './entry';
import { DUPLICATE, type EntryTable, OK, WARNED, WARNING } from './entryTable';
import { repeatedLinks } from './repeatedLinks';
import type { ValidationSummary } from './types';

export interface RepeatWarning {
  readonly entry: number;
  readonly code: 'DUPLICATE_ROW' | 'LINK_DUPLICATE' | 'LINK_CLAIMED_BY_OTHER';
  readonly params: ProblemParams;
  /** the link warned of, by its index in the table; null for the whole row */
  readonly link: number | null;
}

/**
 * The warnings, in entry order, with each warned row flagged (an ok row becomes a warning row): the same อปท. with the same
 * link twice, a link another อปท. reported first, and exact duplicate rows. A duplicate row's links are not warned of
 * again: its one warning says it is left out. `newLinksFrom`: the first link number this sheet gave.
 */
export function repeatWarnings(table: EntryTable, newLinksFrom: number, summary: ValidationSummary): RepeatWarning[] {
  const repeats = repeatedLinks(table, newLinksFrom);
  const duplicates = duplicateRows(table, repeats);
  summary.duplicateRows = duplicates.length;
  const out: RepeatWarning[] = [];
  const warn = (w: RepeatWarning) => {
    out.push(w);
    table.flags[w.entry] |= WARNED;
    if (table.status[w.entry] === OK) table.status[w.entry] = WARNING;
  };
  let d = 0;
  const duplicatesBefore = (entry: number) => {
    for (; d < duplicates.length && duplicates[d].entry < entry; d++) {
      table.flags[duplicates[d].entry] |= DUPLICATE;
      warn({
        entry: duplicates[d].entry,
        code: 'DUPLICATE_ROW',
        params: { firstRow: table.row[duplicates[d].first] },
        link: null,
      });
    }
  };
  for (const { entry, link, first } of repeats) {
    duplicatesBefore(entry);
    if (d < duplicates.length && duplicates[d].entry === entry) continue;
    const owner = table.identity[first] as LaoIdentity;
    if (owner.key !== (table.identity[entry] as LaoIdentity).key)
      warn({
        entry,
        code: 'LINK_CLAIMED_BY_OTHER',
        params: { firstRow: table.row[first], otherLao: owner.name },
        link,
      });
    else
      warn({
        entry,
        code: 'LINK_DUPLICATE',
        params: first === entry ? { inCell: true } : { firstRow: table.row[first] },
        link,
      });
  }
  duplicatesBefore(table.size);
  return out;
}

/** Rows with a warning, whatever else they have, and rows whose only problems are warnings. */
export function countWarnedRows(table: EntryTable, summary: ValidationSummary): void {
  let warned = 0;
  let only = 0;
  for (let i = 0; i < table.size; i++) {
    if (table.flags[i] & WARNED) warned++;
    if (table.status[i] === WARNING) only++;
  }
  summary.rowsWithWarnings = warned;
  summary.rowsWithWarningsOnly = only;
}
