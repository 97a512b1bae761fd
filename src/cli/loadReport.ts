// Reads a report file and checks its report sheet: the first step every command shares.

import { detectHeader } from '../core/form/headers';
import type { FormSpec } from '../core/form/types';
import { validateSheet, type ValidateOptions } from '../core/validate/validateSheet';
import type { SheetValidation } from '../core/validate/types';
import { FileProblem, getSheet, readWorkbook, type SheetTable, type Workbook } from '../node/readTable';
import { CliError } from './cliError';

export interface LoadedReport {
  readonly file: string;
  readonly sheet: SheetTable;
  readonly validation: SheetValidation;
}

/** The named sheet, or else the first sheet with a report header. */
function pickSheet(book: Workbook, form: FormSpec, name: string | undefined): SheetTable {
  if (name !== undefined) return getSheet(book, name);
  return book.sheets.find((s) => detectHeader(s.rows, form).ok) ?? book.sheets[0];
}

/** File problems become the person-facing CliError; anything else is a bug and propagates. */
async function asCliError<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof FileProblem) throw new CliError(e.text);
    throw e;
  }
}

export async function loadReport(file: string, form: FormSpec, options: ValidateOptions, sheetName?: string): Promise<LoadedReport> {
  const book = await asCliError(() => readWorkbook(file));
  const sheet = await asCliError(() => pickSheet(book, form, sheetName));
  const checked = validateSheet(sheet.rows, form, options);
  if (!checked.ok) throw new CliError(checked.message);
  return { file, sheet, validation: checked.result };
}
