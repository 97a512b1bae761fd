// The exceptions the twin throws, worded as Apps Script words them (name 'Exception', so String(e) reads "Exception: …").

export class AppsScriptException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

export const MESSAGES = {
  outsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.',
  rowTooSmall: 'The starting row of the range is too small.',
  columnTooSmall: 'The starting column of the range is too small.',
  tooFewRows: 'The number of rows in the range must be at least 1.',
  tooFewColumns: 'The number of columns in the range must be at least 1.',
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  sheetExists: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  rowsOutOfBounds: 'Those rows are out of bounds.',
  partialMerge: 'You must select all cells in a merged range to merge or unmerge them.',
  protectedCell:
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  hideAllSheets: "You can't hide all the sheets in a document.",
  removeAllSheets: "You can't remove all the sheets in a document.",
  openById: 'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
  noPermission: 'You do not have permission to access the requested document.',
  noUi: 'Cannot call SpreadsheetApp.getUi() from this context.',
  noHtmlFile: (name: string) => `No HTML file named ${name} was found.`,
  propertyTooLarge: 'Argument too large: value',
  propertiesQuota: 'You have exceeded the property storage quota. Please remove some properties and try again.',
  rangeNotFound: 'Range not found',
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
} as const;

/** The language Apps Script words its exceptions in: the user's (the French of googleworkspace/solutions#187 is one example). */
export type TwinLocale = 'en' | 'th';

/**
 * openById's refusals. English as users' execution logs quote them ("Exception: Unexpected error while getting the method or
 * property openById on object SpreadsheetApp." for a bad or missing id); Thai is the twin's rendering until the probe records
 * Google's own. The product must not depend on either wording.
 */
export const OPEN_BY_ID_MESSAGES: Record<TwinLocale, { readonly noSuchFile: string; readonly noAccess: string }> = {
  en: { noSuchFile: MESSAGES.openById, noAccess: MESSAGES.noPermission },
  th: {
    noSuchFile: 'เกิดข้อผิดพลาดที่ไม่คาดคิดขณะรับเมธอดหรือพร็อพเพอร์ตี openById ในออบเจ็กต์ SpreadsheetApp',
    noAccess: 'คุณไม่มีสิทธิ์เข้าถึงเอกสารที่ขอ',
  },
};

/** getAuthorizationInfo(mode, scopes) with a scope the manifest does not list: "lead to an error" (ScriptApp reference); wording unconfirmed. */
export const scopeNotRequired = (scope: string): string => `The scope ${scope} is not required by this script.`;

export function fail(message: string): never {
  throw new AppsScriptException(message);
}
