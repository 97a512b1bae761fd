// The fidelity probe's record: what runProbe writes into cell A1 of its tab, and what tests/fidelity/recorded.json holds
// (the same shape, so a deployer copies the one into the other). Pure data: the probe, its test and the bench read it.

export const PROBE_TAB = 'probe';
/** The block the timings move: a province file's size in the bench (2,000 rows × 12 columns) */
export const BLOCK = { rows: 2000, columns: 12 } as const;
export const TRIGGER_AFTER_MS = 60_000;
export const TRIGGER_HANDLER = 'probeTriggerFired';

/** The facts compared value for value with recorded.json */
export const FACT_NAMES = [
  'emptySheetValues',
  'openByIdActiveSheet',
  'insertSheetActivates',
  'spreadsheetTimeZone',
  'scriptTimeZone',
  'openByIdBadIdMessage',
  'activeUserEmailBlank',
  'temporaryActiveUserKeyNonBlank',
  'oneOffTriggerFires',
  'triggerWaitsAtLeastAfter',
] as const;
export type FactName = (typeof FACT_NAMES)[number];

/** The timings in ms, compared by presence and type only (the twin's clock is not Google's) */
export const TIMING_NAMES = ['openById', 'getSheetValues', 'setValues', 'setBackgrounds', 'triggerDelay'] as const;
export type TimingName = (typeof TIMING_NAMES)[number];

export interface Fact {
  /** JSON: a value, or { error: message } when the call threw; null while the trigger has not fired */
  value: unknown;
  /** where the value comes from: a reference page URL, "unconfirmed: assumed …", or the probe's own run */
  source: string;
}

export interface ProbeRecord {
  measuredOnRealSheets: boolean;
  /** when the probe ran (ms since the epoch); null in a file written from the reference */
  recordedAtMs: number | null;
  howToRead: string;
  facts: Record<FactName, Fact>;
  timingsMs: { value: Record<TimingName, number | null>; source: string };
  /** the one-off trigger: made at, fired at (ms since the epoch), for the deployer to see it ran */
  trigger: { createdAtMs: number | null; firedAtMs: number | null };
}
