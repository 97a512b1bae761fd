// What a national consolidation reads, in order: a province's tab of the open workbook, or a province's own spreadsheet listed
// in ทะเบียนไฟล์จังหวัด; the plan is data, so a later execution walks the same list in the same order.

import { consolidateMessages } from '../../core/messages/consolidate';
import { nationalRunMessages, REGISTER_SHEET } from '../../core/messages/nationalRun';
import { reportMessages } from '../../core/messages/report';
import { REGISTRY_SHEET, setupMessages, sheetMessages, TARGETS_SHEET } from '../../core/messages/sheets';
import type { Text } from '../../core/messages/text';
import { normaliseText } from '../../core/normalise/text';

export type SourceLocator =
  /** a tab of the workbook the script runs in */
  | { readonly kind: 'tab'; readonly name: string }
  /** another spreadsheet, by id; its first tab unless one is named */
  | { readonly kind: 'file'; readonly id: string; readonly tab: string | null };

export interface PlannedSource {
  /** where the report is, as the status table shows it: the tab name, or the file's URL (› tab) */
  readonly label: string;
  /** what the progress toast names while it is read */
  readonly display: string;
  /** the province the register lists it under (DOPA code); null for a tab, whose province its content or name tells */
  readonly hint: string | null;
  readonly locator: SourceLocator | null;
  /** a register row that cannot be read at all: its status without opening anything */
  readonly invalid?: { readonly status: 'notFound' | 'noProvince'; readonly detail: Text };
}

export type RunMode = 'tabs' | 'files';

// sheets the add-on and the central script write, and the inputs beside the reports: never a province's report
const SUPPORT_NAMES = new Set(
  [
    TARGETS_SHEET,
    REGISTRY_SHEET,
    REGISTER_SHEET,
    reportMessages.sheet.byDistrict,
    reportMessages.sheet.byProvince,
    reportMessages.sheet.byZone,
    reportMessages.sheet.nonReporters,
    reportMessages.sheet.problems,
    consolidateMessages.sheet.status,
    consolidateMessages.sheet.links,
    setupMessages.listsSheetName,
    nationalRunMessages.runDataSheet,
    sheetMessages.checkTitle.th,
  ].map((n) => sheetKey(n)),
);

function sheetKey(name: string): string {
  // "สรุปรายจังหวัด (2)" is the name generatedSheet falls back to when the first one is taken
  return normaliseText(name)
    .replace(/\s*\(\d+\)$/, '')
    .replace(/[\s.]/g, '');
}

/** A tab that holds one of the inputs or outputs, not a province's report: left out without being read. */
export function isSupportSheet(name: string): boolean {
  return SUPPORT_NAMES.has(sheetKey(name));
}
