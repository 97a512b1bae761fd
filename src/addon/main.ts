// The add-on's entry module: every export here becomes a top-level function Apps Script can call, and nothing else does.
// Each only wires the Apps Script services to an action and shows its outcome.

import type { Text } from '../core/messages/text';
import { runCheckData } from './actions/checkData';
import { appsScriptServices } from './adapter/globals';
import { todayLocal } from './adapter/sheetValues';
import { MENU_ITEMS, MENU_TITLE } from './menu';

/** Runs with authMode NONE before the add-on is authorised: build the menu and touch no other service. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE.th);
  for (const item of MENU_ITEMS) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(item.label.th, item.functionName);
  }
  menu.addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

function tell(title: Text, messages: readonly Text[]): void {
  if (messages.length === 0) return;
  const ui = SpreadsheetApp.getUi();
  ui.alert(title.th, messages.map((m) => m.th).join('\n\n'), ui.ButtonSet.OK);
}

export function checkData(): void {
  const outcome = runCheckData(appsScriptServices(), todayLocal());
  tell({ th: 'ตรวจสอบข้อมูล', en: 'Check data' }, outcome.ok ? outcome.notices : [outcome.message]);
}
