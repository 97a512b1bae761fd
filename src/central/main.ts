// The central script's entry module (bound to DLA's consolidation workbook, reading the provinces' own spreadsheets): every
// export becomes a top-level function Apps Script can call, and nothing else does.

import { centralServices } from '../addon/adapter/globals';
import { sheetDays, todayIn } from '../addon/adapter/sheetDays';
import { guardedAction, runFromMenu, tell } from '../addon/consolidate/menuRun';
import { createRegister } from '../addon/consolidate/registerSheet';
import { runNational } from '../addon/consolidate/runner';
import { failureText } from '../addon/failure';
import { VERSION } from '../addon/version';
import { followupMailMessages as F } from '../core/messages/followupMail';
import { centralRunMessages as C, nationalRunMessages as M } from '../core/messages/nationalRun';
import { FILES_RUN } from './config';
import { sendFollowupEmails } from './followupMail';
import { followupMailDialogHtml, type MailDialogAnswer } from './mailDialog';
import { CENTRAL_MENU_ITEMS } from './menu';
import { type NationDialogAnswer, nationDialogHtml } from './nationDialog';
import { consolidateFromDialog } from './nationRun';

/** Runs with authMode NONE when the workbook opens: build the menu (Extensions → the script's name) and touch no other service. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of CENTRAL_MENU_ITEMS) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(item.label.th, item.functionName);
  }
  menu.addToUi();
}

/** รวมผลทั้งประเทศ: the dialog that asks for the period and whether only certified provinces count, then runs. */
export function consolidateNation(): void {
  const services = centralServices();
  guardedAction(services, M.title, () => {
    const today = todayIn(sheetDays(services.spreadsheetApp.getActiveSpreadsheet(), services.utilities), services);
    const html = services.htmlService.createHtmlOutput(nationDialogHtml(today)).setWidth(560).setHeight(600);
    services.spreadsheetApp.getUi().showModalDialog(html, M.title.th);
  });
}

/** Called by the open dialog: its choices and what it asks ('start', or a saved run's 'continue' / 'restart'), in plain JSON. */
export function consolidateNationFor(periodKey: string, certifiedOnly: boolean, request: string): NationDialogAnswer {
  try {
    return consolidateFromDialog(centralServices(), String(periodKey ?? ''), certifiedOnly === true, String(request));
  } catch (e) {
    return { ok: false, kind: 'failed', message: failureText(e).th, notices: [] };
  }
}

export function continueNation(): void {
  const services = centralServices();
  guardedAction(services, M.title, () => runFromMenu(services, FILES_RUN, 'continue'));
}

/** The one-off continuation trigger: no one to show a dialog to; progress and the result are in the sheets. */
export function continueNationByTrigger(_e?: GoogleAppsScript.Events.TimeDriven): void {
  runNational(centralServices(), FILES_RUN, 'trigger');
}

/** ส่งอีเมลติดตามผล: the dialog that asks for the period, then sends. */
export function openFollowupMail(): void {
  const services = centralServices();
  guardedAction(services, F.title, () => {
    const today = todayIn(sheetDays(services.spreadsheetApp.getActiveSpreadsheet(), services.utilities), services);
    const html = services.htmlService.createHtmlOutput(followupMailDialogHtml(today)).setWidth(560).setHeight(560);
    services.spreadsheetApp.getUi().showModalDialog(html, F.title.th);
  });
}

/** Called by the open dialog with a period key; answers it in plain JSON (Thai text): an alert would replace the dialog. */
export function sendFollowupEmailsFor(periodKey: string): MailDialogAnswer {
  try {
    const outcome = sendFollowupEmails(centralServices(), undefined, String(periodKey ?? ''));
    return {
      ok: outcome.ok,
      message: outcome.message.th,
      lines: outcome.lines.map((l) => l.th),
      notices: outcome.notices.map((n) => n.th),
    };
  } catch (e) {
    return { ok: false, message: failureText(e).th, lines: [], notices: [] };
  }
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
