// Builds the official report document from a roll-up: the key figures, the results and targets tables (by district, province
// or zone), who has not reported, the data problems, and the bar charts; every renderer (xlsx, HTML, terminal, add-on) lays it out.

import type { FormSpec } from '../form/types';
import { REGISTRY_ATTRIBUTION } from '../messages/registry';
import { reportMessages as M } from '../messages/report';
import { thaiDateLong } from '../normalise/dates';
import { deadlineStatus } from '../period/deadline';
import { periodLabel } from '../period/period';
import { summedMetrics } from '../rollup/metrics';
import type { Group, Level, RollupResult } from '../rollup/types';
import { keyFigures } from './keyFigures';
import { meetingPercent, ownerTable, provincesNotReportedTable } from './ownerReport';
import { problemsTable, type SourceProblem } from './problemsTable';
import { hasDistricts, resultsTables, targetsTables, unofficial } from './summaryTables';
import type { BarChart, ReportColumn, ReportDocument, ReportRow, ReportTable } from './types';

export type { SourceProblem } from './problemsTable';

export interface ReportOptions {
  readonly asOf: { readonly year: number; readonly month: number; readonly day: number };
  /** the level whose groups are the table's rows: district (default for one province), province, or zone (default nationally) */
  readonly by?: Level;
  readonly problems: readonly SourceProblem[];
}

const baht = (satang: number) => satang / 100;

function defaultLevel(result: RollupResult): Level {
  return result.national ? 'zone' : 'district';
}

function subtitle(result: RollupResult, asOf: ReportOptions['asOf']): string[] {
  const scope = result.national
    ? M.scopeNation(result.provinces.length)
    : M.scopeProvince(result.provinces[0]?.nameTh ?? '');
  const date = { th: thaiDateLong({ ...asOf }), en: '' };
  return [scope.th, M.asOf(date).th, M.period(result.period ? periodLabel(result.period) : null).th];
}

/** The period's deadline under the non-reporters' title: passed, today, or how many days are left. */
function deadlineLine(result: RollupResult, asOf: ReportOptions['asOf']): string[] {
  if (!result.deadline) return [];
  const status = deadlineStatus(result.deadline, asOf);
  const text = result.deadline.text.th;
  return [status.passed ? M.deadlinePassed(text) : M.deadlineAhead(text, status.daysLeft)];
}

/** Every non-reporter is as late as the period is past its deadline; null while the deadline has not passed. */
function daysPastDeadline(result: RollupResult, asOf: ReportOptions['asOf']): number | null {
  if (!result.deadline) return null;
  const status = deadlineStatus(result.deadline, asOf);
  return status.passed ? status.daysLate : null;
}

function nonReportersTable(result: RollupResult, asOf: ReportOptions['asOf']): ReportTable {
  const rows: ReportRow[] = [];
  const daysLate = daysPastDeadline(result, asOf);
  const national = result.national;
  if (!result.withRegistry) rows.push({ cells: [M.noRegistry], style: 'heading' });
  else if (result.nonReporters.length === 0) rows.push({ cells: [M.allReported], style: 'heading' });
  let seq = 0;
  let heading = '';
  for (const n of result.nonReporters) {
    const key = `${n.provinceCode}${n.districtCode}`;
    if (key !== heading) {
      heading = key;
      const count = result.nonReporters.filter((o) => o.districtCode === n.districtCode).length;
      const title = M.districtHeading(n.district, count);
      rows.push({ cells: [national ? `${M.provinceHeading(n.province)} ${title}` : title], style: 'heading' });
    }
    const late = daysLate === null ? [] : [daysLate];
    rows.push({
      cells: national
        ? [++seq, n.province, n.district, n.code, n.name, ...late]
        : [++seq, n.district, n.code, n.name, ...late],
      style: 'normal',
    });
  }
  const columns: ReportColumn[] = [
    { header: M.columns.seq, format: 'text', width: 5 },
    ...(national ? [{ header: M.columns.province, format: 'text' as const, width: 18 }] : []),
    { header: M.columns.district, format: 'text', width: 18 },
    { header: M.columns.laoCode, format: 'text', width: 10 },
    { header: M.columns.lao, format: 'text', width: 30 },
    ...(daysLate === null ? [] : [{ header: M.columns.daysLate, format: 'integer' as const, width: 10 }]),
  ];
  return {
    sheetName: M.sheet.nonReporters,
    kind: 'notReported',
    title: M.nonReportersTitle.th,
    subtitle: [...subtitle(result, asOf), ...deadlineLine(result, asOf)],
    columns,
    rows,
    footnotes: [],
  };
}

/** A bar's label: a zone by its number alone (its province cluster is in the tables), anything else by its name. */
function chartCategory(g: Group): string {
  return g.level === 'zone' ? g.name.split(' : ')[0] : g.name;
}

function charts(result: RollupResult, form: FormSpec, by: Level): BarChart[] {
  const groups = result.national
    ? by === 'zone'
      ? result.root.children
      : result.root.children.flatMap((z) => z.children)
    : result.root.children.filter((d) => !unofficial(d, result.root));
  const unit = result.national ? (by === 'zone' ? 'เขตตรวจราชการ' : 'จังหวัด') : 'อำเภอ';
  const out: BarChart[] = [];
  if (!result.national && !hasDistricts(form)) return out;
  const money = summedMetrics(form).find((m) => m.money);
  if (money) {
    out.push({
      title: M.charts.revenue(money.label.th, unit),
      categories: groups.map(chartCategory),
      values: groups.map((g) => baht(g.sums[money.key] ?? 0)),
      format: 'money',
      unit: money.unit.th,
    });
  }
  if (result.withRegistry) {
    out.push({
      title: M.charts.participation(unit),
      categories: groups.map(chartCategory),
      values: groups.map((g) => g.participation ?? 0),
      format: 'percent',
      unit: '%',
    });
  }
  const meeting = form.ownerFigures?.monthsMeetingMinimums;
  if (meeting) {
    out.push({
      title: M.charts.percentBy(meeting.label.th, unit),
      categories: groups.map(chartCategory),
      values: groups.map((g) => meetingPercent(form, g) ?? 0),
      format: 'percent',
      unit: '%',
    });
  }
  return out;
}

function reportTitle(form: FormSpec): string {
  return (form.summaryTitle ?? M.title).th;
}

/** Who has not reported: the registry's อปท., or for a form whose owners are persons, the provinces without a report. */
function notReportedTables(result: RollupResult, form: FormSpec, asOf: ReportOptions['asOf']): ReportTable[] {
  if (!form.ownerFigures) return [nonReportersTable(result, asOf)];
  const lines = subtitle(result, asOf);
  const owners = ownerTable(result, form, lines);
  return [...(owners ? [owners] : []), provincesNotReportedTable(result, lines)];
}

export function rollupReport(result: RollupResult, form: FormSpec, options: ReportOptions): ReportDocument {
  const by = options.by ?? defaultLevel(result);
  const lines = subtitle(result, options.asOf);
  const summary = { result, form, by, title: reportTitle(form), subtitle: lines };
  return {
    title: reportTitle(form),
    subtitle: lines,
    keyFigures: keyFigures(result, form),
    tables: [
      ...resultsTables(summary),
      ...targetsTables(summary),
      ...notReportedTables(result, form, options.asOf),
      problemsTable(options.problems, result.national, lines),
    ],
    charts: charts(result, form, by),
    attribution: (form.source ?? REGISTRY_ATTRIBUTION).th,
  };
}
