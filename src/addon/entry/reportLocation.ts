// Finds the report sheet the sidebar writes to, as every action finds it (see findReportSheet), reading only its top rows:
// header, title lines and a few entries, never the whole data block.

import type { CellValue } from '../../core/cell';
import { detectHeader, type SheetHeader } from '../../core/form/headers';
import type { FormSpec } from '../../core/form/types';
import { provinceByCode } from '../../core/geo/provinces';
import type { Province } from '../../core/geo/types';
import { entryMessages } from '../../core/messages/entry';
import { sheetMessages } from '../../core/messages/sheets';
import type { Text } from '../../core/messages/text';
import { indexRegistry, type ProvinceRegistry, type RegistryIndex } from '../../core/registry/match';
import { PHAYAO_DEMO_REGISTRY } from '../../core/registry/phayaoDemo';
import { provinceOfSheet } from '../../core/rollup/sheetProvince';
import type { PropertiesApi, Services, SheetApi, SpreadsheetApi } from '../adapter/services';
import { type SheetDays, sheetDays } from '../adapter/sheetDays';
import { toCellValues } from '../adapter/sheetValues';
import { REGISTRY_MADE_KEY, readRegistrySheet } from '../registrySheet';
import { findReportSheet } from '../reportSheet';
import { workbookForm } from '../workbookForm';

/** header detection scans 20 rows; a few more give the province column some data rows to read */
const TOP_ROWS = 30;
const PHAYAO_CODE = '56';

export interface ReportLocation {
  readonly ss: SpreadsheetApi;
  readonly sheet: SheetApi;
  readonly sheetName: string;
  /** the form the sheet is a report of */
  readonly form: FormSpec;
  /** the top of the sheet as read (at most TOP_ROWS rows, the used width) */
  readonly rows: readonly CellValue[][];
  readonly header: SheetHeader;
  /** the sheet's last row with content (1-based), as read with its top */
  readonly lastRow: number;
  readonly province: Province;
  /** the workbook's registry, or the built-in one for พะเยา; null when there is none */
  readonly registry: RegistryIndex | null;
  /** the province's part of it, when it has one */
  readonly reg: ProvinceRegistry | undefined;
  readonly props: PropertiesApi;
  /** the spreadsheet's calendar: its date cells read, and the entry's date written, in its own time zone */
  readonly days: SheetDays;
}

export type LocateResult =
  | { readonly ok: true; readonly report: ReportLocation }
  | { readonly ok: false; readonly message: Text };

interface TopOfSheet {
  readonly rows: CellValue[][];
  readonly header: SheetHeader;
  readonly lastRow: number;
}

function readTop(sheet: SheetApi, days: SheetDays, form: FormSpec): TopOfSheet | null {
  const lastRow = sheet.getLastRow();
  if (lastRow === 0) return null;
  const rows = toCellValues(
    sheet.getRange(1, 1, Math.min(TOP_ROWS, lastRow), Math.max(1, sheet.getLastColumn())).getValues(),
    days,
  );
  const detected = detectHeader(rows, form);
  return detected.ok ? { rows, header: detected.header, lastRow } : null;
}

/** The report sheet of `form`, or of the workbook's form (see workbookForm) when none is given. */
export function locateReport(services: Services, given?: FormSpec): LocateResult {
  const ss = services.spreadsheetApp.getActiveSpreadsheet();
  const props = services.propertiesService.getDocumentProperties();
  const form = given ?? workbookForm(props);
  const days = sheetDays(ss, services.utilities);
  const located = findReportSheet(ss, props, (sheet) => readTop(sheet, days, form));
  if (!located) return { ok: false, message: sheetMessages.noReportSheet };
  const top = { sheet: located.sheet, ...located.found };
  const read = readRegistrySheet(ss, props.getProperty(REGISTRY_MADE_KEY) !== null, days);
  if (!read.ok) return read;
  const sheetName = top.sheet.getName();
  const demo = indexRegistry(PHAYAO_DEMO_REGISTRY, provinceByCode);
  // a registry of one province also names the report's province when the sheet itself does not
  const only =
    read.index && read.index.provinces.size === 1 ? [...read.index.provinces.values()][0].province : undefined;
  const found = provinceOfSheet(top.rows, form, top.header, {
    file: '',
    sheetName,
    registry: read.index ?? demo,
    fallback: only,
  });
  if (!found.ok) return { ok: false, message: entryMessages.noProvince };
  const registry = read.index ?? (found.province.code === PHAYAO_CODE ? demo : null);
  const reg = registry?.provinces.get(found.province.code);
  return {
    ok: true,
    report: {
      ss,
      sheet: top.sheet,
      sheetName,
      form,
      rows: top.rows,
      header: top.header,
      lastRow: top.lastRow,
      province: found.province,
      registry,
      reg,
      props,
      days,
    },
  };
}
