/** One stored cell of the fake spreadsheet, and Sheets' limits on what a cell holds. */
import { serialFromDate } from "./dates";
export type CellValue = string | number | boolean | Date;

export interface Cell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  note?: string;
  fontWeight?: string;
  background?: string;
  fontColor?: string;
  fontStyle?: string;
  fontSize?: number;
  /** Sides with a border, e.g. "top" or "bottom". */
  border?: string;
  /** Text wraps inside the cell (Range.setWrap/setWraps). */
  wrap?: boolean;
  /** Data validation criteria, e.g. "CHECKBOX" (Range.setDataValidation). */
  validation?: "CHECKBOX";
}

export const EMPTY: CellValue = "";

/** Sheets refuses longer text in one cell (Google's "Files you can store in Google Drive" limits). */
export const MAX_CELL_CHARACTERS = 50_000;

/** What getNumberFormat reports for a cell nobody formatted; setting it is the same as clearing. */
export const DEFAULT_NUMBER_FORMAT = "General";

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

export function cellKey(row: number, column: number): string {
  return `${row},${column}`;
}

/**
 * A cell's contents and formats in one comparable line (values typed, formulas as written). A date
 * is described as its serial number in the spreadsheet's time zone: Sheets stores dates as serial
 * numbers (Sheets API, DateTimeRenderOption SERIAL_NUMBER: "the whole number portion … counts the
 * days since December 30th 1899"), so a Date written over a serial of the same day is the same cell.
 */
export function describeCell(cell: Cell | undefined, timeZone: string): string {
  if (!cell) return "";
  const v = cell.value;
  const shown = isDate(v) ? `number:${serialFromDate(v, timeZone)}` : `${typeof v}:${String(v)}`;
  return [
    cell.formula ?? shown,
    cell.numberFormat,
    cell.note,
    cell.fontWeight,
    cell.background,
    cell.fontColor,
    cell.fontStyle,
    cell.fontSize,
    cell.border,
    cell.validation,
    cell.wrap ? "wrap" : undefined,
  ]
    .map((p) => p ?? "")
    .join("|");
}

export function checkCellLength(text: string): void {
  if (text.length > MAX_CELL_CHARACTERS) {
    throw new Error(
      `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
    );
  }
}
