/**
 * The stage editor sidebar: picks a funnel, edits its stages, applies presets, creates funnels and
 * saves through the server (which re-checks everything). The sheet stays the truth: every save
 * sends the fingerprint of the table it was loaded from, and a conflict offers a reload.
 */
import { DEFAULT_FUNNEL_KEY } from "../core/funnel";
import type { FunnelSummary, LoadedFunnel, RowProblem } from "../wire/stageApi";
import { button, el, select, showIssues } from "./dom";
import { checkDrafts, emptyDraft, toDrafts, type StageDraft } from "./drafts";
import { callServer } from "./server";
import { stageCard, updateSummary } from "./stageCard";
import { presets, t, validation } from "./text";

const PRESETS = presets();

const state = {
  funnels: [] as FunnelSummary[],
  loaded: undefined as LoadedFunnel | undefined,
  drafts: [] as StageDraft[],
  open: new Set<number>(),
  saving: false,
  /** Edits not saved yet: switching funnel, applying a preset or closing asks first. */
  dirty: false,
};

// ---- Static layout -------------------------------------------------------------------------

const funnelPicker = el("select", { id: "funnel-picker" });
const newFunnelButton = button(t.newFunnel, { id: "new-funnel" }, () => showCreateForm(true));
const renameButton = button(t.rename, { id: "rename-funnel", class: "link" }, () =>
  showRenameForm(true),
);
const deleteButton = button(
  t.deleteFunnel,
  { id: "delete-funnel", class: "link danger" },
  () => void deleteFunnel(),
);
const renameName = el("input", { type: "text", id: "rename-name", autocomplete: "off" });
const renameError = el("div", { class: "field-error", role: "alert" });
const renameForm = el(
  "section",
  { class: "card rename", hidden: true, "aria-labelledby": "rename-title" },
  el("h2", { id: "rename-title", text: t.renameTitle }),
  el("p", { class: "hint", text: t.renameHint }),
  el("div", { class: "field" }, el("label", { for: "rename-name", text: t.newName }), renameName),
  renameError,
  el(
    "div",
    { class: "actions" },
    button(t.rename, { class: "primary", id: "rename-save" }, () => void renameFunnel()),
    button(t.cancel, { id: "rename-cancel" }, () => showRenameForm(false)),
  ),
);

// A question in the sidebar itself (keyboard usable, no browser dialog): resolves with the choice.
const confirmText = el("p", { id: "confirm-text" });
const confirmList = el("ul", {});
const confirmYes = button(t.discard, { id: "confirm-yes", class: "primary" }, () => answer(true));
const confirmNo = button(t.cancel, { id: "confirm-no" }, () => answer(false));
const confirmBox = el(
  "section",
  {
    class: "notice confirm",
    hidden: true,
    role: "alertdialog",
    "aria-labelledby": "confirm-text",
  },
  confirmText,
  confirmList,
  el("div", { class: "actions" }, confirmYes, confirmNo),
);
let pendingAnswer: ((yes: boolean) => void) | undefined;

function answer(yes: boolean): void {
  confirmBox.hidden = true;
  const resolve = pendingAnswer;
  pendingAnswer = undefined;
  resolve?.(yes);
}

function ask(
  question: string,
  yesLabel: string,
  items: string[] = [],
  noLabel: string = t.cancel,
): Promise<boolean> {
  pendingAnswer?.(false);
  confirmText.textContent = question;
  confirmList.replaceChildren(...items.map((text) => el("li", { text })));
  confirmList.hidden = items.length === 0;
  confirmYes.textContent = yesLabel;
  confirmNo.textContent = noLabel;
  confirmBox.hidden = false;
  confirmNo.focus();
  return new Promise((resolve) => (pendingAnswer = resolve));
}

/** Unsaved edits are never lost silently: asks before something replaces them. */
async function mayDiscard(): Promise<boolean> {
  if (!state.dirty) return true;
  return ask(t.unsavedPrompt, t.discard, [], t.keepEditing);
}
const createName = el("input", { type: "text", id: "create-name", autocomplete: "off" });
const createPreset = select(
  PRESETS.map((p) => ({ value: p.id, label: p.name })),
  PRESETS[0]?.id ?? "",
  { id: "create-preset" },
);
const createError = el("div", { class: "field-error", role: "alert" });
const createButton = button(
  t.createFunnel,
  { class: "primary", id: "create-funnel" },
  () => void createFunnel(),
);
const cancelCreate = button(t.cancel, { id: "cancel-create" }, () => showCreateForm(false));
const createForm = el(
  "section",
  { class: "card create", hidden: true, "aria-labelledby": "create-title" },
  el("h2", { id: "create-title", text: t.newFunnel }),
  el("p", { class: "hint", text: t.createHint }),
  el(
    "div",
    { class: "field" },
    el("label", { for: "create-name", text: t.funnelName }),
    createName,
  ),
  el(
    "div",
    { class: "field" },
    el("label", { for: "create-preset", text: t.startFrom }),
    createPreset,
  ),
  createError,
  el("div", { class: "actions" }, createButton, cancelCreate),
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

const presetPicker = select(
  [{ value: "", label: t.choosePreset }, ...PRESETS.map((p) => ({ value: p.id, label: p.name }))],
  "",
  { id: "preset-picker" },
);
const applyPreset = button(t.apply, { id: "apply-preset" }, () => void applyChosenPreset());
const stageList = el("div", { id: "stages", class: "stages" });
const stagesError = el("div", {
  class: "field-error",
  "data-issue": "stages",
  "aria-live": "polite",
});
const addStageButton = button(t.addStage, { id: "add-stage", class: "link" }, () => addStage());
const saveButton = button(t.save, { id: "save", class: "primary" }, () => void save());
const statusLine = el("div", {
  id: "status",
  class: "status",
  role: "status",
  "aria-live": "polite",
});

const editor = el(
  "div",
  { id: "editor", hidden: true },
  el(
    "section",
    { class: "presets" },
    el(
      "div",
      { class: "field" },
      el("label", { for: "preset-picker", text: t.preset }),
      el("div", { class: "inline" }, presetPicker, applyPreset),
    ),
    el("p", { class: "hint", text: t.presetHint }),
  ),
  el(
    "h2",
    { class: "section-title", text: t.stages },
    el("span", { class: "hint", text: t.topFirst }),
  ),
  stageList,
  el("div", { class: "field" }, stagesError),
  addStageButton,
);

const footer = el("footer", {}, saveButton, statusLine);

function mount(): void {
  const pickerId = "funnel-picker";
  document.body.append(
    el(
      "header",
      {},
      el(
        "div",
        { class: "field" },
        el("label", { for: pickerId, text: t.funnel }),
        el("div", { class: "inline" }, funnelPicker, newFunnelButton),
        el("div", { class: "funnel-actions" }, renameButton, deleteButton),
      ),
    ),
    confirmBox,
    emptyState,
    createForm,
    renameForm,
    conflictBox,
    problemsBox,
    editor,
    footer,
  );
  funnelPicker.addEventListener("change", () => void switchFunnel(funnelPicker.value));
  confirmBox.addEventListener("keydown", (e) => {
    if (e.key === "Escape") answer(false);
  });
  renameName.addEventListener("keydown", (e) => {
    if (e.key === "Enter") void renameFunnel();
  });
  // Closing or reloading the sidebar with unsaved edits asks first (the browser's own prompt).
  window.addEventListener("beforeunload", (e) => {
    if (!state.dirty) return;
    e.preventDefault();
    e.returnValue = "";
  });
  createName.addEventListener("keydown", (e) => {
    if (e.key === "Enter") void createFunnel();
  });
}

// ---- Status and rendering ------------------------------------------------------------------

function setStatus(text: string, kind: "info" | "ok" | "error" = "info"): void {
  statusLine.textContent = text;
  statusLine.className = `status ${kind}`;
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
  editor.hidden = !state.loaded;
  saveButton.hidden = !state.loaded;
  if (!hasFunnels) showCreateForm(true);
}

function renderProblems(problems: RowProblem[]): void {
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

function renderStages(): void {
  const { issues } = currentCheck();
  stageList.replaceChildren(
    ...state.drafts.map((draft, index) =>
      stageCard({
        index,
        count: state.drafts.length,
        draft,
        issues,
        open: state.open.has(index),
        onInput: (change) => editStage(index, change),
        onMove: (delta) => moveStage(index, delta),
        onDelete: () => deleteStage(index),
        onWon: (won) => markWon(index, won),
      }),
    ),
  );
  for (const card of stageList.querySelectorAll("details")) {
    card.addEventListener("toggle", () => {
      const i = Number(card.dataset.index);
      if (card.open) state.open.add(i);
      else state.open.delete(i);
    });
  }
  showIssues(editor, issues);
}

function currentCheck() {
  const f = state.loaded?.funnel;
  return checkDrafts(
    f?.key ?? DEFAULT_FUNNEL_KEY,
    f?.name ?? DEFAULT_FUNNEL_KEY,
    state.drafts,
    validation,
  );
}

// ---- Editing -------------------------------------------------------------------------------

function editStage(index: number, change: Partial<StageDraft>): void {
  const current = state.drafts[index];
  if (!current) return;
  state.drafts[index] = { ...current, ...change };
  const { issues } = currentCheck();
  showIssues(editor, issues);
  stageList.querySelectorAll("details").forEach((card, i) => {
    const hasIssue = [...issues.keys()].some((k) => k.startsWith(`stages.${i}.`));
    const draft = state.drafts[i];
    if (draft) updateSummary(card, draft, i === state.drafts.length - 1, hasIssue);
  });
  markDirty();
}

/** One won stage at most: ticking a stage unticks the others; no tick leaves the last stage won. */
function markWon(index: number, won: boolean): void {
  state.drafts = state.drafts.map((d, i) => ({ ...d, won: won && i === index }));
  renderStages();
  markDirty();
  focusCard(index, 'input[type="checkbox"]');
}

function focusCard(index: number, selector: string): void {
  stageList.querySelector<HTMLElement>(`details[data-index="${index}"] ${selector}`)?.focus();
}

function moveStage(index: number, delta: -1 | 1): void {
  const to = index + delta;
  const [moving, other] = [state.drafts[index], state.drafts[to]];
  if (!moving || !other) return;
  [state.drafts[index], state.drafts[to]] = [other, moving];
  const wasOpen = state.open.has(index);
  const otherOpen = state.open.has(to);
  state.open.delete(index);
  state.open.delete(to);
  if (wasOpen) state.open.add(to);
  if (otherOpen) state.open.add(index);
  renderStages();
  markDirty();
  const target = stageList.querySelector<HTMLButtonElement>(
    `details[data-index="${to}"] button[data-action="${delta < 0 ? "up" : "down"}"]`,
  );
  if (target && !target.disabled) target.focus();
  else focusCard(to, "summary");
}

function deleteStage(index: number): void {
  state.drafts.splice(index, 1);
  state.open = new Set(
    [...state.open].filter((i) => i !== index).map((i) => (i > index ? i - 1 : i)),
  );
  renderStages();
  markDirty();
  focusCard(Math.min(index, state.drafts.length - 1), "summary");
}

/** A new stage goes just above the last one, which is where the funnel ends (the won customer). */
function addStage(): void {
  const at = state.drafts.length >= 2 ? state.drafts.length - 1 : state.drafts.length;
  state.drafts.splice(at, 0, emptyDraft());
  state.open = new Set([...state.open].map((i) => (i >= at ? i + 1 : i)));
  state.open.add(at);
  renderStages();
  markDirty();
  focusCard(at, "input");
}

function markDirty(): void {
  state.dirty = true;
  setStatus(t.unsaved);
}

async function applyChosenPreset(): Promise<void> {
  const preset = PRESETS.find((p) => p.id === presetPicker.value);
  if (!preset) {
    setStatus(t.choosePresetFirst, "error");
    presetPicker.focus();
    return;
  }
  if (!(await mayDiscard())) return;
  state.dirty = true;
  state.drafts = toDrafts(preset);
  state.open = new Set();
  renderStages();
  setStatus(t.presetApplied(preset.name));
}

// ---- Server round trips --------------------------------------------------------------------

function showLoaded(loaded: LoadedFunnel): void {
  state.loaded = loaded;
  state.dirty = false;
  state.drafts = toDrafts(loaded.funnel);
  state.open = new Set(
    loaded.problems.flatMap((p) => (p.stageIndex === undefined ? [] : [p.stageIndex])),
  );
  conflictBox.hidden = true;
  renderPicker();
  renderProblems(loaded.problems);
  renderStages();
}

/** The funnel picker changed: asks before unsaved edits are dropped, else puts the picker back. */
async function switchFunnel(key: string): Promise<void> {
  if (!(await mayDiscard())) {
    if (state.loaded) funnelPicker.value = state.loaded.funnel.key;
    return;
  }
  await openFunnel(key);
}

function showRenameForm(show: boolean): void {
  renameForm.hidden = !show;
  renameError.textContent = "";
  if (show) {
    renameName.value = state.loaded?.funnel.name ?? "";
    renameName.focus();
  } else renameButton.focus();
}

async function renameFunnel(): Promise<void> {
  if (!state.loaded) return;
  try {
    const result = await callServer("renameFunnel", {
      key: state.loaded.funnel.key,
      name: renameName.value,
    });
    if (!result.ok) {
      renameError.textContent = result.message;
      renameName.focus();
      return;
    }
    state.funnels = result.funnels;
    const from = state.loaded.funnel.name;
    const name = result.funnels.find((f) => f.key === state.loaded?.funnel.key)?.name ?? "";
    state.loaded.funnel.name = name;
    renameForm.hidden = true;
    renderPicker();
    setStatus(t.renamed(from, name), "ok");
  } catch (e) {
    renameError.textContent = t.couldNotRename((e as Error).message);
  }
}

/** Asks first, naming the plan sheets built on the funnel; then removes its sheet and ranges. */
async function deleteFunnel(): Promise<void> {
  if (!state.loaded) return;
  try {
    const usage = await callServer("funnelUsage", state.loaded.funnel.key);
    const question =
      usage.plans.length === 0
        ? t.deleteConfirm(usage.name)
        : t.deleteConfirmPlans(usage.name, usage.plans.length, usage.plans.join(t.listSeparator));
    if (!(await ask(question, t.deleteConfirmButton))) return;
    const result = await callServer("deleteFunnel", usage.key);
    if (!result.ok) {
      setStatus(result.message, "error");
      return;
    }
    state.funnels = result.funnels;
    state.loaded = undefined;
    state.dirty = false;
    const next = state.funnels.find((f) => f.key === DEFAULT_FUNNEL_KEY) ?? state.funnels[0];
    if (next) await openFunnel(next.key);
    else renderPicker();
    setStatus(t.deleted(usage.name), "ok");
  } catch (e) {
    setStatus(t.couldNotDelete((e as Error).message), "error");
  }
}

async function openFunnel(key: string): Promise<void> {
  setStatus(t.loading);
  try {
    showLoaded(await callServer("loadFunnel", key));
    setStatus("");
  } catch (e) {
    setStatus(t.couldNotLoad((e as Error).message), "error");
  }
}

async function refreshFunnels(): Promise<void> {
  state.funnels = await callServer("getFunnels");
}

async function reload(): Promise<void> {
  await refreshFunnels();
  const key = state.loaded?.funnel.key;
  const still = state.funnels.find((f) => f.key === key) ?? state.funnels[0];
  if (still) await openFunnel(still.key);
  else {
    state.loaded = undefined;
    renderPicker();
  }
  conflictBox.hidden = true;
  if (still) setStatus(t.reloaded, "ok");
}

async function save(): Promise<void> {
  if (state.saving || !state.loaded) return;
  const { funnel, issues } = currentCheck();
  showIssues(editor, issues);
  if (issues.size > 0) {
    for (const k of issues.keys()) {
      const i = Number(k.split(".")[1]);
      if (!Number.isNaN(i)) state.open.add(i);
    }
    renderStages();
    setStatus(t.notSavedFixFields(issues.size), "error");
    editor.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
    return;
  }
  state.saving = true;
  saveButton.disabled = true;
  saveButton.textContent = t.saving;
  setStatus(t.saving);
  try {
    const result = await callServer("saveFunnel", {
      funnel,
      fingerprint: state.loaded.fingerprint,
    });
    if (result.ok) {
      await refreshFunnels();
      showLoaded(result.loaded);
      const time = new Date(result.loaded.loadedAt).toLocaleTimeString([], {
        hour: "2-digit",
        minute: "2-digit",
      });
      setStatus(t.saved(result.loaded.funnel.name, time), "ok");
    } else if (result.reason === "conflict") {
      conflictText.textContent = result.message;
      conflictBox.hidden = false;
      setStatus(t.notSaved, "error");
      conflictBox.querySelector("button")?.focus();
    } else if (result.reason === "invalid") {
      showIssues(editor, new Map(result.issues.map((i) => [i.path.join("."), i.message])));
      setStatus(result.message, "error");
    } else setStatus(result.message, "error");
  } catch (e) {
    setStatus(t.couldNotSave((e as Error).message), "error");
  } finally {
    state.saving = false;
    saveButton.disabled = false;
    saveButton.textContent = t.save;
  }
}

function showCreateForm(show: boolean): void {
  createForm.hidden = !show;
  cancelCreate.hidden = state.funnels.length === 0;
  createError.textContent = "";
  if (show) {
    createName.value = state.funnels.length === 0 ? DEFAULT_FUNNEL_KEY : "";
    createName.focus();
  } else newFunnelButton.focus();
}

async function createFunnel(): Promise<void> {
  createButton.disabled = true;
  createError.textContent = "";
  try {
    const preset = PRESETS.find((p) => p.id === createPreset.value);
    const result = await callServer("createFunnel", {
      name: createName.value,
      stages: preset?.stages ?? [],
      wonStageIndex: preset?.wonStageIndex,
    });
    if (!result.ok) {
      createError.textContent = result.message;
      createName.focus();
      return;
    }
    await refreshFunnels();
    createForm.hidden = true;
    showLoaded(result.loaded);
    setStatus(t.created(result.loaded.funnel.name), "ok");
  } catch (e) {
    createError.textContent = t.couldNotCreate((e as Error).message);
  } finally {
    createButton.disabled = false;
  }
}

async function start(): Promise<void> {
  mount();
  setStatus(t.loading);
  try {
    await refreshFunnels();
    const first = state.funnels.find((f) => f.key === DEFAULT_FUNNEL_KEY) ?? state.funnels[0];
    renderPicker();
    if (first) await openFunnel(first.key);
    else setStatus("");
  } catch (e) {
    setStatus(t.couldNotRead((e as Error).message), "error");
  }
}

void start();
