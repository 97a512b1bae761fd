// Builds a whole twin: workbooks, the five services as the add-on's `Services` bundle, the counter and the Ui
// records; asGlobals() gives the same services under Apps Script's global names for running dist/Code.js in node:vm.

import vm from 'node:vm';
import type { Services } from '../addon/adapter/services';
import type { ServiceCounter } from './counter';
import { ChartType } from './enums';
import { TwinEnv, userKeyFor } from './env';
import type { TwinLocale } from './errors';
import { type HtmlFileProvider, TwinHtmlService } from './html';
import { TwinLockService } from './lock';
import { TwinMailApp } from './mailApp';
import { TwinPropertiesService } from './properties';
import { ScopeGuard } from './scopes';
import { TwinScriptApp } from './scriptApp';
import type { SeedCell } from './seed';
import { TwinSession } from './session';
import { TwinSpreadsheetApp } from './spreadsheetApp';
import { TwinUi } from './ui';
import { TwinUtilities } from './utilities';
import { Workbook, type WorkbookOptions } from './workbook';

export interface TwinOptions {
  /** the active spreadsheet */
  workbook?: WorkbookOptions;
  /** sheets of the active spreadsheet, in order: name → rows from A1 (see Workbook.addSheet) */
  sheets?: Record<string, readonly (readonly SeedCell[])[]>;
  /** Session.getActiveUser().getEmail(); '' (the default) is what Apps Script gives when it may not say */
  userEmail?: string;
  /** Session.getTemporaryActiveUserKey(), the key user properties are kept under (derived from the email unless given) */
  userKey?: string;
  /**
   * The manifest's oauthScopes: a call needing a scope they do not grant throws as in Apps Script (scopes.ts). Leave it out for
   * a manifest without them, where Apps Script grants what the code uses; tests of the scripts use their built manifests.
   */
  oauthScopes?: readonly string[];
  /** of those, the ones the user left unticked on Google's granular consent screen: calls needing them throw too */
  deniedScopes?: readonly string[];
  /** the user's language, which Apps Script words its exceptions in ('en' unless given; see errors.ts) */
  locale?: TwinLocale;
  /** the add-on's (script project's) name: the caption of the menu createAddonMenu makes; 'Untitled project' unless given */
  addonName?: string;
  /** 'Asia/Bangkok' unless given */
  scriptTimeZone?: string;
  /** name → html for createHtmlOutputFromFile (see distHtmlFiles); none by default */
  htmlFiles?: HtmlFileProvider;
  /** setValues turns number-like and TRUE/FALSE text into numbers and booleans, as Sheets does (default true) */
  parseText?: boolean;
  /** getRange itself throws outside the sheet (default false: reads give '', writes throw) */
  strictBounds?: boolean;
  /** Services carry ScriptApp (the central script's scope script.scriptapp); the officer add-on's twin has none (default false) */
  scriptApp?: boolean;
  /** Services carry MailApp (the central script's scope script.send_mail); the officer add-on's twin has none (default false) */
  mailApp?: boolean;
  /** the clock Services.now reads (TWIN_NOW, a fixed instant, unless given); also settable later as twin.clock */
  now?: () => number;
  /** the script is bound to the spreadsheet (default true); false: a standalone script, whose getDocumentLock gives null */
  containerBound?: boolean;
}

/** The twin's services with their concrete types (a `Services` with twin-only extras). */
export interface TwinServices extends Services {
  readonly spreadsheetApp: TwinSpreadsheetApp;
  readonly lockService: TwinLockService;
  readonly propertiesService: TwinPropertiesService;
  readonly htmlService: TwinHtmlService;
  readonly session: TwinSession;
  readonly utilities: TwinUtilities;
  readonly barChart: GoogleAppsScript.Charts.ChartType;
  readonly scriptApp?: TwinScriptApp;
  readonly mailApp?: TwinMailApp;
  readonly now: () => number;
}

export class Twin {
  readonly env = new TwinEnv();
  readonly counter: ServiceCounter = this.env.counter;
  readonly ui: TwinUi;
  /** the manifest check of every call, with the calls it refused */
  readonly scopes: ScopeGuard;
  /** every spreadsheet openById can reach, by id */
  readonly workbooks = new Map<string, Workbook>();
  /** the project's triggers (reachable through services.scriptApp only when the twin was made with scriptApp: true) */
  readonly scriptApp: TwinScriptApp = new TwinScriptApp(this.env);
  /** the mails sent and the quota left (reachable through services.mailApp only when the twin was made with mailApp: true) */
  readonly mailApp: TwinMailApp = new TwinMailApp(this.env);
  readonly services: TwinServices;
  private activeWorkbook: Workbook;

  constructor(options: TwinOptions = {}) {
    this.ui = new TwinUi(this.counter, options.addonName ?? 'Untitled project');
    this.env.oauthScopes = options.oauthScopes;
    this.env.deniedScopes = new Set(options.deniedScopes);
    if (options.deniedScopes && !options.oauthScopes)
      throw new Error('twin: deniedScopes are some of the manifest’s oauthScopes: give those too');
    this.scopes = new ScopeGuard(options.oauthScopes?.filter((s) => !this.env.deniedScopes.has(s)));
    this.counter.authorize = this.scopes.check;
    this.env.locale = options.locale ?? 'en';
    this.setUser(options.userEmail ?? '', options.userKey);
    this.env.scriptTimeZone = options.scriptTimeZone ?? 'Asia/Bangkok';
    this.env.parseText = options.parseText ?? true;
    this.env.strictBounds = options.strictBounds ?? false;
    if (options.now) this.env.now = options.now;
    this.activeWorkbook = this.addWorkbook({ id: 'twin-active-spreadsheet', ...options.workbook });
    for (const [name, rows] of Object.entries(options.sheets ?? {})) this.activeWorkbook.addSheet(name, rows);
    const active = () => this.activeWorkbook;
    this.services = {
      spreadsheetApp: new TwinSpreadsheetApp(this.env, { active, byId: (id) => this.workbooks.get(id) }, this.ui),
      lockService: new TwinLockService(this.env, active, options.containerBound ?? true),
      propertiesService: new TwinPropertiesService(this.env, active),
      htmlService: new TwinHtmlService(this.counter, options.htmlFiles),
      session: new TwinSession(this.env),
      utilities: new TwinUtilities(this.counter),
      barChart: ChartType.BAR,
      now: () => this.env.now(),
      ...(options.scriptApp ? { scriptApp: this.scriptApp } : {}),
      ...(options.mailApp ? { mailApp: this.mailApp } : {}),
    };
  }

  /** The clock Services.now reads. */
  set clock(now: () => number) {
    this.env.now = now;
  }

  /** The active spreadsheet (what getActiveSpreadsheet returns). */
  get workbook(): Workbook {
    return this.activeWorkbook;
  }

  /** Another spreadsheet, reachable by openById; ids default to 'twin-spreadsheet-<n>'. */
  addWorkbook(options: WorkbookOptions = {}): Workbook {
    const id = options.id ?? `twin-spreadsheet-${this.workbooks.size + 1}`;
    if (this.workbooks.has(id)) throw new Error(`twin: a workbook with id "${id}" exists already`);
    const workbook = new Workbook(this.env, { ...options, id });
    this.workbooks.set(id, workbook);
    return workbook;
  }

  setActiveWorkbook(workbook: Workbook): this {
    if (this.workbooks.get(workbook.id) !== workbook) throw new Error('twin: that workbook belongs to another twin');
    this.activeWorkbook = workbook;
    return this;
  }

  /** The user the next calls run as: their email ('' when Apps Script gives none) and temporary key (derived from the email unless given). */
  setUser(email: string, key: string = userKeyFor(email)): this {
    this.env.userEmail = email;
    this.env.userKey = key;
    return this;
  }

  /** A user's stored user properties, by their key (uncounted). */
  userProperties(key: string = this.env.userKey): Map<string, string> {
    return this.services.propertiesService.userStore(key);
  }

  set htmlFiles(provider: HtmlFileProvider) {
    this.services.htmlService.files = provider;
  }

  /** getValues hands out Dates of this realm's constructor (e.g. a node:vm context's). */
  useDate(DateCtor: DateConstructor): this {
    this.env.DateCtor = DateCtor;
    return this;
  }

  /** Makes getValues hand out the context's own Dates, so `v instanceof Date` holds inside the bundle. */
  bindToContext(context: vm.Context): this {
    return this.useDate(vm.runInContext('Date', context) as DateConstructor);
  }
}

export function createServices(options: TwinOptions = {}): Twin {
  return new Twin(options);
}

/** Apps Script's global names for a Services bundle (plus `Charts` for Charts.ChartType), for node:vm. */
export function asGlobals(services: Services): {
  SpreadsheetApp: Services['spreadsheetApp'];
  LockService: Services['lockService'];
  PropertiesService: Services['propertiesService'];
  HtmlService: Services['htmlService'];
  Session: Services['session'];
  Utilities: Services['utilities'];
  Charts: { ChartType: typeof ChartType };
  ScriptApp?: Services['scriptApp'];
  MailApp?: Services['mailApp'];
} {
  return {
    SpreadsheetApp: services.spreadsheetApp,
    LockService: services.lockService,
    PropertiesService: services.propertiesService,
    HtmlService: services.htmlService,
    Session: services.session,
    Utilities: services.utilities,
    Charts: { ChartType },
    // only where the script has triggers: the officer bundle must run without it
    ...(services.scriptApp ? { ScriptApp: services.scriptApp } : {}),
    // only where the script may send mail (the central script)
    ...(services.mailApp ? { MailApp: services.mailApp } : {}),
  };
}
