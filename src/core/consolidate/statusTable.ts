// The สถานะรายจังหวัด table: one row per province under its inspection-zone heading, with where its report came from,
// what was read, the latest submission, the status with what the province should do, and where it stands on certifying
// the period; unplaced sources come last.

import { zoneHeading } from '../geo/provinces';
import { consolidateMessages as M } from '../messages/consolidate';
import { thaiDateShort, thaiMonthShort } from '../normalise/dates';
import type { ReportCell, ReportColumn, ReportRow, ReportTable } from '../report/types';
import { certificationText } from './certification';
import { statusCounts, statusExplanation, statusLabel } from './status';
import type { ProvinceStatus } from './types';

/** "2026-11-21" → "21 พ.ย. 2569", "2026-11" → "พ.ย. 2569"; as text, so every renderer shows the B.E. date the same way. */
export function thaiShortIsoDate(iso: string | null): string | null {
  const m = iso === null ? null : /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return null;
  const [year, month] = [Number(m[1]), Number(m[2])];
  return m[3] === undefined ? thaiMonthShort({ year, month }) : thaiDateShort({ year, month, day: Number(m[3]) });
}

export const STATUS_COLUMNS: readonly ReportColumn[] = [
  { header: M.columns.seq, format: 'text', width: 5 },
  { header: M.columns.province, format: 'text', width: 18 },
  { header: M.columns.source, format: 'text', width: 28 },
  { header: M.columns.rowsRead, format: 'integer', width: 11 },
  { header: M.columns.errors, format: 'integer', width: 11 },
  { header: M.columns.warnings, format: 'integer', width: 11 },
  { header: M.columns.latest, format: 'text', width: 13 },
  { header: M.columns.status, format: 'text', width: 18 },
  { header: M.columns.explanation, format: 'text', width: 60 },
  { header: M.columns.certification, format: 'text', width: 30 },
];

/** `timed`: the consolidation has a period, so each province's certification of it can be told. */
function statusRow(s: ProvinceStatus, seq: number, timed: boolean): ReportRow {
  // nothing read is unknown, not zero: a province that has not reported did not report zero rows
  const read = s.status === 'ok' || s.rowsRead > 0;
  const count = (n: number): ReportCell => (read ? n : null);
  return {
    cells: [
      seq,
      s.province?.nameTh ?? M.unplacedHeading,
      s.source,
      count(s.rowsRead),
      count(s.errors),
      count(s.warnings),
      thaiShortIsoDate(s.latestSubmission),
      statusLabel(s).th,
      statusExplanation(s).th,
      // a source of unknown province certifies nothing the table can place
      s.province === null ? null : certificationText(s.certification, timed).th,
    ],
    style: 'normal',
  };
}

export function statusTable(
  statuses: readonly ProvinceStatus[],
  subtitle: readonly string[],
  timed: boolean,
  notes: readonly string[] = [],
): ReportTable {
  const rows: ReportRow[] = [];
  let zone: number | null = null;
  let seq = 0;
  for (const s of statuses) {
    if (s.province === null) continue;
    if (s.province.zone !== zone) {
      zone = s.province.zone;
      rows.push({ cells: [zoneHeading(zone)], style: 'heading' });
    }
    rows.push(statusRow(s, ++seq, timed));
  }
  const unplaced = statuses.filter((s) => s.province === null);
  if (unplaced.length > 0) {
    rows.push({ cells: [M.unplacedHeading], style: 'heading' });
    for (const s of unplaced) rows.push(statusRow(s, ++seq, timed));
  }
  const footnotes = [M.statusCounts(statusCounts(statuses)).th, M.latestFootnote];
  if (unplaced.length > 0) footnotes.push(M.unplacedCount(unplaced.length).th);
  if (!timed) footnotes.push(M.certification.noPeriodFootnote);
  footnotes.push(...notes);
  return { sheetName: M.sheet.status, title: M.statusTitle.th, subtitle, columns: STATUS_COLUMNS, rows, footnotes };
}
