/**
 * A plan sheet as Refresh plan and the plan sync find it: one read of its cells (values,
 * formulas, and the formats a command may change, for putting them back if it fails), the
 * markers that say where each layout row is now, the layout moved there, and the per-stage
 * inputs as slots keyed to their stages.
 */
import { asText, formula, type CellContent } from "../cellContents";
import type { Anchor, Layout, Rect } from "./layout";
import { relocate } from "./layout";
import { parseKey, readMarkers } from "./markers";
import type { StageInputs } from "./sheetPlan";
import type { RemovedSlot, Slot } from "./stageSlots";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The cells of a sheet from A1 as one read gives them, and the formats a command may change. */
export interface SheetCells {
  values: unknown[][];
  formulas: string[][];
  formats: string[][];
  backgrounds: string[][];
  notes: string[][];
}

export function readSheetCells(sheet: Sheet): SheetCells {
  // The whole grid, not getDataRange(): that ends at the last cell with content ("Class Sheet",
  // getLastColumn), and a plan's empty but formatted cells beyond it (an input area waiting for
  // a paste, its notes and colours) must be read to be put back if the command fails (SPEC §9).
  const range = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
  return {
    values: range.getValues(),
    formulas: range.getFormulas(),
    formats: range.getNumberFormats(),
    backgrounds: range.getBackgrounds(),
    notes: range.getNotes(),
  };
}

/**
 * A plan sheet's cells in two reads, before any write (SPEC §8): values and formulas of the data
 * range (through the last cell with content: the markers are values, so the layout is found in
 * it), then — once `frameOf` has found the plan's frame there — the number formats, backgrounds
 * and notes over that frame, its empty but formatted cells past the data range included (an input
 * area waiting for a paste): every cell a command may write, to put back if it fails (SPEC §9).
 * Arrays are indexed from A1, as readSheetCells gives them; cells not read are empty.
 */
export function readPlanCells<T>(
  sheet: Sheet,
  frameOf: (contents: SheetCells) => { frame?: Rect; found: T },
): { cells: SheetCells; found: T } {
  const data = sheet.getDataRange();
  const cells: SheetCells = {
    values: data.getValues(),
    formulas: data.getFormulas(),
    formats: [],
    backgrounds: [],
    notes: [],
  };
  const located = frameOf(cells);
  const { frame } = located;
  if (!frame) return { cells, found: located.found };
  const range = sheet.getRange(frame.row, frame.col, frame.rows, frame.cols);
  const place = (grid: string[][]): string[][] => {
    const out: string[][] = [];
    grid.forEach((line, r) => {
      out[frame.row - 1 + r] = [...new Array<string>(frame.col - 1).fill(""), ...line];
    });
    return out;
  };
  cells.formats = place(range.getNumberFormats());
  cells.backgrounds = place(range.getBackgrounds());
  cells.notes = place(range.getNotes());
  return { cells, found: located.found };
}

/** A cell's contents as writeContents puts them back exactly (formulas as formulas, text as text). */
export function contentAt(cells: SheetCells, row: number, col: number): CellContent {
  const f = cells.formulas[row - 1]?.[col - 1] ?? "";
  if (f !== "") return formula(f);
  const v = cells.values[row - 1]?.[col - 1] ?? "";
  return typeof v === "string" ? asText(v) : (v as CellContent);
}

export type Located =
  | { ok: true; layout: Layout }
  | { ok: false; reason: "noMarkers" }
  | { ok: false; reason: "split"; rows: number[] };

/**
 * The layout where the markers say it is now. A row the user inserted inside a block (or deleted
 * from one) leaves the block no longer whole: its sheet rows are reported instead.
 */
export function locate(layout: Layout, cells: SheetCells): Located {
  const markers = readMarkers(cells.values, layout.markerColumn);
  if (!markers) return { ok: false, reason: "noMarkers" };
  const colShift = markers.column - layout.markerColumn;
  const moved = relocate(layout, (r) => markers.rows.get(r), colShift);
  if (moved.split.length === 0) return { ok: true, layout: moved.layout };
  // The rows to look at: unmarked sheet rows between a split block's first and last marker.
  const rows: number[] = [];
  for (const name of moved.split) {
    const a = layout.anchors[name];
    if (!a) continue;
    const sheetRows = Array.from({ length: a.rows }, (_, r) => markers.rows.get(a.row + r));
    const known = sheetRows.filter((r): r is number => r !== undefined);
    const top = Math.min(...known);
    const bottom = Math.max(...known);
    for (let r = top; r <= bottom; r++) if (!markers.bySheetRow.has(r)) rows.push(r);
    if (known.length < a.rows)
      rows.push(...sheetRows.flatMap((r, i) => (r === undefined ? [top + i] : [])));
  }
  return { ok: false, reason: "split", rows: [...new Set(rows)].sort((x, y) => x - y) };
}

function cellsOf(cells: SheetCells, rect: Rect, axis: "rows" | "columns"): CellContent[][] {
  const out: CellContent[][] = [];
  const lines = axis === "rows" ? rect.rows : rect.cols;
  const width = axis === "rows" ? rect.cols : rect.rows;
  for (let i = 0; i < lines; i++) {
    const line: CellContent[] = [];
    for (let j = 0; j < width; j++) {
      const [r, c] = axis === "rows" ? [rect.row + i, rect.col + j] : [rect.row + j, rect.col + i];
      line.push(contentAt(cells, r, c));
    }
    out.push(line);
  }
  return out;
}

function text(content: CellContent): string {
  if (typeof content === "string") return content.replace(/^'/, "");
  if (content instanceof Date) return content.toISOString();
  return typeof content === "object" ? content.formula : String(content);
}

/**
 * The per-stage inputs of a located plan: each slot (a row, or a column) with the stage its key
 * names, and the removed table's entries (name, then cells).
 */
export function readSlots(
  inputs: StageInputs,
  layout: Layout,
  cells: SheetCells,
): { slots: Slot[]; removed: RemovedSlot[] } {
  const markers = readMarkers(cells.values, layout.markerColumn);
  const lines = cellsOf(cells, inputs.input, inputs.axis);
  const keyOf = (i: number) =>
    inputs.axis === "rows"
      ? markers?.bySheetRow.get(inputs.input.row + i)?.stage
      : parseKey(cells.values[inputs.keys.row - 1]?.[inputs.keys.col - 1 + i]);
  const slots = lines.map((line, i) => {
    const stage = keyOf(i);
    return stage ? { stage, cells: line } : { cells: line };
  });
  let removed: RemovedSlot[];
  if (inputs.axis === "rows") {
    removed = cellsOf(cells, inputs.removed, "rows").map((line) => ({
      name: text(line[0] ?? ""),
      cells: line.slice(1),
    }));
  } else {
    const names = cellsOf(cells, inputs.removedNames, "columns").map((l) => text(l[0] ?? ""));
    removed = cellsOf(cells, inputs.removed, "columns").map((line, i) => ({
      name: names[i] ?? "",
      cells: line,
    }));
  }
  return { slots, removed };
}

/** Where a plan's removed entries and slots go in its grid: see writeSlots in refresh/sync. */
export function slotCell(
  inputs: StageInputs,
  slot: number,
  cell: number,
): { row: number; col: number } {
  const input: Anchor = inputs.input;
  return inputs.axis === "rows"
    ? { row: input.row + slot, col: input.col + cell }
    : { row: input.row + cell, col: input.col + slot };
}
