// The Apps Script globals as the add-on's Services: the only place the real services are named.

import type { Services } from './services';

export function appsScriptServices(): Services {
  return {
    spreadsheetApp: SpreadsheetApp,
    lockService: LockService,
    propertiesService: PropertiesService,
    htmlService: HtmlService,
    session: Session,
    utilities: Utilities,
    barChart: Charts.ChartType.BAR,
  };
}

/**
 * The central script's Services: the same plus ScriptApp for its continuation triggers, MailApp for the follow-up e-mail and
 * the clock its runs are timed by. Kept apart so the officer bundle never names ScriptApp or MailApp (its manifest grants
 * neither script.scriptapp nor script.send_mail).
 */
export function centralServices(): Services {
  return { ...appsScriptServices(), scriptApp: ScriptApp, mailApp: MailApp, now: () => Date.now() };
}
