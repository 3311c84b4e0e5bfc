/**
 * Sheets' limits, checked before anything is written (SPEC §9), each refused with a message that
 * says what to do: a sheet name of at most 100 characters, at most 50 000 characters in a cell, a
 * grid wide enough for the table, and no cell of the user's where the table or its CRM map grows.
 */
import { a1 } from "../core/a1";
import type { UiMessages } from "../i18n/ui";
import { MAX_CELL_CHARACTERS, MAX_SHEET_NAME_LENGTH } from "../core/sheetLimits";
import { isFormula, type CellContent } from "./cellContents";

type StoreText = UiMessages["store"];

/** A funnel name that cannot be a sheet's name, in words; undefined when it can. */
export function sheetNameProblem(name: string, text: StoreText): string | undefined {
  if (name.length > MAX_SHEET_NAME_LENGTH)
    return text.nameTooLong(String(MAX_SHEET_NAME_LENGTH), String(name.length));
  return undefined;
}

/** The first cell longer than Sheets allows, named by its sheet row and column header. */
export function cellLengthProblem(
  cells: readonly (readonly CellContent[])[],
  headers: readonly string[],
  firstRow: number,
  text: StoreText,
): string | undefined {
  for (let r = 0; r < cells.length; r++) {
    const line = cells[r] ?? [];
    for (let c = 0; c < line.length; c++) {
      const v = line[c];
      const shown = isFormula(v) ? v.formula : typeof v === "string" ? v.replace(/^'/, "") : "";
      if (shown.length > MAX_CELL_CHARACTERS) {
        return text.cellTooLong(
          String(firstRow + r),
          headers[c] ?? String(c + 1),
          String(shown.length),
          String(MAX_CELL_CHARACTERS),
        );
      }
    }
  }
  return undefined;
}

/** A sheet narrower than the table needs (a user deleted columns): no range may pass its grid. */
export function gridProblem(
  sheetName: string,
  maxColumns: number,
  lastColumnNeeded: number,
  text: StoreText,
): string | undefined {
  return maxColumns >= lastColumnNeeded
    ? undefined
    : text.sheetTooNarrow(sheetName, String(maxColumns), String(lastColumnNeeded));
}

/** A sheet's cells as read once (values and formulas from A1), for looking at any block. */
export interface CellGrid {
  values: readonly (readonly unknown[])[];
  formulas: readonly (readonly string[])[];
}

/** The first cell of the block holding a value or formula, as "G8"; undefined when all are free. */
export function firstUsedCell(
  cells: CellGrid,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
): string | undefined {
  for (let r = row; r < row + numRows; r++) {
    for (let c = column; c < column + numColumns; c++) {
      const value = cells.values[r - 1]?.[c - 1];
      const f = cells.formulas[r - 1]?.[c - 1] ?? "";
      if ((value !== "" && value !== undefined && value !== null) || f !== "") return a1(r, c);
    }
  }
  return undefined;
}

/** The last row below `below` with anything in the columns `column`…`column + width - 1`; 0 if none. */
export function lastUsedRowBelow(
  cells: CellGrid,
  below: number,
  column: number,
  width: number,
): number {
  for (let r = cells.values.length; r > below; r--) {
    if (firstUsedCell(cells, r, column, 1, width) !== undefined) return r;
  }
  return 0;
}
