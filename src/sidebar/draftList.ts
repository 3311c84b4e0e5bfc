/**
 * The stage list as the editor changes it (SPEC §5: add, delete, move up and down, apply a preset,
 * mark the won stage), with the set of open cards following each stage to its new index. Pure
 * and immutable: every edit returns a new list, so it is unit-tested without a browser.
 */
import { emptyDraft, type StageDraft } from "./drafts";

export interface DraftList {
  readonly drafts: readonly StageDraft[];
  /** Indexes of the cards shown open. */
  readonly open: ReadonlySet<number>;
}

/** An edit's result: the new list and the card to put the focus on (its index). */
export interface Edited {
  list: DraftList;
  focus: number;
}

export function draftList(drafts: readonly StageDraft[], open: Iterable<number> = []): DraftList {
  return { drafts: [...drafts], open: new Set(open) };
}

/** Changes fields of one stage. */
export function editStage(list: DraftList, index: number, change: Partial<StageDraft>): DraftList {
  const current = list.drafts[index];
  if (current === undefined) return list;
  const drafts = list.drafts.map((d, i) => (i === index ? { ...current, ...change } : d));
  return { drafts, open: list.open };
}

/** A new stage goes just above the last one, which is where the funnel ends (the won customer). */
export function addStage(list: DraftList): Edited {
  const n = list.drafts.length;
  const at = n >= 2 ? n - 1 : n;
  const drafts = [...list.drafts.slice(0, at), emptyDraft(), ...list.drafts.slice(at)];
  const open = new Set([...list.open].map((i) => (i >= at ? i + 1 : i)));
  open.add(at);
  return { list: { drafts, open }, focus: at };
}

/** Removes a stage; the focus goes to the card now in its place (or the new last). */
export function deleteStage(list: DraftList, index: number): Edited {
  if (index < 0 || index >= list.drafts.length) return { list, focus: index };
  const drafts = list.drafts.filter((_, i) => i !== index);
  const open = new Set(
    [...list.open].filter((i) => i !== index).map((i) => (i > index ? i - 1 : i)),
  );
  return { list: { drafts, open }, focus: Math.max(0, Math.min(index, drafts.length - 1)) };
}

/** Swaps a stage with its neighbour above (-1) or below (+1); open cards move with their stage. */
export function moveStage(list: DraftList, index: number, delta: -1 | 1): Edited {
  const to = index + delta;
  const a = list.drafts[index];
  const b = list.drafts[to];
  if (a === undefined || b === undefined) return { list, focus: index };
  const drafts = list.drafts.map((d, i) => (i === index ? b : i === to ? a : d));
  const open = new Set([...list.open].map((i) => (i === index ? to : i === to ? index : i)));
  return { list: { drafts, open }, focus: to };
}

/** One won stage at most: marking one unmarks the others; no mark leaves the last stage won. */
export function markWon(list: DraftList, index: number, won: boolean): Edited {
  const drafts = list.drafts.map((d, i) => ({ ...d, won: won && i === index }));
  return { list: { drafts, open: list.open }, focus: index };
}

/** Opens the cards of the stages that have a problem (issue keys "stages.2.name"). */
export function openProblems(list: DraftList, issueKeys: Iterable<string>): DraftList {
  const open = new Set(list.open);
  for (const key of issueKeys) {
    const [scope, index] = key.split(".");
    const i = Number(index);
    if (scope === "stages" && Number.isInteger(i) && i >= 0 && i < list.drafts.length) open.add(i);
  }
  return { drafts: list.drafts, open };
}

/** Records that a card was opened or closed by the user. */
export function setOpen(list: DraftList, index: number, open: boolean): DraftList {
  const next = new Set(list.open);
  if (open) next.add(index);
  else next.delete(index);
  return { drafts: list.drafts, open: next };
}
