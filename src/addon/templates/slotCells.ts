/**
 * Puts realigned per-stage inputs into a plan's grid: each stage's slot beside it (an empty one
 * tinted, so the team sees a new stage's input is missing), the room past the last stage empty,
 * and the removed table listing every removed stage's name and inputs.
 */
import { asText, type CellContent } from "../cellContents";
import { INPUT_BACKGROUND, set, type PlanGrid } from "./planGrid";
import { slotCell } from "./planRead";
import type { StageInputs } from "./sheetPlan";
import type { Realigned } from "./stageSlots";

/** The tint of a stage's input nobody has typed yet (a stage new to the funnel). */
export const MISSING_INPUT = "#fce8b2";

/**
 * The removed table cannot keep every removed stage's inputs. `clearingHelps`: what it held
 * already is in the way (clearing entries there makes room); otherwise this change alone removes
 * more stages with inputs than it has room for.
 */
export class RemovedTableFull extends Error {
  constructor(
    readonly capacity: number,
    readonly clearingHelps: boolean,
  ) {
    super(`The removed-stages table is full (${capacity}).`);
  }
}

function width(inputs: StageInputs): number {
  return inputs.axis === "rows" ? inputs.input.cols : inputs.input.rows;
}

function slotCount(inputs: StageInputs): number {
  return inputs.axis === "rows" ? inputs.input.rows : inputs.input.cols;
}

export function placeSlots(grid: PlanGrid, inputs: StageInputs, realigned: Realigned): void {
  const w = width(inputs);
  const n = slotCount(inputs);
  const empty = new Set(realigned.empty);
  for (let i = 0; i < n; i++) {
    const cells = realigned.slots[i];
    for (let j = 0; j < w; j++) {
      const { row, col } = slotCell(inputs, i, j);
      set(grid, "contents", row, col, cells?.[j] ?? "");
      set(grid, "backgrounds", row, col, cells && empty.has(i) ? MISSING_INPUT : INPUT_BACKGROUND);
    }
  }
  const capacity = inputs.axis === "rows" ? inputs.removed.rows : inputs.removed.cols;
  if (realigned.removed.length > capacity)
    throw new RemovedTableFull(capacity, realigned.removedNow <= capacity);
  for (let k = 0; k < capacity; k++) {
    const entry = realigned.removed[k];
    const name: CellContent = entry ? asText(entry.name) : "";
    if (inputs.axis === "rows") {
      set(grid, "contents", inputs.removed.row + k, inputs.removed.col, name);
      for (let j = 0; j < w; j++)
        set(
          grid,
          "contents",
          inputs.removed.row + k,
          inputs.removed.col + 1 + j,
          entry?.cells[j] ?? "",
        );
    } else {
      set(grid, "contents", inputs.removedNames.row, inputs.removedNames.col + k, name);
      for (let j = 0; j < w; j++)
        set(
          grid,
          "contents",
          inputs.removed.row + j,
          inputs.removed.col + k,
          entry?.cells[j] ?? "",
        );
    }
  }
}
