// The plain-JSON shapes that cross google.script.run between the ตรวจรับข้อมูล sidebar and the server: the rows pending
// review of a district and period with their problems, the reviewer's decisions, and what was recorded. No Date anywhere.

import type { ReviewStatus } from '../../core/form/types';
import type { ReviewDecision, ReviewFilter, ReviewRow } from '../../core/review/types';
import type { PeriodChoice } from '../dialogs/periodDialog';

export type { ReviewDecision, ReviewFilter, ReviewRow } from '../../core/review/types';

export interface ReviewContextReady {
  readonly ok: true;
  readonly sheetName: string;
  /** the districts of the registry (else those written in the sheet) */
  readonly districts: readonly string[];
  readonly periods: readonly PeriodChoice[];
  /** what the list shows; '' district: every district */
  readonly chosen: { readonly district: string; readonly period: string; readonly filter: ReviewFilter };
  readonly rows: readonly ReviewRow[];
  /** the reported rows of the district and period by status, whatever the filter */
  readonly counts: Readonly<Record<ReviewStatus, number>>;
  /** more rows matched than the list carries: the first `rows.length` are shown */
  readonly truncated: boolean;
}

export type ReviewContext = ReviewContextReady | { readonly ok: false; readonly message: string };

/** What the sidebar asks for; a blank period is the current fiscal year, a blank district every district. */
export interface ReviewQuery {
  readonly district: string;
  readonly period: string;
  readonly filter: ReviewFilter;
}

export interface ReviewPayload {
  readonly decisions: readonly ReviewDecision[];
}

export interface ReviewAnswer {
  readonly ok: boolean;
  /** Thai: what was recorded, or why nothing was */
  readonly message: string;
  /** the rows whose review was written */
  readonly recorded: readonly number[];
  /** rows left as they were, each with why (changed since listed, no longer in the sheet) */
  readonly refused: readonly { readonly row: number; readonly message: string }[];
}
