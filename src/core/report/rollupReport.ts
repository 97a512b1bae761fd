// Builds the official report document from a roll-up: the summary table (by district, province or zone), who has not
// reported, the data problems, and the bar charts; every renderer (xlsx, HTML, terminal, the add-on's sheets) lays this out.

import type { FormSpec } from '../form/types';
import { REGISTRY_ATTRIBUTION } from '../messages/registry';
import { reportMessages as M } from '../messages/report';
import { thaiDateLong } from '../normalise/dates';
import { periodLabel } from '../period/period';
import { type Metric, rollupMetrics, summedMetrics } from '../rollup/metrics';
import { addRowCounts, newGroup } from '../rollup/provinceRollup';
import type { Group, Level, RollupResult } from '../rollup/types';
import type { Problem } from '../validate/types';
import { type FigureColumn, meetingPercent, ownerColumns, ownerTable, provincesNotReportedTable } from './ownerReport';
import type { BarChart, ReportCell, ReportColumn, ReportDocument, ReportRow, ReportTable } from './types';

export interface SourceProblem {
  readonly file: string;
  readonly sheet: string;
  readonly problem: Problem;
}

export interface ReportOptions {
  readonly asOf: { readonly year: number; readonly month: number; readonly day: number };
  /** the level whose groups are the table's rows: district (default for one province), province, or zone (default nationally) */
  readonly by?: Level;
  readonly problems: readonly SourceProblem[];
}

const baht = (satang: number) => satang / 100;

function figureColumns(result: RollupResult, form: FormSpec): FigureColumn[] {
  return [
    ...(form.ownerFigures ? ownerColumns(form) : countColumns(result.withRegistry)),
    ...summedMetrics(form).map(metricColumn),
    ...targetColumns(result.root, rollupMetrics(form)),
    ...result.extraTargets.map(
      (extra): FigureColumn => ({
        column: { header: extra.header, format: extra.money ? 'money' : 'integer', width: 16 },
        value: (g) => target(g, extra.key, extra.money),
      }),
    ),
    {
      column: { header: M.columns.rowsWithErrors, format: 'integer', width: 12 },
      value: (g) => g.rowsWithErrors,
    },
  ];
}

/** อปท. in the registry, reporting, participation (none without a registry), entries and distinct links. */
function countColumns(withRegistry: boolean): FigureColumn[] {
  return [
    { column: { header: M.columns.laosTotal, format: 'integer', width: 12 }, value: (g) => g.laosTotal },
    { column: { header: M.columns.laosReported, format: 'integer', width: 12 }, value: (g) => g.laosReported },
    {
      column: { header: M.columns.participation, format: 'percent', width: 12 },
      value: (g) => (withRegistry ? g.participation : null),
    },
    { column: { header: M.columns.entries, format: 'integer', width: 12 }, value: (g) => g.entries },
    { column: { header: M.columns.links, format: 'integer', width: 12 }, value: (g) => g.links },
  ];
}

function metricColumn(m: Metric): FigureColumn {
  return {
    column: {
      header: `${m.label.th} (${m.unit.th})`,
      format: m.money ? 'money' : 'integer',
      width: m.money ? 16 : 14,
    },
    value: (g) => (m.money ? baht(g.sums[m.key] ?? 0) : (g.sums[m.key] ?? 0)),
  };
}

/** A target and % achieved for each metric (participation first) that some group has a target for. */
function targetColumns(root: Group, metrics: readonly Metric[]): FigureColumn[] {
  return metrics
    .filter((m) => hasTarget(root, m.key))
    .flatMap((m): FigureColumn[] => [
      {
        column: {
          header: M.columns.target(m.targetLabel.th, m.unit.th),
          format: m.money ? 'money' : 'integer',
          width: 16,
        },
        value: (g) => target(g, m.key, m.money),
      },
      {
        column: { header: M.columns.achievement(m.targetLabel.th), format: 'percent', width: 12 },
        value: (g) => g.achievement[m.key] ?? null,
      },
    ]);
}

function hasTarget(g: Group, key: string): boolean {
  return g.targets[key] !== undefined || g.children.some((child) => hasTarget(child, key));
}

function target(g: Group, key: string, money: boolean): ReportCell {
  const v = g.targets[key];
  return v === undefined ? null : money ? baht(v) : v;
}

function defaultLevel(result: RollupResult): Level {
  return result.national ? 'zone' : 'district';
}

function groupName(g: Group): string {
  return g.level === 'province' && !g.hasReport ? `${g.name}${M.notReported}` : g.name;
}

/**
 * A district the registry of its province does not have: a name typed wrong, or the rows of an อปท. it does not know.
 * Without a registry for the province there is no official list, and the typed names are all there is.
 */
function unofficial(district: Group, province: Group): boolean {
  return district.level === 'district' && district.code === null && province.laosTotal !== null;
}

/** The districts of a province as official rows: those of the registry, numbered, then one line for everything else. */
function districtRows(
  province: Group,
  first: number,
  line: (g: Group, seq: ReportCell, name: string, style: ReportRow['style']) => ReportRow,
): ReportRow[] {
  const official = province.children.filter((d) => !unofficial(d, province));
  const rows = official.map((d, i) => line(d, first + i, groupName(d), 'normal'));
  const others = province.children.filter((d) => unofficial(d, province));
  if (others.length > 0) rows.push(line(sumOf(others), '', M.unknownPlaces.th, 'normal'));
  return rows;
}

/** Several districts as one line: their figures added (a link or อปท. in two of them counts in each, as in their own rows). */
function sumOf(groups: readonly Group[]): Group {
  const total = newGroup('district', '?', M.unknownPlaces.th, null);
  for (const g of groups) {
    addRowCounts(total, g);
    total.laosReported += g.laosReported;
    total.links += g.links;
    for (const [k, v] of Object.entries(g.sums)) total.sums[k] = (total.sums[k] ?? 0) + v;
  }
  return total;
}

/** Whether the form's rows name a district (else a province is rolled up as one line). */
function hasDistricts(form: FormSpec): boolean {
  return form.columns.some((c) => c.role === 'district');
}

/** The rows of the summary: groups at `by`, under headings and subtotals of the level above when there is one below the root. */
function summaryRows(result: RollupResult, form: FormSpec, by: Level, figures: FigureColumn[]): ReportRow[] {
  const rows: ReportRow[] = [];
  const line = (g: Group, seq: ReportCell, name: string, style: ReportRow['style']): ReportRow => ({
    cells: [seq, name, ...figures.map((f) => f.value(g))],
    style,
  });
  const root = result.root;
  if (!result.national) {
    if (!hasDistricts(form)) return [line(root, 1, root.name, 'total')];
    rows.push(...districtRows(root, 1, line));
    rows.push(line(root, '', M.total, 'total'));
    return rows;
  }
  const provinces = root.children.flatMap((z) => z.children);
  if (by === 'province') {
    for (const [i, p] of provinces.entries()) rows.push(line(p, i + 1, groupName(p), 'normal'));
  } else if (by === 'district') {
    let seq = 0;
    for (const p of provinces) {
      rows.push({ cells: [M.provinceHeading(groupName(p))], style: 'heading' });
      const districts = districtRows(p, seq + 1, line);
      rows.push(...districts);
      seq += districts.filter((r) => r.cells[0] !== '').length;
      rows.push(line(p, '', M.total, 'subtotal'));
    }
  } else {
    let seq = 0;
    for (const z of root.children) {
      rows.push({ cells: [z.name], style: 'heading' });
      for (const p of z.children) rows.push(line(p, ++seq, groupName(p), 'normal'));
      rows.push(line(z, '', M.total, 'subtotal'));
    }
  }
  rows.push(line(root, '', M.grandTotal, 'total'));
  return rows;
}

function subtitle(result: RollupResult, asOf: ReportOptions['asOf']): string[] {
  const scope = result.national
    ? M.scopeNation(result.provinces.length)
    : M.scopeProvince(result.provinces[0]?.nameTh ?? '');
  const date = { th: thaiDateLong({ ...asOf }), en: '' };
  return [scope.th, M.asOf(date).th, M.period(result.period ? periodLabel(result.period) : null).th];
}

function summaryTable(result: RollupResult, form: FormSpec, by: Level, asOf: ReportOptions['asOf']): ReportTable {
  const figures = figureColumns(result, form);
  const byDistrict = (!result.national && hasDistricts(form)) || (result.national && by === 'district');
  const nameHeader = byDistrict ? M.columns.district : M.columns.province;
  const owners = form.ownerFigures?.owners.label.th;
  const footnotes = [
    owners ? M.owners.distinct(owners) : M.footnotes.distinct,
    M.footnotes.errors,
    owners ? M.owners.unknown : M.footnotes.unknown,
  ];
  const provinces = result.national ? result.root.children.flatMap((z) => z.children) : [result.root];
  if (provinces.some((p) => p.children.some((d) => unofficial(d, p))) && (!result.national || by === 'district'))
    footnotes.push(M.footnotes.unknownPlaces);
  if (result.root.undated > 0) footnotes.push(M.footnotes.undated(result.root.undated));
  for (const o of result.overlaps) footnotes.push(o.message.th);
  return {
    sheetName: result.national && by !== 'district' ? M.sheet.byProvince : M.sheet.byDistrict,
    title: reportTitle(form),
    subtitle: subtitle(result, asOf),
    columns: [
      { header: M.columns.seq, format: 'text', width: 5 },
      { header: nameHeader, format: 'text', width: 24 },
      ...figures.map((f) => f.column),
    ],
    rows: summaryRows(result, form, by, figures),
    footnotes,
  };
}

function nonReportersTable(result: RollupResult, asOf: ReportOptions['asOf']): ReportTable {
  const rows: ReportRow[] = [];
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
    rows.push({
      cells: national ? [++seq, n.province, n.district, n.code, n.name] : [++seq, n.district, n.code, n.name],
      style: 'normal',
    });
  }
  const columns: ReportColumn[] = [
    { header: M.columns.seq, format: 'text', width: 5 },
    ...(national ? [{ header: M.columns.province, format: 'text' as const, width: 18 }] : []),
    { header: M.columns.district, format: 'text', width: 18 },
    { header: M.columns.laoCode, format: 'text', width: 10 },
    { header: M.columns.lao, format: 'text', width: 30 },
  ];
  return {
    sheetName: M.sheet.nonReporters,
    title: M.nonReportersTitle.th,
    subtitle: subtitle(result, asOf),
    columns,
    rows,
    footnotes: [],
  };
}

function problemsTable(
  result: RollupResult,
  problems: readonly SourceProblem[],
  asOf: ReportOptions['asOf'],
): ReportTable {
  const files = new Set(problems.map((p) => p.file)).size > 1;
  const rows: ReportRow[] = problems.map((p, i) => ({
    cells: [
      i + 1,
      ...(files ? [p.file, p.sheet] : []),
      p.problem.row,
      p.problem.header ?? '',
      p.problem.value,
      M.severity[p.problem.severity],
      p.problem.message.th,
    ],
    style: 'normal',
  }));
  if (rows.length === 0) rows.push({ cells: [M.noProblems], style: 'heading' });
  const columns: ReportColumn[] = [
    { header: M.columns.seq, format: 'text', width: 5 },
    ...(files
      ? [
          { header: M.columns.file, format: 'text' as const, width: 20 },
          { header: M.columns.sheet, format: 'text' as const, width: 14 },
        ]
      : []),
    { header: M.columns.row, format: 'text', width: 6 },
    { header: M.columns.column, format: 'text', width: 20 },
    { header: M.columns.value, format: 'text', width: 24 },
    { header: M.columns.severity, format: 'text', width: 12 },
    { header: M.columns.message, format: 'text', width: 60 },
  ];
  return {
    sheetName: M.sheet.problems,
    title: M.problemsTitle.th,
    subtitle: subtitle(result, asOf),
    columns,
    rows,
    footnotes: [],
  };
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
      categories: groups.map((g) => g.name),
      values: groups.map((g) => baht(g.sums[money.key] ?? 0)),
      format: 'money',
      unit: money.unit.th,
    });
  }
  if (result.withRegistry) {
    out.push({
      title: M.charts.participation(unit),
      categories: groups.map((g) => g.name),
      values: groups.map((g) => g.participation ?? 0),
      format: 'percent',
      unit: '%',
    });
  }
  const meeting = form.ownerFigures?.monthsMeetingMinimums;
  if (meeting) {
    out.push({
      title: M.charts.percentBy(meeting.label.th, unit),
      categories: groups.map((g) => g.name),
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
  return {
    title: reportTitle(form),
    tables: [
      summaryTable(result, form, by, options.asOf),
      ...notReportedTables(result, form, options.asOf),
      problemsTable(result, options.problems, options.asOf),
    ],
    charts: charts(result, form, by),
    attribution: (form.source ?? REGISTRY_ATTRIBUTION).th,
  };
}
