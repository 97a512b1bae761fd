// Reads the ค่าเป้าหมาย sheet a province or DLA keeps by hand: the district summary and national consolidation compare with it.

import { DLA_ONLINE_MARKET } from '../core/form/dlaOnlineMarket';
import { TARGETS_SHEET } from '../core/messages/sheets';
import type { RegistryIndex } from '../core/registry/match';
import { parseTargets, type TargetsResult } from '../core/rollup/targets';
import type { SpreadsheetApi } from './adapter/services';
import type { SheetDays } from './adapter/sheetDays';
import { readUsedBlock } from './adapter/sheetValues';

/** No sheet means no targets (two calls when there is one). */
export function readTargetsSheet(
  ss: SpreadsheetApi,
  registry: RegistryIndex | null,
  days: SheetDays,
): TargetsResult | { readonly ok: true; readonly targets: null } {
  const sheet = ss.getSheetByName(TARGETS_SHEET);
  if (!sheet) return { ok: true, targets: null };
  return parseTargets(readUsedBlock(sheet, days), DLA_ONLINE_MARKET, TARGETS_SHEET, registry);
}
