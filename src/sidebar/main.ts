/**
 * The stage editor sidebar (SPEC §5): picks a funnel, edits its stages, creates, renames and
 * deletes funnels. It opens with its data in the page (no round trip) and shows what each reply
 * carries (no second fetch): SPEC §8's one round trip per action. The sheet stays the truth: every
 * save sends the fingerprint of the table it was loaded from, and a conflict offers a reload.
 */
import { uiMessages } from "../i18n/ui";
import { button, el } from "../pages/dom";
import type { FunnelSummary, LoadedFunnel, RowProblem } from "../wire/stageApi";
import { confirmBox } from "./confirm";
import { stageEditor } from "./editor";
import { createForm, renameForm, type FormText } from "./forms";
import { formats, page, PRESETS, server, t } from "./page";

const state = {
  funnels: page.funnels,
  loaded: undefined as LoadedFunnel | undefined,
  saving: false,
  /** Edits not saved yet: switching funnel, applying a preset or closing asks first. */
  dirty: false,
};

const storeText = uiMessages(page.language).store;
const formText: FormText = {
  ...t,
  nameRequired: storeText.nameRequired,
  nameTooLong: t.nameTooLong,
};

// ---- Layout --------------------------------------------------------------------------------

const confirm = confirmBox();
const funnelPicker = el("select", { id: "funnel-picker" });
const newFunnelButton = button(t.newFunnel, { id: "new-funnel" }, () => showCreate());
const renameButton = button(t.rename, { id: "rename-funnel", class: "link" }, () =>
  rename.show(state.loaded?.funnel.name ?? ""),
);
const deleteButton = button(
  t.deleteFunnel,
  { id: "delete-funnel", class: "link danger" },
  () => void deleteFunnel(),
);
const create = createForm(formText, PRESETS, createFunnel, () => newFunnelButton.focus());
const rename = renameForm(
  { ...formText, nameRequired: storeText.renameRequired },
  renameFunnel,
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
  button(t.reload, { id: "reload", class: "primary" }, () => void reload()),
);
const editor = stageEditor({
  onChange: markDirty,
  confirmPreset: () => mayDiscard(),
  onPresetApplied: (name) => {
    state.dirty = true;
    setStatus(t.presetApplied(name));
  },
  onNoPresetChosen: () => setStatus(t.choosePresetFirst, "error"),
});
const saveButton = button(t.save, { id: "save", class: "primary" }, () => void save());
const statusLine = el("div", {
  id: "status",
  class: "status",
  role: "status",
  "aria-live": "polite",
});

function mount(): void {
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
  funnelPicker.addEventListener("change", () => void switchFunnel(funnelPicker.value));
  // Closing or reloading the sidebar with unsaved edits asks first (the browser's own prompt).
  window.addEventListener("beforeunload", (e) => {
    if (!state.dirty) return;
    e.preventDefault();
    e.returnValue = "";
  });
}

// ---- Showing what the server sent ------------------------------------------------------------

function setStatus(text: string, kind: "info" | "ok" | "error" = "info"): void {
  statusLine.textContent = text;
  statusLine.className = `status ${kind}`;
}

function markDirty(): void {
  state.dirty = true;
  setStatus(t.unsaved);
}

/** Unsaved edits are never lost silently: asks before something replaces them. */
function mayDiscard(): Promise<boolean> {
  if (!state.dirty) return Promise.resolve(true);
  return confirm.ask(t.unsavedPrompt, t.discard, t.keepEditing);
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

/**
 * Shows a funnel as the server read it, with the funnel list of the same reply; the cards in
 * `keepOpen` stay open (the same funnel, saved) along with those of stages that have a problem.
 */
function show(
  loaded: LoadedFunnel | undefined,
  funnels: FunnelSummary[],
  keepOpen: readonly number[] = [],
): void {
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
}

function showCreate(): void {
  rename.hide();
  create.show(state.funnels.length === 0 ? t.defaultFunnelName : "", state.funnels.length > 0);
}

function failure(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

// ---- Round trips: one per action ------------------------------------------------------------

/** The funnel picker changed: asks before unsaved edits are dropped, else puts the picker back. */
async function switchFunnel(key: string): Promise<void> {
  if (!(await mayDiscard())) {
    if (state.loaded) funnelPicker.value = state.loaded.funnel.key;
    return;
  }
  setStatus(t.loading);
  try {
    show(await server.loadFunnel(key), state.funnels);
    setStatus("");
  } catch (e) {
    setStatus(t.couldNotLoad(failure(e)), "error");
  }
}

async function reload(): Promise<void> {
  const key = state.loaded?.funnel.key;
  try {
    const funnels = await server.getFunnels();
    const still = funnels.find((f) => f.key === key) ?? funnels[0];
    show(still ? await server.loadFunnel(still.key) : undefined, funnels);
    if (still) setStatus(t.reloaded, "ok");
  } catch (e) {
    setStatus(t.couldNotLoad(failure(e)), "error");
  }
}

async function save(): Promise<void> {
  if (state.saving || !state.loaded) return;
  const { funnel, issues } = editor.check();
  if (issues.size > 0) {
    editor.showProblems(issues, true);
    setStatus(t.notSavedFixFields(issues.size), "error");
    return;
  }
  state.saving = true;
  saveButton.disabled = true;
  saveButton.textContent = t.saving;
  setStatus(t.saving);
  try {
    const result = await server.saveFunnel({ funnel, fingerprint: state.loaded.fingerprint });
    if (result.ok) {
      show(result.loaded, result.funnels, editor.openCards());
      const time = formats.time(result.loaded.loadedAt);
      setStatus(t.saved(result.loaded.funnel.name, time), "ok");
    } else if (result.reason === "conflict") {
      conflictText.textContent = result.message;
      conflictBox.hidden = false;
      setStatus(t.notSaved, "error");
      conflictBox.querySelector("button")?.focus();
    } else if (result.reason === "invalid") {
      editor.showProblems(new Map(result.issues.map((i) => [i.path.join("."), i.message])), true);
      setStatus(result.message, "error");
    } else setStatus(result.message, "error");
  } catch (e) {
    setStatus(t.couldNotSave(failure(e)), "error");
  } finally {
    state.saving = false;
    saveButton.disabled = false;
    saveButton.textContent = t.save;
  }
}

async function createFunnel(input: {
  name: string;
  presetId: string;
}): Promise<string | undefined> {
  const preset = PRESETS.find((p) => p.id === input.presetId) ?? PRESETS[0];
  try {
    const result = await server.createFunnel({
      name: input.name,
      stages: preset?.stages ?? [],
      wonStageIndex: preset?.wonStageIndex,
    });
    if (!result.ok) return result.message;
    create.hide();
    show(result.loaded, result.funnels);
    setStatus(t.created(result.loaded.funnel.name), "ok");
    return undefined;
  } catch (e) {
    return t.couldNotCreate(failure(e));
  }
}

async function renameFunnel(name: string): Promise<string | undefined> {
  const loaded = state.loaded;
  if (!loaded) return undefined;
  try {
    const result = await server.renameFunnel({ key: loaded.funnel.key, name });
    if (!result.ok) return result.message;
    const from = loaded.funnel.name;
    const to = result.funnels.find((f) => f.key === loaded.funnel.key)?.name ?? name.trim();
    loaded.funnel.name = to;
    state.funnels = result.funnels;
    rename.hide();
    renderPicker();
    renameButton.focus();
    setStatus(t.renamed(from, to), "ok");
    return undefined;
  } catch (e) {
    return t.couldNotRename(failure(e));
  }
}

/** Asks first, naming the plan sheets built on the funnel; then removes its sheet and ranges. */
async function deleteFunnel(): Promise<void> {
  if (!state.loaded) return;
  try {
    const usage = await server.funnelUsage(state.loaded.funnel.key);
    const question =
      usage.plans.length === 0
        ? t.deleteConfirm(usage.name)
        : t.deleteConfirmPlans(usage.name, usage.plans.length, usage.plans.join(t.listSeparator));
    if (!(await confirm.ask(question, t.deleteConfirmButton, t.cancel))) return;
    const result = await server.deleteFunnel(usage.key);
    if (!result.ok) {
      setStatus(result.message, "error");
      return;
    }
    show(result.loaded, result.funnels);
    setStatus(t.deleted(usage.name), "ok");
  } catch (e) {
    setStatus(t.couldNotDelete(failure(e)), "error");
  }
}

mount();
show(page.loaded ?? undefined, page.funnels);
if (page.loadError) setStatus(t.couldNotLoad(page.loadError), "error");
