// Every problem code the checks can raise, with its severity: the one list the messages, marks and reports key on.

export type Severity = 'error' | 'warning';

export const PROBLEM_SEVERITY = {
  LAO_MISSING: 'error',
  PERSON_MISSING: 'error',
  NOT_A_NUMBER: 'error',
  NEGATIVE_NUMBER: 'error',
  NOT_INTEGER: 'error',
  TOO_MANY_DECIMALS: 'error',
  LINK_INVALID: 'error',
  LINK_NOT_HTTP: 'error',
  DATE_INVALID: 'error',
  MARKETER_MONTH_REPEATED: 'error',
  LINK_UNKNOWN_PLATFORM: 'warning',
  LINK_DUPLICATE: 'warning',
  LINK_CLAIMED_BY_OTHER: 'warning',
  DUPLICATE_ROW: 'warning',
  REVENUE_WITHOUT_SALES: 'warning',
  SALES_WITHOUT_REVENUE: 'warning',
  RESULT_WITHOUT_LINK: 'warning',
  REVENUE_PER_SALE_HIGH: 'warning',
  BELOW_MINIMUM: 'warning',
  NUMBER_IMPLAUSIBLE: 'warning',
  DATE_BUDDHIST_YEAR: 'warning',
  DATE_OUT_OF_RANGE: 'warning',
  DATE_OUTSIDE_PERIOD: 'warning',
  OUTLIER: 'warning',
  TEXT_LOOKS_LIKE_FORMULA: 'warning',
  LAO_UNKNOWN: 'error',
  LAO_AMBIGUOUS: 'error',
  DISTRICT_UNKNOWN: 'error',
  LAO_DISTRICT_MISMATCH: 'warning',
  LAO_OTHER_PROVINCE: 'error',
  // a review status nobody can read: whether the row was approved or returned is unknown, so it is left out until fixed
  REVIEW_STATUS_INVALID: 'error',
  // the row's figures stand; only whether it was on time is unknown (it counts as without a submission time)
  SUBMITTED_AT_INVALID: 'warning',
  // the row's cells no longer give the checksum the entry sidebar wrote: it was edited in the grid, outside the form
  EDITED_OUTSIDE_FORM: 'warning',
} as const satisfies Record<string, Severity>;

export type ProblemCode = keyof typeof PROBLEM_SEVERITY;

export function isProblemCode(code: string): code is ProblemCode {
  return Object.prototype.hasOwnProperty.call(PROBLEM_SEVERITY, code);
}
