/** One stage of the list: a collapsible card with all its fields and its move/delete buttons. */
import { button, el, field, select, uid } from "../pages/dom";
import { rateText, understoodRate, type StageDraft } from "./drafts";
import { readTypedRate } from "../core/typedNumber";
import { formats, OWNERS, t } from "./page";

export interface StageCardProps {
  index: number;
  count: number;
  draft: StageDraft;
  issues: Map<string, string>;
  open: boolean;
  onInput: (change: Partial<StageDraft>) => void;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
  /** Makes this stage the won stage (or, unticked, gives the role back to the last stage). */
  onWon: (won: boolean) => void;
  /** Whether the funnel's store keeps CRM names (the field is offered only then). */
  crmNames: boolean;
}

const OTHER = "__other__";

/** The draft's text fields (all but the won mark, the numbers as read and the place in a save). */
type TextField = Exclude<keyof StageDraft, "won" | "read" | "sentAs">;

function summaryText(draft: StageDraft, isLast: boolean): string {
  if (draft.won && !isLast) return t.wonStage;
  if (isLast) return t.endOfFunnel;
  const percent = understoodRate(draft.rate, formats);
  return percent === "" ? "" : t.toNext(percent);
}

/** Refreshes a card's one-line summary after an edit (the card itself stays, keeping focus). */
export function updateSummary(
  card: Element,
  draft: StageDraft,
  isLast: boolean,
  hasIssue: boolean,
): void {
  const name = card.querySelector(".stage-name");
  const rate = card.querySelector(".stage-rate");
  if (name) name.textContent = draft.name.trim() || t.unnamedStage;
  if (rate) rate.textContent = summaryText(draft, isLast);
  card.classList.toggle("has-error", hasIssue);
  labelActions(card, draft.name.trim() || t.unnamedStage);
}

/** Buttons say which stage they act on ("Move MQL up"), kept current as the name is typed. */
function labelActions(card: Element, label: string): void {
  const labels: Record<string, string> = {
    up: t.moveUp(label),
    down: t.moveDown(label),
    delete: t.deleteStage(label),
  };
  for (const b of card.querySelectorAll<HTMLElement>("[data-action]")) {
    b.setAttribute("aria-label", labels[b.dataset.action ?? ""] ?? "");
  }
}

/** "understood as 30 %": what a rate field read, shown while typing, before saving. */
function understoodText(typed: string): string {
  const percent = understoodRate(typed, formats);
  return percent === "" ? "" : t.understoodAs(percent);
}

/** The CRM's names for the stage, one per line, with a hint below the label. */
function crmNamesField(input: HTMLTextAreaElement, issueKey: string, error?: string): HTMLElement {
  input.setAttribute("spellcheck", "false");
  input.placeholder = t.crmNamesPlaceholder;
  const wrapper = field(t.crmNames, input, issueKey, error);
  const hint = el("p", { class: "hint", id: `${input.id}-hint`, text: t.crmNamesHint });
  input.setAttribute(
    "aria-describedby",
    `${hint.id} ${input.getAttribute("aria-describedby") ?? ""}`.trim(),
  );
  input.before(hint);
  return wrapper;
}

export function stageCard(p: StageCardProps): HTMLElement {
  const isLast = p.index === p.count - 1;
  const issue = (f: string) => p.issues.get(`stages.${p.index}.${f}`);
  const hasIssue = [...p.issues.keys()].some((k) => k.startsWith(`stages.${p.index}.`));
  const label = p.draft.name.trim() || t.unnamedStage;

  const text = (f: TextField, props: Record<string, string> = {}) => {
    const input = el("input", { type: "text", value: p.draft[f], autocomplete: "off", ...props });
    input.addEventListener("input", () => p.onInput({ [f]: input.value }));
    return input;
  };
  const area = (f: TextField) => {
    const input = el("textarea", { rows: 2, value: p.draft[f] });
    input.addEventListener("input", () => p.onInput({ [f]: input.value }));
    return input;
  };

  // Owner: the usual teams, or free text when "Other" is chosen.
  const owners = OWNERS;
  const known = owners.includes(p.draft.owner);
  const ownerChoice = p.draft.owner === "" ? "" : known ? p.draft.owner : OTHER;
  const ownerSelect = select(
    [
      { value: "", label: t.noOwner },
      ...owners.map((o) => ({ value: o, label: o })),
      { value: OTHER, label: t.otherOwner },
    ],
    ownerChoice,
  );
  const ownerOther = text("owner", {
    placeholder: t.otherOwnerPlaceholder,
    "aria-label": t.otherOwnerLabel,
  });
  ownerOther.hidden = ownerChoice !== OTHER;
  // The free-text field always holds the owner saved, so "Other…" opens it on the owner chosen
  // until then (selected, for typing over), and what it shows is what is saved.
  ownerSelect.addEventListener("change", () => {
    const other = ownerSelect.value === OTHER;
    if (!other) ownerOther.value = ownerSelect.value;
    ownerOther.hidden = !other;
    p.onInput({ owner: ownerOther.value });
    if (other) {
      ownerOther.focus();
      ownerOther.select();
    }
  });

  const rateInput = text("rate", {
    inputmode: "decimal",
    class: "num",
    placeholder: isLast ? "—" : formats.percent(0.3),
  });
  const at = (f: string) => `stages.${p.index}.${f}`;
  const rateField = field(
    t.conversionToNext,
    rateInput,
    at("conversionToNext"),
    issue("conversionToNext"),
  );
  // A rate field says what it understood while typing ("0,3" → "30 %", "0,3 %" → "0,3 %"), and
  // once left shows it in the locale's format, as a percent-formatted cell does (SPEC §5).
  const understood = el("div", {
    class: "understood",
    "data-understood": "rate",
    "aria-live": "polite",
    text: understoodText(p.draft.rate),
  });
  rateInput.addEventListener("input", () => {
    understood.textContent = understoodText(rateInput.value);
  });
  rateInput.addEventListener("change", () => {
    const fraction = readTypedRate(rateInput.value, formats.decimalSeparator);
    if (typeof fraction !== "number") return;
    const shown = rateText(fraction, formats);
    if (shown === rateInput.value) return;
    rateInput.value = shown;
    p.onInput({ rate: shown });
  });
  rateField.append(understood);
  const daysInput = text("days", {
    inputmode: "decimal",
    class: "num",
    placeholder: isLast ? "—" : formats.number(14),
  });
  const daysField = field(t.daysInStage, daysInput, at("daysInStage"), issue("daysInStage"));

  // The won stage: the last by default; a bowtie marks an earlier one (SPEC §4).
  const wonId = uid("won");
  const wonBox = el("input", { type: "checkbox", id: wonId, checked: p.draft.won });
  wonBox.addEventListener("change", () => p.onWon(wonBox.checked));
  const wonField = el(
    "div",
    { class: "field check" },
    wonBox,
    el(
      "div",
      {},
      el("label", { for: wonId, text: t.wonStage }),
      el("p", { class: "hint", text: t.wonStageHint }),
    ),
  );

  const summary = el(
    "summary",
    {},
    el("span", { class: "badge", text: String(p.index + 1) }),
    // Name and rate share a line when both fit, else the rate goes under the name (SPEC §11:
    // "20 % на следующий этап" would leave a long name no room at 300 px).
    el(
      "span",
      { class: "stage-title" },
      el("span", { class: "stage-name", text: label }),
      el("span", { class: "stage-rate", text: summaryText(p.draft, isLast) }),
    ),
    el("span", {
      class: "stage-alert",
      title: t.needsFixingTitle,
      "aria-label": t.needsFixing,
      text: "!",
    }),
  );
  const ownerId = uid("owner");
  ownerSelect.id = ownerId;

  const card = el(
    "details",
    { class: hasIssue ? "stage has-error" : "stage", open: p.open, "data-index": p.index },
    summary,
    el(
      "div",
      { class: "stage-body" },
      field(
        t.stageName,
        text("name", { placeholder: t.stageNamePlaceholder }),
        at("name"),
        issue("name"),
      ),
      el(
        "div",
        { class: "field" },
        el("label", { for: ownerId, text: t.owner }),
        ownerSelect,
        ownerOther,
      ),
      el("div", { class: "row" }, rateField, daysField),
      wonField,
      field(t.entryCriteria, area("entryCriteria"), at("entryCriteria"), issue("entryCriteria")),
      field(t.exitCriteria, area("exitCriteria"), at("exitCriteria"), issue("exitCriteria")),
      p.crmNames && crmNamesField(area("crmNames"), at("crmNames"), issue("crmNames")),
      el(
        "div",
        { class: "stage-actions" },
        button(t.up, { class: "small", "data-action": "up", disabled: p.index === 0 }, () =>
          p.onMove(-1),
        ),
        button(t.down, { class: "small", "data-action": "down", disabled: isLast }, () =>
          p.onMove(1),
        ),
        button(t.delete, { class: "small danger", "data-action": "delete" }, p.onDelete),
      ),
    ),
  );
  labelActions(card, label);
  return card;
}
