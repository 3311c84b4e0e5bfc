/**
 * Writes a stage table, its named ranges, its stage IDs and its CRM map as one all-or-nothing
 * change (SPEC §9), from what the store read before the first write (so a save flushes once). A
 * growing table makes room by shifting only the cells under the table's columns down (and makes
 * the grid taller when needed); every write registers its undo in the journal, so when any step
 * fails the table, its formats, notes, checkboxes and named ranges are as they were.
 */
import { a1Range } from "../core/a1";
import { asText, writeContents, type CellContent } from "./cellContents";
import { namedRangeNames, type RangePart } from "../core/funnelRanges";
import type { Journal } from "./journal";
import { MAP_OFFSET, MAP_WIDTH } from "./crmMap";
import type { NamedRangePort, RangePort, SheetPort, SpreadsheetPort } from "./sheetsPort";
import type { TableLayout } from "./stageTable";
import { rangeOf } from "./funnelDirectory";

/** Rates show the precision they were typed with: 30.0%, 0.25%, 0.125% (SPEC §4). */
export const RATE_FORMAT = "0.0##%";

export interface TableWriteDeps {
  spreadsheet: SpreadsheetPort;
  /** SpreadsheetApp.Dimension.ROWS */
  rowsDimension: GoogleAppsScript.Spreadsheet.Dimension;
  /** A checkbox validation rule (SpreadsheetApp.newDataValidation().requireCheckbox().build()). */
  checkboxRule: () => unknown;
}

/** A block of cells as it was before the write: its contents, number formats and notes. */
export interface BlockBefore {
  contents: CellContent[][];
  formats: string[][];
  notes: string[][];
}

export interface TableWrite {
  sheet: SheetPort;
  key: string;
  /** The header cell: the table's top-left corner. */
  top: number;
  left: number;
  layout: TableLayout;
  /** The new table, header first. */
  cells: CellContent[][];
  /** Data rows that are stages (a row of names that end a record may follow them). */
  stageRows: number;
  /** Stage rows down to and including the won stage (the acquisition funnel). */
  acquisitionRows: number;
  /** The note on the header's "Stage" cell, which keeps the stage IDs. */
  idNote: string;
  /** The table in the sheet now; undefined on a new sheet. */
  before?: {
    rows: number;
    layout: TableLayout;
    stageRows: number;
    /** Stage rows down to the won stage now. */
    acquisitionRows: number;
    /**
     * Whether the funnel's named ranges cover the table as the store left them (checked on
     * `<key>_Stages`): then a range that would not change is not written.
     */
    rangesInPlace: boolean;
    /**
     * Rows `top`… of the table's columns as they are, as many as the old and new table span, and
     * as wide as the wider of the two layouts.
     */
    block: BlockBefore;
    /** The last row below the table with anything in the new table's columns; 0 when none. */
    lastUsedBelow: number;
    /**
     * The sheet's row count, when the table grows and it was read ahead (`readAhead`): read after
     * another write of the same command (a plan's inputs moved), it would flush them (SPEC §8).
     */
    maxRows?: number;
  };
  /** This funnel's named ranges now (a broken one included: pointing it repairs it). */
  ranges: Partial<Record<RangePart, NamedRangePort>>;
  /** The CRM map to write beside the table, and its cells before. */
  map?: {
    header: [string, string];
    note: string;
    rows: [string, string][];
    before: BlockBefore;
  };
}

function sameNote(a: string, b: string): boolean {
  return a.trim() === b.trim();
}

function restoreBlock(sheet: SheetPort, row: number, column: number, block: BlockBefore): void {
  writeContents(sheet, row, column, block.contents);
  const width = block.formats[0]?.length ?? 0;
  if (block.formats.length > 0 && width > 0) {
    sheet.getRange(row, column, block.formats.length, width).setNumberFormats(block.formats);
  }
}

function sliceBlock(block: BlockBefore, rows: number): BlockBefore {
  return {
    contents: block.contents.slice(0, rows),
    formats: block.formats.slice(0, rows),
    notes: block.notes.slice(0, rows),
  };
}

/**
 * How a growing table makes room. New stages before the won stage are room made inside the
 * acquisition rows (below the first stage): Sheets then grows `<key>_Stages/_Rates/_Days` itself
 * and gives the new cells the rows' formats, so neither needs writing. Otherwise cells under the
 * table are pushed down only when something is there.
 */
function roomFor(plan: TableWrite): { at: number; rows: number; inside: boolean } | undefined {
  const { before, top } = plan;
  const growth = plan.cells.length - (before?.rows ?? 0);
  if (!before || growth <= 0) return undefined;
  const inside =
    before.rangesInPlace &&
    before.acquisitionRows >= 2 &&
    plan.acquisitionRows - before.acquisitionRows === growth &&
    plan.stageRows - before.stageRows === growth;
  if (inside) return { at: top + 2, rows: growth, inside };
  return before.lastUsedBelow > 0 ? { at: top + before.rows, rows: growth, inside } : undefined;
}

/** The rows the table will need when it grows, from the rows it spans now. */
function rowsNeeded(plan: TableWrite): number | undefined {
  const { before } = plan;
  if (!before || plan.cells.length <= before.rows) return undefined;
  const growth = plan.cells.length - before.rows;
  return before.lastUsedBelow > 0
    ? before.lastUsedBelow + growth
    : plan.top + plan.cells.length - 1;
}

/**
 * `plan` with what its write will read from the sheet read now, for a command that writes
 * something else first (a save moves its plans' inputs before the table): its reads then come
 * before every write, and the command flushes once (SPEC §8).
 */
export function readAhead(plan: TableWrite): TableWrite {
  if (!plan.before || rowsNeeded(plan) === undefined) return plan;
  return { ...plan, before: { ...plan.before, maxRows: plan.sheet.getMaxRows() } };
}

/** Writes `plan` inside `journal` (the caller runs it with Journal.run). */
export function writeTable(deps: TableWriteDeps, journal: Journal, plan: TableWrite): void {
  const { top, left, cells, before } = plan;
  const grid = plan.sheet;
  const width = plan.layout.length;
  const newRows = cells.length;
  const oldRows = before?.rows ?? 0;
  const growth = newRows - oldRows;
  const room = roomFor(plan);

  // Registered first, so it runs last: after any cells made room are deleted again.
  if (before) {
    const block = room ? sliceBlock(before.block, oldRows) : before.block;
    journal.onUndo(() => restoreBlock(grid, top, left, block));
  }

  // Every range the write addresses is fetched at once (SPEC §8): before cells make room when the
  // grid already has the rows (a range is grid coordinates: it addresses the same cells after the
  // cells under it moved), else once rows were added.
  let sheet: SheetPort | undefined;
  if (growth > 0 && before) {
    journal.at("makingRoom");
    const needed = rowsNeeded(plan) ?? 0;
    const maxRows = before.maxRows ?? grid.getMaxRows();
    if (needed > maxRows) {
      grid.insertRowsAfter(maxRows, needed - maxRows);
      journal.onUndo(() => grid.deleteRows(maxRows + 1, needed - maxRows));
    }
    if (room) {
      const roomRect: Rect = [room.at, left, room.rows, width];
      if (needed <= maxRows) sheet = withRanges(plan.sheet, [roomRect, ...plannedRects(plan)]);
      (sheet ?? grid).getRange(...roomRect).insertCells(deps.rowsDimension);
      journal.onUndo(() => grid.getRange(...roomRect).deleteCells(deps.rowsDimension));
    }
  }

  journal.at("writingStages");
  sheet ??= withRanges(plan.sheet, plannedRects(plan));
  writeContents(sheet, top, left, cells);

  if (plan.stageRows > 0 && ratesNeedFormat(plan)) {
    journal.at("formattingRates");
    const rates = plan.layout.indexOf("conversionToNext");
    sheet.getRange(top + 1, left + rates, plan.stageRows, 1).setNumberFormat(RATE_FORMAT);
  }

  if (oldRows > newRows && before) {
    journal.at("clearingOldRows");
    const oldWidth = Math.max(width, before.layout.length);
    sheet.getRange(top + newRows, left, oldRows - newRows, oldWidth).clearContent();
  }

  const won = plan.layout.indexOf("wonStage");
  if (won >= 0) {
    journal.at("markingWonStage");
    markWonColumn(deps, journal, { ...plan, sheet }, left + won, Math.max(oldRows, newRows));
  }

  const oldNote = before?.block.notes[0]?.[0] ?? "";
  if (!sameNote(oldNote, plan.idNote)) {
    journal.at("keepingStageIds");
    const noteCell = sheet.getRange(top, left, 1, 1);
    noteCell.setNote(plan.idNote);
    journal.onUndo(() => noteCell.setNote(oldNote === "" ? null : oldNote));
  }

  if (plan.map) {
    journal.at("writingMap");
    writeMap(sheet, journal, top, left + MAP_OFFSET - 1, plan.map);
  }

  journal.at("namingRanges");
  pointRanges(deps.spreadsheet, journal, { ...plan, sheet });
}

/**
 * Whether the rates' cells need their format written: without cells made, each stage row keeps
 * the format it had (read before writing); cells made inside the stage rows take those rows'
 * formats; cells pushed in below do not.
 */
function ratesNeedFormat(plan: TableWrite): boolean {
  const { before } = plan;
  const room = roomFor(plan);
  const growth = plan.cells.length - (before?.rows ?? 0);
  const rates = plan.layout.indexOf("conversionToNext");
  const formats = before?.block.formats ?? [];
  const oldStages = before?.stageRows ?? 0;
  const notRate = (rows: number) =>
    Array.from({ length: rows }, (_, r) => formats[r + 1]?.[rates]).some((f) => f !== RATE_FORMAT);
  if (!room) return notRate(plan.stageRows);
  return room.inside && growth <= oldStages - 1 ? notRate(oldStages) : true;
}

/** Checkboxes on the stage rows of the won column; none on other rows the table spans. */
function markWonColumn(
  deps: TableWriteDeps,
  journal: Journal,
  plan: TableWrite,
  column: number,
  span: number,
): void {
  const { sheet, top, before } = plan;
  const hadColumn = before?.layout.includes("wonStage") ?? false;
  const oldStageRows = before?.stageRows ?? 0;
  // Before this save the column held checkboxes on the old stage rows, or none at all.
  journal.onUndo(() => {
    sheet.getRange(top + 1, column, Math.max(1, span - 1), 1).clearDataValidations();
    if (hadColumn && oldStageRows > 0)
      sheet.getRange(top + 1, column, oldStageRows, 1).setDataValidation(deps.checkboxRule());
  });
  sheet
    .getRange(top + 1, column, Math.max(1, plan.stageRows), 1)
    .setDataValidation(deps.checkboxRule());
  const below = span - 1 - plan.stageRows;
  if (below > 0) sheet.getRange(top + 1 + plan.stageRows, column, below, 1).clearDataValidations();
}

function writeMap(
  sheet: SheetPort,
  journal: Journal,
  top: number,
  column: number,
  map: NonNullable<TableWrite["map"]>,
): void {
  const block = map.before;
  journal.onUndo(() => restoreBlock(sheet, top, column, block));
  const rows: CellContent[][] = [map.header, ...map.rows].map((row) => row.map(asText));
  // Rows the old map had below the new one are emptied.
  while (rows.length < block.contents.length) rows.push(["", ""]);
  writeContents(sheet, top, column, rows);
  const oldNote = block.notes[0]?.[0] ?? "";
  if (!sameNote(oldNote, map.note)) {
    const cell = sheet.getRange(top, column, 1, 1);
    cell.setNote(map.note);
    journal.onUndo(() => cell.setNote(oldNote === "" ? null : oldNote));
  }
}

/** Where each of the funnel's named ranges goes (null: removed; absent: left as it is). */
function rangeTargets(plan: TableWrite): Partial<Record<RangePart, Rect | null>> {
  const { top, left, layout } = plan;
  const first = top + 1;
  const acq = plan.acquisitionRows;
  const post = plan.stageRows - acq;
  const rates = left + layout.indexOf("conversionToNext");
  const days = left + layout.indexOf("daysInStage");
  const target: Partial<Record<RangePart, Rect | null>> = {
    stages: [first, left, acq, 1],
    rates: [first, rates, acq, 1],
    days: [first, days, acq, 1],
    postStages: post > 0 ? [first + acq, left, post, 1] : null,
    postRates: post > 0 ? [first + acq, rates, post, 1] : null,
  };
  if (plan.map) target.map = [first, left + MAP_OFFSET - 1, plan.map.rows.length, MAP_WIDTH];
  return target;
}

/** The named ranges to point anew, and where: those that are not already there. */
function rangesToPoint(plan: TableWrite): [RangePart, Rect][] {
  const target = rangeTargets(plan);
  const now = rangesNow(plan);
  const out: [RangePart, Rect][] = [];
  for (const part of Object.keys(target) as RangePart[]) {
    const rect = target[part];
    if (!rect) continue;
    const current = now[part];
    if (plan.ranges[part] && current && current.join() === rect.join()) continue;
    out.push([part, rect]);
  }
  return out;
}

/**
 * Points `<key>_Stages/_Rates/_Days` at the acquisition rows (down to the won stage),
 * `<key>_PostStages/_PostRates` at the post-sale rows below it (removing them when there are
 * none), and `<key>_Map` at the CRM map's rows. Each change registers its undo.
 */
function pointRanges(ss: SpreadsheetPort, journal: Journal, plan: TableWrite): void {
  const { sheet } = plan;
  const names = namedRangeNames(plan.key);
  const target = rangeTargets(plan);
  for (const part of Object.keys(target) as RangePart[]) {
    const existing = plan.ranges[part];
    if (target[part] === null && existing) removeNamedRange(ss, journal, names[part], existing);
  }
  for (const [part, rect] of rangesToPoint(plan)) {
    const existing = plan.ranges[part];
    const range = sheet.getRange(...rect);
    if (existing) {
      const previous = rangeOf(existing);
      existing.setRange(range);
      // A broken reference repaired here breaks again when a new sheet is rolled back (deleted).
      if (previous) journal.onUndo(() => existing.setRange(previous));
    } else {
      ss.setNamedRange(names[part], range);
      journal.onUndo(() => ss.removeNamedRange(names[part]));
    }
  }
}

type Rect = [number, number, number, number];

/**
 * The ranges a table write addresses after making room (SPEC §8: fetched together, two calls
 * however many): its cells, its rates' format, its won column, the note cell and its named
 * ranges. A range not foreseen here is still asked for on its own; one foreseen but not written
 * costs nothing.
 */
function plannedRects(plan: TableWrite): Rect[] {
  const { top, left, layout, cells, before } = plan;
  const rects: Rect[] = [];
  const width = cells[0]?.length ?? 0;
  if (cells.length > 0 && width > 0) rects.push([top, left, cells.length, width]);
  const rates = layout.indexOf("conversionToNext");
  const won = layout.indexOf("wonStage");
  if (plan.stageRows > 0 && rates >= 0 && ratesNeedFormat(plan))
    rects.push([top + 1, left + rates, plan.stageRows, 1]);
  if (won >= 0) rects.push([top + 1, left + won, Math.max(1, plan.stageRows), 1]);
  if (!sameNote(before?.block.notes[0]?.[0] ?? "", plan.idNote)) rects.push([top, left, 1, 1]);
  for (const [, rect] of rangesToPoint(plan)) rects.push(rect);
  return rects.filter((r) => r.every((n) => n >= 1));
}

/**
 * The sheet with the ranges at `rects` fetched by one Sheet.getRangeList: asking for one of them
 * again is no call. Sheets' ranges are grid coordinates, so a range fetched before a write
 * addresses the same cells after it.
 */
function withRanges(sheet: SheetPort, rects: readonly Rect[]): SheetPort {
  const keys = [...new Set(rects.map((r) => r.join()))];
  if (keys.length <= 1) return sheet;
  const unique = keys.map((k) => k.split(",").map(Number) as Rect);
  const fetched = sheet.getRangeList(unique.map((r) => a1Range(...r))).getRanges();
  const byKey = new Map(keys.map((k, i) => [k, fetched[i]]));
  return {
    getName: () => sheet.getName(),
    getRange: (row, column, numRows, numColumns) =>
      byKey.get([row, column, numRows, numColumns].join()) ??
      sheet.getRange(row, column, numRows, numColumns),
    getRangeList: (a1s) => sheet.getRangeList(a1s),
    getDataRange: () => sheet.getDataRange(),
    getMaxRows: () => sheet.getMaxRows(),
    getMaxColumns: () => sheet.getMaxColumns(),
    setName: (name) => sheet.setName(name),
    insertRowsAfter: (after, howMany) => sheet.insertRowsAfter(after, howMany),
    deleteRows: (at, howMany) => sheet.deleteRows(at, howMany),
    setFrozenRows: (rows) => sheet.setFrozenRows(rows),
    getNamedRanges: () => sheet.getNamedRanges(),
  };
}

/**
 * Where the acquisition and post-sale ranges are now, when the store left them in place (and after
 * the cells made room inside the acquisition rows, which Sheets grows them by); the CRM map's is
 * not known without asking, so it is always written.
 */
function rangesNow(plan: TableWrite): Partial<Record<RangePart, Rect>> {
  const { before, top, left, layout } = plan;
  if (!before?.rangesInPlace) return {};
  const room = roomFor(plan);
  const grown = room?.inside ? room.rows : 0;
  const acq = before.acquisitionRows + grown;
  const post = before.stageRows - before.acquisitionRows;
  const rates = left + layout.indexOf("conversionToNext");
  const days = left + layout.indexOf("daysInStage");
  const now: Partial<Record<RangePart, Rect>> = {
    stages: [top + 1, left, acq, 1],
    rates: [top + 1, rates, acq, 1],
    days: [top + 1, days, acq, 1],
  };
  if (post > 0) {
    now.postStages = [top + 1 + acq, left, post, 1];
    now.postRates = [top + 1 + acq, rates, post, 1];
  }
  return now;
}

/**
 * Removes a named range, its undo naming its range again: `known` when the caller already asked
 * for it (null: asked, and broken), else asked now.
 */
export function removeNamedRange(
  ss: SpreadsheetPort,
  journal: Journal,
  name: string,
  named: NamedRangePort,
  known?: RangePort | null,
): void {
  const previous = known === undefined ? rangeOf(named) : known;
  named.remove();
  if (previous) journal.onUndo(() => ss.setNamedRange(name, previous));
}
