/** One stage of the list: a collapsible card with all its fields and its move/delete buttons. */
import { SUGGESTED_OWNERS } from "../core/funnel";
import { button, el, field, select, uid } from "./dom";
import { describePercent, type StageDraft } from "./drafts";

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
}

const OTHER = "__other__";

function summaryText(draft: StageDraft, isLast: boolean): string {
  if (draft.won && !isLast) return "won — deals close here";
  if (isLast) return "end of funnel";
  return draft.rate.trim() ? `${draft.rate.trim().replace(/%$/, "")}% to next` : "";
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
  if (name) name.textContent = draft.name.trim() || "Unnamed stage";
  if (rate) rate.textContent = summaryText(draft, isLast);
  card.classList.toggle("has-error", hasIssue);
  labelActions(card, draft.name.trim() || "Unnamed stage");
}

/** Buttons say which stage they act on ("Move MQL up"), kept current as the name is typed. */
function labelActions(card: Element, label: string): void {
  const labels: Record<string, string> = {
    up: `Move ${label} up`,
    down: `Move ${label} down`,
    delete: `Delete ${label}`,
  };
  for (const b of card.querySelectorAll<HTMLElement>("[data-action]")) {
    b.setAttribute("aria-label", labels[b.dataset.action ?? ""] ?? "");
  }
}

export function stageCard(p: StageCardProps): HTMLElement {
  const isLast = p.index === p.count - 1;
  const issue = (f: string) => p.issues.get(`stages.${p.index}.${f}`);
  const hasIssue = [...p.issues.keys()].some((k) => k.startsWith(`stages.${p.index}.`));
  const label = p.draft.name.trim() || "Unnamed stage";

  const text = (f: keyof StageDraft, props: Record<string, string> = {}) => {
    const input = el("input", { type: "text", value: p.draft[f], autocomplete: "off", ...props });
    input.addEventListener("input", () => p.onInput({ [f]: input.value }));
    return input;
  };
  const area = (f: keyof StageDraft) => {
    const t = el("textarea", { rows: 2, value: p.draft[f] });
    t.addEventListener("input", () => p.onInput({ [f]: t.value }));
    return t;
  };

  // Owner: the usual teams, or free text when "Other" is chosen.
  const known = (SUGGESTED_OWNERS as readonly string[]).includes(p.draft.owner);
  const ownerChoice = p.draft.owner === "" ? "" : known ? p.draft.owner : OTHER;
  const ownerSelect = select(
    [
      { value: "", label: "—" },
      ...SUGGESTED_OWNERS.map((o) => ({ value: o, label: o })),
      { value: OTHER, label: "Other…" },
    ],
    ownerChoice,
  );
  const ownerOther = text("owner", {
    placeholder: "Team or person",
    "aria-label": "Other owner",
  });
  ownerOther.hidden = ownerChoice !== OTHER;
  ownerSelect.addEventListener("change", () => {
    const other = ownerSelect.value === OTHER;
    ownerOther.hidden = !other;
    p.onInput({ owner: other ? "" : ownerSelect.value });
    if (other) ownerOther.focus();
  });

  const rateInput = text("rate", {
    inputmode: "decimal",
    class: "num",
    placeholder: isLast ? "—" : "30",
  });
  const at = (f: string) => `stages.${p.index}.${f}`;
  const rateField = field(
    "Conversion to next (%)",
    rateInput,
    at("conversionToNext"),
    issue("conversionToNext"),
  );
  // A percent field says what it understood ("0.3" → "= 0.3 %"), so 0.3 is never read as 30 %.
  const understood = el("div", {
    class: "understood",
    "data-understood": "rate",
    "aria-live": "polite",
    text: describePercent(p.draft.rate),
  });
  rateInput.addEventListener("input", () => {
    understood.textContent = describePercent(rateInput.value);
  });
  rateField.append(understood);
  const daysInput = text("days", {
    inputmode: "decimal",
    class: "num",
    placeholder: isLast ? "—" : "14",
  });
  const daysField = field("Days in stage", daysInput, at("daysInStage"), issue("daysInStage"));

  // The won stage: the last by default; a bowtie marks an earlier one (SPEC §4).
  const wonId = uid("won");
  const wonBox = el("input", { type: "checkbox", id: wonId, checked: p.draft.won });
  wonBox.addEventListener("change", () => p.onWon(wonBox.checked));
  const wonField = el(
    "div",
    { class: "field check" },
    wonBox,
    el("label", {
      for: wonId,
      text: isLast
        ? "Won stage (the last stage is, unless another is ticked)"
        : "Won stage: deals close here; later stages are post-sale",
    }),
  );

  const summary = el(
    "summary",
    {},
    el("span", { class: "badge", text: String(p.index + 1) }),
    el("span", { class: "stage-name", text: label }),
    el("span", { class: "stage-rate", text: summaryText(p.draft, isLast) }),
    el("span", {
      class: "stage-alert",
      title: "This stage needs fixing",
      "aria-label": "needs fixing",
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
      field("Stage name", text("name", { placeholder: "e.g. MQL" }), at("name"), issue("name")),
      el(
        "div",
        { class: "field" },
        el("label", { for: ownerId, text: "Owner" }),
        ownerSelect,
        ownerOther,
      ),
      el("div", { class: "row" }, rateField, daysField),
      wonField,
      field("Entry criteria", area("entryCriteria"), at("entryCriteria"), issue("entryCriteria")),
      field("Exit criteria", area("exitCriteria"), at("exitCriteria"), issue("exitCriteria")),
      el(
        "div",
        { class: "stage-actions" },
        button("↑ Up", { class: "small", "data-action": "up", disabled: p.index === 0 }, () =>
          p.onMove(-1),
        ),
        button("↓ Down", { class: "small", "data-action": "down", disabled: isLast }, () =>
          p.onMove(1),
        ),
        button("Delete", { class: "small danger", "data-action": "delete" }, p.onDelete),
      ),
    ),
  );
  labelActions(card, label);
  return card;
}
