// The subset of Apps Script services the add-on uses. The adapter is written against these interfaces and the in-memory
// twin implements them; the checks at the bottom prove the real @types/google-apps-script services satisfy them, so a
// renamed or mistyped method fails to compile on every side.

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Chain<F extends (...args: never[]) => unknown, R> = (...args: Parameters<F>) => R;

export type CellInput = string | number | boolean | Date;

export interface RangeApi {
  getValues(): unknown[][];
  setValues(values: CellInput[][]): RangeApi;
  getBackgrounds(): string[][];
  setBackgrounds(color: (string | null)[][]): RangeApi;
  getNotes(): string[][];
  setNotes(notes: (string | null)[][]): RangeApi;
  setNumberFormats(numberFormats: string[][]): RangeApi;
  setNumberFormat(numberFormat: string): RangeApi;
  setFontWeights(fontWeights: (string | null)[][]): RangeApi;
  setFontWeight(fontWeight: string | null): RangeApi;
  setWrap(isWrapEnabled: boolean): RangeApi;
  setHorizontalAlignment(alignment: string | null): RangeApi;
  setBackground(color: string | null): RangeApi;
  setDataValidation(rule: DataValidationApi | null): RangeApi;
  merge(): RangeApi;
  breakApart(): RangeApi;
  clear(): RangeApi;
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getA1Notation(): string;
  protect(): ProtectionApi;
}

export interface ProtectionApi {
  setWarningOnly(warningOnly: boolean): ProtectionApi;
  setDescription(description: string): ProtectionApi;
  getDescription(): string;
  remove(): void;
  canEdit(): boolean;
  addEditors(emailAddresses: string[]): ProtectionApi;
  removeEditors(emailAddresses: string[]): ProtectionApi;
  getEditors(): { getEmail(): string }[];
  canDomainEdit(): boolean;
  setDomainEdit(editable: boolean): ProtectionApi;
}

export interface DeveloperMetadataApi {
  getKey(): string;
  getValue(): string | null;
  remove(): void;
}

export interface DataValidationApi {
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria;
}

export interface DataValidationBuilderApi {
  requireNumberGreaterThanOrEqualTo: Chain<
    GoogleAppsScript.Spreadsheet.DataValidationBuilder['requireNumberGreaterThanOrEqualTo'],
    DataValidationBuilderApi
  >;
  requireValueInRange(range: RangeApi, showDropdown: boolean): DataValidationBuilderApi;
  setAllowInvalid: Chain<
    GoogleAppsScript.Spreadsheet.DataValidationBuilder['setAllowInvalid'],
    DataValidationBuilderApi
  >;
  setHelpText: Chain<GoogleAppsScript.Spreadsheet.DataValidationBuilder['setHelpText'], DataValidationBuilderApi>;
  build(): DataValidationApi;
}

export interface ChartApi {
  getOptions(): { get(option: string): unknown };
}

export interface ChartBuilderApi {
  addRange(range: RangeApi): ChartBuilderApi;
  setPosition: Chain<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder['setPosition'], ChartBuilderApi>;
  setOption: Chain<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder['setOption'], ChartBuilderApi>;
  setChartType: Chain<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder['setChartType'], ChartBuilderApi>;
  build(): ChartApi;
}

export interface SheetApi {
  getName(): string;
  setName(name: string): SheetApi;
  getSheetId(): number;
  getDataRange(): RangeApi;
  /** -1 rows or columns reach the last row or column with content: the used block in one call */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][];
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeApi;
  getLastRow(): number;
  getLastColumn(): number;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): SheetApi;
  clear(): SheetApi;
  clearContents(): SheetApi;
  setFrozenRows(rows: number): void;
  getFrozenRows(): number;
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetApi;
  hideSheet(): SheetApi;
  hideColumns(columnIndex: number, numColumns: number): void;
  setTabColor(color: string | null): SheetApi;
  isSheetHidden(): boolean;
  activate(): SheetApi;
  addDeveloperMetadata(key: string, value: string): SheetApi;
  getDeveloperMetadata(): DeveloperMetadataApi[];
  getProtections: Chain<GSheet['getProtections'], ProtectionApi[]>;
  protect(): ProtectionApi;
  newChart(): ChartBuilderApi;
  insertChart(chart: ChartApi): void;
  getCharts(): ChartApi[];
  removeChart(chart: ChartApi): void;
}

export interface SpreadsheetApi {
  getId(): string;
  /** the active sheet's id and used block, without first fetching the active sheet */
  getSheetId(): number;
  getDataRange(): RangeApi;
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][];
  getLastRow(): number;
  getName(): string;
  getSheets(): SheetApi[];
  getSheetByName(name: string): SheetApi | null;
  getRangeByName(name: string): RangeApi | null;
  getSheetById(id: number): SheetApi | null;
  /** "'Tab name'!A:Z" and the like: one call to a tab's block by name (national consolidation reads a province's tab with it) */
  getRange(a1Notation: string): RangeApi;
  setNamedRange(name: string, range: RangeApi): void;
  insertSheet(sheetName: string): SheetApi;
  getActiveSheet(): SheetApi;
  toast(msg: string, title: string, timeoutSeconds?: number): void;
  getSpreadsheetTimeZone(): string;
  getUrl(): string;
}

export interface UiApi {
  /** the add-on's submenu under Extensions, captioned with the add-on's name (a published Editor add-on may not make top-level menus) */
  createAddonMenu(): MenuApi;
  alert(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  showSidebar(userInterface: HtmlOutputApi): void;
  showModalDialog(userInterface: HtmlOutputApi, title: string): void;
  readonly ButtonSet: typeof GoogleAppsScript.Base.ButtonSet;
  readonly Button: typeof GoogleAppsScript.Base.Button;
}

export interface MenuApi {
  addItem(caption: string, functionName: string): MenuApi;
  addSeparator(): MenuApi;
  addToUi(): void;
}

export interface HtmlOutputApi {
  setTitle(title: string): HtmlOutputApi;
  setWidth(width: number): HtmlOutputApi;
  setHeight(height: number): HtmlOutputApi;
  getContent(): string;
}

export interface SpreadsheetAppApi {
  getActiveSpreadsheet(): SpreadsheetApi;
  getUi(): UiApi;
  flush(): void;
  newDataValidation(): DataValidationBuilderApi;
  openById(id: string): SpreadsheetApi;
  readonly ProtectionType: typeof GoogleAppsScript.Spreadsheet.ProtectionType;
}

export interface LockApi {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
  hasLock(): boolean;
}

export interface LockServiceApi {
  /** null when the script is not bound to a document (a standalone script or web app) */
  getDocumentLock(): LockApi | null;
}

export interface PropertiesApi {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): PropertiesApi;
  /** several keys in one call (a consolidation checkpoint writes its page and its run state together) */
  setProperties(properties: { [key: string]: string }): PropertiesApi;
  deleteProperty(key: string): PropertiesApi;
  getProperties(): { [key: string]: string };
}

export interface PropertiesServiceApi {
  getUserProperties(): PropertiesApi;
  getDocumentProperties(): PropertiesApi;
}

export interface HtmlServiceApi {
  createHtmlOutputFromFile(filename: string): HtmlOutputApi;
  createHtmlOutput(html: string): HtmlOutputApi;
}

export interface SessionApi {
  getActiveUser(): { getEmail(): string };
  /** who the user is when the email is blank (domain policy, consumer accounts): unique per user and script, no identity */
  getTemporaryActiveUserKey(): string;
  getScriptTimeZone(): string;
}

/** Utilities.formatDate: dates in a named time zone without relying on Intl (the spreadsheet's zone is not the script's). */
export interface UtilitiesApi {
  formatDate(date: Date, timeZone: string, format: string): string;
}

/** A project trigger: the central script's one-off continuation of a national consolidation. */
export interface TriggerApi {
  getHandlerFunction(): string;
  getUniqueId(): string;
}

export interface ClockTriggerBuilderApi {
  after(durationMilliseconds: number): ClockTriggerBuilderApi;
  create(): TriggerApi;
}

export interface TriggerBuilderApi {
  timeBased(): ClockTriggerBuilderApi;
}

/** Whether the user granted the scopes asked about, and where to grant them (null when nothing is missing). */
export interface AuthorizationInfoApi {
  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus;
  getAuthorizationUrl(): string | null;
}

/** ScriptApp: only the central script has it (its triggers need script.scriptapp); the officer add-on does not. */
export interface ScriptAppApi {
  readonly AuthMode: typeof GoogleAppsScript.Script.AuthMode;
  readonly AuthorizationStatus: typeof GoogleAppsScript.Script.AuthorizationStatus;
  /** the two-argument form asks about the given scopes only (@types lists only the one-argument form, which fits this) */
  getAuthorizationInfo(authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes: string[]): AuthorizationInfoApi;
  newTrigger(functionName: string): TriggerBuilderApi;
  getProjectTriggers(): TriggerApi[];
  deleteTrigger(trigger: TriggerApi): void;
}

/**
 * MailApp: only the central script has it (its manifest grants script.send_mail; the officer add-on's does not). The quota
 * counts recipients, not messages (https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()).
 */
export interface MailAppApi {
  getRemainingDailyQuota(): number;
  /** `recipient`: the addresses separated by commas; plain-text body */
  sendEmail(recipient: string, subject: string, body: string): void;
}

/** Everything the add-on reaches; in Apps Script these are the globals, in tests the in-memory twin. */
export interface Services {
  readonly spreadsheetApp: SpreadsheetAppApi;
  readonly lockService: LockServiceApi;
  readonly propertiesService: PropertiesServiceApi;
  readonly htmlService: HtmlServiceApi;
  readonly session: SessionApi;
  readonly utilities: UtilitiesApi;
  /** Charts.ChartType.BAR: the chart builders need it and Charts is a service of its own */
  readonly barChart: GoogleAppsScript.Charts.ChartType;
  /** triggers, where the script may make them (the central script); absent in the officer add-on */
  readonly scriptApp?: ScriptAppApi;
  /** e-mail, where the script may send it (the central script's follow-up e-mail); absent in the officer add-on */
  readonly mailApp?: MailAppApi;
  /** the clock in ms since the epoch (Date.now when absent): long runs measure their time with it, tests inject one */
  readonly now?: () => number;
}

// ---- proof that the real services fit the subset (compile-time only; nothing here runs) ----------------------
type Fits<Real, Api> = Real extends Api ? true : never;
export type RealServicesFit = [
  Fits<GRange, RangeApi>,
  Fits<GSheet, SheetApi>,
  Fits<GSpreadsheet, SpreadsheetApi>,
  Fits<GoogleAppsScript.Spreadsheet.SpreadsheetApp, SpreadsheetAppApi>,
  Fits<GoogleAppsScript.Spreadsheet.Protection, ProtectionApi>,
  Fits<GoogleAppsScript.Spreadsheet.DeveloperMetadata, DeveloperMetadataApi>,
  Fits<GoogleAppsScript.Spreadsheet.DataValidationBuilder, DataValidationBuilderApi>,
  Fits<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, ChartBuilderApi>,
  Fits<GoogleAppsScript.Base.Ui, UiApi>,
  Fits<GoogleAppsScript.Base.Menu, MenuApi>,
  Fits<GoogleAppsScript.HTML.HtmlOutput, HtmlOutputApi>,
  Fits<GoogleAppsScript.Lock.Lock, LockApi>,
  Fits<GoogleAppsScript.Lock.LockService, LockServiceApi>,
  Fits<GoogleAppsScript.Properties.Properties, PropertiesApi>,
  Fits<GoogleAppsScript.Properties.PropertiesService, PropertiesServiceApi>,
  Fits<GoogleAppsScript.HTML.HtmlService, HtmlServiceApi>,
  Fits<GoogleAppsScript.Base.Session, SessionApi>,
  Fits<GoogleAppsScript.Utilities.Utilities, UtilitiesApi>,
  Fits<GoogleAppsScript.Script.ScriptApp, ScriptAppApi>,
  Fits<GoogleAppsScript.Script.TriggerBuilder, TriggerBuilderApi>,
  Fits<GoogleAppsScript.Script.ClockTriggerBuilder, ClockTriggerBuilderApi>,
  Fits<GoogleAppsScript.Script.Trigger, TriggerApi>,
  Fits<GoogleAppsScript.Script.AuthorizationInfo, AuthorizationInfoApi>,
  Fits<GoogleAppsScript.Mail.MailApp, MailAppApi>,
];
const realServicesFit: RealServicesFit = [
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
];
void realServicesFit;
