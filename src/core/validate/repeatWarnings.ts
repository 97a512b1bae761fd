// Once a sheet is read and its links numbered: the rows that repeat an earlier row exactly (counted once) and the links
// reported again, as warnings in row order; and the rows with warnings, counted once every warning is known.

import type { ProblemParams } from '../messages/problems';
import { duplicateRows } from './duplicateRows';
import type { LaoIdentity } from './entry';
import type { EntryTable } from './entryTable';
import { repeatedLinks } from './repeatedLinks';
import type { ValidationSummary } from './types';

export interface RepeatWarning {
  readonly entry: number;
  readonly code: 'DUPLICATE_ROW' | 'LINK_DUPLICATE' | 'LINK_CLAIMED_BY_OTHER';
  readonly params: ProblemParams;
  /** the link warned of, by its place among the entry's links; null for the whole row */
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
    table.markWarned(w.entry);
  };
  const sheetRow = (entry: number) => table.row(entry).sheetRow;
  let d = 0;
  const duplicatesBefore = (entry: number) => {
    for (; d < duplicates.length && duplicates[d].entry < entry; d++) {
      const { entry: repeat, first } = duplicates[d];
      table.markRepeat(repeat);
      warn({ entry: repeat, code: 'DUPLICATE_ROW', params: { firstRow: sheetRow(first) }, link: null });
    }
  };
  for (const { entry, link, first } of repeats) {
    duplicatesBefore(entry);
    if (d < duplicates.length && duplicates[d].entry === entry) continue;
    const owner = table.row(first).identity as LaoIdentity;
    if (owner.key !== (table.row(entry).identity as LaoIdentity).key)
      warn({ entry, code: 'LINK_CLAIMED_BY_OTHER', params: { firstRow: sheetRow(first), otherLao: owner.name }, link });
    else
      warn({
        entry,
        code: 'LINK_DUPLICATE',
        params: first === entry ? { inCell: true } : { firstRow: sheetRow(first) },
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
  for (const row of table.rows()) {
    if (row.warned) warned++;
    if (row.status === 'warning') only++;
  }
  summary.rowsWithWarnings = warned;
  summary.rowsWithWarningsOnly = only;
}
