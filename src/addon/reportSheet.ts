// Reads the report sheet once and checks it with the core, matching อปท. to the workbook's registry when it has one.
// The report sheet is the active one, or else the one last checked (remembered by id), so the actions also work from
// another tab. Shared by the check and the roll-up actions, so both read the data block exactly once.

import { detectHeader } from '../core/form/headers';
import type { FormSpec } from '../core/form/types';
import type { Province } from '../core/geo/types';
import type { Text } from '../core/messages/text';
import { sheetMessages } from '../core/messages/sheets';
import { provinceMatcher, textIdentity, type RegistryIndex } from '../core/registry/match';
import { provinceOfSheet } from '../core/rollup/sheetProvince';
import type { SheetValidation } from '../core/validate/types';
import { validateSheet, type CalendarDay } from '../core/validate/validateSheet';
import type { CellValue } from '../core/cell';
import { toCellValues } from './adapter/sheetValues';
import type { PropertiesApi, RangeApi, SpreadsheetApi } from './adapter/services';
import { readRegistrySheet, REGISTRY_MADE_KEY } from './registrySheet';

/** document property: the id of the report sheet checked last, so the actions also work from another tab */
export const REPORT_SHEET_KEY = 'khongdee.reportSheetId';

export interface CheckedSheet {
  readonly sheetId: number | null;
  /** the data block as read: marks are written back to the same range, with no call to find it */
  readonly range: RangeApi;
  readonly rows: readonly CellValue[][];
  readonly province: Province | null;
  readonly registry: RegistryIndex | null;
  readonly validation: SheetValidation;
}

export type CheckedSheetResult = { readonly ok: true; readonly checked: CheckedSheet } | { readonly ok: false; readonly message: Text };

export interface ReadOptions {
  /** the check needs the sheet id for its links; the roll-up does not and saves the call */
  readonly needSheetId: boolean;
}

function noHeader(detail: Text): Text {
  return { th: `${sheetMessages.noReportSheet.th}\n\n${detail.th}`, en: `${sheetMessages.noReportSheet.en}\n\n${detail.en}` };
}

export function checkReportSheet(ss: SpreadsheetApi, form: FormSpec, today: CalendarDay, props: PropertiesApi, options: ReadOptions): CheckedSheetResult {
  let sheetId = options.needSheetId ? ss.getSheetId() : null;
  let range = ss.getDataRange();
  let rows = toCellValues(range.getValues());
  let detected = detectHeader(rows, form);
  const remembered = props.getProperty(REPORT_SHEET_KEY);
  if (!detected.ok && remembered !== null) {
    // the person is on another tab (a summary, say): use the report sheet checked last time
    const sheet = ss.getSheetById(Number(remembered));
    if (sheet) {
      sheetId = Number(remembered);
      range = sheet.getDataRange();
      rows = toCellValues(range.getValues());
      detected = detectHeader(rows, form);
    }
  }
  if (!detected.ok) return { ok: false, message: noHeader(detected.message) };
  if (sheetId !== null) props.setProperty(REPORT_SHEET_KEY, String(sheetId));

  const registry = readRegistrySheet(ss, props.getProperty(REGISTRY_MADE_KEY) !== null);
  if (!registry.ok) return registry;
  const found = provinceOfSheet(rows, form, detected.header, { file: '', sheetName: '', registry: registry.index });
  const province = found.ok ? found.province : null;
  const reg = province && registry.index ? registry.index.provinces.get(province.code) : undefined;
  const identify = registry.index && reg ? provinceMatcher(registry.index, reg) : (lao: string, district: string | null) => textIdentity(lao, district, province?.nameTh ?? '');
  const checked = validateSheet(rows, form, { today, identify });
  if (!checked.ok) return checked;
  return { ok: true, checked: { sheetId, range, rows, province, registry: registry.index, validation: checked.result } };
}
