// The in-memory Apps Script twin in one import: createServices() for tests, the benchmark and the local preview.

export { a1Notation, columnLetters, parseA1, type Rect } from './a1';
export type { Cell } from './cells';
export { type ChartInfo, TwinChart, TwinChartBuilder } from './chart';
export { type CallRecord, type CounterSnapshot, ServiceCounter } from './counter';
export { TwinDataValidation, TwinDataValidationBuilder } from './dataValidation';
export { Button, ButtonSet, ChartType, DataValidationCriteria, ProtectionType } from './enums';
export { TWIN_NOW } from './env';
export { AppsScriptException, MESSAGES } from './errors';
export { DIST_DIR, distHtmlFiles, type HtmlFileProvider, TwinHtmlOutput, TwinHtmlService } from './html';
export { DocumentLockState, TwinLock, TwinLockService } from './lock';
export { DEFAULT_MAIL_QUOTA, MAIL_QUOTA_MESSAGE, type SentMail, TwinMailApp } from './mailApp';
export { TwinDeveloperMetadata } from './metadata';
export { storeBytes, TwinProperties, TwinPropertiesService } from './properties';
export { type ProtectionInfo, TwinProtection } from './protection';
export { TwinRange } from './range';
export { permissionMessage, SCOPE, SCOPE_TABLE, ScopeGuard } from './scopes';
export { TwinScriptApp, TwinTrigger } from './scriptApp';
export type { SeedCell } from './seed';
export { asGlobals, createServices, Twin, type TwinOptions, type TwinServices } from './services';
export { TwinSession } from './session';
export { TwinSheet } from './sheet';
export { TwinSpreadsheetApp } from './spreadsheetApp';
export { type AlertRecord, type MenuEntry, type ReplacedUi, type ShownHtml, TwinMenu, TwinUi } from './ui';
export { TwinUtilities } from './utilities';
export { CellsView } from './view';
export { type AddSheetOptions, Workbook, type WorkbookOptions } from './workbook';
export { type WallClock, wallClock, zoneMidnight } from './zone';
