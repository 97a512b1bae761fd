// Which OAuth scopes each Apps Script method the project calls requires, from the "Authorization" section of its reference
// page (any one scope listed suffices; none listed: none needed), and the check the twin makes of every call against a manifest.
// Keys are the twin's counter keys ('Class.method'). Data for the twin and the tests, never imported by the Apps Script bundles.

import { AppsScriptException } from './errors';

export const SCOPE = {
  spreadsheetsCurrentOnly: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  userinfoEmail: 'https://www.googleapis.com/auth/userinfo.email',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
} as const;

type Scopes = readonly string[];
const SHEETS: Scopes = [SCOPE.spreadsheetsCurrentOnly, SCOPE.spreadsheets];
const NONE: Scopes = [];

function entries(target: string, scopes: Scopes, methods: readonly string[]): Record<string, Scopes> {
  return Object.fromEntries(methods.map((m) => [`${target}.${m}`, scopes]));
}

/** 'Class.method' → the scopes of which the manifest must grant one ([]: the page lists no authorization). */
export const SCOPE_TABLE: Readonly<Record<string, Scopes>> = {
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app (openById: spreadsheets only; getUi works in AuthMode.NONE)
  ...entries('SpreadsheetApp', SHEETS, [
    'getActive',
    'getActiveSheet',
    'getActiveSpreadsheet',
    'flush',
    'newDataValidation',
  ]),
  'SpreadsheetApp.openById': [SCOPE.spreadsheets],
  'SpreadsheetApp.getUi': NONE,
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
  ...entries('Spreadsheet', SHEETS, [
    'deleteSheet',
    'getActiveSheet',
    'getDataRange',
    'getId',
    'getLastRow',
    'getName',
    'getRange',
    'getRangeByName',
    'getSheetById',
    'getSheetByName',
    'getSheetId',
    'getSheetValues',
    'getSheets',
    'getSpreadsheetTimeZone',
    'getUrl',
    'insertSheet',
    'setNamedRange',
    'toast',
  ]),
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet
  ...entries('Sheet', SHEETS, [
    'activate',
    'addDeveloperMetadata',
    'clear',
    'clearContents',
    'getCharts',
    'getDataRange',
    'getDeveloperMetadata',
    'getFrozenRows',
    'getLastColumn',
    'getLastRow',
    'getMaxColumns',
    'getMaxRows',
    'getName',
    'getParent',
    'getProtections',
    'getRange',
    'getSheetId',
    'getSheetValues',
    'hideColumns',
    'hideSheet',
    'insertChart',
    'insertRowsAfter',
    'isSheetHidden',
    'newChart',
    'protect',
    'removeChart',
    'setColumnWidths',
    'setFrozenRows',
    'setName',
    'setTabColor',
    'showSheet',
  ]),
  // https://developers.google.com/apps-script/reference/spreadsheet/range
  ...entries('Range', SHEETS, [
    'breakApart',
    'clear',
    'getA1Notation',
    'getBackgrounds',
    'getColumn',
    'getNotes',
    'getNumColumns',
    'getNumRows',
    'getRow',
    'getSheet',
    'getValues',
    'merge',
    'protect',
    'setBackground',
    'setBackgrounds',
    'setDataValidation',
    'setFontWeight',
    'setFontWeights',
    'setHorizontalAlignment',
    'setNotes',
    'setNumberFormat',
    'setNumberFormats',
    'setValues',
    'setWrap',
  ]),
  // https://developers.google.com/apps-script/reference/spreadsheet/protection
  ...entries('Protection', SHEETS, [
    'addEditors',
    'canDomainEdit',
    'canEdit',
    'getEditors',
    'getDescription',
    'getProtectionType',
    'getRange',
    'isWarningOnly',
    'remove',
    'removeEditors',
    'setDescription',
    'setDomainEdit',
    'setWarningOnly',
  ]),
  // https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
  ...entries('DeveloperMetadata', SHEETS, ['getKey', 'getValue', 'remove', 'setValue']),
  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart (the twin counts EmbeddedChart as Chart)
  'Chart.getOptions': SHEETS,
  // https://developers.google.com/apps-script/reference/base/ui (menus: https://developers.google.com/workspace/add-ons/concepts/menus,
  // "works in all authorization modes", so AuthMode.NONE's onOpen may build them)
  ...entries('Ui', [SCOPE.containerUi], ['alert', 'showModalDialog', 'showSidebar']),
  'Ui.createAddonMenu': NONE,
  // https://developers.google.com/apps-script/reference/base/menu
  ...entries('Menu', NONE, ['addItem', 'addSeparator', 'addToUi']),
  // https://developers.google.com/apps-script/reference/html/html-service
  ...entries('HtmlService', NONE, ['createHtmlOutput', 'createHtmlOutputFromFile']),
  // https://developers.google.com/apps-script/reference/html/html-output
  ...entries('HtmlOutput', NONE, ['getContent', 'setHeight', 'setTitle', 'setWidth']),
  // https://developers.google.com/apps-script/reference/lock/lock-service
  'LockService.getDocumentLock': NONE,
  // https://developers.google.com/apps-script/reference/lock/lock
  ...entries('Lock', NONE, ['hasLock', 'releaseLock', 'tryLock', 'waitLock']),
  // https://developers.google.com/apps-script/reference/properties/properties-service
  ...entries('PropertiesService', NONE, ['getDocumentProperties', 'getUserProperties']),
  // https://developers.google.com/apps-script/reference/properties/properties
  ...entries('Properties', NONE, [
    'deleteProperty',
    'getKeys',
    'getProperties',
    'getProperty',
    'setProperties',
    'setProperty',
  ]),
  // https://developers.google.com/apps-script/reference/base/session
  ...entries('Session', [SCOPE.userinfoEmail], ['getActiveUser', 'getEffectiveUser']),
  ...entries('Session', NONE, ['getScriptTimeZone', 'getTemporaryActiveUserKey']),
  // https://developers.google.com/apps-script/reference/script/script-app (the twin counts ClockTriggerBuilder.create as ScriptApp.create)
  ...entries('ScriptApp', [SCOPE.scriptApp], ['create', 'deleteTrigger', 'getProjectTriggers', 'newTrigger']),
  ...entries('ScriptApp', NONE, ['getAuthorizationInfo', 'requireScopes']),
  // https://developers.google.com/apps-script/reference/script/authorization-info
  ...entries('AuthorizationInfo', NONE, ['getAuthorizationStatus', 'getAuthorizationUrl', 'getAuthorizedScopes']),
  // https://developers.google.com/apps-script/reference/script/trigger
  ...entries('Trigger', [SCOPE.scriptApp], ['getHandlerFunction', 'getUniqueId']),
  // https://developers.google.com/apps-script/reference/mail/mail-app
  ...entries('MailApp', [SCOPE.sendMail], ['getRemainingDailyQuota', 'sendEmail']),
  // https://developers.google.com/apps-script/reference/utilities/utilities
  'Utilities.formatDate': NONE,
};

const TROUBLESHOOTING = 'https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is';

/**
 * Apps Script's text for a call the manifest does not cover, e.g. "You do not have permission to call Session.getActiveUser.
 * Required permissions: https://www.googleapis.com/auth/userinfo.email", alternatives as "(a || b)", then the pointer to
 * the troubleshooting guide (quoted in users' reports of 2021–2025).
 */
export function permissionMessage(key: string, required: Scopes): string {
  const scopes = required.length === 1 ? required[0] : `(${required.join(' || ')})`;
  return `You do not have permission to call ${key}. Required permissions: ${scopes}. For more information, see ${TROUBLESHOOTING}`;
}

/**
 * The check every counted call passes first (ServiceCounter.authorize). With a manifest's oauthScopes, a call none of whose
 * scopes is granted throws Apps Script's own error; without (undefined), Apps Script detects the scopes from the code, so every
 * call is granted. A method missing from the table throws whatever the manifest, so the table cannot fall behind the twin.
 * Both are also recorded, for a test to see them even where the code under test catches and shows the error.
 */
export class ScopeGuard {
  /** 'Class.method' of every call the manifest refused, in order */
  readonly refused: string[] = [];
  /** 'Class.method' of every call missing from the table */
  readonly unlisted: string[] = [];
  private readonly grants: ReadonlySet<string> | null;

  constructor(readonly granted: readonly string[] | undefined) {
    this.grants = granted ? new Set(granted) : null;
  }

  readonly check = (key: string): void => {
    const required = SCOPE_TABLE[key];
    if (!required) {
      this.unlisted.push(key);
      throw new Error(
        `twin: ${key} is not in the scope table: add it to src/twin/scopes.ts with the scopes its reference page lists`,
      );
    }
    if (this.grants && required.length > 0 && !required.some((scope) => this.grants!.has(scope))) {
      this.refused.push(key);
      throw new AppsScriptException(permissionMessage(key, required));
    }
  };
}
