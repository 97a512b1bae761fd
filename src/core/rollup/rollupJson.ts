// The plain-JSON view of a roll-up (the CLI's --json, the sidebar): money in baht with at most two decimals, dates as ISO text.

import type { FormSpec } from '../form/types';
import type { Text } from '../messages/text';
import { isoDate } from '../normalise/dates';
import { periodKey, periodLabel } from '../period/period';
import { monthMetrics, ownerMetric, summedMetrics } from './metrics';
import { percentOf } from './provinceRollup';
import type { Group, Level, NonReporter, OwnerSummary, RollupResult } from './types';

export interface GroupJson extends Record<string, unknown> {
  key: string;
  name: string;
  code: string | null;
  children: GroupJson[];
}

export interface RollupJson {
  scope: { national: boolean; provinces: { code: string; name: string }[] };
  period: { key: string; label: Text } | null;
  asOf: string;
  level: Level;
  groups: GroupJson[];
  total: GroupJson;
  nonReporters: Omit<NonReporter, 'districtCode' | 'provinceCode'>[] | null;
  /** provinces expected (named in the targets, or by a national registry) that sent no report */
  provincesNotReported: { code: string; name: string }[];
  /** a monthly form's owners with their months; absent for other forms */
  owners?: OwnerJson[];
  problems: RollupResult['problems'];
  /** only approved rows were counted: pending rows (rowsPending) are left out */
  approvedOnly: boolean;
  /** the deadline on-time is judged against (its last day, and the instant, 23:59:59 Bangkok); null without a period */
  deadline: { date: string; text: Text; endsAt: string } | null;
  /** sources read once because they repeat an earlier source (rows null: the whole source) */
  overlaps: {
    file: string;
    sheet: string;
    earlierFile: string;
    earlierSheet: string;
    rows: number | null;
    message: Text;
  }[];
}

/** An owner as the JSON gives them: the items short are by column key, with in how many months. */
export interface OwnerJson {
  province: string;
  provinceCode: string;
  name: string;
  months: number;
  monthsMeetingMinimums: number;
  short: Record<string, number>;
}

function ownerJson(o: OwnerSummary): OwnerJson {
  return {
    province: o.province,
    provinceCode: o.provinceCode,
    name: o.name,
    months: o.months,
    monthsMeetingMinimums: o.monthsMeetingMinimums,
    short: Object.fromEntries(o.short.map((s) => [s.key, s.months])),
  };
}

export function groupsAt(result: RollupResult, level: Level): Group[] {
  if (!result.national) return result.root.children;
  const provinces = result.root.children.flatMap((z) => z.children);
  if (level === 'zone') return result.root.children;
  if (level === 'province') return provinces;
  return provinces.flatMap((p) => p.children);
}

/**
 * The provinces expected (named in the targets, or by a national registry) that sent no report, in zone order; not those
 * that reported but are left out of a certified-only table.
 */
export function provincesNotReported(result: RollupResult): { code: string; name: string }[] {
  if (!result.national) return [];
  const uncounted = new Set(result.uncounted ?? []);
  return groupsAt(result, 'province')
    .filter((p) => !p.hasReport && !uncounted.has(p.key))
    .map((p) => ({ code: p.key, name: p.name }));
}

export function rollupJson(
  result: RollupResult,
  form: FormSpec,
  level: Level,
  asOf: { year: number; month: number; day: number },
): RollupJson {
  const money = new Set([
    ...summedMetrics(form)
      .filter((m) => m.money)
      .map((m) => m.key),
    ...result.extraTargets.filter((e) => e.money).map((e) => e.key),
  ]);
  const toJson = (g: Group) => groupJson(g, form, (key, v) => (money.has(key) ? v / 100 : v));
  const effective: Level = result.national ? level : 'district';
  return {
    scope: { national: result.national, provinces: result.provinces.map((p) => ({ code: p.code, name: p.nameTh })) },
    period: result.period ? { key: periodKey(result.period), label: periodLabel(result.period) } : null,
    asOf: isoDate(asOf),
    level: effective,
    groups: groupsAt(result, effective).map(toJson),
    total: toJson(result.root),
    nonReporters: result.withRegistry
      ? result.nonReporters.map(({ code, type, name, district, province }) => ({
          code,
          type,
          name,
          district,
          province,
        }))
      : null,
    provincesNotReported: provincesNotReported(result),
    ...(monthMetrics(form) ? { owners: result.owners.map(ownerJson) } : {}),
    problems: result.problems,
    approvedOnly: result.approvedOnly === true,
    deadline: result.deadline
      ? {
          date: isoDate(result.deadline.day),
          text: result.deadline.text,
          endsAt: `${isoDate(result.deadline.day)}T23:59:59+07:00`,
        }
      : null,
    overlaps: result.overlaps.map(({ file, sheet, earlierFile, earlierSheet, rows, message }) => ({
      file,
      sheet,
      earlierFile,
      earlierSheet,
      rows,
      message,
    })),
  };
}

/** A group and its children; `baht` gives money (kept in satang) in baht and leaves other figures as they are. */
function groupJson(g: Group, form: FormSpec, baht: (key: string, v: number) => number): GroupJson {
  const json: GroupJson = {
    key: g.key,
    name: g.name,
    code: g.code,
    level: g.level,
    hasReport: g.hasReport,
    laosTotal: g.laosTotal,
    [ownerMetric(form).key]: g.laosReported,
    participation: g.participation,
    // DHIS2's name for the same figure
    reportingRate: g.participation,
    laosOnTime: g.laosOnTime,
    onTimeRate: g.onTimeRate,
    entries: g.entries,
    links: g.links,
    linksByPlatform: { ...g.linksByPlatform },
    children: g.children.map((c) => groupJson(c, form, baht)),
  };
  const monthly = monthMetrics(form);
  if (monthly) {
    const months = g.sums[monthly.months.key] ?? 0;
    json[monthly.months.key] = months;
    if (monthly.meeting) {
      json[monthly.meeting.key] = g.sums[monthly.meeting.key] ?? 0;
      json[monthly.meeting.percentKey] = percentOf(g.sums[monthly.meeting.key] ?? 0, months);
    }
  }
  for (const m of summedMetrics(form)) json[m.key] = baht(m.key, g.sums[m.key] ?? 0);
  json.rowsWithErrors = g.rowsWithErrors;
  json.rowsWithWarnings = g.rowsWithWarnings;
  json.undated = g.undated;
  json.rowsReturned = g.rowsReturned;
  json.rowsPending = g.rowsPending;
  json.rowsWithoutSubmissionTime = g.rowsWithoutSubmissionTime;
  json.targets = Object.fromEntries(Object.entries(g.targets).map(([k, v]) => [k, baht(k, v)]));
  json.achievement = { ...g.achievement };
  return json;
}
