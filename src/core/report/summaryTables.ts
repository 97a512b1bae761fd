// The summary of a roll-up as official A4 tables of at most 12 columns: the results (places, owners, entries, links, the
// form's figures) and, when targets are given, each target beside its result and the % achieved, over as many tables as fit.

import type { FormSpec } from '../form/types';
import { reportMessages as M } from '../messages/report';
import { type Metric, rollupMetrics, summedMetrics } from '../rollup/metrics';
import { addRowCounts, newGroup } from '../rollup/provinceRollup';
import type { Group, Level, RollupResult } from '../rollup/types';
import { type FigureColumn, ownerColumns } from './ownerReport';
import type { ReportCell, ReportColumn, ReportRow, ReportTable } from './types';

/** The widest table an A4 landscape page holds legibly, in columns. */
export const MAX_TABLE_COLUMNS = 12;
/** ที่ and the place's name start every table of the summary. */
const KEY_COLUMNS = 2;

const baht = (satang: number) => satang / 100;

/** The results' figures in groups that stay together: the owners' counts, the form's summed figures, the rows to fix. */
function resultGroups(result: RollupResult, form: FormSpec): FigureColumn[][] {
  return [
    form.ownerFigures ? ownerColumns(form) : countColumns(result),
    summedMetrics(form).map(metricColumn),
    [{ column: { header: M.columns.rowsWithErrors, format: 'integer', width: 11 }, value: (g) => g.rowsWithErrors }],
  ];
}

/**
 * อปท. in the registry, reporting, the reporting rate (none without a registry), the on-time rate when the period has a
 * deadline, entries and distinct links.
 */
function countColumns(result: RollupResult): FigureColumn[] {
  const withRegistry = result.withRegistry;
  const onTime: FigureColumn[] = result.deadline
    ? [
        {
          column: { header: M.columns.onTimeRate, format: 'percent', width: 11 },
          value: (g) => (withRegistry ? g.onTimeRate : null),
        },
      ]
    : [];
  return [
    { column: { header: M.columns.laosTotal, format: 'integer', width: 10 }, value: (g) => g.laosTotal },
    { column: { header: M.columns.laosReported, format: 'integer', width: 10 }, value: (g) => g.laosReported },
    {
      column: { header: M.columns.participation, format: 'percent', width: 11 },
      value: (g) => (withRegistry ? g.participation : null),
    },
    ...onTime,
    { column: { header: M.columns.entries, format: 'integer', width: 11 }, value: (g) => g.entries },
    { column: { header: M.columns.links, format: 'integer', width: 10 }, value: (g) => g.links },
  ];
}

function actual(g: Group, m: Metric, owners: string): number {
  if (m.key === owners) return g.laosReported;
  return m.money ? baht(g.sums[m.key] ?? 0) : (g.sums[m.key] ?? 0);
}

function metricColumn(m: Metric): FigureColumn {
  return {
    column: {
      header: M.columns.metric(m.label.th, m.unit.th),
      format: m.money ? 'money' : 'integer',
      width: m.money ? 15 : 12,
    },
    value: (g) => actual(g, m, ''),
  };
}

/** Each metric (the owners first) that some group has a target for: its target, its result and the % achieved. */
function targetGroups(result: RollupResult, form: FormSpec): FigureColumn[][] {
  const metrics = rollupMetrics(form);
  const owners = metrics[0].key;
  const compared = metrics
    .filter((m) => hasTarget(result.root, m.key))
    .map((m): FigureColumn[] => [
      {
        column: {
          header: M.columns.target(m.targetLabel.th, m.unit.th),
          format: m.money ? 'money' : 'integer',
          width: 15,
        },
        value: (g) => target(g, m.key, m.money),
      },
      {
        column: { header: M.columns.metric(m.label.th, m.unit.th), format: m.money ? 'money' : 'integer', width: 15 },
        value: (g) => actual(g, m, owners),
      },
      {
        column: { header: M.columns.achievement(m.targetLabel.th), format: 'percent', width: 14 },
        value: (g) => g.achievement[m.key] ?? null,
      },
    ]);
  // a target column that is no metric (e.g. งบประมาณ) is carried as it is: there is no result to compare it with
  const extras = result.extraTargets.map((extra): FigureColumn[] => [
    {
      column: { header: extra.header, format: extra.money ? 'money' : 'integer', width: 15 },
      value: (g) => target(g, extra.key, extra.money),
    },
  ]);
  return [...compared, ...extras];
}

function hasTarget(g: Group, key: string): boolean {
  return g.targets[key] !== undefined || g.children.some((child) => hasTarget(child, key));
}

function target(g: Group, key: string, money: boolean): ReportCell {
  const v = g.targets[key];
  return v === undefined ? null : money ? baht(v) : v;
}

/**
 * The groups laid into tables of at most `max` figures, in order: a group joins the table before it when it fits, else starts
 * the next one; a group wider than a table is cut into pieces that each fill one.
 */
export function packColumns<T>(groups: readonly (readonly T[])[], max: number): T[][] {
  const tables: T[][] = [];
  for (const group of groups) {
    if (group.length === 0) continue;
    const last = tables[tables.length - 1];
    if (last && last.length + group.length <= max) {
      last.push(...group);
      continue;
    }
    for (let i = 0; i < group.length; i += max) tables.push(group.slice(i, i + max));
  }
  return tables;
}

/** A province's name in the summary, with why it has no figures: no report, or one not counted (not certified). */
function groupNameIn(result: RollupResult): (g: Group) => string {
  const uncounted = new Set(result.uncounted ?? []);
  return (g) => {
    if (g.level !== 'province' || g.hasReport) return g.name;
    return `${g.name}${uncounted.has(g.key) ? M.notCertified : M.notReported}`;
  };
}

/**
 * A district the registry of its province does not have: a name typed wrong, or the rows of an อปท. it does not know.
 * Without a registry for the province there is no official list, and the typed names are all there is.
 */
export function unofficial(district: Group, province: Group): boolean {
  return district.level === 'district' && district.code === null && province.laosTotal !== null;
}

type Line = (g: Group, seq: ReportCell, name: string, style: ReportRow['style']) => ReportRow;

/** The districts of a province as official rows: those of the registry, numbered, then one line for everything else. */
function districtRows(province: Group, first: number, line: Line): ReportRow[] {
  const official = province.children.filter((d) => !unofficial(d, province));
  const rows = official.map((d, i) => line(d, first + i, d.name, 'normal'));
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
export function hasDistricts(form: FormSpec): boolean {
  return form.columns.some((c) => c.role === 'district');
}

/** The rows of the summary: groups at `by`, under headings and subtotals of the level above when there is one below the root. */
function summaryRows(result: RollupResult, form: FormSpec, by: Level, figures: readonly FigureColumn[]): ReportRow[] {
  const rows: ReportRow[] = [];
  const line: Line = (g, seq, name, style) => ({ cells: [seq, name, ...figures.map((f) => f.value(g))], style });
  const root = result.root;
  const groupName = groupNameIn(result);
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

function resultsFootnotes(result: RollupResult, form: FormSpec, by: Level): string[] {
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
  if (result.deadline && !owners) {
    footnotes.push(M.footnotes.onTime(result.deadline.text.th));
    const untimed = result.root.rowsWithoutSubmissionTime;
    if (untimed > 0) footnotes.push(M.footnotes.withoutSubmissionTime(untimed));
  }
  for (const o of result.overlaps) footnotes.push(o.message.th);
  return footnotes;
}

export interface SummaryContext {
  readonly result: RollupResult;
  readonly form: FormSpec;
  readonly by: Level;
  readonly title: string;
  readonly subtitle: readonly string[];
}

function keyColumns({ result, form, by }: SummaryContext): ReportColumn[] {
  const byDistrict = (!result.national && hasDistricts(form)) || (result.national && by === 'district');
  return [
    { header: M.columns.seq, format: 'text', width: 5 },
    { header: byDistrict ? M.columns.district : M.columns.province, format: 'text', width: 20 },
  ];
}

/** The sheet of the n-th table of a kind (0-based): the name, then "name (2)", "name (3)" …. */
function numbered(name: string, n: number): string {
  return n === 0 ? name : `${name} (${n + 1})`;
}

/** The results, as tables[0] and (for a form with many figures) its continuations; the first carries the footnotes. */
export function resultsTables(ctx: SummaryContext): ReportTable[] {
  const { result, form, by } = ctx;
  const sheet = result.national && by !== 'district' ? M.sheet.byProvince : M.sheet.byDistrict;
  const footnotes = resultsFootnotes(result, form, by);
  return packColumns(resultGroups(result, form), MAX_TABLE_COLUMNS - KEY_COLUMNS).map((figures, i) => ({
    sheetName: numbered(sheet, i),
    kind: 'results',
    title: i === 0 ? ctx.title : `${ctx.title}${M.continued.th}`,
    subtitle: ctx.subtitle,
    columns: [...keyColumns(ctx), ...figures.map((f) => f.column)],
    rows: summaryRows(result, form, by, figures),
    footnotes: i === 0 ? footnotes : [],
  }));
}

/** Each target, the result and the % achieved, in as many tables as the targets need; none when no target is given. */
export function targetsTables(ctx: SummaryContext): ReportTable[] {
  const { result, form, by } = ctx;
  return packColumns(targetGroups(result, form), MAX_TABLE_COLUMNS - KEY_COLUMNS).map((figures, i) => ({
    sheetName: numbered(M.sheet.targets, i),
    kind: 'targets',
    title: i === 0 ? M.targetsTitle.th : `${M.targetsTitle.th}${M.continued.th}`,
    subtitle: ctx.subtitle,
    columns: [...keyColumns(ctx), ...figures.map((f) => f.column)],
    rows: summaryRows(result, form, by, figures),
    footnotes: i === 0 ? [form.ownerFigures ? M.owners.unknown : M.footnotes.unknown] : [],
  }));
}
