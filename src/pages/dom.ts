/**
 * The pages' DOM helpers (sidebar, SQL export, choose-funnel dialog). Text goes in through
 * textContent/value only: user text is never parsed as HTML.
 */

type Props = Record<string, string | boolean | number | undefined>;
type Child = Node | string | null | undefined | false;

let nextId = 0;
/** A unique element id, to tie a <label> to its field. */
export function uid(prefix: string): string {
  return `${prefix}-${++nextId}`;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (name === "text") node.textContent = String(value);
    else if (name === "value") (node as HTMLInputElement).value = String(value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

export function button(
  text: string,
  props: Props,
  onClick: () => void,
  ...children: Child[]
): HTMLButtonElement {
  const b = el("button", { type: "button", text: text || undefined, ...props }, ...children);
  b.addEventListener("click", onClick);
  return b;
}

/**
 * A label + control + error line, wired with for/id and aria-describedby. `issueKey` ("stages.2.name")
 * lets showIssues() update the message in place while the user types, without stealing focus.
 */
export function field(
  labelText: string,
  control: HTMLElement,
  issueKey: string,
  errorText?: string,
): HTMLElement {
  const id = control.id || uid("f");
  control.id = id;
  const error = el("div", {
    class: "field-error",
    id: `${id}-error`,
    "data-issue": issueKey,
    "aria-live": "polite",
  });
  control.setAttribute("aria-describedby", error.id);
  const wrapper = el(
    "div",
    { class: "field" },
    el("label", { for: id, text: labelText }),
    control,
    error,
  );
  setIssue(error, errorText);
  return wrapper;
}

function setIssue(error: HTMLElement, message: string | undefined): void {
  error.textContent = message ?? "";
  error.parentElement?.classList.toggle("has-error", Boolean(message));
  const control = error.parentElement?.querySelector("input, select, textarea");
  if (message) control?.setAttribute("aria-invalid", "true");
  else control?.removeAttribute("aria-invalid");
}

/** Puts each message next to its field (and clears the others) under `root`. */
export function showIssues(root: ParentNode, issues: Map<string, string>): void {
  for (const error of root.querySelectorAll<HTMLElement>("[data-issue]")) {
    setIssue(error, issues.get(error.dataset.issue ?? ""));
  }
}

export function select(
  options: { value: string; label: string }[],
  selected: string,
  props: Props = {},
): HTMLSelectElement {
  const s = el("select", props);
  for (const o of options)
    s.append(el("option", { value: o.value, text: o.label, selected: o.value === selected }));
  s.value = selected;
  return s;
}
