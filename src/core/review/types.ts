// What a review of report rows is made of, as plain data: a row as the reviewer sees it, a decision on it, and the act
// the audit trail records (who did what to which row, the values before and after).

import type { ReviewStatus } from '../form/types';
import type { Severity } from '../validate/codes';

/** Which rows the list shows: those awaiting review (the default), or every reported row of the district and period. */
export type ReviewFilter = 'pending' | 'all';

export interface ReviewRow {
  /** the sheet's 1-based row number */
  readonly row: number;
  readonly district: string;
  /** the owner as written (the อปท., or the person of a person-owned form) */
  readonly lao: string;
  /** the row's date as a person reads it (B.E.), or the text typed when it cannot be read */
  readonly date: string;
  readonly status: ReviewStatus;
  /** หมายเหตุผู้ตรวจ as written */
  readonly note: string;
  /** the row's figures and links by the form's labels, as written in the sheet */
  readonly fields: readonly { readonly label: string; readonly value: string }[];
  readonly problems: readonly { readonly severity: Severity; readonly message: string }[];
  /** of the row's cells outside the review columns: a decision on a row changed since is refused, never applied */
  readonly fingerprint: string;
  /** why the row cannot be decided now (its period was certified by the province, Thai); '' when it can */
  readonly closed: string;
}

export type Verdict = 'approve' | 'return';

export interface ReviewDecision {
  readonly row: number;
  readonly verdict: Verdict;
  /** required when returning: why, for the officer who corrects it */
  readonly note: string;
  /** the row's fingerprint as listed */
  readonly fingerprint: string;
}

/** What the audit trail records a person doing (submit and correct come from the entry sidebar). */
export type AuditActKind = Verdict | 'submit' | 'correct' | 'certify' | 'reopen';

/** One act on one row: the review cells (or the row's values) before and after, as text. */
export interface AuditAct {
  readonly kind: AuditActKind;
  readonly row: number;
  readonly owner: string;
  readonly before: string;
  readonly after: string;
}
