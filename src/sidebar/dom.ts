// Tiny DOM helpers for the sidebar: elements are built with createElement and text goes in as text nodes, so nothing a
// person typed (or the sheet holds) is ever parsed as HTML.
/// <reference lib="dom" />

export type Child = Node | string | null | undefined | false;
export type Props = Readonly<Record<string, string | number | boolean | undefined>>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    // event handlers are attached with addEventListener, never as attributes
    if (value === undefined || value === false || name.startsWith('on')) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces an element's content with text or nodes. */
export function fill(el: Node, ...children: Child[]): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, children);
}

export function show(el: HTMLElement, visible: boolean): void {
  el.hidden = !visible;
}
