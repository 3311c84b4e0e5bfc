/**
 * Plans follow their funnel's stages (SPEC §6, §9): when a save changes the stage list, every
 * per-stage input a plan of that funnel holds moves with its stage (found by the stage's id, not
 * its row); a new stage gets an empty, marked input; a removed stage's inputs go to the plan's
 * "Removed stages" table. An input that names a stage (a typed stage name: the SLA's committed
 * stage, a deal's stage) follows a rename: the cells that named the stage before the save, as the
 * funnel matches names (case and surrounding white space aside), name it as it is called now.
 * A deleted stage's name is left as it was typed: the plan says it names no stage (SPEC §9).
 * The stage store calls this inside a save's all-or-nothing step: each
 * write registers its undo in `undo`, run in reverse if a later step fails. It reads every plan
 * before it writes any (call it before the table's own writes, and the save flushes once).
 */
import { DEFAULT_LANGUAGE, resolveLanguage, type Language } from "../../i18n/languages";
import { uiMessages } from "../../i18n/ui";
import { sheetMessages } from "../../i18n/sheet";
import { normaliseStageName } from "../../core/stageName";
import { asText, type CellContent } from "../cellContents";
import { Refused } from "../journal";
import { currentTemplateOf, templateOf } from "./catalog";
import type { Layout, Rect } from "./layout";
import { markerText, readMarkers } from "./markers";
import { set, type PlanGrid } from "./planGrid";
import { contentAt, locate, readSlots, type SheetCells } from "./planRead";
import { planSheets } from "./planRecord";
import { writeGrid } from "./render";
import type { StageInputs } from "./sheetPlan";
import { placeSlots, RemovedTableFull } from "./slotCells";
import { nameKey, stageKey } from "./stageKey";
import { realign } from "./stageSlots";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A stage as plans know it: its id and its name now. */
export interface StageRef {
  id: string;
  name: string;
}

export interface PlanSync {
  spreadsheet: Spreadsheet;
  /** The spreadsheet's locale, when the caller reads it anyway (each read is a service call). */
  locale?: () => string;
  funnelKey: string;
  /** The acquisition stages (up to the won stage) before the save, top first. */
  before: readonly StageRef[];
  /** The same after the save. */
  after: readonly StageRef[];
  /**
   * Whether stage rows were inserted, deleted or moved by hand since the last save (SPEC §4: the
   * sheet is the truth): the plans' inputs then sit where the stages were, so they are realigned
   * even by a save that moves no stage itself.
   */
  movedByHand?: boolean;
  undo: (() => void)[];
  /** The user's language, asked only to say why a plan cannot follow (English if absent). */
  userLanguage?: () => Language;
}

function keyOf(stage: StageRef): string {
  return stageKey({ id: stage.id || undefined, name: stage.name });
}

/** The cells a sync reads: values and formulas (the inputs), backgrounds (its marks). */
function readCells(sheet: Sheet): SheetCells {
  const range = sheet.getDataRange();
  const values = range.getValues();
  return {
    values,
    formulas: range.getFormulas(),
    formats: [],
    backgrounds: range.getBackgrounds(),
    notes: [],
  };
}

/** The parts of a plan a sync rewrites: the typed inputs, their row keys, the removed table. */
function syncRects(inputs: StageInputs, layout: Layout): Rect[] {
  if (inputs.axis === "rows") {
    const { input, removed } = inputs;
    const marker = layout.markerColumn;
    const withMarker: Rect = {
      row: input.row,
      col: Math.min(input.col, marker),
      rows: input.rows,
      cols: Math.max(input.lastCol, marker) - Math.min(input.col, marker) + 1,
    };
    const adjacent = removed.col === withMarker.col + withMarker.cols && removed.row === input.row;
    return adjacent
      ? [{ ...withMarker, cols: withMarker.cols + removed.cols }]
      : [
          withMarker,
          { row: removed.row, col: removed.col, rows: removed.rows, cols: removed.cols },
        ];
  }
  const { input, keys, removed, removedNames } = inputs;
  return [
    { row: keys.row, col: keys.col, rows: 1, cols: keys.cols },
    { row: input.row, col: input.col, rows: input.rows, cols: input.cols },
    { row: removedNames.row, col: removedNames.col, rows: removed.rows + 1, cols: removed.cols },
  ];
}

/** A grid over `rects` holding the sheet's cells as they are (contents and backgrounds). */
function gridOver(rects: readonly Rect[], cells: SheetCells): PlanGrid {
  const top = Math.min(...rects.map((r) => r.row));
  const left = Math.min(...rects.map((r) => r.col));
  const bottom = Math.max(...rects.map((r) => r.row + r.rows - 1));
  const right = Math.max(...rects.map((r) => r.col + r.cols - 1));
  const rows = bottom - top + 1;
  const cols = right - left + 1;
  const fill = <T>(f: (row: number, col: number) => T) =>
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => f(top + r, left + c)),
    );
  return {
    frame: { row: top, col: left, rows, cols },
    contents: fill((r, c) => contentAt(cells, r, c)),
    formats: fill(() => "General"),
    weights: fill(() => "normal"),
    colors: fill(() => "#000000"),
    backgrounds: fill((r, c) => cells.backgrounds[r - 1]?.[c - 1] || "#ffffff"),
    notes: fill(() => ""),
    wraps: fill(() => false),
    owned: fill(() => true),
    styles: fill(() => ""),
  };
}

interface Pending {
  sheet: Sheet;
  rects: Rect[];
  next: PlanGrid;
  previous: PlanGrid;
}

/** What a save changes that plans follow: the stages' order, and their names. */
interface Change {
  /** Whether a stage was inserted, removed or moved (the per-stage inputs realign). */
  moved: boolean;
  aliases: ReadonlyMap<string, string>;
  /** A renamed stage's former name (as the funnel matches names: SPEC §3) → its name now. */
  renames: ReadonlyMap<string, string>;
  noStage: string;
}

/** The stages a save renamed (the same id, another name): former name's match → name now. */
function renamesOf(sync: PlanSync): Map<string, string> {
  const now = new Map(sync.after.filter((s) => s.id).map((s) => [s.id, s.name] as const));
  const renames = new Map<string, string>();
  for (const stage of sync.before) {
    const name = stage.id ? now.get(stage.id) : undefined;
    if (name !== undefined && name !== stage.name)
      renames.set(normaliseStageName(stage.name), name);
  }
  return renames;
}

/**
 * The cells of `rects` that name a renamed stage, each set to the stage's name now in `next`
 * (typed text only: a formula follows the table by itself). Returns the part of each rect that
 * changes (rows from the first such cell to the last), none where nothing does.
 */
function renameCells(
  next: PlanGrid,
  rects: readonly Rect[],
  cells: SheetCells,
  renames: ReadonlyMap<string, string>,
): Rect[] {
  const changed: Rect[] = [];
  for (const rect of rects) {
    let first = 0;
    let last = -1;
    for (let r = rect.row; r < rect.row + rect.rows; r++)
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        const content: CellContent = contentAt(cells, r, c);
        const value = cells.values[r - 1]?.[c - 1];
        if (typeof content !== "string" || typeof value !== "string") continue;
        const name = renames.get(normaliseStageName(value));
        if (name === undefined) continue;
        set(next, "contents", r, c, asText(name));
        if (last < first) first = r;
        last = r;
      }
    if (last >= first)
      changed.push({ row: first, col: rect.col, rows: last - first + 1, cols: rect.cols });
  }
  return changed;
}

function planAfterSave(
  sheet: Sheet,
  template: string,
  sync: PlanSync,
  change: Change,
): Pending | undefined {
  const def = templateOf(template);
  const realigns = change.moved && def?.stageInputs !== undefined;
  const renames = change.renames.size > 0 && def?.stageNames !== undefined;
  if (!def || (!realigns && !renames)) return undefined;
  const cells = readCells(sheet);
  const located = locate(def.layout(), cells);
  // A plan whose blocks the user cut through is left as it is: its rows keep their stage keys,
  // and Refresh plan says what to fix before it realigns them.
  if (!located.ok) return undefined;
  const nameRects = renames ? (def.stageNames?.(located.layout) ?? []) : [];
  const slotRects =
    realigns && def.stageInputs ? syncRects(def.stageInputs(located.layout), located.layout) : [];
  const all = [...slotRects, ...nameRects];
  if (all.length === 0) return undefined;
  const previous = gridOver(all, cells);
  const next = gridOver(all, cells);
  const renamed = renameCells(next, nameRects, cells, change.renames);
  if (slotRects.length === 0 && renamed.length === 0) return undefined;
  if (realigns && def.stageInputs)
    realignSlots(next, def.stageInputs(located.layout), located.layout, cells, sync, change);
  return { sheet, rects: [...slotRects, ...renamed], next, previous };
}

/** Puts each stage's per-stage inputs beside it in `next`, and keys the rows to the stages. */
function realignSlots(
  next: PlanGrid,
  inputs: StageInputs,
  layout: Layout,
  cells: SheetCells,
  sync: PlanSync,
  change: Change,
): void {
  const { aliases, noStage } = change;
  const read = readSlots(inputs, layout, cells);
  // A row's key keeps the name its stage had at the last move (a rename alone moves nothing):
  // a stage removed now is listed under the name it has in the table, the one the team last saw.
  const namesBefore = new Map(sync.before.map((s) => [keyOf(s), s.name] as const));
  const slots = read.slots.map((slot) => {
    const name = slot.stage && namesBefore.get(aliases.get(slot.stage.key) ?? slot.stage.key);
    return slot.stage && name !== undefined ? { ...slot, stage: { ...slot.stage, name } } : slot;
  });
  const width = inputs.axis === "rows" ? inputs.input.cols : inputs.input.rows;
  const after = sync.after.map((s) => ({ key: keyOf(s), name: s.name }));
  const realigned = realign(slots, after, read.removed, width, noStage, aliases);
  placeSlots(next, inputs, realigned);
  // The keys now: each stage's row (or column) is keyed to it, the rest of the room to none.
  if (inputs.axis === "rows") {
    const markers = readMarkers(cells.values, layout.markerColumn);
    for (let i = 0; i < inputs.input.rows; i++) {
      const row = inputs.input.row + i;
      const marker = markers?.bySheetRow.get(row);
      if (marker)
        set(next, "contents", row, layout.markerColumn, asText(markerText(marker.row, after[i])));
    }
  } else {
    for (let j = 0; j < inputs.keys.cols; j++) {
      const stage = after[j];
      set(
        next,
        "contents",
        inputs.keys.row,
        inputs.keys.col + j,
        stage ? asText(JSON.stringify({ k: stage.key, n: stage.name })) : "",
      );
    }
  }
}

/** Moves every plan's per-stage inputs, and renames its stage names, to follow a save. */
export function syncPlans(sync: PlanSync): void {
  const before = sync.before.map(keyOf);
  const after = sync.after.map(keyOf);
  // A save that keeps every stage in its place (new rates, days, names) moves no input.
  const moved =
    sync.movedByHand === true ||
    !(before.length === after.length && before.every((k, i) => k === after[i]));
  const renames = renamesOf(sync);
  if (!moved && renames.size === 0) return;
  // A row keyed by a stage's name before it had an id belongs to that stage now.
  const aliases = new Map(
    sync.before.filter((s) => s.id).map((s) => [nameKey(s.name), keyOf(s)] as const),
  );
  const plans = planSheets(
    sync.spreadsheet,
    (record) => record.funnel === sync.funnelKey && currentTemplateOf(record) !== undefined,
  );
  if (plans.length === 0) return;
  const locale = sync.locale?.() ?? sync.spreadsheet.getSpreadsheetLocale();
  const change: Change = {
    moved,
    aliases,
    renames,
    noStage: sheetMessages(resolveLanguage(locale)).plans.noStage,
  };
  // Every plan is read before any is written: one flush for the whole save.
  const pending: Pending[] = [];
  for (const { sheet, record } of plans) {
    try {
      const p = planAfterSave(sheet, record.template, sync, change);
      if (p) pending.push(p);
    } catch (e) {
      if (e instanceof RemovedTableFull) {
        // Declined in the user's words: the store undoes the save and shows this (journal.ts).
        const t = uiMessages(sync.userLanguage?.() ?? DEFAULT_LANGUAGE).plans;
        const name = sheet.getName();
        throw new Refused(
          e.clearingHelps ? t.removedTableFull(name) : t.tooManyRemoved(name, e.capacity),
        );
      }
      throw e;
    }
  }
  for (const p of pending) {
    sync.undo.push(() => {
      writeGrid(p.sheet, p.previous, p.rects, "sync");
    });
    writeGrid(p.sheet, p.next, p.rects, "sync");
  }
}
