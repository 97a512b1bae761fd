// Finds the report sheet the sidebar writes to (the one used last, else the active one, else any with a report header),
// reading only its top rows: header, title lines and a few entries, never the whole data block.

import { REPORT_SHEET_KEY } from '../reportSheet';
import type { CellValue } from '../../core/cell';
import { DLA_ONLINE_MARKET } from '../../core/form/dlaOnlineMarket';
import { detectHeader, type SheetHeader } from '../../core/form/headers';
import { provinceByCode } from '../../core/geo/provinces';
import type { Province } from '../../core/geo/types';
import { entryMessages } from '../../core/messages/entry';
import { sheetMessages } from '../../core/messages/sheets';
import type { Text } from '../../core/messages/text';
import { indexRegistry, type ProvinceRegistry, type RegistryIndex } from '../../core/registry/match';
import { PHAYAO_DEMO_REGISTRY } from '../../core/registry/phayaoDemo';
import { provinceOfSheet } from '../../core/rollup/sheetProvince';
import { toCellValues } from '../adapter/sheetValues';
import type { PropertiesApi, SheetApi, SpreadsheetApi, Services } from '../adapter/services';
import { readRegistrySheet, REGISTRY_MADE_KEY } from '../registrySheet';

/** header detection scans 20 rows; a few more give the province column some data rows to read */
const TOP_ROWS = 30;
const PHAYAO_CODE = '56';

export interface ReportLocation {
  readonly ss: SpreadsheetApi;
  readonly sheet: SheetApi;
  readonly sheetName: string;
  /** the top of the sheet as read (at most TOP_ROWS rows, the used width) */
  readonly rows: readonly CellValue[][];
  readonly header: SheetHeader;
  readonly province: Province;
  /** the workbook's registry, or the built-in one for พะเยา; null when there is none */
  readonly registry: RegistryIndex | null;
  /** the province's part of it, when it has one */
  readonly reg: ProvinceRegistry | undefined;
  readonly props: PropertiesApi;
}

export type LocateResult = { readonly ok: true; readonly report: ReportLocation } | { readonly ok: false; readonly message: Text };

interface TopOfSheet {
  readonly sheet: SheetApi;
  readonly rows: CellValue[][];
  readonly header: SheetHeader;
}

function readTop(sheet: SheetApi): TopOfSheet | null {
  const lastRow = sheet.getLastRow();
  if (lastRow === 0) return null;
  const rows = toCellValues(sheet.getRange(1, 1, Math.min(TOP_ROWS, lastRow), Math.max(1, sheet.getLastColumn())).getValues());
  const detected = detectHeader(rows, DLA_ONLINE_MARKET);
  return detected.ok ? { sheet, rows, header: detected.header } : null;
}

function findReportSheet(ss: SpreadsheetApi, props: PropertiesApi): TopOfSheet | null {
  const remembered = props.getProperty(REPORT_SHEET_KEY);
  const known = remembered === null ? null : ss.getSheetById(Number(remembered));
  const fromMemory = known ? readTop(known) : null;
  if (fromMemory) return fromMemory;
  const candidates = [ss.getActiveSheet(), ...ss.getSheets()];
  const seen = new Set<number>(known ? [Number(remembered)] : []);
  for (const sheet of candidates) {
    const id = sheet.getSheetId();
    if (seen.has(id)) continue;
    seen.add(id);
    const top = readTop(sheet);
    if (top) {
      props.setProperty(REPORT_SHEET_KEY, String(id));
      return top;
    }
  }
  return null;
}

export function locateReport(services: Services): LocateResult {
  const ss = services.spreadsheetApp.getActiveSpreadsheet();
  const props = services.propertiesService.getDocumentProperties();
  const top = findReportSheet(ss, props);
  if (!top) return { ok: false, message: sheetMessages.noReportSheet };
  const read = readRegistrySheet(ss, props.getProperty(REGISTRY_MADE_KEY) !== null);
  if (!read.ok) return read;
  const sheetName = top.sheet.getName();
  const demo = indexRegistry(PHAYAO_DEMO_REGISTRY, provinceByCode);
  // a registry of one province also names the report's province when the sheet itself does not
  const only = read.index && read.index.provinces.size === 1 ? [...read.index.provinces.values()][0].province : undefined;
  const found = provinceOfSheet(top.rows, DLA_ONLINE_MARKET, top.header, { file: '', sheetName, registry: read.index ?? demo, fallback: only });
  if (!found.ok) return { ok: false, message: entryMessages.noProvince };
  const registry = read.index ?? (found.province.code === PHAYAO_CODE ? demo : null);
  const reg = registry?.provinces.get(found.province.code);
  return { ok: true, report: { ss, sheet: top.sheet, sheetName, rows: top.rows, header: top.header, province: found.province, registry, reg, props } };
}
