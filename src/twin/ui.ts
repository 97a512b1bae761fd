// The spreadsheet's Ui: records menus (and their items), alerts, sidebars and dialogs for tests to assert on, what is open
// now (one dialog or alert at a time, one sidebar) and what a later one replaced. alert answers OK unless a test queued
// other answers. Counted as Ui/Menu calls, not Spreadsheet.

import type { HtmlOutputApi, MenuApi, UiApi } from '../addon/adapter/services';
import type { ServiceCounter } from './counter';
import { Button, ButtonSet } from './enums';
import { TwinHtmlOutput } from './html';

export type MenuEntry = { readonly caption: string; readonly functionName: string } | 'separator';

export interface AlertRecord {
  /** '' when alert was called with the prompt only */
  readonly title: string;
  readonly prompt: string;
  readonly buttons: GoogleAppsScript.Base.ButtonSet | undefined;
}

export interface ShownHtml {
  readonly output: HtmlOutputApi;
  readonly content: string;
  /** the dialog's title argument, or the output's title for a sidebar */
  readonly title: string | undefined;
}

/** A dialog or sidebar that a later one closed before the person did. */
export interface ReplacedUi {
  readonly closed: ShownHtml;
  readonly by: { readonly alert: AlertRecord } | { readonly dialog: ShownHtml } | { readonly sidebar: ShownHtml };
}

export class TwinMenu implements MenuApi {
  readonly items: MenuEntry[] = [];
  addedToUi = false;

  constructor(
    private readonly counter: ServiceCounter,
    readonly caption: string,
  ) {}

  addItem(caption: string, functionName: string): this {
    this.counter.other('Menu', 'addItem');
    this.items.push({ caption, functionName });
    return this;
  }

  addSeparator(): this {
    this.counter.other('Menu', 'addSeparator');
    this.items.push('separator');
    return this;
  }

  addToUi(): void {
    this.counter.other('Menu', 'addToUi');
    this.addedToUi = true;
  }
}

function shown(output: HtmlOutputApi, title?: string): ShownHtml {
  if (output instanceof TwinHtmlOutput) return { output, content: output.content, title: title ?? output.title };
  return { output, content: output.getContent(), title };
}

export class TwinUi implements UiApi {
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;
  /** every menu created, in order (see `menusOnUi` for those added to the UI) */
  readonly menus: TwinMenu[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly sidebars: ShownHtml[] = [];
  readonly dialogs: ShownHtml[] = [];
  /** answers the next alerts give, first in first out; OK when empty */
  readonly alertAnswers: GoogleAppsScript.Base.Button[] = [];
  /** the modal dialog open now (an alert is closed once answered); null when none */
  openDialog: ShownHtml | null = null;
  /** the sidebar open now; null when none */
  openSidebar: ShownHtml | null = null;
  /** every dialog or sidebar closed by a later one before the person closed it, in order */
  readonly replaced: ReplacedUi[] = [];

  constructor(
    private readonly counter: ServiceCounter,
    /** the add-on's name: the caption of its menu under Extensions (in a bound script, the script project's name) */
    readonly addonName: string,
  ) {}

  get menusOnUi(): TwinMenu[] {
    return this.menus.filter((m) => m.addedToUi);
  }

  /** Ui.createAddonMenu (https://developers.google.com/apps-script/reference/base/ui): a submenu of Extensions named after the add-on. */
  createAddonMenu(): TwinMenu {
    this.counter.other('Ui', 'createAddonMenu');
    const menu = new TwinMenu(this.counter, this.addonName);
    this.menus.push(menu);
    return menu;
  }

  /**
   * alert(title, prompt, buttons); at run time also alert(prompt) and alert(prompt, buttons). It replaces an open modal
   * dialog (one dialog at a time) and suspends the script until answered (https://developers.google.com/apps-script/guides/dialogs).
   */
  alert(
    title: string,
    prompt?: string | GoogleAppsScript.Base.ButtonSet,
    buttons?: GoogleAppsScript.Base.ButtonSet,
  ): GoogleAppsScript.Base.Button {
    this.counter.other('Ui', 'alert');
    const alert: AlertRecord =
      buttons !== undefined
        ? { title, prompt: String(prompt), buttons }
        : { title: '', prompt: title, buttons: prompt as GoogleAppsScript.Base.ButtonSet | undefined };
    this.alerts.push(alert);
    this.replaceDialog({ alert });
    return this.alertAnswers.shift() ?? Button.OK;
  }

  /** Ui.showSidebar (https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object)): replaces an open sidebar; dialogs stay. */
  showSidebar(userInterface: HtmlOutputApi): void {
    this.counter.other('Ui', 'showSidebar');
    const next = shown(userInterface);
    this.sidebars.push(next);
    if (this.openSidebar) this.replaced.push({ closed: this.openSidebar, by: { sidebar: next } });
    this.openSidebar = next;
  }

  /** Ui.showModalDialog (https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String)): one dialog at a time. */
  showModalDialog(userInterface: HtmlOutputApi, title: string): void {
    this.counter.other('Ui', 'showModalDialog');
    const next = shown(userInterface, title);
    this.dialogs.push(next);
    this.replaceDialog({ dialog: next });
    this.openDialog = next;
  }

  /** twin-only: the person (or google.script.host.close()) closes the open dialog. */
  closeDialog(): void {
    this.openDialog = null;
  }

  /** twin-only: the person closes the sidebar. */
  closeSidebar(): void {
    this.openSidebar = null;
  }

  private replaceDialog(by: ReplacedUi['by']): void {
    if (this.openDialog) this.replaced.push({ closed: this.openDialog, by });
    this.openDialog = null;
  }
}
