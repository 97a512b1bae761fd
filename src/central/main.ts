// The central script's entry module (bound to DLA's consolidation workbook, reading the provinces' own spreadsheets): every
// export becomes a top-level function Apps Script can call, and nothing else does.

import { centralServices } from '../addon/adapter/globals';
import { guardedAction, runFromMenu, tell } from '../addon/consolidate/menuRun';
import { createRegister } from '../addon/consolidate/registerSheet';
import { runNational } from '../addon/consolidate/runner';
import { VERSION } from '../addon/version';
import { centralRunMessages as C, nationalRunMessages as M } from '../core/messages/nationalRun';
import { FILES_RUN } from './config';
import { CENTRAL_MENU_ITEMS } from './menu';

/** Runs with authMode NONE when the workbook opens: build the menu (Extensions → the script's name) and touch no other service. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of CENTRAL_MENU_ITEMS) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(item.label.th, item.functionName);
  }
  menu.addToUi();
}

export function consolidateNation(): void {
  const services = centralServices();
  guardedAction(services, M.title, () => runFromMenu(services, FILES_RUN, 'start'));
}

export function continueNation(): void {
  const services = centralServices();
  guardedAction(services, M.title, () => runFromMenu(services, FILES_RUN, 'continue'));
}

/** The one-off continuation trigger: no one to show a dialog to; progress and the result are in the sheets. */
export function continueNationByTrigger(_e?: GoogleAppsScript.Events.TimeDriven): void {
  runNational(centralServices(), FILES_RUN, 'trigger');
}

export function createProvinceRegister(): void {
  const services = centralServices();
  guardedAction(services, M.title, () =>
    tell(services, C.menu.createRegister, [createRegister(services.spreadsheetApp.getActiveSpreadsheet())]),
  );
}

export function showAbout(): void {
  const services = centralServices();
  tell(services, C.menu.about, [C.about(VERSION)]);
}
