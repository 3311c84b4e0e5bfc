/**
 * Funnel Math ▸ Refresh plan (SPEC §6, §9): rebuilds the active plan's blocks in place from its
 * funnel, found where the markers say they are now (rows inserted above or between blocks move
 * them), keeping what the team typed — every input cell, each per-stage input beside its own
 * stage, removed stages' inputs in the removed table — and writing nothing outside the plan's
 * blocks: the user's cells there (a note, a formula, a small table) are left as they are. Where a
 * block would have to write over the user's cells, it stops and says which. One read, one write
 * (SPEC §8); all-or-nothing: on a failure every cell it wrote is put back.
 */
import { resolveLanguage } from "../../i18n/languages";
import { sheetMessages } from "../../i18n/sheet";
import { a1 } from "../../core/a1";
import { isFormula } from "../cellContents";
import { layoutVersionOf, templateOf } from "./catalog";
import { alert, ui } from "./commands";
import { formatsForLocale } from "./currency";
import { funnelSheetByKey, readFunnel } from "./funnelSource";
import type { Rect } from "./layout";
import { get, planGrid, set, type PlanGrid } from "./planGrid";
import {
  contentAt,
  locate,
  readPlanCells,
  readSlots,
  type Located,
  type SheetCells,
} from "./planRead";
import { readRecord } from "./planRecord";
import { writeGrid } from "./render";
import type { Block, SheetPlan } from "./sheetPlan";
import { placeSlots, RemovedTableFull } from "./slotCells";
import { realign } from "./stageSlots";
import { MAX_STAGES } from "../../core/funnel";

const DEFAULT_FORMAT = "General";
const DEFAULT_BACKGROUND = "#ffffff";

/** Whether a sheet cell holds anything of the user's: contents, a format, a colour or a note. */
function holdsSomething(cells: SheetCells, row: number, col: number): boolean {
  const at = <T>(grid: T[][]) => grid[row - 1]?.[col - 1];
  const value = at(cells.values);
  const f = at(cells.formulas);
  const format = at(cells.formats);
  const background = at(cells.backgrounds);
  const note = at(cells.notes);
  return (
    (value !== undefined && value !== "") ||
    (f !== undefined && f !== "") ||
    (format !== undefined && format !== DEFAULT_FORMAT && format !== "") ||
    (background !== undefined && background !== DEFAULT_BACKGROUND && background !== "") ||
    (note !== undefined && note !== "")
  );
}

/** Keeps every typed input cell (outside the per-stage inputs, which follow their stages). */
function keepInputs(grid: PlanGrid, plan: SheetPlan, cells: SheetCells): void {
  const perStage = plan.stageInputs?.input;
  const inPerStage = (r: number, c: number) =>
    perStage !== undefined &&
    r >= perStage.row &&
    r <= perStage.lastRow &&
    c >= perStage.col &&
    c <= perStage.lastCol;
  for (const block of plan.blocks) {
    if (block.style !== "input") continue;
    block.cells.forEach((line, r) =>
      line.forEach((_, c) => {
        const row = block.row + r;
        const col = block.col + c;
        if (!inPerStage(row, col)) set(grid, "contents", row, col, contentAt(cells, row, col));
      }),
    );
  }
}

/** A note the user put on a plan cell stays, unless the plan has its own note there. */
function keepNotes(grid: PlanGrid, cells: SheetCells): void {
  grid.notes.forEach((line, r) =>
    line.forEach((note, c) => {
      const row = grid.frame.row + r;
      const col = grid.frame.col + c;
      const theirs = cells.notes[row - 1]?.[col - 1] ?? "";
      if (note === "" && theirs !== "" && get(grid, "owned", row, col))
        set(grid, "notes", row, col, theirs);
    }),
  );
}

/**
 * The formula whose spill would cover (row, col): a formula cell of the same block above or left
 * of it (a block's spill starts at one of its formula cells and grows down and right).
 */
function spillAnchor(
  blocks: readonly Block[],
  row: number,
  col: number,
): { row: number; col: number } | undefined {
  for (const b of blocks) {
    if (row < b.row || row >= b.row + b.cells.length) continue;
    if (col < b.col || col >= b.col + (b.cells[0]?.length ?? 0)) continue;
    for (let r = row - b.row; r >= 0; r--) {
      const line = b.cells[r] ?? [];
      for (let c = col - b.col; c >= 0; c--) {
        const cell = line[c];
        if (typeof cell === "string" && cell.startsWith("="))
          return { row: b.row + r, col: b.col + c };
      }
    }
  }
  return undefined;
}

/**
 * The plan's own cells it must leave empty (where its results spill) that hold something the user
 * typed: a formula, or a value where no spill put it (the spill's own cell shows an error).
 */
/** Whether (row, col) is one of the plan's results left empty for a spill (not a typed input). */
function spillTarget(grid: PlanGrid, plan: SheetPlan, row: number, col: number): boolean {
  const kept = plan.stageInputs
    ? [
        plan.stageInputs.input,
        plan.stageInputs.removed,
        ...(plan.stageInputs.axis === "columns"
          ? [plan.stageInputs.removedNames, plan.stageInputs.keys]
          : []),
      ]
    : [];
  const inKept = kept.some(
    (k) => row >= k.row && row <= k.lastRow && col >= k.col && col <= k.lastCol,
  );
  // Typed inputs are kept or moved with their stage, never in the way.
  return (
    get(grid, "contents", row, col) === "" &&
    get(grid, "owned", row, col) === true &&
    get(grid, "styles", row, col) !== "input" &&
    !inKept
  );
}

function occupiedCells(grid: PlanGrid, plan: SheetPlan, cells: SheetCells): string[] {
  const out: string[] = [];
  grid.contents.forEach((line, r) =>
    line.forEach((_, c) => {
      const row = grid.frame.row + r;
      const col = grid.frame.col + c;
      if (!spillTarget(grid, plan, row, col)) return;
      const f = cells.formulas[row - 1]?.[col - 1] ?? "";
      const v = cells.values[row - 1]?.[col - 1] ?? "";
      if (f === "" && v === "") return;
      const spill = spillAnchor(plan.blocks, row, col);
      const anchorValue = spill ? cells.values[spill.row - 1]?.[spill.col - 1] : undefined;
      const spilled =
        f === "" &&
        spill !== undefined &&
        !(typeof anchorValue === "string" && anchorValue.startsWith("#"));
      if (!spilled) out.push(a1(row, col));
    }),
  );
  return out;
}

/**
 * The rectangles to write: the frame's rows, split around the user's cells inside it (anything
 * not laid out by the plan that holds something), so those are never written.
 */
export function writeRects(grid: PlanGrid, cells: SheetCells): Rect[] {
  const { frame } = grid;
  const forbidden = (row: number) => {
    const cols: number[] = [];
    for (let c = frame.col; c < frame.col + frame.cols; c++)
      if (!get(grid, "owned", row, c) && holdsSomething(cells, row, c)) cols.push(c);
    return cols.join(",");
  };
  const rects: Rect[] = [];
  let start = frame.row;
  let key = forbidden(start);
  const flush = (end: number) => {
    const cut = key === "" ? [] : key.split(",").map(Number);
    let from = frame.col;
    for (const c of [...cut, frame.col + frame.cols]) {
      if (c > from) rects.push({ row: start, col: from, rows: end - start + 1, cols: c - from });
      from = c + 1;
    }
  };
  for (let r = frame.row + 1; r < frame.row + frame.rows; r++) {
    const k = forbidden(r);
    if (k === key) continue;
    flush(r - 1);
    start = r;
    key = k;
  }
  flush(frame.row + frame.rows - 1);
  return rects;
}

/**
 * The sheet's cells as they were, over the same frame, to write back after a failure. A result
 * cell a formula spilled into reads as a value but holds none: it is written back empty (a value
 * there would block the spill), as Refresh only runs when no such cell holds a typed value.
 */
function previousGrid(grid: PlanGrid, plan: SheetPlan, cells: SheetCells): PlanGrid {
  const old = planLikeGrid(grid);
  old.contents.forEach((line, r) =>
    line.forEach((_, c) => {
      const row = grid.frame.row + r;
      const col = grid.frame.col + c;
      const spilled =
        (cells.formulas[row - 1]?.[col - 1] ?? "") === "" && spillTarget(grid, plan, row, col);
      set(old, "contents", row, col, spilled ? "" : contentAt(cells, row, col));
      set(old, "formats", row, col, cells.formats[row - 1]?.[col - 1] || DEFAULT_FORMAT);
      set(
        old,
        "backgrounds",
        row,
        col,
        cells.backgrounds[row - 1]?.[col - 1] || DEFAULT_BACKGROUND,
      );
      set(old, "notes", row, col, cells.notes[row - 1]?.[col - 1] ?? "");
    }),
  );
  return old;
}

function planLikeGrid(grid: PlanGrid): PlanGrid {
  const copy = <T>(g: T[][]) => g.map((line) => [...line]);
  return {
    frame: grid.frame,
    contents: copy(grid.contents),
    formats: copy(grid.formats),
    weights: copy(grid.weights),
    colors: copy(grid.colors),
    backgrounds: copy(grid.backgrounds),
    notes: copy(grid.notes),
    wraps: copy(grid.wraps),
    owned: copy(grid.owned),
    styles: copy(grid.styles),
  };
}

export function refreshPlan(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getActiveSheet();
  const found = readRecord(sheet);
  const template = found && templateOf(found.record.template);
  // The user's words are looked up only when there is something to say (SPEC §8: each look at
  // the user's locale is a service call).
  const say = () => ui().plans;
  if (!found || !template) {
    alert(say().notAPlan);
    return;
  }
  const { record } = found;
  if (record.layout !== layoutVersionOf(template)) {
    alert(say().olderPlan);
    return;
  }
  let funnel;
  if (template.needsFunnel) {
    const funnelSheet = funnelSheetByKey(spreadsheet, record.funnel);
    if (!funnelSheet) {
      alert(say().funnelMissing(record.funnelName ?? record.funnel));
      return;
    }
    const name = funnelSheet.getName();
    const read = readFunnel(funnelSheet, record.funnel, name, template.stageIds);
    if (!read.ok) {
      alert(
        read.reason === "tooManyStages"
          ? say().tooManyStages(name, read.count ?? 0, MAX_STAGES)
          : say().noNamedRanges(name),
      );
      return;
    }
    funnel = read.funnel;
  }
  // Where the markers put the plan now, then its frame's formats read once (SPEC §8).
  let read: { cells: SheetCells; found: Located };
  try {
    read = readPlanCells(sheet, (contents) => {
      const found = locate(template.layout(), contents);
      return { frame: found.ok ? found.layout.frame : undefined, found };
    });
  } catch {
    // Nothing is written yet: a frame Sheets cannot read (columns deleted under it) changed nothing.
    alert(`${say().refreshFailed} ${ui().store.restored}`);
    return;
  }
  const { cells, found: located } = read;
  if (!located.ok) {
    alert(
      located.reason === "split"
        ? say().rowsInsideBlocks(located.rows.join(", "))
        : say().markersLost,
    );
    return;
  }
  const locale = spreadsheet.getSpreadsheetLocale();
  const messages = sheetMessages(resolveLanguage(locale));
  // Defaults that depend on today (first months, example dates) are kept inputs: no zone needed.
  const plan = template.build(
    { funnel, formats: formatsForLocale(locale), messages, today: () => new Date() },
    located.layout,
  );
  const grid = planGrid(plan);
  keepInputs(grid, plan, cells);
  keepNotes(grid, cells);
  if (plan.stageInputs && plan.stages) {
    const { slots, removed } = readSlots(plan.stageInputs, located.layout, cells);
    const width =
      plan.stageInputs.axis === "rows" ? plan.stageInputs.input.cols : plan.stageInputs.input.rows;
    try {
      placeSlots(
        grid,
        plan.stageInputs,
        realign(slots, plan.stages, removed, width, messages.plans.noStage),
      );
    } catch (e) {
      if (e instanceof RemovedTableFull) {
        const name = sheet.getName();
        alert(
          e.clearingHelps ? say().removedTableFull(name) : say().tooManyRemoved(name, e.capacity),
        );
        return;
      }
      throw e;
    }
  }
  if (!formulasInPlace(grid, cells)) {
    alert(say().columnsMoved);
    return;
  }
  const occupied = occupiedCells(grid, plan, cells);
  if (occupied.length > 0) {
    alert(say().occupied(occupied.slice(0, 8).join(", ") + (occupied.length > 8 ? " …" : "")));
    return;
  }
  const rects = writeRects(grid, cells);
  try {
    writeGrid(sheet, grid, rects, "refresh");
    if (funnel && record.funnelName !== funnel.name)
      found.metadata.setValue(JSON.stringify({ ...record, funnelName: funnel.name }));
  } catch {
    // All or nothing (SPEC §9): what was written goes back; the message says whether it all did,
    // in the user's words (Google's own text is English and names no step the user knows).
    let restored = true;
    try {
      writeGrid(sheet, previousGrid(grid, plan, cells), rects, "refresh");
      found.metadata.setValue(JSON.stringify(record));
    } catch {
      restored = false;
    }
    const t = ui().store;
    alert(`${say().refreshFailed} ${restored ? t.restored : t.notRestored}`);
  }
}

/**
 * Whether the plan's formulas are where the sheet has formulas: a column inserted or deleted
 * inside the plan moves half of them, and writing the plan then would misplace its blocks.
 */
function formulasInPlace(grid: PlanGrid, cells: SheetCells): boolean {
  let expected = 0;
  let there = 0;
  grid.contents.forEach((line, r) =>
    line.forEach((content, c) => {
      if (!isFormula(content)) return;
      expected++;
      if ((cells.formulas[grid.frame.row + r - 1]?.[grid.frame.col + c - 1] ?? "") !== "") there++;
    }),
  );
  return expected === 0 || there * 2 >= expected;
}
