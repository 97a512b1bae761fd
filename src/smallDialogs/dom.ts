// What the small dialogs' pages share: elements made with text (never markup), a list to choose from, and the button
// whose one server call the dialog answers itself (an alert from that call would replace the dialog).
/// <reference lib="dom" />

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A labelled list of `options`, the one whose value is `chosen` selected. */
export function choiceList(
  id: string,
  label: string,
  options: readonly { readonly value: string; readonly label: string }[],
  chosen: string,
): [HTMLLabelElement, HTMLSelectElement] {
  const caption = el('label', label);
  caption.htmlFor = id;
  const list = el('select');
  list.id = id;
  for (const o of options) {
    const option = el('option', o.label);
    option.value = o.value;
    option.selected = o.value === chosen;
    list.append(option);
  }
  return [caption, list];
}

/** The status line: red, or green (.ok) for what worked. */
export function statusLine(text = '', ok = false): HTMLElement {
  const status = el('div');
  status.id = 'msg';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  say(status, text, ok);
  return status;
}

/** Says `text` in a status line: red, or green when `ok`. */
export function say(status: HTMLElement, text: string, ok: boolean): void {
  status.className = ok ? 'ok' : '';
  status.textContent = text;
}

/** What every dialog's server call answers: whether it worked, and what to tell the person (Thai). */
interface DialogAnswer {
  readonly ok: boolean;
  readonly message: string;
}

/**
 * Appends the dialog's button and its status line. A click holds the button while `call` runs and shows `working`, then
 * the answer's message (green when it worked) and `show` for the rest of it, or what went wrong.
 */
export function runButton<T extends DialogAnswer>(
  app: HTMLElement,
  label: string,
  working: string,
  call: () => Promise<T>,
  show: (answer: T, status: HTMLElement) => void = () => undefined,
): void {
  const button = el('button', label);
  button.id = 'go';
  button.type = 'button';
  const status = statusLine();
  button.addEventListener('click', () => {
    button.disabled = true;
    say(status, working, false);
    call().then(
      (answer) => {
        button.disabled = false;
        say(status, answer.message, answer.ok);
        show(answer, status);
      },
      (error: Error) => {
        button.disabled = false;
        say(status, error.message, false);
      },
    );
  });
  app.append(button, status);
}
