// The report's parts for a form whose owners are persons (its ownerFigures): the count columns of the summary, the
// per-owner table, and the provinces that have not reported (there is no registry of persons to list).

import type { FormSpec, OwnerFigures } from '../form/types';
import { reportMessages as M } from '../messages/report';
import { monthMetrics, ownerMetric } from '../rollup/metrics';
import { percentOf } from '../rollup/provinceRollup';
import type { Group, RollupResult } from '../rollup/types';
import type { ReportCell, ReportColumn, ReportRow, ReportTable } from './types';

export interface FigureColumn {
  readonly column: ReportColumn;
  readonly value: (g: Group) => ReportCell;
}

const MOST_OFTEN_SHORT = 3;

/** Owners reported, owner-months, those meeting every minimum and their %, and distinct links. */
export function ownerColumns(form: FormSpec): FigureColumn[] {
  const owners = ownerMetric(form);
  const monthly = monthMetrics(form);
  const count = (label: string, unit: string, value: FigureColumn['value']): FigureColumn => ({
    column: { header: M.columns.metric(label, unit), format: 'integer', width: 12 },
    value,
  });
  const columns = [count(owners.label.th, owners.unit.th, (g) => g.laosReported)];
  if (monthly) {
    const months = monthly.months;
    columns.push(count(months.label.th, months.unit.th, (g) => g.sums[months.key] ?? 0));
    const meeting = monthly.meeting;
    if (meeting)
      columns.push(
        count(meeting.label.th, meeting.unit.th, (g) => g.sums[meeting.key] ?? 0),
        {
          column: { header: M.owners.percentOf(meeting.label.th), format: 'percent', width: 12 },
          value: (g) => meetingPercent(form, g),
        },
      );
  }
  columns.push({ column: { header: M.columns.links, format: 'integer', width: 10 }, value: (g) => g.links });
  return columns;
}

/** The % of a group's owner-months that met every minimum (null without owner-months). */
export function meetingPercent(form: FormSpec, g: Group): number | null {
  const monthly = monthMetrics(form);
  if (!monthly?.meeting) return null;
  return percentOf(g.sums[monthly.meeting.key] ?? 0, g.sums[monthly.months.key] ?? 0);
}

/** One row per owner, province by province: months reported, months meeting every minimum, the items most often short. */
export function ownerTable(result: RollupResult, form: FormSpec, subtitle: readonly string[]): ReportTable | null {
  const declared: OwnerFigures | undefined = form.ownerFigures;
  if (!declared || !monthMetrics(form)) return null;
  const noun = declared.owners.noun.th;
  const nameHeader = form.columns.find((c) => c.role === 'person' || c.role === 'lao')?.header ?? noun;
  const rows: ReportRow[] = result.owners.map((o, i) => ({
    cells: [
      i + 1,
      o.province,
      o.name,
      o.months,
      o.monthsMeetingMinimums,
      o.short.length === 0
        ? M.owners.noneShort
        : o.short
            .slice(0, MOST_OFTEN_SHORT)
            .map((s) => M.owners.shortItem(s.label.th, s.months))
            .join(', '),
    ],
    style: 'normal',
  }));
  if (rows.length === 0) rows.push({ cells: [M.owners.noOwners], style: 'heading' });
  const columns: ReportColumn[] = [
    { header: M.columns.seq, format: 'text', width: 5 },
    { header: M.columns.province, format: 'text', width: 16 },
    { header: nameHeader, format: 'text', width: 28 },
    { header: M.owners.months, format: 'integer', width: 12 },
    { header: M.owners.monthsMeetingMinimums, format: 'integer', width: 14 },
    { header: M.owners.mostOftenShort, format: 'text', width: 60 },
  ];
  return {
    sheetName: M.owners.sheet(noun),
    kind: 'owners',
    title: M.owners.title(noun),
    subtitle,
    columns,
    rows,
    footnotes: [M.owners.shortFootnote],
  };
}

/** The provinces expected (in the targets or a national registry) that sent no report, under their zones. */
export function provincesNotReportedTable(result: RollupResult, subtitle: readonly string[]): ReportTable {
  const rows: ReportRow[] = [];
  let seq = 0;
  for (const zone of result.national ? result.root.children : []) {
    const missing = zone.children.filter((p) => !p.hasReport);
    if (missing.length === 0) continue;
    rows.push({ cells: [zone.name], style: 'heading' });
    for (const p of missing) rows.push({ cells: [++seq, p.name], style: 'normal' });
  }
  if (rows.length === 0) rows.push({ cells: [M.owners.allProvincesReported], style: 'heading' });
  return {
    sheetName: M.owners.provincesSheet,
    kind: 'notReported',
    title: M.owners.provincesTitle,
    subtitle,
    columns: [
      { header: M.columns.seq, format: 'text', width: 5 },
      { header: M.columns.province, format: 'text', width: 24 },
    ],
    rows,
    footnotes: [],
  };
}
