// The ทะเบียน อปท. action: writes the registry sheet of the report's province, from the built-in demo registry or from
// rows of DLA's open-data file that the dialog read in the browser, with a named range the other actions read in one call.

import { type CellValue, cellText } from '../../core/cell';
import type { SheetHeader } from '../../core/form/headers';
import type { FormSpec } from '../../core/form/types';
import { provinceByCode } from '../../core/geo/provinces';
import type { Province } from '../../core/geo/types';
import { registrySheetMessages as M, REGISTRY_SHEET, sheetMessages } from '../../core/messages/sheets';
import type { Text } from '../../core/messages/text';
import { registryFromTable } from '../../core/registry/fromRows';
import { LAO_TYPE_INFO } from '../../core/registry/laoTypes';
import { indexRegistry } from '../../core/registry/match';
import { PHAYAO_DEMO_REGISTRY } from '../../core/registry/phayaoDemo';
import type { Lao } from '../../core/registry/types';
import { provinceOfSheet } from '../../core/rollup/sheetProvince';
import type { PropertiesApi, Services, SpreadsheetApi } from '../adapter/services';
import { type SheetDays, sheetDays } from '../adapter/sheetDays';
import { REGISTRY_MADE_KEY, REGISTRY_RANGE } from '../registrySheet';
import { readReportBlock } from '../reportSheet';
import { workbookForm } from '../workbookForm';

export interface RegistryOutcome {
  readonly ok: boolean;
  readonly message: Text;
  /** the sheet exists and replacing it needs the person's yes */
  readonly needsConfirmation?: boolean;
}

/** The province a report block of `form` names, with the demo registry to vote. */
export function blockProvince(rows: readonly CellValue[][], header: SheetHeader, form: FormSpec): Province | null {
  const found = provinceOfSheet(rows, form, header, {
    file: '',
    sheetName: '',
    registry: indexRegistry(PHAYAO_DEMO_REGISTRY, provinceByCode),
  });
  return found.ok ? found.province : null;
}

/** The province of the report sheet (found as every action finds it, from whichever tab the person is on). */
export function reportProvince(ss: SpreadsheetApi, props: PropertiesApi, days: SheetDays): Province | null {
  const form = workbookForm(props);
  const read = readReportBlock(ss, props, form, days);
  return read.ok ? blockProvince(read.block.rows, read.block.header, form) : null;
}

/** Writes the registry sheet: one setValues, one named range; the text codes stay text. */
export function writeRegistry(services: Services, laos: readonly Lao[]): void {
  const ss = services.spreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName(REGISTRY_SHEET) ?? ss.insertSheet(REGISTRY_SHEET);
  const rows = [
    M.header,
    ...laos.map((l) => [
      `'${l.code}`,
      LAO_TYPE_INFO[l.type].shortPrefix || LAO_TYPE_INFO[l.type].dlaType,
      l.name,
      l.districtName,
      l.provinceName,
      l.email ?? '',
    ]),
  ];
  sheet.clear();
  const height = Math.max(rows.length, sheet.getMaxRows());
  if (rows.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  sheet.getRange(1, 1, rows.length, M.header.length).setValues(rows);
  sheet.getRange(1, 1, 1, M.header.length).setFontWeight('bold');
  sheet.setFrozenRows(1);
  // the whole height, so rows a person adds below are read too
  ss.setNamedRange(REGISTRY_RANGE, sheet.getRange(1, 1, height, M.header.length));
  services.propertiesService.getDocumentProperties().setProperty(REGISTRY_MADE_KEY, '1');
}

/**
 * Writes the registry of the report's province from `rows` (a table with DLA's or our columns, as the dialog sends it),
 * or from the built-in demo registry when `rows` is null. Replacing an existing sheet needs `confirmed`.
 */
export function runRegistry(
  services: Services,
  rows: readonly (readonly string[])[] | null,
  confirmed: boolean,
): RegistryOutcome {
  const ss = services.spreadsheetApp.getActiveSpreadsheet();
  const province = reportProvince(
    ss,
    services.propertiesService.getDocumentProperties(),
    sheetDays(ss, services.utilities),
  );
  if (!province) return { ok: false, message: sheetMessages.noProvince };
  let laos: readonly Lao[] = PHAYAO_DEMO_REGISTRY.laos;
  if (rows) {
    const built = registryFromTable(rows.map((r) => r.map((c) => cellText(c))));
    if (!built.ok) return { ok: false, message: built.message };
    laos = built.registry.laos;
  }
  const mine = laos.filter((l) => l.provinceCode === province.code);
  if (mine.length === 0) return { ok: false, message: M.noneForProvince(province.nameTh) };
  if (!confirmed && ss.getSheetByName(REGISTRY_SHEET))
    return { ok: false, needsConfirmation: true, message: M.confirmReplace(mine.length, province.nameTh) };
  writeRegistry(services, mine);
  return { ok: true, message: M.written(mine.length, province.nameTh) };
}

export interface RegistryDialogContext {
  readonly province: { readonly code: string; readonly name: string } | null;
  /** the built-in registry covers this province */
  readonly demoAvailable: boolean;
}

/** What the registry dialog shows first: the report's province, and whether the built-in registry covers it. */
export function registryDialogContext(services: Services): RegistryDialogContext {
  const ss = services.spreadsheetApp.getActiveSpreadsheet();
  const province = reportProvince(
    ss,
    services.propertiesService.getDocumentProperties(),
    sheetDays(ss, services.utilities),
  );
  return {
    province: province ? { code: province.code, name: province.nameTh } : null,
    demoAvailable: province !== null && PHAYAO_DEMO_REGISTRY.laos.some((l) => l.provinceCode === province.code),
  };
}

export function showRegistryDialog(services: Services): void {
  const html = services.htmlService.createHtmlOutputFromFile('RegistryDialog').setWidth(420).setHeight(360);
  services.spreadsheetApp.getUi().showModalDialog(html, M.title.th);
}
