// Reads the ค่าเป้าหมาย sheet a province or DLA keeps by hand: the district summary and national consolidation compare with it.

import type { FormSpec } from '../core/form/types';
import { TARGETS_SHEET } from '../core/messages/sheets';
import type { RegistryIndex } from '../core/registry/match';
import { parseTargets, type TargetsResult } from '../core/rollup/targets';
import type { SpreadsheetApi } from './adapter/services';
import type { SheetDays } from './adapter/sheetDays';
import { readUsedBlock } from './adapter/sheetValues';

/** No sheet means no targets (two calls when there is one); `form`: the workbook's, whose target columns it reads. */
export function readTargetsSheet(
  ss: SpreadsheetApi,
  registry: RegistryIndex | null,
  days: SheetDays,
  form: FormSpec,
): TargetsResult | { readonly ok: true; readonly targets: null } {
  const sheet = ss.getSheetByName(TARGETS_SHEET);
  if (!sheet) return { ok: true, targets: null };
  return parseTargets(readUsedBlock(sheet, days), form, TARGETS_SHEET, registry);
}
