// What a national consolidation knows about each province besides its figures: where its report came from, whether it could be
// read, and the links it shares with other provinces. Plain data (JSON-safe): the Apps Script side checkpoints it between runs.

import type { Province } from '../geo/types';
import type { SourceStatusKey } from '../messages/consolidate';
import type { Text } from '../messages/text';
import type { Platform } from '../normalise/links';
import type { PeriodCertification } from '../review/certification';
import type { ProvinceResult } from '../rollup/provinceRollup';

/**
 * ok: read and rolled up · noPermission / notFound: the source could not be opened, for that reason (a file the CLI reads, a
 * register row that is no link) · cannotOpen: Google refused to open it without saying why · noHeader: opened, no report header ·
 * noProvince: a report whose province cannot be told · unreadable: damaged or of an unreadable type · notReported: nothing yet.
 */
export type SourceStatus = SourceStatusKey;

export interface ProvinceStatus {
  /** null for a source whose province could not be told (listed after the provinces) */
  readonly province: Province | null;
  /** where the report was read: a file name, or a spreadsheet URL/id and tab; several sources one per line; '' when none */
  readonly source: string;
  readonly status: SourceStatus;
  /** report rows read (reported and not-reported lines, without blank and subtotal rows) */
  readonly rowsRead: number;
  /** problems found, by severity (the rows they are on are listed in the problems table) */
  readonly errors: number;
  readonly warnings: number;
  /** ISO date (yyyy-mm-dd, or yyyy-mm for a month-only entry) of the latest submission found; null when none */
  readonly latestSubmission: string | null;
  /** what exactly went wrong with a source, e.g. the file reader's message; null when nothing did */
  readonly detail: Text | null;
  /** where the consolidation's period stands in the source's การรับรองผล sheet; null without a period or without that sheet */
  readonly certification: PeriodCertification | null;
}

/** One province's part of a consolidation: its figures and its status, saved together after each province. */
export interface ProvinceConsolidation {
  readonly result: ProvinceResult;
  readonly status: ProvinceStatus;
}

/** A canonical link reported in more than one province. */
export interface CrossProvinceLink {
  readonly canonical: string;
  readonly platform: Platform;
  /** Thai names, in DOPA code order */
  readonly provinces: readonly string[];
  readonly provinceCodes: readonly string[];
}
