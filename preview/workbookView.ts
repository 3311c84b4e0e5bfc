/**
 * Turns the FakeWorkbook (values computed by the formula engine) into the page's WorkbookView:
 * display text through the number formatter, formula-bar text, the styles the fake records.
 */
import { isDate } from "../src/core/cellValue";
import { toA1 } from "../fakes/a1";
import type { Cell } from "../fakes/cell";
import type { CellValue, FakeSheet } from "../fakes/spreadsheet";
import { editableText } from "./cellInput";
import { formatCellValue } from "./numberFormat";
import { chartsOf } from "./chartView";
import { conditionalBackgrounds } from "./conditionalFormats";
import { styleOf } from "./styleView";
import type { CellView, SheetView } from "./viewTypes";

/** Error values as the engine bridge reports them: the code, then the message. */
const ERROR_VALUE = /^(#[A-Z0-9/]+[!?]|#N\/A)(\s+([\s\S]*))?$/;
/** Rows and columns read beyond the last stored cell, so spilled results are shown. */
const SPILL_MARGIN_ROWS = 30;
const SPILL_MARGIN_COLUMNS = 8;
/** Sheets opens with at least this much grid on screen. */
const MIN_ROWS = 50;
const MIN_COLUMNS = 26;

/** How the sheet's spreadsheet writes numbers and dates. */
interface Place {
  locale: string;
  timeZone: string;
}

function cellView(
  sheet: FakeSheet,
  row: number,
  column: number,
  value: CellValue,
  highlight: string | undefined,
  place: Place,
): CellView {
  const stored = sheet.cell(row, column);
  // A spilled value shows its own cell's format, as in Sheets (templates format the whole area).
  const numberFormat = stored?.numberFormat;
  const a1 = toA1({ row, column, numRows: 1, numColumns: 1 });
  const style = stored ? styleOf(stored) : {};
  if (highlight) style.background = highlight;
  const input = editableText(
    stored?.value ?? "",
    stored?.formula,
    numberFormat,
    place.locale,
    place.timeZone,
  );
  const base = { row, column, a1, input, style, note: stored?.note };
  if (typeof value === "string") {
    const error = ERROR_VALUE.exec(value);
    if (error) return { ...base, text: error[1], kind: "error", error: error[3] ?? "" };
    return { ...base, text: value, kind: "text" };
  }
  const text = formatCellValue(value, numberFormat, place.locale, place.timeZone);
  if (typeof value === "boolean") return { ...base, text, kind: "boolean" };
  return { ...base, text, kind: isDate(value) ? "date" : "number" };
}

/** One cell as last laid out, with what it was laid out from (to reuse it while those hold). */
interface LaidOut {
  stored: Cell | undefined;
  value: CellValue;
  highlight: string | undefined;
  view: CellView;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  return a === b || (isDate(a) && isDate(b) && a.getTime() === b.getTime());
}

/**
 * A sheet laid out: its view, and what changed since the sheet was last laid out — the cells
 * laid out anew and the cells ("row,column") no longer shown — to send the page only those.
 */
export interface LaidOutSheet {
  view: SheetView;
  changed: CellView[];
  removed: string[];
}

/**
 * Lays sheets out for the page, reusing the view of every cell whose stored contents and formats
 * (the fake replaces a cell's object when anything in it changes), computed value and highlight
 * are what they were: after an edit only the cells it touched are formatted again.
 */
export class SheetLayouts {
  private readonly caches = new WeakMap<
    FakeSheet,
    { place: string; cells: Map<string, LaidOut> }
  >();

  layOut(sheet: FakeSheet): LaidOutSheet {
    const stored = sheet.storedCells();
    let lastRow = 1;
    let lastColumn = 1;
    for (const [r, c] of stored) {
      if (r > lastRow) lastRow = r;
      if (c > lastColumn) lastColumn = c;
    }
    // A margin for spills, within the sheet's grid (a range past it throws, as in Sheets).
    const rows = Math.min(lastRow + SPILL_MARGIN_ROWS, sheet.getMaxRows());
    const columns = Math.min(lastColumn + SPILL_MARGIN_COLUMNS, sheet.getMaxColumns());
    const values = sheet.getRange(1, 1, rows, columns).getValues();

    const highlights = conditionalBackgrounds(sheet);
    const book = sheet.getParent();
    const place = { locale: book.getSpreadsheetLocale(), timeZone: book.getSpreadsheetTimeZone() };
    const placeKey = `${place.locale}|${place.timeZone}`;
    let cache = this.caches.get(sheet);
    if (!cache || cache.place !== placeKey) {
      cache = { place: placeKey, cells: new Map() };
      this.caches.set(sheet, cache);
    }
    const previous = cache.cells;
    const next = new Map<string, LaidOut>();
    const cells: CellView[] = [];
    const changed: CellView[] = [];
    let usedRows = 0;
    let usedColumns = 0;
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= columns; c++) {
        const value = values[r - 1][c - 1];
        const key = `${r},${c}`;
        const highlight = highlights.get(key);
        const cell = sheet.cell(r, c);
        if (value === "" && cell === undefined && highlight === undefined) continue;
        const before = previous.get(key);
        let laid = before;
        if (
          !laid ||
          laid.stored !== cell ||
          laid.highlight !== highlight ||
          !sameValue(laid.value, value)
        ) {
          laid = {
            stored: cell,
            value,
            highlight,
            view: cellView(sheet, r, c, value, highlight, place),
          };
          changed.push(laid.view);
        }
        next.set(key, laid);
        cells.push(laid.view);
        usedRows = Math.max(usedRows, r);
        usedColumns = Math.max(usedColumns, c);
      }
    }
    const removed = [...previous.keys()].filter((k) => !next.has(k));
    cache.cells = next;
    const columnWidths: Record<number, number> = {};
    for (let c = 1; c <= Math.max(usedColumns, MIN_COLUMNS); c++) {
      const width = sheet.getColumnWidth(c);
      if (width !== 100) columnWidths[c] = width;
    }
    return {
      view: {
        name: sheet.getName(),
        rowCount: Math.max(MIN_ROWS, usedRows + 10),
        columnCount: Math.max(MIN_COLUMNS, usedColumns + 2),
        frozenRows: sheet.getFrozenRows(),
        frozenColumns: sheet.getFrozenColumns(),
        columnWidths,
        cells,
        charts: chartsOf(sheet),
      },
      changed,
      removed,
    };
  }
}

/** A sheet laid out on its own (no reuse). */
export function sheetView(sheet: FakeSheet): SheetView {
  return new SheetLayouts().layOut(sheet).view;
}
