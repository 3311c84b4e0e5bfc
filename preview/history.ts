/**
 * Undo and redo of what the grid wrote — cell edits, pastes, clears — as cell snapshots taken
 * before and after each write. Menu commands and sidebar saves change the workbook through the
 * add-on (sheets, named ranges, many blocks); their changes are not recorded, so the history
 * stops at the last one and undo says why instead of putting back cells that have moved since.
 */
import type { GridRect } from "../fakes/a1";
import type { FakeSheet } from "../fakes/spreadsheet";
import { putCells, snapshot, type CellBlock } from "./cellWrites";

interface Step {
  sheet: FakeSheet;
  rect: GridRect;
  before: CellBlock;
  after: CellBlock;
}

/** How far the history lets the user go back, as a spreadsheet keeps a long but finite history. */
const MAX_STEPS = 200;

export type UndoReply = { ok: true; sheet: string; rect: GridRect } | { ok: false; reason: string };

export class EditHistory {
  private done: Step[] = [];
  private undone: Step[] = [];
  /** The add-on action that ended the history (a menu item's label, "the stage editor"). */
  private stoppedBy: string | undefined;

  /** Runs `write` over `rect` of `sheet` and records it as one step. */
  record(sheet: FakeSheet, rect: GridRect, write: () => void): void {
    const before = snapshot(sheet, rect);
    write();
    this.done.push({ sheet, rect, before, after: snapshot(sheet, rect) });
    if (this.done.length > MAX_STEPS) this.done.shift();
    this.undone = [];
  }

  /** The add-on changed the workbook: earlier edits can no longer be put back safely. */
  stop(by: string): void {
    this.done = [];
    this.undone = [];
    this.stoppedBy = by;
  }

  undo(): UndoReply {
    const step = this.done.pop();
    if (!step) return { ok: false, reason: this.stoppedBy ?? "" };
    putCells(step.sheet, step.rect, step.before);
    this.undone.push(step);
    return { ok: true, sheet: step.sheet.getName(), rect: step.rect };
  }

  redo(): UndoReply {
    const step = this.undone.pop();
    if (!step) return { ok: false, reason: "" };
    putCells(step.sheet, step.rect, step.after);
    this.done.push(step);
    return { ok: true, sheet: step.sheet.getName(), rect: step.rect };
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }
  get canRedo(): boolean {
    return this.undone.length > 0;
  }
}
