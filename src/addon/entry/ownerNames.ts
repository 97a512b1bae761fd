// The names a person-owned form's sheet already holds in its owner column (the province's marketers), for the sidebar to
// offer as a list to pick from or type past: the rows read with the sheet's top, else that one column in one more read.

import { cellText } from '../../core/cell';
import { ownerColumn } from '../../core/form/entryFields';
import { collateThai } from '../../core/format/collate';
import { normaliseText } from '../../core/normalise/text';
import { toCellValues } from '../adapter/sheetValues';
import type { ReportLocation } from './reportLocation';

/** a list longer than this is no help to pick from: the first names in Thai order are offered */
export const MAX_OWNER_NAMES = 500;

/** Distinct names (normalised: spaces, zero-width characters) in Thai order; [] unless the owner is a person. */
export function ownerNames(report: ReportLocation): string[] {
  const owner = ownerColumn(report.form);
  const at = owner && owner.role === 'person' ? report.header.columns.get(owner.key) : undefined;
  if (!at) return [];
  const first = report.header.dataStart;
  let cells = report.rows.slice(first).map((r) => r[at.index] ?? null);
  if (report.lastRow > report.rows.length && report.lastRow > first) {
    // rows beyond the top: the owner column alone, one getValues
    const range = report.sheet.getRange(first + 1, at.index + 1, report.lastRow - first, 1);
    cells = toCellValues(range.getValues(), report.days).map((r) => r[0]);
  }
  const names = new Set<string>();
  for (const cell of cells) {
    const name = normaliseText(cellText(cell));
    if (name !== '') names.add(name);
  }
  return [...names.values()].sort(collateThai).slice(0, MAX_OWNER_NAMES);
}
