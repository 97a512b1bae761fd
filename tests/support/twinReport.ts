// A twin workbook holding a report sheet of จังหวัดพะเยา, built from generated rows, for the add-on's action tests.

import type { CellValue } from '../../src/core/cell';
import { PHAYAO_DEMO_REGISTRY } from '../../src/core/registry/phayaoDemo';
import { createServices, type SeedCell, type Twin } from '../../src/twin';
import { generateRows } from '../../bench/generate';

export const TODAY = { year: 2026, month: 11, day: 21 };
export const REPORT_SHEET = 'รายงานผล';

function seed(rows: readonly CellValue[][]): SeedCell[][] {
  return rows.map((r) => r.map((v) => (v !== null && typeof v === 'object' ? new Date(v.year, v.month - 1, v.day) : (v ?? ''))));
}

/** Row 1 names the province; the generated rows follow (their own title line and header, then data). */
export function reportRows(count: number): SeedCell[][] {
  const rows = generateRows(count, PHAYAO_DEMO_REGISTRY.laos);
  return seed([['จังหวัดพะเยา', '', '', '', '', '', '', '', '', ''], ...rows]);
}

export function twinWithReport(count: number): Twin {
  const twin = createServices({ userEmail: 'officer@phayao.go.th' });
  twin.workbook.addSheet(REPORT_SHEET, reportRows(count));
  return twin;
}

/** A fingerprint of the entry block (the form's ten columns of every row), to prove an action left the entries alone. */
export function checksum(twin: Twin): string {
  return JSON.stringify(twin.workbook.sheet(REPORT_SHEET).peek().values.map((row) => row.slice(0, 10)));
}
