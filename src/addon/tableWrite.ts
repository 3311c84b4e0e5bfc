/**
 * Writes a stage table, its named ranges, its stage IDs and its CRM map as one all-or-nothing
 * change (SPEC §9), from what the store read before the first write (so a save flushes once). A
 * growing table makes room by shifting only the cells under the table's columns down (and makes
 * the grid taller when needed); every write registers its undo in the journal, so when any step
 * fails the table, its formats, notes, checkboxes and named ranges are as they were.
 */
import { asText, writeContents, type CellContent } from "./cellContents";
import { namedRangeNames, type RangePart } from "../core/funnelRanges";
import type { Journal } from "./journal";
import { MAP_OFFSET, MAP_WIDTH } from "./crmMap";
import type { NamedRangePort, RangePort, SheetPort, SpreadsheetPort } from "./sheetsPort";
import type { TableLayout } from "./stageTable";

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

/** Writes `plan` inside `journal` (the caller runs it with Journal.run). */
export function writeTable(deps: TableWriteDeps, journal: Journal, plan: TableWrite): void {
  const { sheet, top, left, cells, before } = plan;
  const width = plan.layout.length;
  const newRows = cells.length;
  const oldRows = before?.rows ?? 0;
  const growth = newRows - oldRows;
  const room = roomFor(plan);

  // Registered first, so it runs last: after any cells made room are deleted again.
  if (before) {
    const block = room ? sliceBlock(before.block, oldRows) : before.block;
    journal.onUndo(() => restoreBlock(sheet, top, left, block));
  }

  if (growth > 0 && before) {
    journal.at("makingRoom");
    const lastBelow = before.lastUsedBelow;
    const needed = lastBelow > 0 ? lastBelow + growth : top + newRows - 1;
    const maxRows = sheet.getMaxRows();
    if (needed > maxRows) {
      sheet.insertRowsAfter(maxRows, needed - maxRows);
      journal.onUndo(() => sheet.deleteRows(maxRows + 1, needed - maxRows));
    }
    if (room) {
      sheet.getRange(room.at, left, room.rows, width).insertCells(deps.rowsDimension);
      journal.onUndo(() =>
        sheet.getRange(room.at, left, room.rows, width).deleteCells(deps.rowsDimension),
      );
    }
  }

  journal.at("writingStages");
  writeContents(sheet, top, left, cells);

  if (plan.stageRows > 0) {
    journal.at("formattingRates");
    const rates = plan.layout.indexOf("conversionToNext");
    const formats = before?.block.formats ?? [];
    const oldStages = before?.stageRows ?? 0;
    const notRate = (rows: number) =>
      Array.from({ length: rows }, (_, r) => formats[r + 1]?.[rates]).some(
        (f) => f !== RATE_FORMAT,
      );
    // Without cells made, each stage row keeps the format it had (read before writing); cells
    // made inside the stage rows take those rows' formats; cells pushed in below do not.
    const needsFormat = !room
      ? notRate(plan.stageRows)
      : room.inside && growth <= oldStages - 1
        ? notRate(oldStages)
        : true;
    if (needsFormat)
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
    markWonColumn(deps, journal, plan, left + won, Math.max(oldRows, newRows));
  }

  const noteCell = sheet.getRange(top, left, 1, 1);
  const oldNote = before?.block.notes[0]?.[0] ?? "";
  if (!sameNote(oldNote, plan.idNote)) {
    journal.at("keepingStageIds");
    noteCell.setNote(plan.idNote);
    journal.onUndo(() => noteCell.setNote(oldNote === "" ? null : oldNote));
  }

  if (plan.map) {
    journal.at("writingMap");
    writeMap(sheet, journal, top, left + MAP_OFFSET - 1, plan.map);
  }

  journal.at("namingRanges");
  pointRanges(deps.spreadsheet, journal, plan);
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

/**
 * Points `<key>_Stages/_Rates/_Days` at the acquisition rows (down to the won stage),
 * `<key>_PostStages/_PostRates` at the post-sale rows below it (removing them when there are
 * none), and `<key>_Map` at the CRM map's rows. Each change registers its undo.
 */
function pointRanges(ss: SpreadsheetPort, journal: Journal, plan: TableWrite): void {
  const { sheet, top, left, layout } = plan;
  const names = namedRangeNames(plan.key);
  const first = top + 1;
  const acq = plan.acquisitionRows;
  const post = plan.stageRows - acq;
  const rates = left + layout.indexOf("conversionToNext");
  const days = left + layout.indexOf("daysInStage");
  const target: Partial<Record<RangePart, [number, number, number, number] | null>> = {
    stages: [first, left, acq, 1],
    rates: [first, rates, acq, 1],
    days: [first, days, acq, 1],
    postStages: post > 0 ? [first + acq, left, post, 1] : null,
    postRates: post > 0 ? [first + acq, rates, post, 1] : null,
  };
  if (plan.map) target.map = [first, left + MAP_OFFSET - 1, plan.map.rows.length, MAP_WIDTH];
  const now = rangesNow(plan);
  for (const part of Object.keys(target) as RangePart[]) {
    const rect = target[part];
    const existing = plan.ranges[part];
    if (rect === undefined) continue;
    if (rect === null) {
      if (existing) removeNamedRange(ss, journal, names[part], existing);
      continue;
    }
    const current = now[part];
    if (existing && current && current.join() === rect.join()) continue;
    const range = sheet.getRange(rect[0], rect[1], rect[2], rect[3]);
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

/** The named range's range, or undefined when it is a broken reference (its sheet was deleted). */
export function rangeOf(named: NamedRangePort): RangePort | undefined {
  try {
    return named.getRange();
  } catch {
    return undefined;
  }
}

export function removeNamedRange(
  ss: SpreadsheetPort,
  journal: Journal,
  name: string,
  named: NamedRangePort,
): void {
  const previous = rangeOf(named);
  named.remove();
  if (previous) journal.onUndo(() => ss.setNamedRange(name, previous));
}
