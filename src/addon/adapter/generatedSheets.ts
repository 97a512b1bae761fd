// Finds or makes the sheets the add-on writes. A sheet we made is found again by the id remembered in document properties
// (one call, even after a rename); failing that, by name and developer metadata, never by name alone, so a person's own
// sheet with the same name is never overwritten; a deleted one is made again with a notice.

import { setupMessages, sheetMessages } from '../../core/messages/sheets';
import type { Text } from '../../core/messages/text';
import type { PropertiesApi, SheetApi, SpreadsheetApi } from './services';

export const GENERATED_KEY = 'khongdee.generated';
const MADE_KEY = 'khongdee.made.';
const MAX_TRIES = 5;
const SEPARATOR = '\u0000';

export type GeneratedKind =
  | 'problems'
  | 'districtSummary'
  | 'nonReporters'
  | 'lists'
  | 'nationalSummary'
  | 'nationalStatus'
  | 'nationalCrossLinks'
  | 'nationalRunData'
  | 'followupMailLog'
  | 'auditLog'
  | 'certifications';

export interface GeneratedSheet {
  readonly sheet: SheetApi;
  readonly created: boolean;
  /** what the person should know: another name was used, or a sheet was made again */
  readonly notice?: Text;
}

function isOurs(sheet: SheetApi, kind: GeneratedKind): boolean {
  return sheet.getDeveloperMetadata().some((m) => m.getKey() === GENERATED_KEY && m.getValue() === kind);
}

/** Whether the add-on made this sheet (of any kind): a summary or list of ours is never taken for the person's report. */
export function isGenerated(sheet: SheetApi): boolean {
  return sheet.getDeveloperMetadata().some((m) => m.getKey() === GENERATED_KEY);
}

function make(
  ss: SpreadsheetApi,
  props: PropertiesApi,
  kind: GeneratedKind,
  name: string,
  notice?: Text,
): GeneratedSheet {
  const sheet = ss.insertSheet(name);
  sheet.addDeveloperMetadata(GENERATED_KEY, kind);
  // a person who edits it is warned that the next run writes over it (scripts are never stopped by a warning)
  sheet.protect().setWarningOnly(true).setDescription(setupMessages.protectionGenerated);
  remember(props, kind, sheet.getSheetId(), name);
  return { sheet, created: true, notice };
}

/** The sheet id and the name it was given, so a rename by the person can be told from our own sheet. */
function remember(props: PropertiesApi, kind: GeneratedKind, id: number, name: string): void {
  props.setProperty(MADE_KEY + kind, `${id}${SEPARATOR}${name}`);
}

/** The sheet of `kind` this workbook made and still has under its name, or null: a lookup that never makes one. */
export function madeSheet(ss: SpreadsheetApi, props: PropertiesApi, kind: GeneratedKind): SheetApi | null {
  const remembered = props.getProperty(MADE_KEY + kind);
  if (remembered === null) return null;
  const [id, given] = remembered.split(SEPARATOR);
  const sheet = ss.getSheetById(Number(id));
  return sheet && (given === undefined || sheet.getName() === given) ? sheet : null;
}

export function generatedSheet(
  ss: SpreadsheetApi,
  props: PropertiesApi,
  kind: GeneratedKind,
  name: string,
): GeneratedSheet {
  const remembered = props.getProperty(MADE_KEY + kind);
  let keptByPerson: Text | undefined;
  if (remembered !== null) {
    const [id, given] = remembered.split(SEPARATOR);
    const sheet = ss.getSheetById(Number(id));
    if (sheet) {
      const current = sheet.getName();
      if (given === undefined || current === given) return { sheet, created: false };
      // renamed by the person: from now on it is theirs, kept as it is; ours is made again under its name
      keptByPerson = sheetMessages.renamedKept(given, current);
    }
  } else {
    // never made in this workbook: try the name straight away; it fails only when a sheet of the person's has it
    try {
      return make(ss, props, kind, name);
    } catch {
      // taken: look for our sheet or a free name below
    }
  }
  for (let i = 1; i <= MAX_TRIES; i++) {
    const candidate = i === 1 ? name : `${name} (${i})`;
    const sheet = ss.getSheetByName(candidate);
    const renamed = i > 1 ? sheetMessages.renamedBecauseTaken(name, candidate) : undefined;
    if (sheet === null)
      return make(
        ss,
        props,
        kind,
        candidate,
        keptByPerson ?? renamed ?? (remembered !== null ? sheetMessages.recreated(name) : undefined),
      );
    if (isOurs(sheet, kind)) {
      remember(props, kind, sheet.getSheetId(), candidate);
      return { sheet, created: false, notice: keptByPerson ?? renamed };
    }
  }
  // every usual name is taken by sheets of the person's: use a name that cannot clash
  const unique = `${name} (${Date.now() % 100000})`;
  return make(ss, props, kind, unique, sheetMessages.renamedBecauseTaken(name, unique));
}
