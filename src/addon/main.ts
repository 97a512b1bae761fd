// The add-on's entry module: every export here becomes a top-level function Apps Script can call, and nothing else does.
// Menu items, dialog and sidebar calls only wire the Apps Script services to an action and show its outcome.

import { dialogMessages } from '../core/messages/dialogs';
import { registrySheetMessages, sheetMessages, setupMessages } from '../core/messages/sheets';
import type { Text } from '../core/messages/text';
import { runCheckData } from './actions/checkData';
import { runDistrictSummary } from './actions/districtSummary';
import { entryContext, showEntrySidebar, submitEntryWith, type EntryContext, type EntryPayload, type SubmitResult } from './actions/entry';
import { registryDialogContext, runRegistry, showRegistryDialog, type RegistryDialogContext, type RegistryOutcome } from './actions/registry';
import { runSetup } from './actions/setup';
import { nationalRunMessages } from '../core/messages/nationalRun';
import { runFromMenu, TABS_RUN } from './consolidate/menuRun';
import { appsScriptServices } from './adapter/globals';
import { todayLocal } from './adapter/sheetValues';
import { periodDialogHtml } from './dialogs/periodDialog';
import { failureText } from './failure';
import { MENU_ITEMS, MENU_TITLE } from './menu';
import { VERSION } from './version';

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

/** Runs a menu action; an Apps Script failure (a protected range, say) becomes a Thai message instead of a stack trace. */
function guarded(title: Text, action: () => void): void {
  try {
    action();
  } catch (e) {
    tell(title, [failureText(e)]);
  }
}

export function openEntrySidebar(): void {
  showEntrySidebar(appsScriptServices());
}

/** Sidebar call: the officer's context as plain JSON, in one server call. */
export function getEntryContext(): EntryContext {
  return entryContext(appsScriptServices(), todayLocal());
}

/** Sidebar call: one submission, checked again here and written under the document lock. */
export function submitEntry(payload: EntryPayload): SubmitResult {
  return submitEntryWith(appsScriptServices(), todayLocal(), payload);
}

export function checkData(): void {
  guarded(sheetMessages.checkTitle, () => {
    const outcome = runCheckData(appsScriptServices(), todayLocal());
    tell(sheetMessages.checkTitle, outcome.ok ? outcome.notices : [outcome.message]);
  });
}

export function openDistrictSummary(): void {
  const services = appsScriptServices();
  const html = services.htmlService.createHtmlOutput(periodDialogHtml(todayLocal())).setWidth(360).setHeight(300);
  services.spreadsheetApp.getUi().showModalDialog(html, dialogMessages.periodTitle.th);
}

/** Called by the period dialog; returns plain JSON (Thai text) for it to show. */
export function runDistrictSummaryFor(periodKey: string): { ok: boolean; message: string } {
  try {
    const outcome = runDistrictSummary(appsScriptServices(), todayLocal(), periodKey || null);
    if (outcome.ok) tell(sheetMessages.summaryTitle, outcome.notices);
    return { ok: outcome.ok, message: outcome.message.th };
  } catch (e) {
    return { ok: false, message: failureText(e).th };
  }
}

/** รวมผลทั้งประเทศ over the report tabs of this workbook (no new scope: it reads only this spreadsheet). */
export function consolidateNation(): void {
  guarded(nationalRunMessages.title, () => runFromMenu(appsScriptServices(), TABS_RUN, 'start'));
}

/** ทำต่อ: continues a national consolidation that paused near Apps Script's time limit. */
export function continueNation(): void {
  guarded(nationalRunMessages.title, () => runFromMenu(appsScriptServices(), TABS_RUN, 'continue'));
}

export function setupReportSheet(): void {
  guarded(setupMessages.title, () => tell(setupMessages.title, [runSetup(appsScriptServices()).message]));
}

export function openRegistry(): void {
  guarded(registrySheetMessages.title, () => showRegistryDialog(appsScriptServices()));
}

/** Registry dialog call: the report's province and whether the built-in registry covers it. */
export function getRegistryDialogContext(): RegistryDialogContext {
  return registryDialogContext(appsScriptServices());
}

/** Registry dialog call: rows of DLA's file for the report's province, read in the browser. */
export function importRegistryRows(rows: string[][], confirmed: boolean): { ok: boolean; needsConfirmation: boolean; message: string } {
  return registryAnswer(() => runRegistry(appsScriptServices(), rows, confirmed === true));
}

/** Registry dialog call: the built-in registry. */
export function useDemoRegistry(confirmed: boolean): { ok: boolean; needsConfirmation: boolean; message: string } {
  return registryAnswer(() => runRegistry(appsScriptServices(), null, confirmed === true));
}

function registryAnswer(run: () => RegistryOutcome): { ok: boolean; needsConfirmation: boolean; message: string } {
  try {
    const outcome = run();
    return { ok: outcome.ok, needsConfirmation: outcome.needsConfirmation === true, message: outcome.message.th };
  } catch (e) {
    return { ok: false, needsConfirmation: false, message: failureText(e).th };
  }
}

export function showAbout(): void {
  tell(dialogMessages.aboutTitle, [dialogMessages.about(VERSION)]);
}
