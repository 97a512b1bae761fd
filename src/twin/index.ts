// The in-memory Apps Script twin in one import: createServices() for tests, the benchmark and the local preview.

export { a1Notation, columnLetters, parseA1, type Rect } from './a1';
export type { Cell } from './cells';
export { TwinChart, TwinChartBuilder, type ChartInfo } from './chart';
export { ServiceCounter, type CallRecord, type CounterSnapshot } from './counter';
export { TwinDataValidation, TwinDataValidationBuilder } from './dataValidation';
export { Button, ButtonSet, ChartType, DataValidationCriteria, ProtectionType } from './enums';
export { TWIN_NOW } from './env';
export { AppsScriptException, MESSAGES } from './errors';
export { DIST_DIR, TwinHtmlOutput, TwinHtmlService, distHtmlFiles, type HtmlFileProvider } from './html';
export { DocumentLockState, TwinLock, TwinLockService } from './lock';
export { TwinDeveloperMetadata } from './metadata';
export { TwinProperties, TwinPropertiesService, storeBytes } from './properties';
export { TwinScriptApp, TwinTrigger } from './scriptApp';
export { SCOPE, SCOPE_TABLE, ScopeGuard, permissionMessage } from './scopes';
export { TwinProtection, type ProtectionInfo } from './protection';
export { TwinRange } from './range';
export { Twin, asGlobals, createServices, type TwinOptions, type TwinServices } from './services';
export { TwinSession } from './session';
export { TwinUtilities } from './utilities';
export { wallClock, zoneMidnight, type WallClock } from './zone';
export { TwinSheet, type SeedCell } from './sheet';
export { TwinSpreadsheetApp } from './spreadsheetApp';
export { TwinMenu, TwinUi, type AlertRecord, type MenuEntry, type ReplacedUi, type ShownHtml } from './ui';
export { CellsView } from './view';
export { Workbook, type AddSheetOptions, type WorkbookOptions } from './workbook';
