// The data problems of a report, under a heading per province (a national report) or per district (a province's report):
// the xlsx lists every one; the HTML shows the first PROBLEMS_PER_GROUP of each heading and says how many more there are.

import { reportMessages as M } from '../messages/report';
import type { Problem, SheetValidation } from '../validate/types';
import type { ReportColumn, ReportRow, ReportTable } from './types';

/** How many problems of a province or district the HTML shows; the rest are in the xlsx. */
export const PROBLEMS_PER_GROUP = 20;

export interface SourceProblem {
  readonly file: string;
  readonly sheet: string;
  readonly problem: Problem;
  /** the province of the source (its heading in a national report) */
  readonly province?: string;
  /** the district of the problem's row, as the check read it (its heading in a province's report) */
  readonly district?: string | null;
}

/** A source's problems, each with its province and the district of its row, as the problems table groups them. */
export function sourceProblems(
  file: string,
  sheet: string,
  validation: SheetValidation,
  province?: string,
): SourceProblem[] {
  if (validation.problems.length === 0) return [];
  const districts = new Map<number, string | null>();
  for (const row of validation.table.rows()) districts.set(row.sheetRow, row.district);
  return validation.problems.map((problem) => ({
    file,
    sheet,
    problem,
    province,
    district: districts.get(problem.row) ?? null,
  }));
}

/** The heading a problem is listed under; null when the problems carry no place (then they are one list). */
function groupOf(p: SourceProblem, national: boolean): string | null {
  if (national) return p.province ? M.provinceHeading(p.province) : p.file;
  if (p.district === undefined) return null;
  return p.district ? `อำเภอ${p.district}` : M.noDistrict.th;
}

/** The problems in groups, each group where its first problem was, keeping the order within a group. */
function grouped(problems: readonly SourceProblem[], national: boolean): Map<string | null, SourceProblem[]> {
  const groups = new Map<string | null, SourceProblem[]>();
  for (const p of problems) {
    const key = groupOf(p, national);
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  return groups;
}

export function problemsTable(
  problems: readonly SourceProblem[],
  national: boolean,
  subtitle: readonly string[],
): ReportTable {
  const files = new Set(problems.map((p) => p.file)).size > 1;
  const rows: ReportRow[] = [];
  let seq = 0;
  for (const [heading, list] of grouped(problems, national)) {
    if (heading !== null) rows.push({ cells: [M.problemsOf(heading, list.length).th], style: 'heading' });
    for (const p of list)
      rows.push({
        cells: [
          ++seq,
          ...(files ? [p.file, p.sheet] : []),
          p.problem.row,
          p.problem.header ?? '',
          p.problem.value,
          M.severity[p.problem.severity],
          p.problem.message.th,
        ],
        style: 'normal',
      });
  }
  if (rows.length === 0) rows.push({ cells: [M.noProblems], style: 'heading' });
  const columns: ReportColumn[] = [
    { header: M.columns.seq, format: 'text', width: 6 },
    ...(files
      ? [
          { header: M.columns.file, format: 'text' as const, width: 18 },
          { header: M.columns.sheet, format: 'text' as const, width: 12 },
        ]
      : []),
    { header: M.columns.row, format: 'text', width: 6 },
    { header: M.columns.column, format: 'text', width: 18 },
    { header: M.columns.value, format: 'text', width: 20 },
    { header: M.columns.severity, format: 'text', width: 12 },
    { header: M.columns.message, format: 'text', width: files ? 50 : 60 },
  ];
  return {
    sheetName: M.sheet.problems,
    kind: 'problems',
    title: M.problemsTitle.th,
    subtitle,
    columns,
    rows,
    footnotes: [],
    htmlRowsPerGroup: PROBLEMS_PER_GROUP,
  };
}
