// Reads one planned source with two Spreadsheet calls whatever its size (three at most on rare paths) and checks it with the core; a source that
// cannot be opened or read is a status, never a throw.

import { checkSource, guessProvince, type SourceCheck, type SourceSheet } from '../../core/consolidate/checkSource';
import { failedStatus } from '../../core/consolidate/status';
import type { FormSpec } from '../../core/form/types';
import { provinceByCode } from '../../core/geo/provinces';
import { nationalRunMessages as M } from '../../core/messages/nationalRun';
import type { RegistryIndex } from '../../core/registry/match';
import type { CalendarDay } from '../../core/validate/validateSheet';
import { readUsedBlock, toCellValues } from '../adapter/sheetValues';
import type { RangeApi, SheetApi, SpreadsheetApi, SpreadsheetAppApi } from '../adapter/services';
import type { PlannedSource } from './sources';
import type { LinkNumbering } from '../../core/validate/linkNumbering';

/** The report block of a tab by name: columns A to Z hold the form (about a dozen columns) with room to spare. */
export const tabRange = (tab: string): string => `'${tab.replace(/'/g, "''")}'!A:Z`;

const NO_PERMISSION = /permission|access denied|ไม่มีสิทธิ์|สิทธิ์ในการเข้าถึง/i;
const NOT_FOUND = /openById|not found|does not exist|bad value|invalid argument|ไม่พบ|ไม่มีอยู่/i;

export interface ReadContext {
  readonly app: SpreadsheetAppApi;
  /** the workbook the script runs in (tabs are read from it) */
  readonly active: SpreadsheetApi;
  readonly form: FormSpec;
  readonly today: CalendarDay;
  readonly registry: RegistryIndex | null;
  /** tabs already in hand in this execution (from planning): read without looking them up again */
  readonly sheets?: ReadonlyMap<string, SheetApi>;
  /** one numbering of links for the sources read in this execution (a resumed run renumbers; checkpoints keep text) */
  readonly linkNumbers?: LinkNumbering;
}

type Read = { readonly ok: true; readonly sheet: SourceSheet } | { readonly ok: false; readonly status: 'noPermission' | 'notFound' | 'unreadable' | 'noHeader'; readonly detail: string | null };

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * A named tab through A1 notation (one call for the range): a tab narrower than A:Z, or one that has gone, makes Sheets refuse
 * the range; then the tab is looked up by name (two calls more, only on that rare path).
 */
function readTab(book: SpreadsheetApi, tab: string, known: SheetApi | undefined): Read {
  if (known) return { ok: true, sheet: { name: tab, rows: readUsedBlock(known) } };
  let range: RangeApi;
  try {
    range = book.getRange(tabRange(tab));
  } catch {
    const sheet = book.getSheetByName(tab);
    if (!sheet) return { ok: false, status: 'noHeader', detail: null };
    return { ok: true, sheet: { name: tab, rows: readUsedBlock(sheet) } };
  }
  return { ok: true, sheet: { name: tab, rows: toCellValues(range.getValues()) } };
}

function readFile(ctx: ReadContext, id: string, tab: string | null): Read {
  let book: SpreadsheetApi;
  try {
    book = ctx.app.openById(id);
  } catch (e) {
    const text = message(e);
    return NO_PERMISSION.test(text) ? { ok: false, status: 'noPermission', detail: null } : NOT_FOUND.test(text) ? { ok: false, status: 'notFound', detail: null } : { ok: false, status: 'unreadable', detail: text };
  }
  try {
    // opened by id, the "active" sheet is the first tab: its used block without fetching the sheet first
    return tab === null ? { ok: true, sheet: { name: '', rows: readUsedBlock(book) } } : readTab(book, tab, undefined);
  } catch (e) {
    const text = message(e);
    return { ok: false, status: NO_PERMISSION.test(text) ? 'noPermission' : 'unreadable', detail: text };
  }
}

/** Reads and checks one source; the check's status is what the status table shows for it. */
export function readAndCheck(ctx: ReadContext, source: PlannedSource): SourceCheck {
  const hint = source.hint === null ? undefined : provinceByCode(source.hint);
  if (source.invalid || !source.locator) {
    const invalid = source.invalid ?? { status: 'notFound' as const, detail: null };
    return { ok: false, status: failedStatus(source.label, invalid.status, invalid.status === 'noProvince' ? null : (hint ?? null), invalid.detail) };
  }
  const locator = source.locator;
  const read = locator.kind === 'tab' ? readTab(ctx.active, locator.name, ctx.sheets?.get(locator.name)) : readFile(ctx, locator.id, locator.tab);
  if (!read.ok) {
    const tab = locator.kind === 'tab' ? locator.name : locator.tab;
    const detail = read.status === 'noHeader' && tab !== null ? M.tabMissing(tab) : read.detail === null ? null : M.openFailed(read.detail);
    return { ok: false, status: failedStatus(source.label, read.status, hint ?? (locator.kind === 'tab' ? guessProvince(locator.name) : null), detail) };
  }
  return checkSource(source.label, [read.sheet], { form: ctx.form, today: ctx.today, registry: ctx.registry, province: hint, linkNumbers: ctx.linkNumbers });
}
