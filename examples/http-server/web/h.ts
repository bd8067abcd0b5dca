/**
 * A tiny DOM builder: `h("button", { class: "primary", onclick }, "Simpan")`. Text children become
 * text nodes (never parsed as HTML), so untrusted data can be passed as a child safely.
 * @module
 */

/** What may appear as a child: nodes, text, or nothing (skipped). Arrays are flattened. */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/** An attribute value; `on*` keys take event listeners, `false`/`null`/`undefined` omit it. */
export type AttrValue = string | number | boolean | null | undefined | ((event: Event) => void);

/** Attributes by name (`class`, `for`, `data-testid`, `aria-*`, `onclick`, …). */
export type Attrs = Readonly<Record<string, AttrValue>>;

/** Creates an element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  append(el, children); // children first, so a select's `value` finds its options
  for (const [name, value] of Object.entries(attrs ?? {})) setAttr(el, name, value);
  return el;
}

/** Appends children (flattening arrays, skipping empty ones) to `parent`. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child as readonly Child[]);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces every child of `parent` with `children`. */
export function replace(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

function setAttr(el: HTMLElement, name: string, value: AttrValue): void {
  if (value === false || value === null || value === undefined) return;
  if (typeof value === "function") {
    if (!name.startsWith("on")) throw new Error(`listener on a non-event attribute: ${name}`);
    el.addEventListener(name.slice(2), value);
    return;
  }
  if (name === "value" && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)) {
    el.value = String(value);
    return;
  }
  el.setAttribute(name, value === true ? "" : String(value));
}
