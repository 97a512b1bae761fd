// The protections of a period the province certified: its rows on the report sheet, a range protection per run of
// consecutive rows, editable by the spreadsheet's owner and the named province staff only; removed when it is reopened.

import type { ProtectionApi, SheetApi, SpreadsheetAppApi } from '../adapter/services';

export interface RowRun {
  readonly first: number;
  readonly count: number;
}

/** Sheet rows (1-based, any order) as runs of consecutive rows. */
export function rowRuns(rows: readonly number[]): RowRun[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: { first: number; count: number }[] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === row) last.count++;
    else runs.push({ first: row, count: 1 });
  }
  return runs;
}

/**
 * Protects each run across `width` columns. A new protection mirrors the spreadsheet's permissions until its editors are
 * changed, so the staff are added and everyone else removed, domain editing too
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection).
 */
export function protectRuns(
  sheet: SheetApi,
  runs: readonly RowRun[],
  width: number,
  description: string,
  staff: readonly string[],
): void {
  for (const run of runs) {
    const p = sheet.getRange(run.first, 1, run.count, width).protect().setDescription(description);
    p.addEditors([...staff]);
    const others = p
      .getEditors()
      .map((u) => u.getEmail())
      .filter((e) => !staff.includes(e));
    if (others.length > 0) p.removeEditors(others);
    if (p.canDomainEdit()) p.setDomainEdit(false);
  }
}

/** The range protections a certification of the period made (by their description). */
export function periodProtections(sheet: SheetApi, app: SpreadsheetAppApi, description: string): ProtectionApi[] {
  return sheet.getProtections(app.ProtectionType.RANGE).filter((p) => p.getDescription() === description);
}
