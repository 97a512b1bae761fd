// The shape of a report form declaration: columns, how each is recognised, typed, checked and rolled up.
// Validation, header detection, the sidebar and the reports all read one declaration of this shape.

import type { Text } from '../messages/text';

/** How a column's cells are read: `review` a review status (see ReviewChoices), `dateTime` a date with a time of day. */
export type ValueType = 'sequence' | 'date' | 'text' | 'links' | 'count' | 'money' | 'review' | 'dateTime';

/**
 * What a column means to the checks and roll-ups that need to find it whatever its key. A row's owner is the `lao`
 * column (an อปท., matched to the registry when there is one) or the `person` column (a person named as written).
 */
export type ColumnRole =
  | 'lao'
  | 'person'
  | 'district'
  | 'province'
  | 'date'
  | 'links'
  /** the reviewer's verdict on the row (ผลการตรวจสอบ) */
  | 'review'
  /** the reviewer's reason (หมายเหตุผู้ตรวจ) */
  | 'reviewNote'
  /** when the row was submitted (เวลาที่ส่ง, the hidden column the sidebar writes) */
  | 'submittedAt';

/** The roles that say who a row belongs to: a form declares exactly one of them. */
export const OWNER_ROLES: readonly ColumnRole[] = ['lao', 'person'];

/** The roles of columns the reviewer or the sidebar writes, never the officer: no entry field, and no content of a row. */
export const BOOKKEEPING_ROLES: readonly ColumnRole[] = ['review', 'reviewNote', 'submittedAt'];

/** A row's review status, as the roll-up counts it. */
export type ReviewStatus = 'approved' | 'returned' | 'pending';

/** The texts a review column accepts for each status (compared without case and spaces); a blank cell is pending. */
export type ReviewChoices = Readonly<Record<ReviewStatus, readonly string[]>>;

/** How a number column is rolled up. */
export type Rollup = 'sum';

export interface ColumnSpec {
  readonly key: string;
  /** canonical header as the official sheet writes it */
  readonly header: string;
  readonly label: Text;
  /** other headers people use for the same column; case, spaces, line breaks, `()` units and a trailing `:` are ignored */
  readonly variants: readonly string[];
  readonly type: ValueType;
  readonly role?: ColumnRole;
  /** a reported row must have it */
  readonly required: boolean;
  /** official sheets merge this cell down a block of rows: a blank cell takes the value above */
  readonly fillDown?: boolean;
  readonly rollup?: Rollup;
  /** unit as written after numbers and in headers, e.g. ครั้ง */
  readonly unit?: Text;
  /** above this in a single row the figure is flagged as implausible */
  readonly plausibleMax?: number;
  /** how the entry sidebar shows the column, beyond what its type and role say */
  readonly entry?: ColumnEntry;
  /** a `review` column's accepted texts: the first of each list is the one written */
  readonly choices?: ReviewChoices;
}

/** The entry sidebar's reading of a column: its input comes from the type and role, these only refine it. */
export interface ColumnEntry {
  /** a box of several lines (a note) instead of one line */
  readonly multiline?: boolean;
  /** a hint of the column's own under its label, e.g. the minimum a month needs */
  readonly hint?: Text;
  /** a date column whose values are months (ต.ค. 2563): the sidebar offers a month and a B.E. year, not a day */
  readonly month?: boolean;
}

/** Checks across the fields of one row, declared as data so another form can reuse them with its own keys. */
export type RowRule =
  | { readonly code: string; readonly kind: 'positiveRequiresPositive'; readonly when: string; readonly then: string }
  | { readonly code: string; readonly kind: 'positiveRequiresLink'; readonly when: readonly string[] }
  | {
      readonly code: string;
      readonly kind: 'ratioAbove';
      readonly numerator: string;
      readonly denominator: string;
      readonly max: number;
    }
  | {
      readonly code: string;
      readonly kind: 'atLeast';
      readonly column: string;
      readonly min: number;
      /** the period the minimum is for, as the message says it: เดือน in "4 คลิปต่อเดือน" */
      readonly per?: Text;
    };

/** A figure the roll-up counts of the rows' owners rather than sums from their cells. */
export interface OwnerFigure {
  /** its key in the JSON, and the key a targets column is matched to */
  readonly key: string;
  readonly label: Text;
  readonly unit: Text;
}

/**
 * What a roll-up counts of the owners: distinct owners (compared with a target, e.g. เป้าหมาย (คน)) and, for a form
 * whose owners report once a month, the owner-months reported and those with every minimum met (and their %).
 */
export interface OwnerFigures {
  readonly owners: OwnerFigure & {
    readonly targetHeaders: readonly string[];
    /** one owner, as the per-owner table's name says it: นักการตลาด in รายนักการตลาด */
    readonly noun: Text;
  };
  readonly months?: OwnerFigure;
  readonly monthsMeetingMinimums?: OwnerFigure & { readonly percentKey: string };
}

export interface FormSpec {
  readonly id: string;
  readonly title: Text;
  /** the roll-up report's title; without it, the DLA activity's */
  readonly summaryTitle?: Text;
  /** the report's source line; without it, DLA's */
  readonly source?: Text;
  readonly columns: readonly ColumnSpec[];
  /** a header row must hold every key of `all` and at least one of `anyOf` */
  readonly headerRequires: { readonly all: readonly string[]; readonly anyOf: readonly string[] };
  readonly rowRules: readonly RowRule[];
  /** dates before this (ISO yyyy-mm-dd) are flagged: the activity had not started */
  readonly activityStart: string;
  /** an owner reports once a month: a second counted row of the same owner and month is the error `code`, naming the first */
  readonly oncePerMonth?: { readonly code: string };
  /** without it, the roll-up counts participating อปท. (laosReported) as the DLA form does */
  readonly ownerFigures?: OwnerFigures;
}
