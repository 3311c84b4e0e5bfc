/**
 * What the preview's grid writes: typed or pasted text (parsed as Sheets parses typed input in the
 * spreadsheet's locale), a range cleared, a range copied within the workbook, and cell snapshots
 * put back (undo, redo). Each is one write to the workbook, so the engine recalculates once.
 */
import { toA1, type GridRect } from "../fakes/a1";
import type { Cell } from "../fakes/cell";
import type { FakeSheet } from "../fakes/spreadsheet";
import { formatAfterEdit, parseCellInput } from "./cellInput";
import { shiftFormula } from "./conditionalFormats";

/** A rectangle's stored cells, row by row (undefined: empty), each a copy. */
export type CellBlock = (Cell | undefined)[][];

export function snapshot(sheet: FakeSheet, rect: GridRect): CellBlock {
  const out: CellBlock = [];
  for (let r = 0; r < rect.numRows; r++) {
    const line: (Cell | undefined)[] = [];
    for (let c = 0; c < rect.numColumns; c++) {
      const cell = sheet.cell(rect.row + r, rect.column + c);
      line.push(cell ? structuredClone(cell) : undefined);
    }
    out.push(line);
  }
  return out;
}

/** Puts a block of cells (a snapshot) at `rect`'s top left, replacing what is there: one write. */
export function putCells(sheet: FakeSheet, rect: GridRect, cells: CellBlock): void {
  cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      const row = rect.row + r;
      const column = rect.column + c;
      // Every field the cell has now goes, unless the block's cell has it too.
      const change: Partial<Cell> = {};
      for (const key of Object.keys(sheet.cell(row, column) ?? {}) as (keyof Cell)[])
        change[key] = undefined;
      change.value = "";
      sheet.patch(row, column, { ...change, ...structuredClone(cell ?? {}) });
    }),
  );
  sheet.book.record({ sheet: sheet.getName(), a1: toA1(rect), kind: "values", ...rect });
}

/** Rows and columns added so a block of this size fits at `rect`'s top left, as a paste does. */
export function growToFit(sheet: FakeSheet, rect: GridRect): void {
  const lastRow = rect.row + rect.numRows - 1;
  const lastColumn = rect.column + rect.numColumns - 1;
  if (lastRow > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), lastRow - sheet.getMaxRows());
  if (lastColumn > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), lastColumn - sheet.getMaxColumns());
}

/**
 * Text typed or pasted into `rect` (`inputs` has its shape): each cell read as typed input in the
 * spreadsheet's locale, with the format the typed value brings where the cell has none of its kind.
 * Values and formats are written in one call each, so the engine recalculates once.
 */
export function writeTyped(sheet: FakeSheet, rect: GridRect, inputs: string[][]): void {
  const book = sheet.getParent();
  const locale = book.getSpreadsheetLocale();
  const timeZone = book.getSpreadsheetTimeZone();
  const range = sheet.getRange(rect.row, rect.column, rect.numRows, rect.numColumns);
  const current = range.getNumberFormats();
  const values: unknown[][] = [];
  const formats: string[][] = [];
  let formatsChange = false;
  inputs.forEach((line, r) => {
    const valueLine: unknown[] = [];
    const formatLine: string[] = [];
    line.forEach((input, c) => {
      const edit = parseCellInput(input, locale, timeZone);
      // setValues reads strings as typed input: text goes in with an apostrophe, values as values.
      valueLine.push(
        edit.kind === "clear"
          ? null
          : edit.kind === "formula"
            ? edit.formula
            : edit.kind === "text"
              ? `'${edit.value}`
              : edit.value,
      );
      const was = current[r][c];
      const format = formatAfterEdit(edit, was === "General" ? undefined : was) ?? "General";
      formatsChange ||= format !== was;
      formatLine.push(format);
    });
    values.push(valueLine);
    formats.push(formatLine);
  });
  range.setValues(values);
  if (formatsChange) range.setNumberFormats(formats);
}

/** Delete over a range: contents go, formats stay (Sheets' Delete key). */
export function clearRange(sheet: FakeSheet, rect: GridRect): void {
  sheet.getRange(rect.row, rect.column, rect.numRows, rect.numColumns).clearContent();
}

/**
 * A range copied and pasted within the workbook, as Sheets pastes its own copy: values, formulas
 * (relative references moved by the offset, absolute ones kept) and formats. `target` has the
 * source's size or a multiple of it (the source repeats).
 */
export function copyCells(
  from: FakeSheet,
  source: GridRect,
  to: FakeSheet,
  target: GridRect,
): void {
  const block = snapshot(from, source);
  const cells: CellBlock = [];
  for (let r = 0; r < target.numRows; r++) {
    const line: (Cell | undefined)[] = [];
    for (let c = 0; c < target.numColumns; c++) {
      const cell = block[r % source.numRows][c % source.numColumns];
      if (cell?.formula) {
        const rows = target.row + r - (source.row + (r % source.numRows));
        const columns = target.column + c - (source.column + (c % source.numColumns));
        line.push({ ...cell, formula: shiftFormula(cell.formula, rows, columns) });
      } else line.push(cell);
    }
    cells.push(line);
  }
  putCells(to, target, cells);
}

/**
 * Where a paste of `rows` × `columns` lands in the selection `selected`: the selection itself when
 * it is a multiple of the block (the block repeats, as in Sheets), else the block's own size from
 * the selection's top left.
 */
export function pasteArea(selected: GridRect, rows: number, columns: number): GridRect {
  const fits =
    selected.numRows % rows === 0 &&
    selected.numColumns % columns === 0 &&
    (selected.numRows > rows || selected.numColumns > columns);
  return fits
    ? selected
    : { row: selected.row, column: selected.column, numRows: rows, numColumns: columns };
}
