/**
 * The funnel being edited: the preset picker, the stage cards (src/sidebar/stageCard.ts), adding a
 * stage, and the names that end a record. It holds the draft list (src/sidebar/draftList.ts, pure)
 * and redraws the cards after each list edit, putting the focus where the user's hands are.
 */
import { showIssues, button, el, field, select } from "../pages/dom";
import type { Funnel } from "../core/funnel";
import { checkDrafts, toDrafts, type StageDraft } from "./drafts";
import {
  addStage,
  deleteStage,
  draftList,
  editStage,
  markWon,
  moveStage,
  openProblems,
  setOpen,
  type DraftList,
  type Edited,
} from "./draftList";
import { formats, PRESETS, rules, t } from "./page";
import { stageCard, updateSummary } from "./stageCard";

export interface Editor {
  element: HTMLElement;
  /** Shows a funnel's stages, the cards listed in `open` opened. */
  load(funnel: Funnel, open?: Iterable<number>): void;
  /** The funnel as drafted (`key` and `name` of the one loaded) and every problem, by field. */
  check(): { funnel: Funnel; issues: Map<string, string> };
  /** Shows problems next to their fields; with `reveal`, opens their cards and focuses the first. */
  showProblems(issues: Map<string, string>, reveal?: boolean): void;
  /** The indexes of the cards open now (kept open when the same funnel comes back saved). */
  openCards(): number[];
  /** A save sends the funnel `check()` gave: each draft notes its stage's place in it. */
  markSent(): void;
  /** Whether the drafts still describe `sent` (nothing was typed since it was sent). */
  describes(sent: Funnel): boolean;
  /**
   * `saved` came back from a save while the user typed on: the drafts stay as they are now (no
   * redraw, the focus stays), and those that were sent take the saved stage's ID and numbers.
   */
  keepTypedOver(saved: Funnel): void;
}

export interface EditorEvents {
  /** Any edit of the drafts. */
  onChange(): void;
  /** A preset was chosen to replace the stages; resolves false when the user keeps theirs. */
  confirmPreset(presetName: string): Promise<boolean>;
  onPresetApplied(presetName: string): void;
  onNoPresetChosen(): void;
}

export function stageEditor(events: EditorEvents): Editor {
  let identity = { key: "", name: "" };
  let list: DraftList = draftList([]);
  let endNames = "";
  /** The store keeps CRM names (the loaded funnel carries them): the fields are offered. */
  let crmNames = false;

  const presetPicker = select(
    [{ value: "", label: t.choosePreset }, ...PRESETS.map((p) => ({ value: p.id, label: p.name }))],
    "",
    { id: "preset-picker" },
  );
  const applyPreset = button(t.apply, { id: "apply-preset" }, () => void applyChosenPreset());
  const cards = el("div", { id: "stages", class: "stages" });
  const stagesError = el("div", {
    class: "field-error",
    "data-issue": "stages",
    "aria-live": "polite",
  });
  const endNamesInput = el("textarea", { rows: 3, id: "end-names", spellcheck: "false" });
  endNamesInput.placeholder = t.endNamesPlaceholder;
  endNamesInput.addEventListener("input", () => {
    endNames = endNamesInput.value;
    refreshIssues();
    events.onChange();
  });
  const endNamesField = field(t.endNames, endNamesInput, "endNames");
  const endNamesHint = el("p", { class: "hint", id: "end-names-hint", text: t.endNamesHint });
  endNamesInput.before(endNamesHint);
  endNamesInput.setAttribute(
    "aria-describedby",
    `${endNamesHint.id} ${endNamesInput.getAttribute("aria-describedby") ?? ""}`.trim(),
  );

  const crmSection = el(
    "section",
    { class: "crm", hidden: true },
    el("h2", { class: "section-title", text: t.crmSection }),
    endNamesField,
  );

  const element = el(
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
    cards,
    el("div", { class: "field" }, stagesError),
    button(t.addStage, { id: "add-stage", class: "link" }, () => apply(addStage(list), "input")),
    crmSection,
  );

  const check = () =>
    checkDrafts(
      { ...identity, drafts: list.drafts, endNames, crmFields: crmNames },
      formats,
      rules,
    );

  function focusCard(index: number, selector: string): void {
    cards.querySelector<HTMLElement>(`details[data-index="${index}"] ${selector}`)?.focus();
  }

  /** Redraws every card from the list (after an edit that changes the cards' order or count). */
  function render(): void {
    const { issues } = check();
    cards.replaceChildren(
      ...list.drafts.map((draft, index) =>
        stageCard({
          index,
          count: list.drafts.length,
          draft,
          issues,
          open: list.open.has(index),
          onInput: (change) => edit(index, change),
          onMove: (delta) => apply(moveStage(list, index, delta), moveButton(delta)),
          onDelete: () => apply(deleteStage(list, index), "summary"),
          onWon: (won) => apply(markWon(list, index, won), 'input[type="checkbox"]'),
          crmNames,
        }),
      ),
    );
    for (const card of cards.querySelectorAll("details")) {
      card.addEventListener("toggle", () => {
        list = setOpen(list, Number(card.dataset.index), card.open);
      });
    }
    showIssues(element, issues);
  }

  /** The same move button on the moved card, or its summary once that button is disabled. */
  function moveButton(delta: -1 | 1): string {
    return `button[data-action="${delta < 0 ? "up" : "down"}"]:not([disabled])`;
  }

  function apply(edited: Edited, focusSelector: string): void {
    list = edited.list;
    render();
    events.onChange();
    const target = cards.querySelector<HTMLElement>(
      `details[data-index="${edited.focus}"] ${focusSelector}`,
    );
    if (target) target.focus();
    else focusCard(edited.focus, "summary");
  }

  /** A field was typed in: the card stays (keeping focus); messages and summaries follow. */
  function edit(index: number, change: Partial<StageDraft>): void {
    list = editStage(list, index, change);
    refreshIssues();
    events.onChange();
  }

  function refreshIssues(): void {
    const { issues } = check();
    showIssues(element, issues);
    cards.querySelectorAll("details").forEach((card, i) => {
      const draft = list.drafts[i];
      if (!draft) return;
      const hasIssue = [...issues.keys()].some((k) => k.startsWith(`stages.${i}.`));
      updateSummary(card, draft, i === list.drafts.length - 1, hasIssue);
    });
  }

  async function applyChosenPreset(): Promise<void> {
    const preset = PRESETS.find((p) => p.id === presetPicker.value);
    if (!preset) {
      events.onNoPresetChosen();
      presetPicker.focus();
      return;
    }
    if (!(await events.confirmPreset(preset.name))) return;
    list = draftList(toDrafts(preset, formats));
    render();
    events.onPresetApplied(preset.name);
  }

  return {
    element,
    load(funnel, open = []) {
      identity = { key: funnel.key, name: funnel.name };
      list = draftList(toDrafts(funnel, formats), open);
      crmNames = Array.isArray(funnel.endNames);
      crmSection.hidden = !crmNames;
      endNames = (funnel.endNames ?? []).join("\n");
      endNamesInput.value = endNames;
      render();
    },
    check,
    openCards: () => [...list.open],
    markSent() {
      list = { drafts: list.drafts.map((d, i) => ({ ...d, sentAs: i })), open: list.open };
    },
    describes: (sent) => JSON.stringify(check().funnel) === JSON.stringify(sent),
    keepTypedOver(saved) {
      identity = { key: saved.key, name: saved.name };
      const drafts = list.drafts.map(({ sentAs, ...draft }) => {
        const stage = sentAs === undefined ? undefined : saved.stages[sentAs];
        if (!stage) return draft;
        return {
          ...draft,
          ...(stage.id === undefined ? {} : { id: stage.id }),
          read: { rate: stage.conversionToNext, days: stage.daysInStage },
        };
      });
      list = { drafts, open: list.open };
    },
    showProblems(issues, reveal = false) {
      if (reveal) {
        list = openProblems(list, issues.keys());
        render();
      }
      showIssues(element, issues);
      if (reveal) element.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
    },
  };
}
