// Reads the workbook's registry sheet (ทะเบียน อปท.) into a registry index: through its named range when the add-on made it
// (one call fewer), else by the sheet's name, so a registry sheet made by hand works too.

import { cellText } from '../core/cell';
import { provinceByCode } from '../core/geo/provinces';
import { REGISTRY_SHEET } from '../core/messages/sheets';
import type { Text } from '../core/messages/text';
import { registryFromTable } from '../core/registry/fromRows';
import { indexRegistry, type RegistryIndex } from '../core/registry/match';
import type { SpreadsheetApi } from './adapter/services';
import type { SheetDays } from './adapter/sheetDays';
import { readUsedBlock, toCellValues } from './adapter/sheetValues';

export const REGISTRY_RANGE = 'khongdee_registry';
/** set in document properties once the add-on has made the registry sheet and its named range */
export const REGISTRY_MADE_KEY = 'khongdee.made.registry';

export type RegistryRead =
  | { readonly ok: true; readonly index: RegistryIndex | null }
  | { readonly ok: false; readonly message: Text };

/** `madeByAddOn`: the add-on made the sheet and its named range, so one call finds it; a hand-made sheet is found by name. */
export function readRegistrySheet(ss: SpreadsheetApi, madeByAddOn: boolean, days: SheetDays): RegistryRead {
  const named = madeByAddOn ? ss.getRangeByName(REGISTRY_RANGE) : null;
  const sheet = named ? null : ss.getSheetByName(REGISTRY_SHEET);
  const block = named ? toCellValues(named.getValues(), days) : sheet ? readUsedBlock(sheet, days) : null;
  if (!block) return { ok: true, index: null };
  const rows = block.map((r) => r.map(cellText)).filter((r) => r.some((c) => c.trim() !== ''));
  const built = registryFromTable(rows);
  if (!built.ok) return { ok: false, message: built.message };
  return { ok: true, index: indexRegistry(built.registry, provinceByCode) };
}
