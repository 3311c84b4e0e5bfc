/**
 * Writes a stage table and its named ranges as one all-or-nothing change (SPEC §9). A growing
 * table makes room by shifting only the cells under the table's columns down (and makes the grid
 * taller when needed); every step registers its undo, and when any step fails the steps already
 * taken are undone in reverse, so the table, its formats and its named ranges are as they were.
 */
import { namedRangeNames } from "../core/funnel";
import type { NamedRangePort, RangePort, SheetPort, SpreadsheetPort } from "./sheetsPort";
import { TABLE_COLUMNS } from "./stageTable";

const RATE_FORMAT = "0.0%";
/** Column of each named range: Stage (A), Conversion to next (C), Days in stage (D). */
const NAMED_COLUMNS = { stages: 1, rates: 3, days: 4 } as const;
type Part = keyof typeof NAMED_COLUMNS;

export interface TableWriteDeps {
  spreadsheet: SpreadsheetPort;
  /** SpreadsheetApp.Dimension.ROWS */
  rowsDimension: GoogleAppsScript.Spreadsheet.Dimension;
}

export interface TableWrite {
  sheet: SheetPort;
  key: string;
  /** Header and data rows as setValues takes them (text already apostrophe-escaped). */
  cells: unknown[][];
  /** Rows the table has in the sheet now, header included (0 on a new sheet). */
  oldRows: number;
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

/** The message of anything thrown (errors from another realm are not `instanceof Error`). */
export function messageOf(e: unknown): string {
  return String((e as { message?: unknown })?.message ?? e);
}

/** A cell's content as setValues must write it to get it back exactly: formula, value or text. */
export function asWritten(value: unknown, formula: string): unknown {
  if (formula !== "") return formula;
  if (typeof value === "string" && value !== "") return `'${value}`;
  return value;
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
      if (values[r][c] !== "" || formulas[r][c] !== "") return below + 1 + r;
    }
  }
  return 0;
}

export function writeTable(deps: TableWriteDeps, plan: TableWrite): void {
  const { sheet, cells, oldRows } = plan;
  const width = TABLE_COLUMNS;
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
    const formulas = region.getFormulas();
    const before = region
      .getValues()
      .map((row, r) => row.map((v, c) => asWritten(v, formulas[r][c])));
    const formats = region.getNumberFormats();
    undo.push(() => {
      region.setValues(before);
      region.setNumberFormats(formats);
    });

    step = "writing the stages";
    sheet.getRange(1, 1, newRows, width).setValues(cells);
    step = "formatting the conversion rates";
    if (newRows > 1) {
      sheet.getRange(2, NAMED_COLUMNS.rates, newRows - 1, 1).setNumberFormat(RATE_FORMAT);
    }
    if (oldRows > newRows) {
      step = "clearing the old rows below the table";
      sheet.getRange(newRows + 1, 1, oldRows - newRows, width).clearContent();
    }
    const names = namedRangeNames(plan.key);
    for (const part of Object.keys(NAMED_COLUMNS) as Part[]) {
      step = `pointing the named range ${names[part]} at the table`;
      const range = sheet.getRange(2, NAMED_COLUMNS[part], Math.max(1, newRows - 1), 1);
      pointNamedRange(deps.spreadsheet, names[part], range, undo);
    }
  } catch (e) {
    throw new WriteFailed(step, messageOf(e), undoAll(undo));
  }
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
  for (let i = undo.length - 1; i >= 0; i--) {
    try {
      undo[i]();
    } catch {
      ok = false;
    }
  }
  return ok;
}
