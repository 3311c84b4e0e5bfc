/**
 * Per-stage inputs follow their stages (SPEC §9) — the pure part. A plan's typed per-stage inputs
 * are slots: one row (or one column) per stage, each keyed to the stage it belongs to. Given the
 * slots as they sit in the sheet and the funnel's stages now, `realign` puts each stage's slot
 * beside that stage, leaves a new stage's slot empty, and moves the slots of stages no longer in
 * the funnel to the removed list — never to another stage, never away.
 */
import type { CellContent } from "../cellContents";
import type { PlanStage } from "./sheetPlan";
import { matchStages } from "./stageKey";

export interface Slot {
  /** The stage the slot belongs to; undefined for a slot beside no stage (typed past the list). */
  stage?: PlanStage;
  cells: CellContent[];
}

/** A removed stage's inputs as the removed table keeps them: its name as it was, its cells. */
export interface RemovedSlot {
  name: string;
  cells: CellContent[];
}

export interface Realigned {
  /** One slot per stage of `stages`, in order. */
  slots: CellContent[][];
  /** The removed table: what it held, then the slots of stages removed now. */
  removed: RemovedSlot[];
  /** How many of `removed` are stages removed now (the rest the table held already). */
  removedNow: number;
  /** Stages (by index) whose slot is empty: a new stage's input, marked for the team to fill. */
  empty: number[];
  /** Whether anything moved (a slot to another row, or to the removed table). */
  moved: boolean;
}

function isEmpty(cells: readonly CellContent[]): boolean {
  return cells.every((c) => c === "");
}

/**
 * `current`: the slots as they sit, top first; `stages`: the funnel's stages now; `removed`: what
 * the removed table holds already; `width`: cells per slot; `noStage`: the name a slot beside no
 * stage is kept under. `aliases` maps an old key (a name key, before the stage had an id) to the
 * key the stage has now, as the store's save reports it.
 */
export function realign(
  current: readonly Slot[],
  stages: readonly PlanStage[],
  removed: readonly RemovedSlot[],
  width: number,
  noStage: string,
  aliases: ReadonlyMap<string, string> = new Map(),
): Realigned {
  const kept = current.map((slot, i) => ({
    index: i,
    key: slot.stage ? (aliases.get(slot.stage.key) ?? slot.stage.key) : `#unkeyed:${i}`,
    name: slot.stage?.name ?? "",
    cells: slot.cells,
  }));
  const matched = matchStages(stages, kept);
  const rowOf = [...matched.rowOf];
  // A slot with no key sits beside the stage the sheet shows there: it was typed for that stage.
  const claimed = new Set(rowOf.filter((i) => i >= 0));
  stages.forEach((_, i) => {
    if ((rowOf[i] ?? -1) >= 0 || claimed.has(i)) return;
    if (current[i] !== undefined && current[i]?.stage === undefined) {
      rowOf[i] = i;
      claimed.add(i);
    }
  });
  const unclaimed = kept.map((k) => k.index).filter((j) => !claimed.has(j));
  const blank = () => new Array<CellContent>(width).fill("");
  const slots = stages.map((_, i) => {
    const at = rowOf[i] ?? -1;
    return at >= 0 ? [...(kept[at]?.cells ?? blank())] : blank();
  });
  const newlyRemoved: RemovedSlot[] = unclaimed
    .map((j) => kept[j])
    .filter((k): k is NonNullable<typeof k> => k !== undefined && !isEmpty(k.cells))
    .map((k) => ({ name: k.name || noStage, cells: [...k.cells] }));
  const moved =
    newlyRemoved.length > 0 ||
    rowOf.some((at, i) => at >= 0 && at !== i && !isEmpty(slots[i] ?? []));
  return {
    slots,
    removed: [...removed.filter((r) => !isEmpty(r.cells) || r.name !== ""), ...newlyRemoved],
    removedNow: newlyRemoved.length,
    empty: slots.flatMap((cells, i) => (isEmpty(cells) ? [i] : [])),
    moved,
  };
}
