// The OUTLIER warnings of a checked sheet: each summed figure of an owner's month that stands out (see outlierGroups),
// on the month's largest row and the figure's column, in row order; each such row becomes a warned row.

import { type CellValue, cellText } from '../cell';
import { type FormSpec, OWNER_ROLES } from '../form/types';
import { formatSatang, groupThousands } from '../format/number';
import type { Text } from '../messages/text';
import type { EntryTable } from './entryTable';
import { monthText } from './monthRepeats';
import { findOutliers, type OutlierFinding, ownerMonths } from './outlierGroups';
import { DEFAULT_OUTLIER_THRESHOLD } from './outliers';
import { problemOf, type SheetMessages } from './problemDrafts';
import type { Located } from './sheetColumns';
import type { Problem } from './types';

/** The outlier setting of a check: on at Iglewicz and Hoaglin's 3.5 unless set; null turns it off. */
export interface OutlierOptions {
  /** a modified z-score above this stands out (> 0) */
  readonly threshold: number;
}

export const DEFAULT_OUTLIERS: OutlierOptions = { threshold: DEFAULT_OUTLIER_THRESHOLD };

/** What the warnings are made with: the sheet's columns, its messages and its cells. */
export interface OutlierSheet {
  readonly form: FormSpec;
  readonly table: EntryTable;
  readonly byKey: ReadonlyMap<string, Located>;
  readonly messages: SheetMessages;
  readonly rows: readonly CellValue[][];
}

/** A figure for people: money (satang) in baht, without ".00" when whole; a count, with one decimal when a median needs it. */
function shown(col: Located, value: number): string {
  if (col.type !== 'money') return Number.isInteger(value) ? groupThousands(value) : groupThousands(value, 1);
  const satang = Math.round(value);
  return satang % 100 === 0 ? groupThousands(satang / 100) : formatSatang(satang);
}

/** One owner, as the form names it: its owner noun (นักการตลาด), else the owner column's label (อปท.). */
function peersNoun(form: FormSpec): Text | undefined {
  const owner = form.columns.find((c) => c.role !== undefined && OWNER_ROLES.includes(c.role));
  return form.ownerFigures?.owners.noun ?? owner?.label;
}

/** The OUTLIER warnings, in row order (then form order), each row warned of marked in the table. */
export function outlierWarnings(sheet: OutlierSheet, options: OutlierOptions): Problem[] {
  const { form, table, byKey } = sheet;
  const columns: Located[] = [];
  const slots: number[] = [];
  for (const spec of form.columns) {
    const col = byKey.get(spec.key);
    const slot = table.figureKeys.indexOf(spec.key);
    if (spec.rollup !== 'sum' || col === undefined || slot < 0) continue;
    columns.push(col);
    slots.push(slot);
  }
  if (slots.length === 0) return [];
  const found = findOutliers(ownerMonths(table, slots), slots.length, options.threshold);
  const peers = peersNoun(form);
  return found.map((finding) => {
    table.markWarned(finding.entry);
    return outlierProblem(sheet, finding, columns[finding.figure], peers);
  });
}

function outlierProblem(sheet: OutlierSheet, finding: OutlierFinding, col: Located, peers: Text | undefined): Problem {
  const { month, own } = finding;
  const sheetRow = sheet.table.row(finding.entry).sheetRow;
  const params = {
    amount: shown(col, month.sums[finding.figure]),
    name: month.owner.name,
    month: monthText({ year: Math.floor(month.month / 12), month: (month.month % 12) + 1 }),
    rows: month.rows,
    peers,
    ...(own ? { ownMedian: shown(col, own.median) } : {}),
    ...(finding.peers ? { peerMedian: shown(col, finding.peers.median) } : {}),
  };
  const value = cellText(sheet.rows[sheetRow - 1]?.[col.index] ?? '');
  return problemOf(sheet.messages, { code: 'OUTLIER', col, params }, sheetRow, value);
}
