// What a check of a report sheet returns: each row read, every problem found, and the counts.

import type { Text } from '../messages/text';
import type { ParsedDateValue } from '../normalise/dates';
import type { ParsedLink } from '../normalise/links';
import type { SheetHeader } from '../form/headers';
import type { ProblemCode, Severity } from './codes';
import type { EntryTable } from './entryTable';
import type { LinkNumbering } from './linkNumbering';
import type { LaoIdentity } from './validateSheet';

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

export type RowStatus = 'ok' | 'warning' | 'error' | 'not-reported';

export interface Entry {
  readonly row: number;
  status: RowStatus;
  readonly province: string | null;
  readonly district: string | null;
  readonly lao: string | null;
  readonly date: ParsedDateValue | null;
  /** who the row belongs to (the registry match when a registry is in use); null without an อปท. */
  readonly identity: LaoIdentity | null;
  readonly links: readonly ParsedLink[];
  /** counts as integers, money in integer satang; null when blank or unreadable */
  readonly numbers: Readonly<Record<string, number | null>>;
  /** other text columns, normalised */
  readonly texts: Readonly<Record<string, string | null>>;
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
  /** reported and not-reported rows, in sheet order, column by column */
  readonly table: EntryTable;
  /** the same rows as objects, made afresh on each read (roll-ups read the table) */
  readonly entries: readonly Entry[];
  readonly problems: Problem[];
  readonly summary: ValidationSummary;
  /** the numbering its links' ids come from: sheets that share it can be rolled up by number */
  readonly linkNumbers: LinkNumbering;
}
