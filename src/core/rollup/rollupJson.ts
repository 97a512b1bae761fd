// The plain-JSON view of a roll-up (the CLI's --json, the sidebar): money in baht with at most two decimals, dates as ISO text.

import type { FormSpec } from '../form/types';
import type { Text } from '../messages/text';
import { isoDate } from '../normalise/dates';
import { periodKey, periodLabel } from '../period/period';
import { LAOS_REPORTED, summedMetrics } from './metrics';
import type { Group, Level, NonReporter, RollupResult } from './types';

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
  problems: RollupResult['problems'];
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

export function groupsAt(result: RollupResult, level: Level): Group[] {
  if (!result.national) return result.root.children;
  const provinces = result.root.children.flatMap((z) => z.children);
  if (level === 'zone') return result.root.children;
  if (level === 'province') return provinces;
  return provinces.flatMap((p) => p.children);
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
    problems: result.problems,
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
    laosReported: g.laosReported,
    participation: g.participation,
    entries: g.entries,
    links: g.links,
    linksByPlatform: { ...g.linksByPlatform },
    children: g.children.map((c) => groupJson(c, form, baht)),
  };
  for (const m of summedMetrics(form)) json[m.key] = baht(m.key, g.sums[m.key] ?? 0);
  json.rowsWithErrors = g.rowsWithErrors;
  json.rowsWithWarnings = g.rowsWithWarnings;
  json.undated = g.undated;
  json.targets = Object.fromEntries(
    Object.entries(g.targets).map(([k, v]) => [k, k === LAOS_REPORTED ? v : baht(k, v)]),
  );
  json.achievement = { ...g.achievement };
  return json;
}
