// Twins for the central consolidation tests: DLA's registry pasted into ทะเบียน อปท., province spreadsheets reachable by id, and
// a clock that advances with every Spreadsheet call, so a run can be cut off by its time budget.

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { CellValue } from '../../src/core/cell';
import { type SeedCell, TWIN_NOW, type Twin, type TwinOptions, type Workbook } from '../../src/twin';
import { centralTwin, officerTwin } from '../support/manifestTwin';
import { REGISTRY_CSV } from '../support/rollupData';

export const REGISTRY_ROWS: string[][] = parse(readFileSync(REGISTRY_CSV, 'utf8').replace(/^\uFEFF/, '')) as string[][];
export const START = TWIN_NOW; // 09:00 in Bangkok on 21 Nov 2026 (the fixtures' "today")
export const STAFF = 'staff@dla.go.th';

export interface ClockedTwin {
  readonly twin: Twin;
  /** ms per Spreadsheet call the clock adds (set to 0 to freeze it) */
  msPerCall: number;
}

/**
 * A twin whose clock is START plus `msPerCall` for every Spreadsheet call made so far (the cost model of bench/addonBudget.ts),
 * so Apps Script's time limit falls where the calls would put it.
 */
export interface ClockedOptions {
  readonly scriptApp: boolean;
  readonly msPerCall?: number;
  readonly script?: 'officer' | 'central';
  /** the central twin's: the user's language, scopes left unticked on the consent screen, a standalone script */
  readonly twin?: Pick<TwinOptions, 'locale' | 'deniedScopes' | 'containerBound'>;
}

export function clockedTwin(options: ClockedOptions): ClockedTwin {
  const out: ClockedTwin = { twin: undefined as unknown as Twin, msPerCall: options.msPerCall ?? 150 };
  let offset = 0;
  let lastCalls = 0;
  // on the manifest of the script it stands for: the central script's unless the officer add-on's is asked for
  const twin =
    options.script === 'officer'
      ? officerTwin({ userEmail: STAFF })
      : centralTwin({ ...options.twin, userEmail: STAFF, scriptApp: options.scriptApp });
  twin.clock = () => {
    offset += (twin.counter.calls - lastCalls) * out.msPerCall;
    lastCalls = twin.counter.calls;
    return START + offset;
  };
  (out as { twin: Twin }).twin = twin;
  return out;
}

/** The national registry as DLA's CSV, pasted into the central workbook's ทะเบียน อปท. sheet. */
export function addRegistry(book: Workbook): void {
  book.addSheet('ทะเบียน อปท.', REGISTRY_ROWS);
}

/**
 * A province's own spreadsheet: its report as the first tab (or under another tab first, when `coverTab` is given), its
 * dates typed in the file's own time zone (Asia/Bangkok unless given).
 */
export function addProvinceFile(
  twin: Twin,
  id: string,
  tab: string,
  rows: readonly (readonly CellValue[])[],
  coverTab?: string,
  timeZone?: string,
): Workbook {
  const book = twin.addWorkbook({ id, name: `รายงาน ${tab}`, timeZone });
  if (coverTab) book.addSheet(coverTab, [['คำชี้แจงการกรอกแบบรายงาน']]);
  book.addSheet(tab, book.typedRows(rows), { maxRows: rows.length + 20 });
  return book;
}

export const url = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`;

/** ทะเบียนไฟล์จังหวัด as staff fill it in: [province as typed, link or id, tab]. */
export function registerRows(entries: readonly (readonly [string, string, string?])[]): SeedCell[][] {
  return [
    ['ทะเบียนไฟล์แบบรายงานของจังหวัด'],
    ['ที่', 'เขตตรวจราชการ', 'จังหวัด', 'ลิงก์หรือรหัสไฟล์ Google Sheets', 'ชื่อแผ่นงาน (ถ้าไม่ใช่แผ่นแรก)', 'หมายเหตุ'],
    ...entries.map(([province, link, tab], i) => [i + 1, '', province, link, tab ?? '', '']),
  ];
}
