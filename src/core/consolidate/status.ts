// Builds a province's status from its sources: one per source read (or not), merged into one row per province,
// and the Thai/English explanation of what the province should do.

import type { Province } from '../geo/types';
import { consolidateMessages as M } from '../messages/consolidate';
import type { Text } from '../messages/text';
import type { PeriodCertification } from '../review/certification';
import type { SheetValidation } from '../validate/types';
import { mergeCertifications } from './certification';
import type { ProvinceStatus, SourceStatus } from './types';

/** When a province's sources differ, the row shows the first of these: a source that failed hides nothing behind an "ok". */
export const STATUS_PRECEDENCE: readonly SourceStatus[] = [
  'noPermission',
  'notFound',
  'cannotOpen',
  'unreadable',
  'noHeader',
  'noProvince',
  'ok',
  'notReported',
];

/** A source that could not be used; `province` is what its name or the caller says, or null. */
export function failedStatus(
  source: string,
  status: Exclude<SourceStatus, 'ok'>,
  province: Province | null,
  detail: Text | null,
): ProvinceStatus {
  return {
    province,
    source,
    status,
    rowsRead: 0,
    errors: 0,
    warnings: 0,
    latestSubmission: null,
    detail,
    certification: null,
  };
}

/** A province no source was found for. */
export function notReportedStatus(province: Province): ProvinceStatus {
  return failedStatus('', 'notReported', province, null);
}

/** A source that was read and checked: ok, or notReported when it has no reported line yet. */
export function checkedStatus(
  province: Province,
  source: string,
  validation: SheetValidation,
  latestSubmission: string | null,
  certification: PeriodCertification | null = null,
): ProvinceStatus {
  let errors = 0;
  for (const p of validation.problems) if (p.severity === 'error') errors++;
  return {
    province,
    source,
    status: validation.summary.reported > 0 ? 'ok' : 'notReported',
    rowsRead: validation.summary.reported + validation.summary.notReported,
    errors,
    warnings: validation.problems.length - errors,
    latestSubmission,
    detail: null,
    certification,
  };
}

/** One row for a province from all its sources (several files, or a file and a tab): counts add up, the latest date wins. */
export function mergeStatuses(province: Province, statuses: readonly ProvinceStatus[]): ProvinceStatus {
  if (statuses.length === 0) return notReportedStatus(province);
  if (statuses.length === 1) return { ...statuses[0], province };
  const rank = (s: ProvinceStatus) => STATUS_PRECEDENCE.indexOf(s.status);
  const status = statuses.reduce((a, b) => (rank(b) < rank(a) ? b : a)).status;
  const details = statuses.map((s) => s.detail).filter((d): d is Text => d !== null);
  let latest: string | null = null;
  // ISO text compares in date order; a month-only "yyyy-mm" sorts before the days of its month, as compareDate does
  for (const s of statuses)
    if (s.latestSubmission !== null && (latest === null || s.latestSubmission > latest)) latest = s.latestSubmission;
  return {
    province,
    source: statuses
      .map((s) => s.source)
      .filter((s) => s !== '')
      .join('\n'),
    status,
    rowsRead: statuses.reduce((n, s) => n + s.rowsRead, 0),
    errors: statuses.reduce((n, s) => n + s.errors, 0),
    warnings: statuses.reduce((n, s) => n + s.warnings, 0),
    latestSubmission: latest,
    detail:
      details.length === 0
        ? null
        : { th: details.map((d) => d.th).join('\n'), en: details.map((d) => d.en).join('\n') },
    certification: mergeCertifications(statuses.map((s) => s.certification)),
  };
}

/** What the status means and what the province should do, with the source's own detail on the next line when there is one. */
export function statusExplanation(s: ProvinceStatus): Text {
  const base: Text =
    s.status === 'ok'
      ? M.explain.ok(s.errors, s.warnings)
      : s.status === 'notReported'
        ? s.source === ''
          ? M.explain.notReported
          : M.explain.emptyReport
        : M.explain[s.status];
  return s.detail === null ? base : { th: `${base.th}\n${s.detail.th}`, en: `${base.en}\n${s.detail.en}` };
}

export function statusLabel(s: ProvinceStatus): Text {
  return M.statusLabel[s.status];
}

/** The order statuses are counted in for people: reported first, then not yet, then what went wrong. */
const COUNT_ORDER: readonly SourceStatus[] = [
  'ok',
  'notReported',
  'noPermission',
  'notFound',
  'cannotOpen',
  'unreadable',
  'noHeader',
  'noProvince',
];

/** How many provinces have each status, leaving out statuses nobody has; sources of unknown province are not provinces. */
export function statusCounts(statuses: readonly ProvinceStatus[]): [SourceStatus, number][] {
  return COUNT_ORDER.map(
    (k) => [k, statuses.filter((s) => s.province !== null && s.status === k).length] as [SourceStatus, number],
  ).filter(([, n]) => n > 0);
}
