// The add-on's entry module: every export here becomes a top-level function Apps Script can call, and nothing else does.
// Menu items, dialog and sidebar calls only wire the Apps Script services to an action and show its outcome.

import { BUILT_IN_FORMS } from '../core/form/builtInForms';
import { addonMessages } from '../core/messages/addon';
import { dialogMessages, followupDialogMessages } from '../core/messages/dialogs';
import { nationalRunMessages } from '../core/messages/nationalRun';
import { registrySheetMessages, setupMessages, sheetMessages } from '../core/messages/sheets';
import type { Text } from '../core/messages/text';
import { MAX_TIMELY_DAYS } from '../core/period/deadline';
import type { RollupMapInput } from '../core/report/map/rollupMapInput';
import { type CertifyAnswer, type CertifyRequest, certifyContext, certifyWith } from './actions/certify';
import { runCheckData } from './actions/checkData';
import { runDistrictSummary } from './actions/districtSummary';
import {
  type EntryContext,
  type EntryPayload,
  entryContext,
  type SubmitResult,
  showEntrySidebar,
  submitEntryWith,
} from './actions/entry';
import { type FollowupDialogAnswer, runFollowupDialog } from './actions/followup';
import { loadMapData } from './actions/mapData';
import {
  type RegistryDialogContext,
  type RegistryOutcome,
  registryDialogContext,
  runRegistry,
  showRegistryDialog,
} from './actions/registry';
import { returnedEntries } from './actions/returnedEntries';
import { reviewContext, showReviewSidebar, submitReviewWith } from './actions/review';
import { runSetup } from './actions/setup';
import { appsScriptServices } from './adapter/globals';
import { sheetDays, todayIn } from './adapter/sheetDays';
import { runFromMenu, TABS_RUN } from './consolidate/menuRun';
import type { CertifyDialogContext } from './dialogs/certifyDialog';
import { type PeriodDialogAnswer, type PeriodDialogContext, periodDialogContext } from './dialogs/periodDialog';
import { type SetupDialogAnswer, type SetupDialogContext, setupDialogContext } from './dialogs/setupDialog';
import type { ReturnedEntries } from './entry/types';
import { failureText } from './failure';
import { MENU_ITEMS } from './menu';
import type { ReviewAnswer, ReviewContext, ReviewPayload, ReviewQuery } from './review/types';
import { saveTimelyDays, workbookTimelyDays } from './timelyDays';
import { VERSION } from './version';
import { workbookForm } from './workbookForm';

/**
 * Runs with authMode NONE before the add-on is authorised: build the menu and touch no other service. The menu is the
 * add-on's submenu under Extensions (a published Editor add-on may not add top-level menus; a bound script gets the same).
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
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
  return entryContext(appsScriptServices());
}

/** Sidebar call: the rows a reviewer returned to the chosen อปท. ({ code, name }), to open and correct in place. */
export function getReturnedEntries(owner: { code: string; name: string }): ReturnedEntries {
  return returnedEntries(appsScriptServices(), owner);
}

/** Sidebar call: one submission, checked again here and written under the document lock. */
export function submitEntry(payload: EntryPayload): SubmitResult {
  return submitEntryWith(appsScriptServices(), undefined, payload);
}

/** ตรวจรับข้อมูล: the review sidebar (dist/ReviewSidebar.html). */
export function openReviewSidebar(): void {
  showReviewSidebar(appsScriptServices());
}

/** Review sidebar call: the rows of a district and period for review, with their problems, in one server call. */
export function getReviewContext(query: ReviewQuery): ReviewContext {
  return reviewContext(appsScriptServices(), query);
}

/** Review sidebar call: the decisions of a page, written in one batch under the document lock and logged. */
export function submitReview(payload: ReviewPayload): ReviewAnswer {
  return submitReviewWith(appsScriptServices(), payload);
}

export function checkData(): void {
  guarded(sheetMessages.checkTitle, () => {
    const outcome = runCheckData(appsScriptServices());
    tell(sheetMessages.checkTitle, outcome.ok ? outcome.notices : [outcome.message]);
  });
}

/** สรุปผลรายอำเภอ: the dialog (dist/PeriodDialog.html) that asks for the period, then runs the summary. */
export function openDistrictSummary(): void {
  const services = appsScriptServices();
  const html = services.htmlService.createHtmlOutputFromFile('PeriodDialog').setWidth(360).setHeight(300);
  services.spreadsheetApp.getUi().showModalDialog(html, dialogMessages.periodTitle.th);
}

/** Period dialogs' call (สรุปผลรายอำเภอ, ติดตามผล): the periods to offer, the fiscal year of today in the spreadsheet's zone first. */
export function getPeriodDialogContext(): PeriodDialogContext {
  const services = appsScriptServices();
  return periodDialogContext(
    todayIn(sheetDays(services.spreadsheetApp.getActiveSpreadsheet(), services.utilities), services),
  );
}

/**
 * Called by the open period dialog; returns plain JSON (Thai text) for it to show, notices included: an alert would
 * replace the dialog (one dialog at a time) before it could show its result.
 */
export function runDistrictSummaryFor(periodKey: string): PeriodDialogAnswer {
  try {
    const outcome = runDistrictSummary(appsScriptServices(), undefined, periodKey || null);
    return { ok: outcome.ok, message: outcome.message.th, notices: outcome.notices.map((n) => n.th) };
  } catch (e) {
    return { ok: false, message: failureText(e).th, notices: [] };
  }
}

/** รับรองผล: the dialog (dist/CertifyDialog.html) in which a district or the province certifies a period, or reopens it. */
export function openCertifyDialog(): void {
  const title = addonMessages.menu.certify;
  guarded(title, () => {
    const services = appsScriptServices();
    const html = services.htmlService.createHtmlOutputFromFile('CertifyDialog').setWidth(420).setHeight(520);
    services.spreadsheetApp.getUi().showModalDialog(html, title.th);
  });
}

/** Certify dialog call: the periods, districts, staff named last time and where each period stands. */
export function getCertifyDialogContext(): CertifyDialogContext {
  return certifyContext(appsScriptServices());
}

/** Certify dialog call: one act (certify or reopen) at one level, recorded under the document lock; plain JSON. */
export function certifyPeriod(request: CertifyRequest): CertifyAnswer {
  try {
    return certifyWith(appsScriptServices(), request);
  } catch (e) {
    return { ok: false, message: failureText(e).th };
  }
}

/** ติดตามผล: the dialog (dist/FollowupDialog.html) that writes the follow-up message for each district with อปท. still to report. */
export function openFollowup(): void {
  guarded(followupDialogMessages.followupTitle, () => {
    const services = appsScriptServices();
    const html = services.htmlService.createHtmlOutputFromFile('FollowupDialog').setWidth(560).setHeight(620);
    services.spreadsheetApp.getUi().showModalDialog(html, followupDialogMessages.followupTitle.th);
  });
}

/** Called by the open follow-up dialog with a period key; answers it in plain JSON (Thai text). */
export function runFollowupFor(periodKey: string): FollowupDialogAnswer {
  try {
    return runFollowupDialog(appsScriptServices(), undefined, String(periodKey ?? ''));
  } catch (e) {
    return { ok: false, message: failureText(e).th, messages: [] };
  }
}

/** แผนที่ผลการดำเนินงาน: the dialog whose page (dist/MapDialog.html) carries the boundaries and draws the saved figures. */
export function openMapDialog(): void {
  const title = addonMessages.menu.map;
  guarded(title, () => {
    const services = appsScriptServices();
    const html = services.htmlService.createHtmlOutputFromFile('MapDialog').setWidth(820).setHeight(720);
    services.spreadsheetApp.getUi().showModalDialog(html, title.th);
  });
}

/** Map dialog call: the figures the last สรุปผลรายอำเภอ or รวมผลทั้งประเทศ saved (plain JSON), or null before either ran. */
export function getMapData(): RollupMapInput | null {
  return loadMapData(appsScriptServices().propertiesService.getDocumentProperties());
}

/** รวมผลทั้งประเทศ over the report tabs of this workbook (no new scope: it reads only this spreadsheet). */
export function consolidateNation(): void {
  guarded(nationalRunMessages.title, () => runFromMenu(appsScriptServices(), TABS_RUN, 'start'));
}

/** ทำต่อ: continues a national consolidation that paused near Apps Script's time limit. */
export function continueNation(): void {
  guarded(nationalRunMessages.title, () => runFromMenu(appsScriptServices(), TABS_RUN, 'continue'));
}

/** ตั้งค่าแบบรายงาน: the dialog (dist/SetupDialog.html) that asks which programme's form the workbook reports on. */
export function setupReportSheet(): void {
  guarded(setupMessages.title, () => {
    const services = appsScriptServices();
    const html = services.htmlService.createHtmlOutputFromFile('SetupDialog').setWidth(420).setHeight(300);
    services.spreadsheetApp.getUi().showModalDialog(html, setupMessages.title.th);
  });
}

/** Setup dialog call: the built-in forms by their Thai title, the workbook's current one chosen. */
export function getSetupDialogContext(): SetupDialogContext {
  const props = appsScriptServices().propertiesService.getDocumentProperties();
  return setupDialogContext(BUILT_IN_FORMS, workbookForm(props), workbookTimelyDays(props));
}

/** Called by the open setup dialog with the chosen form's id; answers it in plain JSON (an alert would replace it). */
export function runSetupFor(formId: string, timelyDays?: string): SetupDialogAnswer {
  try {
    const services = appsScriptServices();
    const props = services.propertiesService.getDocumentProperties();
    if (timelyDays !== undefined && !saveTimelyDays(props, String(timelyDays)))
      return { ok: false, message: addonMessages.badTimelyDays(String(timelyDays), MAX_TIMELY_DAYS).th };
    const outcome = runSetup(services, String(formId));
    return { ok: outcome.ok, message: outcome.message.th };
  } catch (e) {
    return { ok: false, message: failureText(e).th };
  }
}

export function openRegistry(): void {
  guarded(registrySheetMessages.title, () => showRegistryDialog(appsScriptServices()));
}

/** Registry dialog call: the report's province and whether the built-in registry covers it. */
export function getRegistryDialogContext(): RegistryDialogContext {
  return registryDialogContext(appsScriptServices());
}

/** Registry dialog call: rows of DLA's file for the report's province, read in the browser. */
export function importRegistryRows(
  rows: string[][],
  confirmed: boolean,
): { ok: boolean; needsConfirmation: boolean; message: string } {
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
