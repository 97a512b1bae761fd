// The add-on's entry module: every export here becomes a top-level function Apps Script can call, and nothing else does.

import { runCheckData } from './checkData';
import { MENU_ITEMS, MENU_TITLE } from './menu';

/** Runs with authMode NONE before the add-on is authorised: build the menu and touch no other service. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE.th);
  for (const item of MENU_ITEMS) menu.addItem(item.label.th, item.functionName);
  menu.addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function checkData(): void {
  runCheckData();
}
