// What a roll-up returns: a tree of groups (nation → zone → province → district) with their figures, and who has not reported.

import type { Province } from '../geo/types';
import type { Platform } from '../normalise/links';
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

export interface RollupResult {
  readonly provinces: readonly Province[];
  /** several provinces: the national table grouped by inspection zone */
  readonly national: boolean;
  readonly period: Period | null;
  /** the nation when national, else the one province */
  readonly root: Group;
  readonly nonReporters: readonly NonReporter[];
  readonly problems: { readonly errors: number; readonly warnings: number; readonly byCode: Readonly<Record<string, number>> };
  /** whether a registry gave the expected อปท. (else totals, participation and non-reporters are unknown) */
  readonly withRegistry: boolean;
  /** extra target columns beyond the metrics, by key, with their header and whether they are money */
  readonly extraTargets: readonly { readonly key: string; readonly header: string; readonly money: boolean }[];
}
