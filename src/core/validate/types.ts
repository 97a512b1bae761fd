// What a check of a report sheet returns: each row read, every problem found, and the counts.

import type { SheetHeader } from '../form/headers';
import type { Text } from '../messages/text';
import type { ProblemCode, Severity } from './codes';
import type { EntryTable } from './entryTable';
import type { LinkNumbering } from './linkNumbering';

export interface Problem {
  /** the sheet's own 1-based row number */
  readonly row: number;
  /** column key, or null for a problem of the whole row */
  readonly column: string | null;
  /** the column header as the sheet writes it */
  readonly header: string | null;
  /** 0-based column index in the sheet, or null */
  readonly columnIndex: number | null;
  readonly severity: Severity;
  readonly code: ProblemCode;
  /** the raw value as typed */
  readonly value: string;
  readonly message: Text;
}

export interface ValidationSummary {
  dataRows: number;
  reported: number;
  notReported: number;
  subtotalRows: number;
  blankRows: number;
  rowsWithErrors: number;
  /** rows with at least one warning, including rows that also have an error */
  rowsWithWarnings: number;
  /** rows whose problems are all warnings: counted in the totals */
  rowsWithWarningsOnly: number;
  /** rows that repeat an earlier row exactly (DUPLICATE_ROW): each counts once */
  duplicateRows: number;
}

export interface SheetValidation {
  readonly header: SheetHeader;
  /** reported and not-reported rows, in sheet order: read them with table.rows(), or as objects with table.entries() */
  readonly table: EntryTable;
  readonly problems: Problem[];
  readonly summary: ValidationSummary;
  /** the numbering its links' ids come from: sheets that share it can be rolled up by number */
  readonly linkNumbers: LinkNumbering;
}
