// A twin workbook holding a report sheet of จังหวัดพะเยา, built from generated rows, for the add-on's action tests.

import { generateRows } from '../../bench/generate';
import type { EntryPayload } from '../../src/addon/entry/types';
import { PHAYAO_DEMO_REGISTRY } from '../../src/core/registry/phayaoDemo';
import type { SeedCell, Twin, Workbook } from '../../src/twin';
import { officerTwin } from './manifestTwin';

export const TODAY = { year: 2026, month: 11, day: 21 };
export const REPORT_SHEET = 'รายงานผล';

/** An officer's valid submission for ทต.แม่กา, เมืองพะเยา, with its own submission id. */
export function samplePayload(id: string, revenue = '1500'): EntryPayload {
  return {
    id,
    attempt: 1,
    values: {
      district: 'เมืองพะเยา',
      lao: 'ทต.แม่กา',
      date: '2026-11-20',
      product: 'ข้าวกล้อง',
      links: ['https://www.facebook.com/share/p/1001/'],
      salesCount: '3',
      revenue,
      beneficiaries: '4',
      note: '',
    },
    confirmWarnings: true,
  };
}

/** Row 1 names the province; the generated rows follow (their own title line and header, then data), typed into `book`. */
export function reportRows(count: number, book: Workbook): SeedCell[][] {
  const rows = generateRows(count, PHAYAO_DEMO_REGISTRY.laos);
  return book.typedRows([['จังหวัดพะเยา', '', '', '', '', '', '', '', '', ''], ...rows]);
}

/** `timeZone`: the spreadsheet's own zone (Asia/Bangkok unless given), in which its date cells were typed. */
export function twinWithReport(count: number, timeZone?: string): Twin {
  const twin = officerTwin({ userEmail: 'officer@phayao.go.th', workbook: { timeZone } });
  twin.workbook.addSheet(REPORT_SHEET, reportRows(count, twin.workbook));
  return twin;
}

/** A fingerprint of the entry block (the form's ten columns of every row), to prove an action left the entries alone. */
export function checksum(twin: Twin): string {
  return JSON.stringify(
    twin.workbook
      .sheet(REPORT_SHEET)
      .peek()
      .values.map((row) => row.slice(0, 10)),
  );
}
