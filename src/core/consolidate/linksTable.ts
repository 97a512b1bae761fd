// The ลิงก์ซ้ำข้ามจังหวัด table: each canonical link claimed in more than one province, with its platform and the provinces.

import { consolidateMessages as M } from '../messages/consolidate';
import { PLATFORM_NAMES } from '../messages/platforms';
import type { ReportColumn, ReportRow, ReportTable } from '../report/types';
import type { CrossProvinceLink } from './types';

export const LINK_COLUMNS: readonly ReportColumn[] = [
  { header: M.columns.seq, format: 'text', width: 5 },
  { header: M.columns.link, format: 'text', width: 48 },
  { header: M.columns.platform, format: 'text', width: 12 },
  { header: M.columns.provinceCount, format: 'integer', width: 12 },
  { header: M.columns.provinces, format: 'text', width: 40 },
];

export function crossLinksTable(links: readonly CrossProvinceLink[], subtitle: readonly string[]): ReportTable {
  const rows: ReportRow[] = links.map((l, i) => ({
    cells: [i + 1, l.canonical, PLATFORM_NAMES[l.platform], l.provinces.length, l.provinces.join(', ')],
    style: 'normal',
  }));
  if (rows.length === 0) rows.push({ cells: [M.noLinksShared], style: 'heading' });
  return {
    sheetName: M.sheet.links,
    title: M.linksTitle.th,
    subtitle,
    columns: LINK_COLUMNS,
    rows,
    footnotes: links.length > 0 ? [...M.linksFootnotes] : [],
  };
}
