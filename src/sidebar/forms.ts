/**
 * The two small forms above the editor: a new funnel (name + preset) and renaming the funnel. The
 * name is checked here first (empty, Sheets' 100-character limit) so those messages need no round
 * trip; the server checks everything again. Enter submits, labels on every field.
 */
import { MAX_SHEET_NAME_LENGTH } from "../core/sheetLimits";
import { button, el, select } from "../pages/dom";

/** What the forms say (from the catalogues). */
export interface FormText {
  newFunnel: string;
  createHint: string;
  funnelName: string;
  startFrom: string;
  createFunnel: string;
  cancel: string;
  renameTitle: string;
  renameHint: string;
  newName: string;
  rename: string;
  nameRequired: string;
  nameTooLong(max: number, length: number): string;
}

/** The submit handler's answer: a message to show next to the name, or nothing when done. */
type Submit<T> = (value: T) => Promise<string | undefined>;

function nameProblem(name: string, text: FormText): string | undefined {
  const trimmed = name.trim();
  if (trimmed === "") return text.nameRequired;
  if (trimmed.length > MAX_SHEET_NAME_LENGTH)
    return text.nameTooLong(MAX_SHEET_NAME_LENGTH, trimmed.length);
  return undefined;
}

/** Runs `submit` once at a time, showing its message (or the local check's) under the name. */
function submitter<T>(
  input: HTMLInputElement,
  error: HTMLElement,
  busy: HTMLButtonElement,
  text: FormText,
  value: () => T,
  submit: Submit<T>,
): () => Promise<void> {
  return async () => {
    if (busy.disabled) return;
    const problem = nameProblem(input.value, text);
    error.textContent = problem ?? "";
    if (problem) {
      input.setAttribute("aria-invalid", "true");
      input.focus();
      return;
    }
    input.removeAttribute("aria-invalid");
    busy.disabled = true;
    try {
      const message = await submit(value());
      error.textContent = message ?? "";
      if (message) input.focus();
    } finally {
      busy.disabled = false;
    }
  };
}

export interface CreateForm {
  element: HTMLElement;
  show(defaultName: string, canCancel: boolean): void;
  hide(): void;
}

export function createForm(
  text: FormText,
  presets: readonly { id: string; name: string }[],
  submit: Submit<{ name: string; presetId: string }>,
  onCancel: () => void,
): CreateForm {
  const name = el("input", { type: "text", id: "create-name", autocomplete: "off" });
  const preset = select(
    presets.map((p) => ({ value: p.id, label: p.name })),
    presets[0]?.id ?? "",
    { id: "create-preset" },
  );
  const error = el("div", { class: "field-error", id: "create-error", role: "alert" });
  name.setAttribute("aria-describedby", error.id);
  const create = button(text.createFunnel, { class: "primary", id: "create-funnel" }, () => {
    void run();
  });
  const cancel = button(text.cancel, { id: "cancel-create" }, () => {
    element.hidden = true;
    onCancel();
  });
  const run = submitter(
    name,
    error,
    create,
    text,
    () => ({ name: name.value, presetId: preset.value }),
    submit,
  );
  name.addEventListener("keydown", (e) => {
    if (e.key === "Enter") void run();
  });
  const element = el(
    "section",
    { class: "card create", hidden: true, "aria-labelledby": "create-title" },
    el("h2", { id: "create-title", text: text.newFunnel }),
    el("p", { class: "hint", text: text.createHint }),
    el("div", { class: "field" }, el("label", { for: name.id, text: text.funnelName }), name),
    el("div", { class: "field" }, el("label", { for: preset.id, text: text.startFrom }), preset),
    error,
    el("div", { class: "actions" }, create, cancel),
  );
  return {
    element,
    show(defaultName, canCancel) {
      element.hidden = false;
      cancel.hidden = !canCancel;
      error.textContent = "";
      name.removeAttribute("aria-invalid");
      name.value = defaultName;
      name.focus();
    },
    hide() {
      element.hidden = true;
    },
  };
}

export interface RenameForm {
  element: HTMLElement;
  show(currentName: string): void;
  hide(): void;
}

export function renameForm(
  text: FormText,
  submit: Submit<string>,
  onCancel: () => void,
): RenameForm {
  const name = el("input", { type: "text", id: "rename-name", autocomplete: "off" });
  const error = el("div", { class: "field-error", id: "rename-error", role: "alert" });
  name.setAttribute("aria-describedby", error.id);
  const save = button(text.rename, { class: "primary", id: "rename-save" }, () => {
    void run();
  });
  const run = submitter(name, error, save, text, () => name.value, submit);
  name.addEventListener("keydown", (e) => {
    if (e.key === "Enter") void run();
  });
  const element = el(
    "section",
    { class: "card rename", hidden: true, "aria-labelledby": "rename-title" },
    el("h2", { id: "rename-title", text: text.renameTitle }),
    el("p", { class: "hint", text: text.renameHint }),
    el("div", { class: "field" }, el("label", { for: name.id, text: text.newName }), name),
    error,
    el(
      "div",
      { class: "actions" },
      save,
      button(text.cancel, { id: "rename-cancel" }, () => {
        element.hidden = true;
        onCancel();
      }),
    ),
  );
  return {
    element,
    show(currentName) {
      element.hidden = false;
      error.textContent = "";
      name.removeAttribute("aria-invalid");
      name.value = currentName;
      name.focus();
    },
    hide() {
      element.hidden = true;
    },
  };
}
