// A built page (dist/PeriodDialog.html and its siblings, the sidebars) run in node:vm on a small fake DOM, its
// google.script.run calls kept for the test to answer, or answered by the bundle's own functions on a twin.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { DIST } from './appsScriptSandbox';

/** What a listener is given: the event's type, and preventDefault (a form's submit is kept from reloading the page). */
export interface FakeEvent {
  readonly type: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

/** attributes a browser mirrors in a property of the element: setAttribute('id', …) sets .id, and so on */
const REFLECTED: Record<string, 'id' | 'className' | 'htmlFor' | 'type' | 'value'> = {
  id: 'id',
  class: 'className',
  for: 'htmlFor',
  type: 'type',
  value: 'value',
};

/** The part of an element the pages use: text set as text, values, attributes, children and event listeners. */
export class FakeElement {
  readonly children: FakeElement[] = [];
  readonly attributes: Record<string, string> = {};
  /** the element it was appended to */
  parent: FakeElement | null = null;
  private readonly listeners: { readonly type: string; readonly listener: (event: FakeEvent) => void }[] = [];
  private ownText = '';
  private ownValue = '';
  id = '';
  className = '';
  type = '';
  htmlFor = '';
  placeholder = '';
  disabled = false;
  readOnly = false;
  hidden = false;
  required = false;
  rows = 0;
  /** an option's */
  selected = false;
  /** a check box's */
  checked = false;
  /** a text box's: select() was called, so the person can copy it with Ctrl+C */
  textSelected = false;

  /** `document` keeps which element has the focus */
  constructor(
    readonly tagName: string,
    private readonly document: { activeElement: FakeElement | null } = { activeElement: null },
  ) {}

  get textContent(): string {
    return this.ownText + this.children.map((c) => c.textContent).join('');
  }

  set textContent(text: string) {
    this.children.length = 0;
    this.ownText = String(text);
  }

  /** a list's value is its chosen option's (else its first), as in a browser */
  get value(): string {
    if (this.tagName !== 'SELECT') return this.ownValue;
    return (this.children.find((o) => o.selected) ?? this.children[0])?.value ?? '';
  }

  set value(value: string) {
    if (this.tagName === 'SELECT') for (const o of this.children) o.selected = o.value === value;
    else this.ownValue = String(value);
  }

  append(...nodes: FakeElement[]): void {
    for (const node of nodes) {
      node.remove();
      node.parent = this;
    }
    this.children.push(...nodes);
  }

  appendChild(node: FakeElement): FakeElement {
    this.append(node);
    return node;
  }

  removeChild(node: FakeElement): FakeElement {
    const at = this.children.indexOf(node);
    if (at < 0) throw new Error('removeChild: not a child');
    this.children.splice(at, 1);
    node.parent = null;
    return node;
  }

  get firstChild(): FakeElement | null {
    return this.children[0] ?? null;
  }

  remove(): void {
    const siblings = this.parent?.children ?? [];
    if (siblings.includes(this)) siblings.splice(siblings.indexOf(this), 1);
    this.parent = null;
  }

  replaceWith(node: FakeElement): void {
    const parent = this.parent;
    if (!parent) return;
    node.remove();
    parent.children.splice(parent.children.indexOf(this), 1, node);
    node.parent = parent;
    this.parent = null;
  }

  /** the selectors the pages use: `tag`, `[name]` and `[name="value"]` (`[hidden]` as the property says) */
  matches(selector: string): boolean {
    const attribute = /^\[([a-z-]+)(?:="([^"]*)")?\]$/.exec(selector);
    if (!attribute) return this.tagName === selector.toUpperCase();
    const [, name, value] = attribute;
    const actual = name === 'hidden' ? (this.hidden ? '' : null) : this.getAttribute(name);
    return actual !== null && (value === undefined || actual === value);
  }

  closest(selector: string): FakeElement | null {
    for (let e: FakeElement | null = this; e; e = e.parent) if (e.matches(selector)) return e;
    return null;
  }

  querySelector(selector: string): FakeElement | null {
    return this.all().find((e) => e !== this && e.matches(selector)) ?? null;
  }

  replaceChildren(...nodes: FakeElement[]): void {
    this.textContent = '';
    this.append(...nodes);
  }

  setAttribute(name: string, value: string): void {
    this.attributes[name] = String(value);
    const property = REFLECTED[name];
    if (property) this[property] = String(value);
    if (name === 'hidden') this.hidden = true;
  }

  removeAttribute(name: string): void {
    delete this.attributes[name];
    if (name === 'hidden') this.hidden = false;
  }

  getAttribute(name: string): string | null {
    return this.attributes[name] ?? null;
  }

  addEventListener(type: string, listener: (event: FakeEvent) => void): void {
    this.listeners.push({ type, listener });
  }

  /** Runs the element's listeners of `type`, as the browser does for a person's click, typing or choice. */
  dispatch(type: string): FakeEvent {
    const event: FakeEvent = {
      type,
      defaultPrevented: false,
      preventDefault() {
        event.defaultPrevented = true;
      },
    };
    for (const l of this.listeners) if (l.type === type) l.listener(event);
    return event;
  }

  dispatchEvent(event: { readonly type: string }): boolean {
    return !this.dispatch(event.type).defaultPrevented;
  }

  /** a click; a submit button's also submits its form, as in a browser */
  click(): void {
    if (this.disabled) return;
    this.dispatch('click');
    if (this.tagName === 'BUTTON' && this.type === 'submit') this.closest('form')?.dispatch('submit');
  }

  /** What a person does in a text box or list: a new value, then its input (and, for a list, change) event. */
  enter(value: string): void {
    if (this.disabled || this.readOnly) return;
    this.value = value;
    this.dispatch('input');
    if (this.tagName === 'SELECT') this.dispatch('change');
  }

  focus(): void {
    this.document.activeElement = this;
  }

  select(): void {
    this.textSelected = true;
  }

  /** This element and everything in it, depth first. */
  all(): FakeElement[] {
    return [this, ...this.children.flatMap((c) => c.all())];
  }

  find(tag: string): FakeElement[] {
    return this.all().filter((e) => e.tagName === tag.toUpperCase());
  }
}

export interface ServerCall {
  readonly name: string;
  readonly args: unknown[];
  /** what the page was answered, as plain JSON (undefined until then) */
  answered?: unknown;
  answer(value: unknown): void;
  fail(message: string): void;
}

export interface DialogPageOptions {
  /** answers every call (as plain JSON, like google.script.run) instead of leaving it for the test */
  readonly server?: (name: string, args: unknown[]) => unknown;
  /** what document.execCommand('copy') gives; undefined: it is not called */
  readonly copyWorks?: boolean;
}

export interface DialogPage {
  /** #app, which the page fills */
  readonly app: FakeElement;
  /** the calls not answered yet, oldest first, and every call made */
  readonly pending: ServerCall[];
  readonly calls: ServerCall[];
  readonly counts: { closed: number; copied: number };
  byId(id: string): FakeElement;
  /** the element given the focus last, if any */
  focused(): FakeElement | null;
  /** lets the page's promises run */
  settle(): Promise<void>;
}

/** dist/<name>.html's script, run against #app as the page's template names it. */
export async function openDialogPage(name: string, options: DialogPageOptions = {}): Promise<DialogPage> {
  const html = readFileSync(join(DIST, `${name}.html`), 'utf8');
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  const app = new FakeElement('MAIN');
  app.id = 'app';
  app.setAttribute('data-dialog', /<main id="app" data-dialog="([a-z]+)">/.exec(html)?.[1] ?? '');
  const pending: ServerCall[] = [];
  const calls: ServerCall[] = [];
  const counts = { closed: 0, copied: 0 };
  const runner = (success?: (v: unknown) => void, failure?: (e: unknown) => void): unknown =>
    new Proxy(
      {},
      {
        get: (_, prop) => {
          if (prop === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f, failure);
          if (prop === 'withFailureHandler') return (f: (e: unknown) => void) => runner(success, f);
          return (...args: unknown[]) => {
            const call: ServerCall = {
              name: String(prop),
              args,
              answer: (value) => {
                pending.splice(pending.indexOf(call), 1);
                call.answered = JSON.parse(JSON.stringify(value ?? null));
                success?.(call.answered);
              },
              fail: (message) => {
                pending.splice(pending.indexOf(call), 1);
                failure?.(new Error(message));
              },
            };
            calls.push(call);
            pending.push(call);
            // google.script.run answers later, never within the call
            if (options.server)
              setImmediate(() => call.answer(options.server?.(call.name, JSON.parse(JSON.stringify(args)))));
          };
        },
      },
    );
  const document = {
    activeElement: null as FakeElement | null,
    createElement: (tag: string): FakeElement => new FakeElement(tag.toUpperCase(), document),
    createTextNode: (text: string): FakeElement => {
      const node = new FakeElement('#text', document);
      node.textContent = text;
      return node;
    },
    getElementById: (id: string) => app.all().find((e) => e.id === id) ?? null,
    execCommand: (command: string) => {
      if (options.copyWorks === undefined) throw new Error(`execCommand(${command}) was not expected`);
      if (command === 'copy' && options.copyWorks) counts.copied++;
      return options.copyWorks;
    },
  };
  vm.runInNewContext(script, {
    document,
    // a wait (a retry's back-off) passes at once: the test runs the page's tries without a clock
    setTimeout: (run: () => void) => setImmediate(run),
    crypto: globalThis.crypto,
    Event: class {
      constructor(readonly type: string) {}
    },
    navigator: {},
    google: { script: { run: runner(), host: { close: () => counts.closed++ } } },
  });
  const settle = async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
  };
  await settle();
  const byId = (id: string) => {
    const found = document.getElementById(id);
    if (!found) throw new Error(`no #${id} in the page`);
    return found;
  };
  return { app, pending, calls, counts, byId, focused: () => document.activeElement, settle };
}

/** A server for openDialogPage: the built bundle's own entry functions, in the context a test loaded it into. */
export function bundleServer(context: Record<string, unknown>): (name: string, args: unknown[]) => unknown {
  return (name, args) => (context[name] as (...a: unknown[]) => unknown)(...args);
}
