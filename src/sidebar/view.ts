/**
 * The sidebar's screen: the funnel picker and its actions, the question box, the forms, the notices
 * (table problems, a save conflict), the stage editor and the footer with Save and the status line.
 * It shows what the server sent (a funnel and the funnel list) and tells `actions` what the user
 * asked for; it makes no server call itself.
 */
import { uiMessages } from "../i18n/ui";
import { button, el } from "../pages/dom";
import type { FunnelListing, LoadedFunnel, RowProblem } from "../wire/stageApi";
import { confirmBox } from "./confirm";
import { stageEditor, type Editor } from "./editor";
import { createForm, renameForm, type FormText } from "./forms";
import { page, PRESETS, t } from "./page";

/** What the user asks for that needs the server (src/sidebar/actions.ts). */
export interface SidebarActions {
  switchFunnel(key: string): Promise<void>;
  reload(): Promise<void>;
  save(): Promise<void>;
  // Function properties, not methods: the forms take them as callbacks, with no `this`.
  /** Resolves with a message for the name field, or undefined when done. */
  create: (input: { name: string; presetId: string }) => Promise<string | undefined>;
  rename: (name: string) => Promise<string | undefined>;
  deleteFunnel(): Promise<void>;
}

export interface SidebarState {
  funnels: FunnelListing[];
  loaded: LoadedFunnel | undefined;
  /** Edits not saved yet: switching funnel, applying a preset or closing asks first. */
  dirty: boolean;
}

export type StatusKind = "info" | "ok" | "error";

export interface SidebarView {
  readonly state: SidebarState;
  readonly editor: Editor;
  setStatus(text: string, kind?: StatusKind): void;
  /** Unsaved edits are never lost silently: asks before something replaces them. */
  mayDiscard(): Promise<boolean>;
  ask(question: string, yes: string, no: string, items?: readonly string[]): Promise<boolean>;
  /**
   * Shows a funnel as the server read it, with the funnel list of the same reply; the cards in
   * `keepOpen` stay open (the same funnel, saved) with those of stages that have a problem.
   */
  show(loaded: LoadedFunnel | undefined, funnels: FunnelListing[], keepOpen?: number[]): void;
  /**
   * A save's reply came after the user typed on: the funnel as saved is the one loaded now (its
   * fingerprint, its stage IDs), while the editor keeps what was typed since, unsaved.
   */
  keepTyped(loaded: LoadedFunnel, funnels: FunnelListing[]): void;
  /** The funnel list changed (a rename): the picker follows, the funnel shown stays. */
  showFunnels(funnels: FunnelListing[]): void;
  showConflict(message: string): void;
  hideForms(): void;
  /** Save is under way: its button says so and cannot be pressed again. */
  saving(on: boolean): void;
  /** The picker shows the funnel loaded (after a switch the user took back). */
  resetPicker(): void;
}

export function sidebarView(actions: SidebarActions): SidebarView {
  const state: SidebarState = { funnels: page.funnels, loaded: undefined, dirty: false };
  const storeText = uiMessages(page.language).store;
  const formText: FormText = { ...t, nameRequired: storeText.nameRequired };

  const confirm = confirmBox();
  const funnelPicker = el("select", { id: "funnel-picker" });
  const newFunnelButton = button(t.newFunnel, { id: "new-funnel" }, () => showCreate());
  const renameButton = button(t.rename, { id: "rename-funnel", class: "link" }, () => {
    create.hide();
    rename.show(state.loaded?.funnel.name ?? "");
  });
  const deleteButton = button(
    t.deleteFunnel,
    { id: "delete-funnel", class: "link danger" },
    () => void actions.deleteFunnel(),
  );
  const create = createForm(formText, PRESETS, actions.create, () => newFunnelButton.focus());
  const rename = renameForm(
    { ...formText, nameRequired: storeText.renameRequired },
    actions.rename,
    () => renameButton.focus(),
  );
  const emptyState = el(
    "section",
    { class: "empty", hidden: true },
    el("h2", { text: t.emptyTitle }),
    el("p", { text: t.emptyText }),
  );
  const problemsBox = el("section", { class: "notice warn", hidden: true, role: "note" });
  const conflictText = el("p", {});
  const conflictBox = el(
    "section",
    { class: "notice error", hidden: true, role: "alert" },
    conflictText,
    button(t.reload, { id: "reload", class: "primary" }, () => void actions.reload()),
  );
  const statusLine = el("div", {
    id: "status",
    class: "status",
    role: "status",
    "aria-live": "polite",
  });
  const saveButton = button(t.save, { id: "save", class: "primary" }, () => void actions.save());

  function setStatus(text: string, kind: StatusKind = "info"): void {
    statusLine.textContent = text;
    statusLine.className = `status ${kind}`;
  }

  function mayDiscard(): Promise<boolean> {
    if (!state.dirty) return Promise.resolve(true);
    return confirm.ask(t.unsavedPrompt, t.discard, t.keepEditing);
  }

  const editor = stageEditor({
    onChange: () => {
      state.dirty = true;
      setStatus(t.unsaved);
    },
    confirmPreset: mayDiscard,
    onPresetApplied: (name) => {
      state.dirty = true;
      setStatus(t.presetApplied(name));
    },
    onNoPresetChosen: () => setStatus(t.choosePresetFirst, "error"),
  });

  function showCreate(): void {
    rename.hide();
    const none = state.funnels.length === 0;
    create.show(none ? t.defaultFunnelName : "", !none);
  }

  function renderPicker(): void {
    funnelPicker.replaceChildren(
      ...state.funnels.map((f) => el("option", { value: f.key, text: f.name })),
    );
    if (state.loaded) funnelPicker.value = state.loaded.funnel.key;
    const hasFunnels = state.funnels.length > 0;
    funnelPicker.disabled = !hasFunnels;
    renameButton.hidden = !state.loaded;
    deleteButton.hidden = !state.loaded;
    emptyState.hidden = hasFunnels;
    editor.element.hidden = !state.loaded;
    saveButton.hidden = !state.loaded;
    if (!hasFunnels) showCreate();
  }

  function renderProblems(problems: readonly RowProblem[]): void {
    problemsBox.hidden = problems.length === 0;
    problemsBox.replaceChildren(
      el("p", { text: t.tableProblems(problems.length) }),
      el(
        "ul",
        {},
        ...problems.map((p) =>
          el("li", { text: p.field ? t.rowProblem(p.row, p.message) : p.message }),
        ),
      ),
    );
  }

  document.body.append(
    el(
      "header",
      {},
      el(
        "div",
        { class: "field" },
        el("label", { for: funnelPicker.id, text: t.funnel }),
        el("div", { class: "inline" }, funnelPicker, newFunnelButton),
        el("div", { class: "funnel-actions" }, renameButton, deleteButton),
      ),
    ),
    confirm.element,
    emptyState,
    create.element,
    rename.element,
    conflictBox,
    problemsBox,
    editor.element,
    el("footer", {}, saveButton, statusLine),
  );
  funnelPicker.addEventListener("change", () => void actions.switchFunnel(funnelPicker.value));
  // Closing or reloading the sidebar with unsaved edits asks first (the browser's own prompt).
  window.addEventListener("beforeunload", (e) => {
    if (!state.dirty) return;
    e.preventDefault();
    e.returnValue = "";
  });

  return {
    state,
    editor,
    setStatus,
    mayDiscard,
    ask: confirm.ask,
    show(loaded, funnels, keepOpen = []) {
      state.funnels = funnels;
      state.loaded = loaded;
      state.dirty = false;
      conflictBox.hidden = true;
      if (loaded) {
        const problems = loaded.problems.flatMap((p) =>
          p.stageIndex === undefined ? [] : [p.stageIndex],
        );
        editor.load(loaded.funnel, [...keepOpen, ...problems]);
        renderProblems(loaded.problems);
      } else renderProblems([]);
      renderPicker();
    },
    keepTyped(loaded, funnels) {
      state.funnels = funnels;
      state.loaded = loaded;
      state.dirty = true;
      conflictBox.hidden = true;
      editor.keepTypedOver(loaded.funnel);
      renderProblems(loaded.problems);
      renderPicker();
    },
    showFunnels(funnels) {
      state.funnels = funnels;
      renderPicker();
    },
    showConflict(message) {
      conflictText.textContent = message;
      conflictBox.hidden = false;
      conflictBox.querySelector("button")?.focus();
    },
    hideForms() {
      create.hide();
      rename.hide();
    },
    saving(on) {
      saveButton.disabled = on;
      saveButton.textContent = on ? t.saving : t.save;
    },
    resetPicker() {
      if (state.loaded) funnelPicker.value = state.loaded.funnel.key;
    },
  };
}
