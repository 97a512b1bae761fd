// Opens a province's own spreadsheet by id and reads its report tab: the central script only, since openById needs the full
// spreadsheets scope the officer add-on does not have. Three Spreadsheet calls a file whatever its size, a fourth for
// its time zone when it holds date cells (more on rare paths); with a period, its การรับรองผล sheet too (one call when it has
// none, two when it has one).

import type { SpreadsheetApi } from '../addon/adapter/services';
import { type SheetDays, sheetDays } from '../addon/adapter/sheetDays';
import { readUsedBlock } from '../addon/adapter/sheetValues';
import { type Read, type ReadContext, readTab } from '../addon/consolidate/readSource';
import { errorText } from '../addon/failure';
import type { SourceSheet } from '../core/consolidate/checkSource';
import { CERTIFICATION_SHEET } from '../core/messages/certification';
import { centralRunMessages as C, nationalRunMessages as M } from '../core/messages/nationalRun';

/** What openById needs (SpreadsheetApp reference, openById, "Authorization"). */
export const FILE_SCOPES: readonly string[] = ['https://www.googleapis.com/auth/spreadsheets'];

export function readFile(ctx: ReadContext, id: string, tab: string | null): Read {
  let book: SpreadsheetApi;
  try {
    book = ctx.app.openById(id);
  } catch (e) {
    // Google words its refusal in the user's language, and says nothing that tells "no access" from "no such file" reliably:
    // one status with what to check, and its own text beside it
    return { ok: false, status: 'cannotOpen', detail: C.googleSaid(errorText(e)) };
  }
  // the file's date cells in its own time zone: one call more, made only when the file holds a date cell
  const days = sheetDays(book, ctx.utilities);
  try {
    // the first tab by position: which tab getActiveSheet gives for a file opened by id is not documented
    const read: Read =
      tab !== null
        ? readTab(book, tab, undefined, days)
        : { ok: true, sheets: [{ name: '', rows: readUsedBlock(book.getSheets()[0], days) }] };
    if (!read.ok || ctx.period === null) return read;
    return { ok: true, sheets: [...read.sheets, ...certificationSheet(book, days)] };
  } catch (e) {
    return { ok: false, status: 'unreadable', detail: M.openFailed(errorText(e)) };
  }
}

/** The file's การรับรองผล sheet by name (getSheetByName gives null when there is none), as one block of values. */
function certificationSheet(book: SpreadsheetApi, days: SheetDays): SourceSheet[] {
  const sheet = book.getSheetByName(CERTIFICATION_SHEET);
  return sheet ? [{ name: CERTIFICATION_SHEET, rows: readUsedBlock(sheet, days) }] : [];
}
