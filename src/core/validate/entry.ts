// One row of a report sheet as a check reads it: its status, who it belongs to, its date, links and figures.

import type { ReviewStatus } from '../form/types';
import type { ProblemParams } from '../messages/problems';
import type { ParsedDateValue } from '../normalise/dates';
import type { ParsedLink } from '../normalise/links';
import type { Lao } from '../registry/types';
import type { ProblemCode } from './codes';

export type RowStatus = 'ok' | 'warning' | 'error' | 'not-reported';

/** Who a row belongs to: the registry match in roll-ups, the typed name otherwise. */
export interface LaoIdentity {
  readonly key: string;
  readonly name: string;
  /** the registry's อปท., when a registry is in use and the name matched */
  readonly lao?: Lao;
  readonly problems?: readonly {
    readonly code: ProblemCode;
    readonly column: string;
    readonly params: ProblemParams;
  }[];
}

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
  /** the reviewer's verdict (pending when the sheet has no review column) */
  readonly review?: ReviewStatus;
  /** when the row was submitted, ms since 1970 (UTC); null when unknown */
  readonly submittedAt?: number | null;
}
