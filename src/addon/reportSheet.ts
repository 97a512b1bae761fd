// Finds the report sheet every action works on, and reads and checks it once with the core. Never "whatever sheet is
// active": each run that makes a sheet leaves the person on it (insertSheet activates the new sheet), so the report is
// the sheet remembered by id in document properties, else the first sheet with a report header, never one we generated.

import type { CellValue } from '../core/cell';
import { detectHeader, type SheetHeader } from '../core/form/headers';
import type { FormSpec } from '../core/form/types';
import type { Province } from '../core/geo/types';
import { sheetMessages } from '../core/messages/sheets';
import type { Text } from '../core/messages/text';
import { provinceMatcher, type RegistryIndex, textIdentity } from '../core/registry/match';
import { provinceOfSheet } from '../core/rollup/sheetProvince';
import { withTamperCheck } from '../core/validate/tamperCheck';
import type { SheetValidation } from '../core/validate/types';
import { type CalendarDay, validateSheet } from '../core/validate/validateSheet';
import { isGenerated, madeSheet } from './adapter/generatedSheets';
import type { PropertiesApi, SheetApi, SpreadsheetApi } from './adapter/services';
import type { SheetDays } from './adapter/sheetDays';
import { readUsedBlock } from './adapter/sheetValues';
import { REGISTRY_MADE_KEY, readRegistrySheet } from './registrySheet';

/** document property: the id of the report sheet, so every action finds it again from any tab */
export const REPORT_SHEET_KEY = 'khongdee.reportSheetId';

export interface FoundSheet<T> {
  readonly sheet: SheetApi;
  readonly sheetId: number;
  /** what the reader made of the sheet */
  readonly found: T;
}

/**
 * The report sheet and what `read` made of it (null from `read`: not a report sheet). While the remembered sheet is still
 * a report this is one getSheetById and one read; otherwise the sheet the person is on, then every other sheet, is tried
 * (sheets the add-on generated are skipped) and the one found is remembered.
 */
export function findReportSheet<T>(
  ss: SpreadsheetApi,
  props: PropertiesApi,
  read: (sheet: SheetApi) => T | null,
): FoundSheet<T> | null {
  const remembered = props.getProperty(REPORT_SHEET_KEY);
  const tried = new Set<number>();
  if (remembered !== null) {
    const sheetId = Number(remembered);
    tried.add(sheetId);
    const sheet = ss.getSheetById(sheetId);
    const found = sheet ? read(sheet) : null;
    if (sheet && found !== null) return { sheet, sheetId, found };
  }
  const attempt = (sheet: SheetApi): FoundSheet<T> | null => {
    const sheetId = sheet.getSheetId();
    if (tried.has(sheetId)) return null;
    tried.add(sheetId);
    if (isGenerated(sheet)) return null;
    const found = read(sheet);
    if (found === null) return null;
    props.setProperty(REPORT_SHEET_KEY, String(sheetId));
    return { sheet, sheetId, found };
  };
  // the tab the person is on first: with two report sheets and none remembered, it is the one they mean
  const onActive = attempt(ss.getActiveSheet());
  if (onActive) return onActive;
  for (const sheet of ss.getSheets()) {
    const found = attempt(sheet);
    if (found) return found;
  }
  return null;
}

export interface ReportBlock {
  /** the used block from A1, read in one call (a rectangle: every row as wide as the widest) */
  readonly rows: readonly CellValue[][];
  readonly header: SheetHeader;
}

export type ReportBlockResult =
  | { readonly ok: true; readonly sheet: SheetApi; readonly sheetId: number; readonly block: ReportBlock }
  | { readonly ok: false; readonly message: Text };

/** The report sheet's whole used block (one read), or why there is none: what the first sheet tried lacks. */
export function readReportBlock(
  ss: SpreadsheetApi,
  props: PropertiesApi,
  form: FormSpec,
  days: SheetDays,
): ReportBlockResult {
  const lacks: Text[] = [];
  const found = findReportSheet(ss, props, (sheet): ReportBlock | null => {
    const rows = readUsedBlock(sheet, days);
    const detected = detectHeader(rows, form);
    if (detected.ok) return { rows, header: detected.header };
    lacks.push(detected.message);
    return null;
  });
  if (found) return { ok: true, sheet: found.sheet, sheetId: found.sheetId, block: found.found };
  const detail = lacks[0];
  const none = sheetMessages.noReportSheet;
  return { ok: false, message: detail ? { th: `${none.th}\n\n${detail.th}`, en: `${none.en}\n\n${detail.en}` } : none };
}

export interface CheckedSheet {
  readonly sheet: SheetApi;
  readonly sheetId: number;
  readonly rows: readonly CellValue[][];
  readonly province: Province | null;
  readonly registry: RegistryIndex | null;
  readonly validation: SheetValidation;
}

export type CheckedSheetResult =
  | { readonly ok: true; readonly checked: CheckedSheet }
  | { readonly ok: false; readonly message: Text };

/**
 * The check with a warning on each row edited in the grid since the sidebar wrote it (EDITED_OUTSIDE_FORM). Only when
 * one is found are the sheet's name and the audit trail read (one read of its block), and the trail is never made here.
 */
function withTamperWarnings(
  ss: SpreadsheetApi,
  props: PropertiesApi,
  days: SheetDays,
  sheet: SheetApi,
  form: FormSpec,
  rows: readonly CellValue[][],
  validation: SheetValidation,
): SheetValidation {
  return withTamperCheck(rows, validation, form, {
    sheetName: () => sheet.getName(),
    readLog: () => {
      const log = madeSheet(ss, props, 'auditLog');
      return log ? readUsedBlock(log, days) : null;
    },
  });
}

/** Reads the report sheet once and checks it, matching อปท. to the workbook's registry when it has one. */
/** `days`: the spreadsheet's calendar, which reads its date cells as the days a person sees. */
export function checkReportSheet(
  ss: SpreadsheetApi,
  form: FormSpec,
  today: CalendarDay,
  props: PropertiesApi,
  days: SheetDays,
): CheckedSheetResult {
  const read = readReportBlock(ss, props, form, days);
  if (!read.ok) return read;
  const { rows, header } = read.block;
  const registry = readRegistrySheet(ss, props.getProperty(REGISTRY_MADE_KEY) !== null, days);
  if (!registry.ok) return registry;
  const found = provinceOfSheet(rows, form, header, { file: '', sheetName: '', registry: registry.index });
  const province = found.ok ? found.province : null;
  const reg = province && registry.index ? registry.index.provinces.get(province.code) : undefined;
  const identify =
    registry.index && reg
      ? provinceMatcher(registry.index, reg)
      : (lao: string, district: string | null) => textIdentity(lao, district, province?.nameTh ?? '');
  const checked = validateSheet(rows, form, { today, identify });
  if (!checked.ok) return checked;
  return {
    ok: true,
    checked: {
      sheet: read.sheet,
      sheetId: read.sheetId,
      rows,
      province,
      registry: registry.index,
      validation: withTamperWarnings(ss, props, days, read.sheet, form, rows, checked.result),
    },
  };
}
