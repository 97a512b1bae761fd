// What a roll-up returns: a tree of groups (nation → zone → province → district) with their figures, and who has not reported.

import type { Province } from '../geo/types';
import type { Text } from '../messages/text';
import type { Platform } from '../normalise/links';
import type { Deadline } from '../period/deadline';
import type { Period } from '../period/period';
import type { LaoType } from '../registry/types';

export type Level = 'nation' | 'zone' | 'province' | 'district';

export interface Group {
  readonly level: Level;
  /** stable key: DOPA code, zone number, or the typed district name when there is no registry */
  readonly key: string;
  readonly name: string;
  readonly code: string | null;
  /** อปท. the registry expects here; null when no registry covers the group */
  laosTotal: number | null;
  laosReported: number;
  /** laosReported / laosTotal in % with one decimal; null without a registry */
  participation: number | null;
  /** reported rows without errors (in the period) */
  entries: number;
  /** distinct canonical links (not additive across groups) */
  links: number;
  linksByPlatform: Partial<Record<Platform, number>>;
  /** summed metrics by key: counts as integers, money in satang */
  sums: Record<string, number>;
  rowsWithErrors: number;
  rowsWithWarnings: number;
  /** rows left out because a period was asked for and they have no date */
  undated: number;
  /** rows the reviewer sent back (ส่งกลับแก้ไข): left out of every figure */
  rowsReturned: number;
  /** rows awaiting review (blank or รอตรวจ): counted, except in an approved-only roll-up */
  rowsPending: number;
  /** counted rows without a readable submission time (เวลาที่ส่ง): none of them is on time */
  rowsWithoutSubmissionTime: number;
  /** อปท. whose earliest counted row was submitted by the period's deadline; null without a period */
  laosOnTime: number | null;
  /** laosOnTime / laosTotal in % with one decimal; null without a period or a registry */
  onTimeRate: number | null;
  /** targets by metric key (money in satang), including extra target columns */
  targets: Record<string, number>;
  /** % of target achieved, one decimal, for metrics that have both */
  achievement: Record<string, number | null>;
  /** a report was read for this group (false: shown as not reported) */
  hasReport: boolean;
  children: Group[];
}

export interface NonReporter {
  readonly code: string;
  readonly type: LaoType;
  /** type-prefixed: อบต.บ้านใหม่ */
  readonly name: string;
  readonly district: string;
  readonly districtCode: string;
  readonly province: string;
  readonly provinceCode: string;
}

/** One owner of a province as the per-owner table shows them. */
export interface OwnerSummary {
  readonly provinceCode: string;
  readonly province: string;
  readonly name: string;
  /** months reported (an undated row is a month of its own) */
  readonly months: number;
  readonly monthsMeetingMinimums: number;
  /** the form's minimums this owner fell short of, with in how many months: most often first, then in form order */
  readonly short: readonly { readonly key: string; readonly label: Text; readonly months: number }[];
}

export interface RollupResult {
  readonly provinces: readonly Province[];
  /** several provinces: the national table grouped by inspection zone */
  readonly national: boolean;
  readonly period: Period | null;
  /** the nation when national, else the one province */
  readonly root: Group;
  readonly nonReporters: readonly NonReporter[];
  /** a monthly form's owners, province by province (see OwnerMonthTally); empty for other forms */
  readonly owners: readonly OwnerSummary[];
  readonly problems: {
    readonly errors: number;
    readonly warnings: number;
    readonly byCode: Readonly<Record<string, number>>;
  };
  /** whether a registry gave the expected อปท. (else totals, participation and non-reporters are unknown) */
  readonly withRegistry: boolean;
  /** extra target columns beyond the metrics, by key, with their header and whether they are money */
  readonly extraTargets: readonly { readonly key: string; readonly header: string; readonly money: boolean }[];
  /** sources of one province that repeat an earlier one, each read once (see readOnce), in input order */
  readonly overlaps: readonly SourceOverlap[];
  /** only approved rows were counted (pending ones are in rowsPending, left out) */
  readonly approvedOnly?: boolean;
  /** the period's deadline, against which on time is judged; null without a period */
  readonly deadline?: Deadline | null;
  /**
   * provinces that reported but are not counted, having not certified the period (--certified-only), by code: their
   * rows say so, and their อปท. are not listed as not reporting
   */
  readonly uncounted?: readonly string[];
}

/** A source (a sheet of a file) that repeats an earlier source of its province. */
export interface SourceOverlap {
  /** the source, by its place in the roll-up's input, and the earlier source it repeats */
  readonly index: number;
  readonly file: string;
  readonly sheet: string;
  readonly earlierIndex: number;
  readonly earlierFile: string;
  readonly earlierSheet: string;
  /** null: the same content, so the source is left out whole; else how many of its rows the earlier source holds (left out) */
  readonly rows: number | null;
  /** what happened, to tell people */
  readonly message: Text;
}
