/**
 * The stage editor sidebar: picks a funnel, edits its stages, applies presets, creates funnels and
 * saves through the server (which re-checks everything). The sheet stays the truth: every save
 * sends the fingerprint of the table it was loaded from, and a conflict offers a reload.
 */
import { DEFAULT_FUNNEL_KEY } from "../core/funnel";
import { presets } from "../core/presets";
import type { FunnelSummary, LoadedFunnel, RowProblem } from "../addon/stageApi";
import { button, el, select, showIssues } from "./dom";
import { checkDrafts, emptyDraft, toDrafts, type StageDraft } from "./drafts";
import { callServer } from "./server";
import { stageCard, updateSummary } from "./stageCard";

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
const newFunnelButton = button("New funnel", { id: "new-funnel" }, () => showCreateForm(true));
const renameButton = button("Rename", { id: "rename-funnel", class: "link" }, () =>
  showRenameForm(true),
);
const deleteButton = button(
  "Delete funnel",
  { id: "delete-funnel", class: "link danger" },
  () => void deleteFunnel(),
);
const renameName = el("input", { type: "text", id: "rename-name", autocomplete: "off" });
const renameError = el("div", { class: "field-error", role: "alert" });
const renameForm = el(
  "section",
  { class: "card rename", hidden: true, "aria-labelledby": "rename-title" },
  el("h2", { id: "rename-title", text: "Rename funnel" }),
  el("p", {
    class: "hint",
    text: "Renames its sheet. Formulas keep working: the named ranges keep their names.",
  }),
  el("div", { class: "field" }, el("label", { for: "rename-name", text: "New name" }), renameName),
  renameError,
  el(
    "div",
    { class: "actions" },
    button("Rename", { class: "primary", id: "rename-save" }, () => void renameFunnel()),
    button("Cancel", { id: "rename-cancel" }, () => showRenameForm(false)),
  ),
);

// A question in the sidebar itself (keyboard usable, no browser dialog): resolves with the choice.
const confirmText = el("p", { id: "confirm-text" });
const confirmList = el("ul", {});
const confirmYes = button("OK", { id: "confirm-yes", class: "primary" }, () => answer(true));
const confirmNo = button("Cancel", { id: "confirm-no" }, () => answer(false));
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

function ask(question: string, yesLabel: string, items: string[] = []): Promise<boolean> {
  pendingAnswer?.(false);
  confirmText.textContent = question;
  confirmList.replaceChildren(...items.map((text) => el("li", { text })));
  confirmList.hidden = items.length === 0;
  confirmYes.textContent = yesLabel;
  confirmBox.hidden = false;
  confirmNo.focus();
  return new Promise((resolve) => (pendingAnswer = resolve));
}

/** Unsaved edits are never lost silently: asks before `what` replaces them. */
async function mayDiscard(what: string): Promise<boolean> {
  if (!state.dirty) return true;
  const name = state.loaded?.funnel.name ?? "this funnel";
  return ask(`You have unsaved edits to "${name}". ${what}`, "Discard edits");
}
const createName = el("input", { type: "text", id: "create-name", autocomplete: "off" });
const createPreset = select(
  PRESETS.map((p) => ({ value: p.id, label: p.name })),
  PRESETS[0].id,
  { id: "create-preset" },
);
const createError = el("div", { class: "field-error", role: "alert" });
const createButton = button(
  "Create funnel",
  { class: "primary", id: "create-funnel" },
  () => void createFunnel(),
);
const cancelCreate = button("Cancel", { id: "cancel-create" }, () => showCreateForm(false));
const createForm = el(
  "section",
  { class: "card create", hidden: true, "aria-labelledby": "create-title" },
  el("h2", { id: "create-title", text: "New funnel" }),
  el("p", { class: "hint", text: "Adds a sheet with the stage table and its named ranges." }),
  el(
    "div",
    { class: "field" },
    el("label", { for: "create-name", text: "Funnel name" }),
    createName,
  ),
  el(
    "div",
    { class: "field" },
    el("label", { for: "create-preset", text: "Start from" }),
    createPreset,
  ),
  createError,
  el("div", { class: "actions" }, createButton, cancelCreate),
);

const emptyState = el(
  "section",
  { class: "empty", hidden: true },
  el("h2", { text: "No funnel yet" }),
  el("p", {
    text: "A funnel is a table of stages — Lead, MQL, SQL, Customer… — with owners and conversion rates. Formulas such as REQUIRED_LEADS read it.",
  }),
);

const problemsBox = el("section", { class: "notice warn", hidden: true, role: "note" });
const conflictText = el("p", {});
const conflictBox = el(
  "section",
  { class: "notice error", hidden: true, role: "alert" },
  conflictText,
  button("Reload", { id: "reload", class: "primary" }, () => void reload()),
);

const presetPicker = select(
  [
    { value: "", label: "Choose a preset…" },
    ...PRESETS.map((p) => ({ value: p.id, label: p.name })),
  ],
  "",
  { id: "preset-picker" },
);
const applyPreset = button("Apply", { id: "apply-preset" }, () => void applyChosenPreset());
const stageList = el("div", { id: "stages", class: "stages" });
const stagesError = el("div", {
  class: "field-error",
  "data-issue": "stages",
  "aria-live": "polite",
});
const addStageButton = button("+ Add stage", { id: "add-stage", class: "link" }, () => addStage());
const saveButton = button("Save", { id: "save", class: "primary" }, () => void save());
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
      el("label", { for: "preset-picker", text: "Preset" }),
      el("div", { class: "inline" }, presetPicker, applyPreset),
    ),
    el("p", {
      class: "hint",
      text: "Replaces the stages below with example rates. The sheet changes only when you save.",
    }),
  ),
  el(
    "h2",
    { class: "section-title", text: "Stages" },
    el("span", { class: "hint", text: " · top of the funnel first" }),
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
        el("label", { for: pickerId, text: "Funnel" }),
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
    el("p", {
      text: `The table in the sheet has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}. Fix ${problems.length === 1 ? "it" : "them"} below and save:`,
    }),
    el(
      "ul",
      {},
      ...problems.map((p) =>
        el("li", { text: p.field ? `Row ${p.row}: ${p.message}` : p.message }),
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
  return checkDrafts(f?.key ?? DEFAULT_FUNNEL_KEY, f?.name ?? DEFAULT_FUNNEL_KEY, state.drafts);
}

// ---- Editing -------------------------------------------------------------------------------

function editStage(index: number, change: Partial<StageDraft>): void {
  state.drafts[index] = { ...state.drafts[index], ...change };
  const { issues } = currentCheck();
  showIssues(editor, issues);
  stageList.querySelectorAll("details").forEach((card, i) => {
    const hasIssue = [...issues.keys()].some((k) => k.startsWith(`stages.${i}.`));
    updateSummary(card, state.drafts[i], i === state.drafts.length - 1, hasIssue);
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
  if (to < 0 || to >= state.drafts.length) return;
  [state.drafts[index], state.drafts[to]] = [state.drafts[to], state.drafts[index]];
  const wasOpen = state.open.has(index);
  const otherOpen = state.open.has(to);
  state.open.delete(index);
  state.open.delete(to);
  if (wasOpen) state.open.add(to);
  if (otherOpen) state.open.add(index);
  renderStages();
  markDirty();
  const target = stageList.querySelector<HTMLButtonElement>(
    `details[data-index="${to}"] button[aria-label^="Move"]${delta < 0 ? ":first-of-type" : ":nth-of-type(2)"}`,
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
  setStatus("Unsaved changes.");
}

async function applyChosenPreset(): Promise<void> {
  const preset = PRESETS.find((p) => p.id === presetPicker.value);
  if (!preset) {
    setStatus("Choose a preset first.", "error");
    presetPicker.focus();
    return;
  }
  if (!(await mayDiscard(`Applying "${preset.name}" replaces them.`))) return;
  state.dirty = true;
  state.drafts = toDrafts(preset);
  state.open = new Set();
  renderStages();
  setStatus(
    `"${preset.name}" applied — not saved yet. Its rates are examples: replace them with yours.`,
  );
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
  const target = state.funnels.find((f) => f.key === key)?.name ?? key;
  if (!(await mayDiscard(`Open "${target}" without saving them?`))) {
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
    const name = result.funnels.find((f) => f.key === state.loaded?.funnel.key)?.name ?? "";
    state.loaded.funnel.name = name;
    renameForm.hidden = true;
    renderPicker();
    setStatus(`Renamed to "${name}".`, "ok");
  } catch (e) {
    renameError.textContent = `Could not rename: ${(e as Error).message}`;
  }
}

/** Asks first, naming the plan sheets built on the funnel; then removes its sheet and ranges. */
async function deleteFunnel(): Promise<void> {
  if (!state.loaded) return;
  try {
    const usage = await callServer("funnelUsage", state.loaded.funnel.key);
    const question =
      usage.plans.length === 0
        ? `Delete the funnel "${usage.name}"? Its sheet and named ranges are removed.`
        : `Delete the funnel "${usage.name}"? Its sheet and named ranges are removed, and ${usage.plans.length === 1 ? "this plan sheet uses" : "these plan sheets use"} it (their formulas will show errors):`;
    if (!(await ask(question, "Delete funnel", usage.plans))) return;
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
    setStatus(`Deleted "${usage.name}".`, "ok");
  } catch (e) {
    setStatus(`Could not delete the funnel: ${(e as Error).message}`, "error");
  }
}

async function openFunnel(key: string): Promise<void> {
  setStatus("Loading…");
  try {
    showLoaded(await callServer("loadFunnel", key));
    setStatus("");
  } catch (e) {
    setStatus(`Could not load the funnel: ${(e as Error).message}`, "error");
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
  if (still) setStatus("Reloaded from the sheet.", "ok");
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
    setStatus(
      `Not saved: fix the ${issues.size === 1 ? "highlighted field" : `${issues.size} highlighted fields`} first.`,
      "error",
    );
    editor.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
    return;
  }
  state.saving = true;
  saveButton.disabled = true;
  saveButton.textContent = "Saving…";
  setStatus("Saving…");
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
      setStatus(`Saved to the "${result.loaded.funnel.name}" sheet at ${time}.`, "ok");
    } else if (result.reason === "conflict") {
      conflictText.textContent = result.message;
      conflictBox.hidden = false;
      setStatus("Not saved.", "error");
      conflictBox.querySelector("button")?.focus();
    } else if (result.reason === "invalid") {
      showIssues(editor, new Map(result.issues.map((i) => [i.path.join("."), i.message])));
      setStatus(result.message, "error");
    } else setStatus(result.message, "error");
  } catch (e) {
    setStatus(`Could not save: ${(e as Error).message}`, "error");
  } finally {
    state.saving = false;
    saveButton.disabled = false;
    saveButton.textContent = "Save";
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
    setStatus(`Created the "${result.loaded.funnel.name}" sheet.`, "ok");
  } catch (e) {
    createError.textContent = `Could not create the funnel: ${(e as Error).message}`;
  } finally {
    createButton.disabled = false;
  }
}

async function start(): Promise<void> {
  mount();
  setStatus("Loading…");
  try {
    await refreshFunnels();
    const first = state.funnels.find((f) => f.key === DEFAULT_FUNNEL_KEY) ?? state.funnels[0];
    renderPicker();
    if (first) await openFunnel(first.key);
    else setStatus("");
  } catch (e) {
    setStatus(`Could not read the spreadsheet: ${(e as Error).message}`, "error");
  }
}

void start();
