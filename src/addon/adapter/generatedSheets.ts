// Finds or makes the sheets the add-on writes, recognised by developer metadata rather than by name alone,
// so a person's own sheet with the same name is never overwritten and a deleted one is made again.

import type { Text } from '../../core/messages/text';
import { sheetMessages } from '../../core/messages/sheets';
import type { SheetApi, SpreadsheetApi } from './services';

export const GENERATED_KEY = 'khongdee.generated';
const MAX_TRIES = 5;

export type GeneratedKind = 'problems' | 'districtSummary' | 'nonReporters' | 'lists';

export interface GeneratedSheet {
  readonly sheet: SheetApi;
  readonly name: string;
  readonly created: boolean;
  /** what the person should know: another name was used, or a sheet was made again */
  readonly notice?: Text;
}

function isOurs(sheet: SheetApi, kind: GeneratedKind): boolean {
  return sheet.getDeveloperMetadata().some((m) => m.getKey() === GENERATED_KEY && m.getValue() === kind);
}

/**
 * The generated sheet of this kind: the one under its usual name (or a numbered variant) that carries our metadata,
 * else a new one under the first free name. `existedBefore` tells whether this kind was made before, to say so when it is gone.
 */
export function generatedSheet(ss: SpreadsheetApi, kind: GeneratedKind, name: string, existedBefore: boolean): GeneratedSheet {
  if (!existedBefore) {
    // never made in this workbook: try the name straight away; it fails only when a sheet of the person's has it
    try {
      const made = ss.insertSheet(name);
      made.addDeveloperMetadata(GENERATED_KEY, kind);
      return { sheet: made, name, created: true };
    } catch {
      // taken: look for a free name below
    }
  }
  for (let i = 1; i <= MAX_TRIES; i++) {
    const candidate = i === 1 ? name : `${name} (${i})`;
    const sheet = ss.getSheetByName(candidate);
    if (sheet === null) {
      const made = ss.insertSheet(candidate);
      made.addDeveloperMetadata(GENERATED_KEY, kind);
      const notice = i > 1 ? sheetMessages.renamedBecauseTaken(name, candidate) : existedBefore ? sheetMessages.recreated(name) : undefined;
      return { sheet: made, name: candidate, created: true, notice };
    }
    if (isOurs(sheet, kind)) return { sheet, name: candidate, created: false, notice: i > 1 ? sheetMessages.renamedBecauseTaken(name, candidate) : undefined };
  }
  // every usual name is taken by sheets of the person's: use a name that cannot clash
  const unique = `${name} (${Date.now() % 100000})`;
  const made = ss.insertSheet(unique);
  made.addDeveloperMetadata(GENERATED_KEY, kind);
  return { sheet: made, name: unique, created: true, notice: sheetMessages.renamedBecauseTaken(name, unique) };
}
