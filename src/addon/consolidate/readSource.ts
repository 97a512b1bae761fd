// Reads one planned source and checks it with the core: a tab of the open workbook in one Spreadsheet call whatever its size
// (three at most on rare paths), or a province's file through the reader the run config carries; a source that cannot be
// opened or read is a status, never a throw.

import { checkSource, guessProvince, type SourceCheck, type SourceSheet } from '../../core/consolidate/checkSource';
import { failedStatus } from '../../core/consolidate/status';
import type { FormSpec } from '../../core/form/types';
import { provinceByCode } from '../../core/geo/provinces';
import { nationalRunMessages as M } from '../../core/messages/nationalRun';
import type { Text } from '../../core/messages/text';
import type { Period } from '../../core/period/period';
import type { RegistryIndex } from '../../core/registry/match';
import type { LinkNumbering } from '../../core/validate/linkNumbering';
import type { CalendarDay } from '../../core/validate/validateSheet';
import type { RangeApi, SheetApi, SpreadsheetApi, SpreadsheetAppApi, UtilitiesApi } from '../adapter/services';
import type { SheetDays } from '../adapter/sheetDays';
import { readUsedBlock, toCellValues } from '../adapter/sheetValues';
import type { PlannedSource, SourceLocator } from './sources';

/** The report block of a tab by name: columns A to Z hold the form (about a dozen columns) with room to spare. */
export const tabRange = (tab: string): string => `'${tab.replace(/'/g, "''")}'!A:Z`;

/**
 * What reading one source gave: its sheets (the report first, then a province file's การรับรองผล when a period is counted),
 * or the status it gets and what exactly went wrong.
 */
export type Read =
  | { readonly ok: true; readonly sheets: readonly SourceSheet[] }
  | { readonly ok: false; readonly status: 'cannotOpen' | 'unreadable' | 'noHeader'; readonly detail: Text | null };

/** Opens a province's spreadsheet by id and reads its report tab (the first unless `tab` names one). */
export type FileReader = (ctx: ReadContext, id: string, tab: string | null) => Read;

export interface ReadContext {
  readonly app: SpreadsheetAppApi;
  /** the workbook the script runs in (tabs are read from it) */
  readonly active: SpreadsheetApi;
  readonly form: FormSpec;
  readonly today: CalendarDay;
  /** the period counted (null: every row); a province file's certification of it is read with the file */
  readonly period: Period | null;
  readonly registry: RegistryIndex | null;
  /** tabs already in hand in this execution (from planning): read without looking them up again */
  readonly sheets?: ReadonlyMap<string, SheetApi>;
  /** one numbering of links for the sources read in this execution (a resumed run renumbers; checkpoints keep text) */
  readonly linkNumbers?: LinkNumbering;
  /** files runs: the reader of a province's file (null in the officer add-on, which may open no other file) */
  readonly readFile: FileReader | null;
  /** the open workbook's calendar (its tabs' date cells); a province's file is read in its own zone (sheetDays of the file) */
  readonly days: SheetDays;
  readonly utilities: UtilitiesApi;
}

/**
 * A named tab through A1 notation (one call for the range): a tab narrower than A:Z, or one that has gone, makes Sheets refuse
 * the range; then the tab is looked up by name (two calls more, only on that rare path).
 */
export function readTab(book: SpreadsheetApi, tab: string, known: SheetApi | undefined, days: SheetDays): Read {
  if (known) return { ok: true, sheets: [{ name: tab, rows: readUsedBlock(known, days) }] };
  let range: RangeApi;
  try {
    range = book.getRange(tabRange(tab));
  } catch {
    const sheet = book.getSheetByName(tab);
    if (!sheet) return { ok: false, status: 'noHeader', detail: null };
    return { ok: true, sheets: [{ name: tab, rows: readUsedBlock(sheet, days) }] };
  }
  return { ok: true, sheets: [{ name: tab, rows: toCellValues(range.getValues(), days) }] };
}

function readLocated(ctx: ReadContext, locator: SourceLocator): Read {
  if (locator.kind === 'tab') return readTab(ctx.active, locator.name, ctx.sheets?.get(locator.name), ctx.days);
  if (!ctx.readFile) throw new Error('a files run needs a file reader');
  return ctx.readFile(ctx, locator.id, locator.tab);
}

/** Reads and checks one source; the check's status is what the status table shows for it. */
export function readAndCheck(ctx: ReadContext, source: PlannedSource): SourceCheck {
  const hint = source.hint === null ? undefined : provinceByCode(source.hint);
  if (source.invalid || !source.locator) {
    const invalid = source.invalid ?? { status: 'notFound' as const, detail: null };
    return {
      ok: false,
      status: failedStatus(
        source.label,
        invalid.status,
        invalid.status === 'noProvince' ? null : (hint ?? null),
        invalid.detail,
      ),
    };
  }
  const locator = source.locator;
  const read = readLocated(ctx, locator);
  if (!read.ok) {
    const tab = locator.kind === 'tab' ? locator.name : locator.tab;
    const detail = read.status === 'noHeader' && tab !== null ? M.tabMissing(tab) : read.detail;
    return {
      ok: false,
      status: failedStatus(
        source.label,
        read.status,
        hint ?? (locator.kind === 'tab' ? guessProvince(locator.name) : null),
        detail,
      ),
    };
  }
  return checkSource(source.label, read.sheets, {
    form: ctx.form,
    today: ctx.today,
    period: ctx.period,
    registry: ctx.registry,
    province: hint,
    linkNumbers: ctx.linkNumbers,
  });
}
