/**
 * Writes a stage table and its named ranges as one all-or-nothing change (SPEC §9). A growing
 * table makes room by shifting only the cells under the table's columns down (and makes the grid
 * taller when needed); every step registers its undo, and when any step fails the steps already
 * taken are undone in reverse, so the table, its formats and its named ranges are as they were.
 */
import { namedRangeNames } from "../core/funnel";
import { readContents, writeContents, type CellContent } from "./cellContents";
import type { NamedRangePort, RangePort, SheetPort, SpreadsheetPort } from "./sheetsPort";
import { TABLE_COLUMNS, WON_COLUMN } from "./stageTable";
import { messageOf } from "../core/messageOf";

const RATE_FORMAT = "0.0%";
/**
 * Column of each named range: Stage (A), Conversion to next (C), Days in stage (D); the post-sale
 * ranges cover the same columns below the won stage (SPEC §4).
 */
const NAMED_COLUMNS = { stages: 1, rates: 3, days: 4, postStages: 1, postRates: 3 } as const;
type Part = keyof typeof NAMED_COLUMNS;

export interface TableWriteDeps {
  spreadsheet: SpreadsheetPort;
  /** SpreadsheetApp.Dimension.ROWS */
  rowsDimension: GoogleAppsScript.Spreadsheet.Dimension;
  /** A checkbox validation rule (SpreadsheetApp.newDataValidation().requireCheckbox().build()). */
  checkboxRule: () => unknown;
}

export interface TableWrite {
  sheet: SheetPort;
  key: string;
  /** Header and data rows: the six columns of SPEC §4, or seven with the "Won stage" column. */
  cells: CellContent[][];
  /** Rows the table has in the sheet now, header included (0 on a new sheet). */
  oldRows: number;
  /** Columns the table has in the sheet now (6, or 7 with the "Won stage" column). */
  oldColumns: number;
  /** Stage rows down to and including the won stage (the acquisition funnel). */
  acquisitionRows: number;
}

/** A step failed; `restored` says whether every earlier step could be undone. */
export class WriteFailed extends Error {
  constructor(
    readonly step: string,
    readonly reason: string,
    readonly restored: boolean,
  ) {
    super(`${step}: ${reason}`);
  }
}

/** The named range's range, or undefined when it is a broken reference (its sheet was deleted). */
export function liveRange(
  named: NamedRangePort,
): ReturnType<NamedRangePort["getRange"]> | undefined {
  try {
    const range = named.getRange();
    range.getSheet().getName(); // a broken reference may fail here rather than in getRange
    return range;
  } catch {
    return undefined;
  }
}

/** An existing named range with this name: exact first, else ignoring case (Sheets' clash rule). */
function findNamed(ss: SpreadsheetPort, name: string): NamedRangePort | undefined {
  const all = ss.getNamedRanges();
  const lower = name.toLowerCase();
  return (
    all.find((n) => n.getName() === name) ?? all.find((n) => n.getName().toLowerCase() === lower)
  );
}

/** The last row with content in the table's columns below row `below`; 0 when there is none. */
function lastContentBelow(sheet: SheetPort, below: number, width: number): number {
  const last = sheet.getLastRow();
  if (last <= below) return 0;
  const range = sheet.getRange(below + 1, 1, last - below, width);
  const values = range.getValues();
  const formulas = range.getFormulas();
  for (let r = values.length - 1; r >= 0; r--) {
    for (let c = 0; c < width; c++) {
      if ((values[r]?.[c] ?? "") !== "" || (formulas[r]?.[c] ?? "") !== "") return below + 1 + r;
    }
  }
  return 0;
}

export function writeTable(deps: TableWriteDeps, plan: TableWrite): void {
  const { sheet, cells, oldRows } = plan;
  const width = cells[0]?.length ?? TABLE_COLUMNS;
  const withWon = width >= WON_COLUMN;
  const newRows = cells.length;
  const undo: (() => void)[] = [];
  let step = "reading the sheet";
  try {
    const growth = newRows - oldRows;
    if (growth > 0) {
      step = "making room below the table";
      const lastBelow = oldRows > 0 ? lastContentBelow(sheet, oldRows, width) : 0;
      const needed = lastBelow > 0 ? lastBelow + growth : newRows;
      const maxRows = sheet.getMaxRows();
      if (needed > maxRows) {
        sheet.insertRowsAfter(maxRows, needed - maxRows);
        undo.push(() => sheet.deleteRows(maxRows + 1, needed - maxRows));
      }
      if (lastBelow > 0) {
        sheet.getRange(oldRows + 1, 1, growth, width).insertCells(deps.rowsDimension);
        undo.push(() =>
          sheet.getRange(oldRows + 1, 1, growth, width).deleteCells(deps.rowsDimension),
        );
      }
    }
    step = "reading the table";
    const region = sheet.getRange(1, 1, Math.max(oldRows, newRows), width);
    const before = readContents(region);
    const formats = region.getNumberFormats();
    undo.push(() => {
      writeContents(sheet, 1, 1, before);
      region.setNumberFormats(formats);
    });

    step = "writing the stages";
    writeContents(sheet, 1, 1, cells);
    step = "formatting the conversion rates";
    if (newRows > 1) {
      sheet.getRange(2, NAMED_COLUMNS.rates, newRows - 1, 1).setNumberFormat(RATE_FORMAT);
    }
    if (oldRows > newRows) {
      step = "clearing the old rows below the table";
      sheet.getRange(newRows + 1, 1, oldRows - newRows, width).clearContent();
    }
    if (withWon) {
      step = "showing the won stage as checkboxes";
      markWonColumn(deps, sheet, newRows, oldRows, plan.oldColumns, undo);
    }
    const dataRows = newRows - 1;
    setFunnelRanges(
      deps.spreadsheet,
      sheet,
      plan.key,
      plan.acquisitionRows,
      dataRows,
      undo,
      (s) => {
        step = s;
      },
    );
  } catch (e) {
    throw new WriteFailed(step, messageOf(e), undoAll(undo));
  }
}

/** Checkboxes on the won column's stage rows; none on the rows a shorter table left behind. */
function markWonColumn(
  deps: TableWriteDeps,
  sheet: SheetPort,
  newRows: number,
  oldRows: number,
  oldColumns: number,
  undo: (() => void)[],
): void {
  const span = Math.max(oldRows, newRows);
  // Before this save the column held checkboxes on the old table's stage rows, or none at all.
  undo.push(() => {
    sheet.getRange(2, WON_COLUMN, Math.max(1, span - 1), 1).clearDataValidations();
    if (oldColumns >= WON_COLUMN && oldRows > 1)
      sheet.getRange(2, WON_COLUMN, oldRows - 1, 1).setDataValidation(deps.checkboxRule());
  });
  sheet.getRange(2, WON_COLUMN, Math.max(1, newRows - 1), 1).setDataValidation(deps.checkboxRule());
  if (span > newRows)
    sheet.getRange(newRows + 1, WON_COLUMN, span - newRows, 1).clearDataValidations();
}

/**
 * Points `<key>_Stages/_Rates/_Days` at the acquisition rows (down to the won stage) and
 * `<key>_PostStages/_PostRates` at the post-sale rows below it, removing those when there are
 * none. Each change registers its undo.
 */
export function setFunnelRanges(
  ss: SpreadsheetPort,
  sheet: SheetPort,
  key: string,
  acquisitionRows: number,
  dataRows: number,
  undo: (() => void)[],
  onStep: (step: string) => void = () => undefined,
): void {
  const names = namedRangeNames(key);
  const postRows = dataRows - acquisitionRows;
  const span: Record<Part, [number, number]> = {
    stages: [2, acquisitionRows],
    rates: [2, acquisitionRows],
    days: [2, acquisitionRows],
    postStages: [2 + acquisitionRows, postRows],
    postRates: [2 + acquisitionRows, postRows],
  };
  for (const part of Object.keys(NAMED_COLUMNS) as Part[]) {
    const [row, numRows] = span[part];
    onStep(`pointing the named range ${names[part]} at the table`);
    if (numRows <= 0) {
      removeNamedRange(ss, names[part], undo);
      continue;
    }
    const range = sheet.getRange(row, NAMED_COLUMNS[part], numRows, 1);
    pointNamedRange(ss, names[part], range, undo);
  }
}

function removeNamedRange(ss: SpreadsheetPort, name: string, undo: (() => void)[]): void {
  const existing = findNamed(ss, name);
  if (!existing) return;
  const previous = liveRange(existing);
  existing.remove();
  if (previous) undo.push(() => ss.setNamedRange(name, previous));
}

function pointNamedRange(
  ss: SpreadsheetPort,
  name: string,
  range: RangePort,
  undo: (() => void)[],
): void {
  const existing = findNamed(ss, name);
  if (existing) {
    const previous = liveRange(existing);
    existing.setRange(range);
    // A broken reference repaired here breaks again when a new sheet is rolled back (deleted).
    if (previous) undo.push(() => existing.setRange(previous));
    return;
  }
  ss.setNamedRange(name, range);
  undo.push(() => findNamed(ss, name)?.remove());
}

/** Runs the undos newest first; true when all of them worked. */
function undoAll(undo: (() => void)[]): boolean {
  let ok = true;
  for (const step of [...undo].reverse()) {
    try {
      step();
    } catch {
      ok = false;
    }
  }
  return ok;
}
