// SpreadsheetApp: the active spreadsheet, the Ui, flush, newDataValidation, openById over the twin's workbooks, and
// the enum stand-ins. Every method is a Spreadsheet call (the data validation builder's own methods are not).

import type { SpreadsheetAppApi } from '../addon/adapter/services';
import { TwinDataValidationBuilder } from './dataValidation';
import { DataValidationCriteria, ProtectionType } from './enums';
import type { TwinEnv } from './env';
import { fail, MESSAGES, OPEN_BY_ID_MESSAGES } from './errors';
import type { TwinSheet } from './sheet';
import type { TwinUi } from './ui';
import type { Workbook } from './workbook';

export interface WorkbookDirectory {
  active(): Workbook;
  byId(id: string): Workbook | undefined;
}

export class TwinSpreadsheetApp implements SpreadsheetAppApi {
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  /** how many times flush() was called */
  flushes = 0;

  constructor(
    private readonly env: TwinEnv,
    private readonly workbooks: WorkbookDirectory,
    private readonly ui: TwinUi,
  ) {}

  private count(method: string): void {
    this.env.counter.call('SpreadsheetApp', method);
  }

  getActiveSpreadsheet(): Workbook {
    this.count('getActiveSpreadsheet');
    return this.workbooks.active();
  }

  getActive(): Workbook {
    this.count('getActive');
    return this.workbooks.active();
  }

  getActiveSheet(): TwinSheet {
    this.count('getActiveSheet');
    return this.workbooks.active().active();
  }

  getUi(): TwinUi {
    this.count('getUi');
    if (!this.env.uiAvailable) fail(MESSAGES.noUi);
    return this.ui;
  }

  flush(): void {
    this.count('flush');
    this.flushes++;
  }

  newDataValidation(): TwinDataValidationBuilder {
    this.count('newDataValidation');
    return new TwinDataValidationBuilder();
  }

  /** A bad or unknown id, or no access: Apps Script's texts, in the user's language (errors.ts, OPEN_BY_ID_MESSAGES). */
  openById(id: string): Workbook {
    this.count('openById');
    const text = OPEN_BY_ID_MESSAGES[this.env.locale];
    const workbook = this.workbooks.byId(id);
    if (!workbook) fail(text.noSuchFile);
    if (workbook.accessDenied) fail(text.noAccess);
    // opened by id there is no UI, so its active sheet is its first tab (unconfirmed: the active sheet is "the sheet that is being
    // displayed in the spreadsheet UI", https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getActiveSheet();
    // the probe checks it). The twin has one object per file: opening the open spreadsheet by id moves its active sheet too.
    workbook.activeSheet = workbook.sheets[0] ?? null;
    return workbook;
  }
}
