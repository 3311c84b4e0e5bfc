/**
 * Turns the FakeWorkbook (values computed by the formula engine) into the page's WorkbookView:
 * display text through the number formatter, formula-bar text, the styles the fake records.
 */
import { isDate } from "../src/core/cellValue";
import { toA1 } from "../fakes/a1";
import type { CellValue, FakeSheet } from "../fakes/spreadsheet";
import { editableText } from "./cellInput";
import { formatCellValue } from "./numberFormat";
import { chartsOf } from "./chartView";
import { conditionalBackgrounds } from "./conditionalFormats";
import { styleOf } from "./styleView";
import type { CellView, SheetView } from "./viewTypes";

/** Error values as the engine bridge reports them: the code, then the message. */
const ERROR_VALUE = /^(#[A-Z0-9/]+[!?]|#N\/A)(?:\s([\s\S]*))?$/;
/** Rows and columns read beyond the last stored cell, so spilled results are shown. */
const SPILL_MARGIN_ROWS = 30;
const SPILL_MARGIN_COLUMNS = 8;
/** Sheets opens with at least this much grid on screen. */
const MIN_ROWS = 50;
const MIN_COLUMNS = 26;

function cellView(
  sheet: FakeSheet,
  row: number,
  column: number,
  value: CellValue,
  highlight: string | undefined,
): CellView {
  const stored = sheet.cell(row, column);
  // A spilled value shows its own cell's format, as in Sheets (templates format the whole area).
  const numberFormat = stored?.numberFormat;
  const a1 = toA1({ row, column, numRows: 1, numColumns: 1 });
  const style = stored ? styleOf(stored) : {};
  if (highlight) style.background = highlight;
  const input = editableText(stored?.value ?? "", stored?.formula, numberFormat);
  const base = { row, column, a1, input, style, note: stored?.note };
  if (typeof value === "string") {
    const error = ERROR_VALUE.exec(value);
    if (error) {
      const [, code = value, message = ""] = error;
      return { ...base, text: code, kind: "error", error: message.trimStart() };
    }
    return { ...base, text: value, kind: "text" };
  }
  const text = formatCellValue(value, numberFormat);
  if (typeof value === "boolean") return { ...base, text, kind: "boolean" };
  return { ...base, text, kind: isDate(value) ? "date" : "number" };
}

export function sheetView(sheet: FakeSheet): SheetView {
  const stored = sheet.storedCells();
  const lastRow = Math.max(1, ...stored.map(([r]) => r));
  const lastColumn = Math.max(1, ...stored.map(([, c]) => c));
  // A margin for spills, within the sheet's grid (a range past it throws, as in Sheets).
  const rows = Math.min(lastRow + SPILL_MARGIN_ROWS, sheet.getMaxRows());
  const columns = Math.min(lastColumn + SPILL_MARGIN_COLUMNS, sheet.getMaxColumns());
  const values = sheet.getRange(1, 1, rows, columns).getValues();

  const highlights = conditionalBackgrounds(sheet);
  const cells: CellView[] = [];
  let usedRows = 0;
  let usedColumns = 0;
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= columns; c++) {
      const value = values[r - 1]?.[c - 1] ?? ""; // the range read above is rows × columns
      const highlight = highlights.get(`${r},${c}`);
      const hasStyle = sheet.cell(r, c) !== undefined || highlight !== undefined;
      if (value === "" && !hasStyle) continue;
      cells.push(cellView(sheet, r, c, value, highlight));
      usedRows = Math.max(usedRows, r);
      usedColumns = Math.max(usedColumns, c);
    }
  }
  const columnWidths: Record<number, number> = {};
  for (let c = 1; c <= Math.max(usedColumns, MIN_COLUMNS); c++) {
    const width = sheet.getColumnWidth(c);
    if (width !== 100) columnWidths[c] = width;
  }
  return {
    name: sheet.getName(),
    rowCount: Math.max(MIN_ROWS, usedRows + 10),
    columnCount: Math.max(MIN_COLUMNS, usedColumns + 2),
    frozenRows: sheet.getFrozenRows(),
    frozenColumns: sheet.getFrozenColumns(),
    columnWidths,
    cells,
    charts: chartsOf(sheet),
  };
}
