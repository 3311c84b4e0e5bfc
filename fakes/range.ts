/**
 * Range: reads and writes a rectangle of a FakeSheet as Sheets does. Ranges outside the sheet's
 * grid throw; setValues parses strings as typed input in the spreadsheet's locale and replaces
 * formulas; a cell holds at most 50 000 characters; dates show in the spreadsheet's time zone.
 */
import { toA1, type GridRect } from "./a1";
import {
  checkCellLength,
  DEFAULT_NUMBER_FORMAT,
  EMPTY,
  isDate,
  type Cell,
  type CellValue,
} from "./cell";
import type { FakeDataValidation } from "./dataValidation";
import {
  locationOfRange,
  type FakeDeveloperMetadata,
  type MetadataLocation,
} from "./developerMetadata";
import { dateFromSerial, displayDate } from "./dates";
import type { OperationKind } from "./failures";
import type { FakeSheet } from "./sheet";
import { parseTypedInput } from "./typedInput";
import type { Accepts } from "./typing";

type Range = GoogleAppsScript.Spreadsheet.Range;

/** What a getter reports for a cell nobody styled; setting it is the same as clearing it. */
export const DEFAULT_STYLE = {
  fontWeight: "normal",
  background: "#ffffff",
  fontColor: "#000000",
  fontSize: 10,
  fontStyle: "normal",
} as const;

/** A style as stored: the default (or null, which resets) is no style at all. */
function styled<K extends keyof typeof DEFAULT_STYLE>(
  key: K,
  value: string | number | null | undefined,
): (typeof DEFAULT_STYLE)[K] | undefined {
  if (value === null || value === undefined || value === DEFAULT_STYLE[key]) return undefined;
  return value as (typeof DEFAULT_STYLE)[K];
}

function sameLocation(a: MetadataLocation, b: MetadataLocation): boolean {
  if (a.type !== b.type) return false;
  if (a.type === "SPREADSHEET" || b.type === "SPREADSHEET") return true;
  if (a.sheet !== b.sheet) return false;
  return !("index" in a) || !("index" in b) || a.index === b.index;
}

/** A cell's change as written by setValues: the value, and a format when typed input implies one. */
export function storedFromInput(
  v: unknown,
  locale: string,
  timeZone: string,
): Pick<Cell, "value" | "formula"> & { impliedFormat?: string } {
  if (v === null || v === undefined) return { value: EMPTY, formula: undefined };
  if (typeof v === "string") {
    // The limit counts what the cell holds: a leading apostrophe is not stored.
    checkCellLength(v.startsWith("'") ? v.slice(1) : v);
    const typed = parseTypedInput(v, locale, timeZone);
    switch (typed.kind) {
      case "formula":
        return { value: EMPTY, formula: typed.formula };
      case "text":
        return { value: typed.value, formula: undefined };
      case "boolean":
        return { value: typed.value, formula: undefined };
      case "number":
      case "date":
        return { value: typed.value, formula: undefined, impliedFormat: typed.format };
    }
  }
  if (typeof v === "number" || typeof v === "boolean") return { value: v, formula: undefined };
  if (isDate(v)) return { value: new Date(v.getTime()), formula: undefined };
  throw new Error(`Sheets cannot store ${Object.prototype.toString.call(v)} in a cell`);
}

/**
 * Whether a number format shows a date or time (then getValues returns a Date, as in Sheets):
 * day, year, hour or second codes outside quoted text and [brackets].
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  let plain = "";
  let quoted = false;
  let bracket = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "[") bracket = true;
    else if (!quoted && ch === "]") bracket = false;
    else if (!quoted && !bracket) plain += ch;
  }
  return /[dyhs]/i.test(plain);
}

function formatNumber(value: number, format: string | undefined): string {
  if (format && format.includes("%")) {
    const decimals = (/\.(0+)%/.exec(format)?.[1] ?? "").length;
    return `${(value * 100).toFixed(decimals)}%`;
  }
  return String(value);
}

export class FakeRange
  implements
    Pick<
      Range,
      | "getRow"
      | "getColumn"
      | "getNumRows"
      | "getNumColumns"
      | "getLastRow"
      | "getLastColumn"
      | "getA1Notation"
      | "getValues"
      | "getValue"
      | "getDisplayValues"
      | "getFormulas"
      | "getFormula"
      | "getNumberFormats"
      | "getNumberFormat"
      | "getNotes"
      | "getNote"
      | "getBackgrounds"
      | "getFontColors"
      | "getFontSizes"
    >,
    Accepts<
      Range,
      | "setValues"
      | "setValue"
      | "setFormulas"
      | "setFormula"
      | "setNumberFormat"
      | "setNumberFormats"
      | "setNote"
      | "setFontWeight"
      | "setBackground"
      | "setFontColor"
      | "setFontSize"
      | "setFontWeights"
      | "setFontColors"
      | "setFontSizes"
      | "setFontStyles"
      | "setBackgrounds"
      | "setNotes"
      | "setWraps"
      | "insertCheckboxes"
      | "addDeveloperMetadata"
      | "clearContent"
      | "insertCells"
      | "deleteCells"
      | "getCell"
      | "offset"
    >
{
  constructor(
    readonly sheet: FakeSheet,
    readonly rect: GridRect,
  ) {
    const outside =
      rect.row < 1 ||
      rect.column < 1 ||
      rect.numRows < 1 ||
      rect.numColumns < 1 ||
      rect.row + rect.numRows - 1 > sheet.getMaxRows() ||
      rect.column + rect.numColumns - 1 > sheet.getMaxColumns();
    if (outside) {
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    }
  }

  getSheet(): FakeSheet {
    return this.sheet;
  }
  getRow(): number {
    return this.rect.row;
  }
  getColumn(): number {
    return this.rect.column;
  }
  getNumRows(): number {
    return this.rect.numRows;
  }
  getNumColumns(): number {
    return this.rect.numColumns;
  }
  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }
  getLastColumn(): number {
    return this.rect.column + this.rect.numColumns - 1;
  }
  getA1Notation(): string {
    return toA1(this.rect);
  }
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.sheet, {
      row: this.rect.row + row - 1,
      column: this.rect.column + column - 1,
      numRows: 1,
      numColumns: 1,
    });
  }
  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): FakeRange {
    return new FakeRange(this.sheet, {
      row: this.rect.row + rowOffset,
      column: this.rect.column + columnOffset,
      numRows: numRows ?? this.rect.numRows,
      numColumns: numColumns ?? this.rect.numColumns,
    });
  }

  /**
   * Values as Sheets returns them: formula cells give their computed value (when an evaluator is
   * set), and a number in a date-formatted cell is a Date (the serial in the spreadsheet's zone).
   */
  getValues(): CellValue[][] {
    const timeZone = this.sheet.book.getSpreadsheetTimeZone();
    return this.map((row, column) => {
      const v = this.sheet.book.computedValue(this.sheet, row, column);
      return typeof v === "number" && isDateFormat(this.sheet.cell(row, column)?.numberFormat)
        ? dateFromSerial(v, timeZone)
        : v;
    });
  }
  /** The item of a grid shaped like this range (checkShape'd or from map) for a sheet cell. */
  private at<T>(grid: readonly (readonly T[])[], row: number, column: number): T {
    const item = grid[row - this.rect.row]?.[column - this.rect.column];
    if (item === undefined) throw new Error(`no item for row ${row}, column ${column} in the grid`);
    return item;
  }
  getValue(): CellValue {
    return topLeft(this.getValues());
  }
  /** Text as shown: percents by their format, dates in the spreadsheet's time zone. */
  getDisplayValues(): string[][] {
    const timeZone = this.sheet.book.getSpreadsheetTimeZone();
    const values = this.getValues();
    return this.map((row, column) => {
      const v = this.at(values, row, column);
      if (typeof v === "number") return formatNumber(v, this.sheet.cell(row, column)?.numberFormat);
      if (isDate(v)) return displayDate(v, timeZone);
      return typeof v === "boolean" ? String(v).toUpperCase() : v;
    });
  }
  getFormulas(): string[][] {
    return this.map((row, column) => this.sheet.cell(row, column)?.formula ?? "");
  }
  getFormula(): string {
    return topLeft(this.getFormulas());
  }
  getNumberFormats(): string[][] {
    return this.map(
      (row, column) => this.sheet.cell(row, column)?.numberFormat ?? DEFAULT_NUMBER_FORMAT,
    );
  }
  getNumberFormat(): string {
    return topLeft(this.getNumberFormats());
  }
  getNotes(): string[][] {
    return this.map((row, column) => this.sheet.cell(row, column)?.note ?? "");
  }
  getNote(): string {
    return topLeft(this.getNotes());
  }
  getFontWeight(): string {
    return this.getFontWeights()[0]?.[0] ?? DEFAULT_STYLE.fontWeight;
  }
  // Getters report Sheets' defaults for a cell nobody formatted (Range.getBackgrounds: "#ffffff").
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.map(
      (r, c) =>
        (this.sheet.cell(r, c)?.fontWeight ??
          DEFAULT_STYLE.fontWeight) as GoogleAppsScript.Spreadsheet.FontWeight,
    );
  }
  getBackgrounds(): string[][] {
    return this.map((r, c) => this.sheet.cell(r, c)?.background ?? DEFAULT_STYLE.background);
  }
  getFontColors(): string[][] {
    return this.map((r, c) => this.sheet.cell(r, c)?.fontColor ?? DEFAULT_STYLE.fontColor);
  }
  getFontSizes(): number[][] {
    return this.map((r, c) => this.sheet.cell(r, c)?.fontSize ?? DEFAULT_STYLE.fontSize);
  }
  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    return this.map(
      (r, c) =>
        (this.sheet.cell(r, c)?.fontStyle ??
          DEFAULT_STYLE.fontStyle) as GoogleAppsScript.Spreadsheet.FontStyle,
    );
  }
  getWraps(): boolean[][] {
    return this.map((r, c) => this.sheet.cell(r, c)?.wrap ?? false);
  }

  /** Like typing each value: strings are parsed (unless they start with '), formulas replaced. */
  setValues(values: unknown[][]): this {
    this.checkShape(values);
    const book = this.sheet.book;
    const locale = book.getSpreadsheetLocale();
    const timeZone = book.getSpreadsheetTimeZone();
    // Parse everything first: a refused value leaves the whole range unchanged, as in Sheets.
    const parsed = values.map((line) => line.map((v) => storedFromInput(v, locale, timeZone)));
    this.write("values", (row, column) => {
      const { impliedFormat, ...stored } = this.at(parsed, row, column);
      const current = this.sheet.cell(row, column)?.numberFormat;
      return impliedFormat && current === undefined
        ? { ...stored, numberFormat: impliedFormat }
        : stored;
    });
    return this;
  }
  setValue(value: unknown): this {
    return this.setValues(this.map(() => value));
  }
  setFormulas(formulas: string[][]): this {
    this.checkShape(formulas);
    formulas.forEach((line) => line.forEach((f) => checkCellLength(String(f))));
    this.write("formulas", (row, column) => {
      const f = this.at(formulas, row, column);
      return f === ""
        ? { value: EMPTY, formula: undefined }
        : { value: EMPTY, formula: f.startsWith("=") ? f : `=${f}` };
    });
    return this;
  }
  setFormula(formula: string): this {
    return this.setFormulas(this.map(() => formula));
  }
  clearContent(): this {
    this.write("clearContent", () => ({ value: EMPTY, formula: undefined }));
    return this;
  }
  /** Content and formats (Sheets' Range.clear()). */
  clear(): this {
    this.write("clear", () => ({
      value: EMPTY,
      formula: undefined,
      numberFormat: undefined,
      note: undefined,
      fontWeight: undefined,
      background: undefined,
      fontColor: undefined,
      fontStyle: undefined,
      fontSize: undefined,
      border: undefined,
      wrap: undefined,
    }));
    return this;
  }
  setNumberFormat(format: string): this {
    const stored = format === DEFAULT_NUMBER_FORMAT ? undefined : format;
    this.write("numberFormat", () => ({ numberFormat: stored }));
    return this;
  }
  setNumberFormats(formats: string[][]): this {
    this.checkShape(formats);
    this.write("numberFormat", (row, column) => {
      const f = this.at(formats, row, column);
      return { numberFormat: f === DEFAULT_NUMBER_FORMAT ? undefined : f };
    });
    return this;
  }
  /** Range.setDataValidation(rule): a rule from SpreadsheetApp.newDataValidation(), or null. */
  setDataValidation(rule: FakeDataValidation | null): this {
    this.write("dataValidation", () => ({ validation: rule?.criteria }));
    return this;
  }
  clearDataValidations(): this {
    return this.setDataValidation(null);
  }
  getDataValidation(): FakeDataValidation | null {
    const criteria = this.sheet.cell(this.rect.row, this.rect.column)?.validation;
    return criteria ? { criteria } : null;
  }
  setNote(note: string | null): this {
    this.write("note", () => ({ note: note || undefined }));
    return this;
  }
  setFontWeight(weight: string | null): this {
    this.write("fontWeight", () => ({ fontWeight: styled("fontWeight", weight) }));
    return this;
  }
  setBackground(color: string | null): this {
    this.write("background", () => ({ background: styled("background", color) }));
    return this;
  }
  setFontColor(color: string | null): this {
    this.write("fontColor", () => ({ fontColor: styled("fontColor", color) }));
    return this;
  }
  setFontStyle(style: string | null): this {
    this.write("fontStyle", () => ({ fontStyle: styled("fontStyle", style) }));
    return this;
  }
  setFontSize(size: number): this {
    this.write("fontSize", () => ({ fontSize: styled("fontSize", size) }));
    return this;
  }

  // The 2-D setters: "must match the dimensions of this range" (Apps Script, Range.setBackgrounds
  // and its siblings), and a null entry resets that cell to the default.
  setFontWeights(weights: (string | null)[][]): this {
    return this.writeGrid("fontWeight", weights, (v) => ({ fontWeight: styled("fontWeight", v) }));
  }
  setBackgrounds(colors: (string | null)[][]): this {
    return this.writeGrid("background", colors, (v) => ({ background: styled("background", v) }));
  }
  setFontColors(colors: unknown[][]): this {
    return this.writeGrid("fontColor", colors, (v) => ({
      fontColor: styled("fontColor", typeof v === "string" ? v : null),
    }));
  }
  setFontSizes(sizes: number[][]): this {
    return this.writeGrid("fontSize", sizes, (v) => ({ fontSize: styled("fontSize", v) }));
  }
  setFontStyles(styles: (string | null)[][]): this {
    return this.writeGrid("fontStyle", styles, (v) => ({ fontStyle: styled("fontStyle", v) }));
  }
  /** Range.setNotes: a null or empty entry removes the cell's note. */
  setNotes(notes: (string | null)[][]): this {
    return this.writeGrid("note", notes, (v) => ({ note: v || undefined }));
  }
  setWraps(wraps: boolean[][]): this {
    return this.writeGrid("wrap", wraps, (v) => ({ wrap: v ? true : undefined }));
  }
  setWrap(wrap: boolean): this {
    this.write("wrap", () => ({ wrap: wrap ? true : undefined }));
    return this;
  }
  /**
   * Range.insertCheckboxes(): "Inserts checkboxes into each cell in the range, configured with
   * true for checked and false for unchecked. Sets the value of all cells in the range to false."
   */
  insertCheckboxes(): this {
    this.write("dataValidation", () => ({
      validation: "CHECKBOX",
      value: false,
      formula: undefined,
    }));
    return this;
  }
  /** Range.addDeveloperMetadata: only on a whole row or column (developerMetadata.ts). */
  addDeveloperMetadata(key: string, value?: string): this {
    this.sheet.book.addMetadata(key, value ?? null, locationOfRange(this));
    return this;
  }
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    const location = locationOfRange(this);
    return this.sheet.book
      .createDeveloperMetadataFinder()
      .find()
      .filter((m) => sameLocation(m.stored.location, location));
  }

  /** Records the outer sides asked for (top, left, bottom, right); inner lines are not modelled. */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    ..._innerColorStyle: unknown[]
  ): this {
    const sides = Object.entries({ top, left, bottom, right })
      .filter(([, on]) => on === true)
      .map(([side]) => side)
      .join(",");
    this.write("border", () => ({ border: sides || undefined }));
    return this;
  }

  /**
   * Inserts empty cells here. ROWS: the cells at and below this range, in its columns only, move
   * down by its height (the grid grows when they would fall off it); COLUMNS: those at and right
   * of it, in its rows only, move right. Named ranges below/right move with them.
   */
  insertCells(shiftDimension: GoogleAppsScript.Spreadsheet.Dimension | string): this {
    this.sheet.shiftCells(this.rect, String(shiftDimension) === "COLUMNS" ? "columns" : "rows", 1);
    return this;
  }
  /** Deletes these cells; the cells below (ROWS) or right (COLUMNS) move up or left into them. */
  deleteCells(shiftDimension: GoogleAppsScript.Spreadsheet.Dimension | string): void {
    this.sheet.shiftCells(this.rect, String(shiftDimension) === "COLUMNS" ? "columns" : "rows", -1);
  }

  private map<T>(fn: (row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.rect.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.rect.numColumns; c++)
        line.push(fn(this.rect.row + r, this.rect.column + c));
      out.push(line);
    }
    return out;
  }

  private checkShape(values: unknown[][]): void {
    if (!Array.isArray(values) || values.length !== this.rect.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(values) ? values.length : 0} but the range has ${this.rect.numRows}.`,
      );
    }
    for (const row of values) {
      if (!Array.isArray(row) || row.length !== this.rect.numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this.rect.numColumns}.`,
        );
      }
    }
  }

  private writeGrid<T>(kind: OperationKind, grid: T[][], change: (v: T) => Partial<Cell>): this {
    this.checkShape(grid);
    this.write(kind, (row, column) => {
      const line = grid[row - this.rect.row] ?? [];
      return change(line[column - this.rect.column] as T);
    });
    return this;
  }

  private write(kind: OperationKind, change: (row: number, column: number) => Partial<Cell>): void {
    this.sheet.book.failures.check(kind);
    this.map((row, column) => this.sheet.patch(row, column, change(row, column)));
    this.sheet.book.record({
      sheet: this.sheet.getName(),
      a1: this.getA1Notation(),
      kind,
      ...this.rect,
    });
  }
}

/** The top-left item of a range's grid: a range always has at least one cell. */
function topLeft<T>(grid: readonly (readonly T[])[]): T {
  const item = grid[0]?.[0];
  if (item === undefined) throw new Error("a range has at least one cell");
  return item;
}
