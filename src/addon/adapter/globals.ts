// The Apps Script globals as the add-on's Services: the only place the real services are named.

import type { Services } from './services';

export function appsScriptServices(): Services {
  return { spreadsheetApp: SpreadsheetApp, lockService: LockService, propertiesService: PropertiesService, htmlService: HtmlService, session: Session, barChart: Charts.ChartType.BAR };
}
