// The spreadsheet's Ui: records menus (and their items), alerts, sidebars and dialogs for tests to assert on.
// alert answers OK unless a test queued other answers. Counted as Ui/Menu calls, not Spreadsheet.

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

  constructor(private readonly counter: ServiceCounter) {}

  get menusOnUi(): TwinMenu[] {
    return this.menus.filter((m) => m.addedToUi);
  }

  createMenu(caption: string): TwinMenu {
    this.counter.other('Ui', 'createMenu');
    const menu = new TwinMenu(this.counter, caption);
    this.menus.push(menu);
    return menu;
  }

  /** alert(title, prompt, buttons); at run time also alert(prompt) and alert(prompt, buttons). */
  alert(title: string, prompt?: string | GoogleAppsScript.Base.ButtonSet, buttons?: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button {
    this.counter.other('Ui', 'alert');
    if (buttons !== undefined) this.alerts.push({ title, prompt: String(prompt), buttons });
    else this.alerts.push({ title: '', prompt: title, buttons: prompt as GoogleAppsScript.Base.ButtonSet | undefined });
    return this.alertAnswers.shift() ?? Button.OK;
  }

  showSidebar(userInterface: HtmlOutputApi): void {
    this.counter.other('Ui', 'showSidebar');
    this.sidebars.push(shown(userInterface));
  }

  showModalDialog(userInterface: HtmlOutputApi, title: string): void {
    this.counter.other('Ui', 'showModalDialog');
    this.dialogs.push(shown(userInterface, title));
  }
}
