/**
 * The small slice of SpreadsheetApp and LockService the stage store uses. The real services satisfy
 * these interfaces; tests pass the in-memory fakes of fakes/ instead.
 */
export interface RangePort {
  getValues(): unknown[][];
  getDisplayValues(): string[][];
  getFormulas(): string[][];
  getNumberFormats(): string[][];
  setValues(values: unknown[][]): unknown;
  setFormulas(formulas: string[][]): unknown;
  setNumberFormat(format: string): unknown;
  setNumberFormats(formats: string[][]): unknown;
  clearContent(): unknown;
  /** Range.insertCells(SpreadsheetApp.Dimension.ROWS): cells below, in these columns, move down. */
  insertCells(shiftDimension: GoogleAppsScript.Spreadsheet.Dimension): unknown;
  deleteCells(shiftDimension: GoogleAppsScript.Spreadsheet.Dimension): unknown;
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNote(): string;
  setDataValidation(rule: unknown): unknown;
  clearDataValidations(): unknown;
}

export interface SheetPort {
  getName(): string;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangePort;
  getLastRow(): number;
  getMaxRows(): number;
  getMaxColumns(): number;
  setName(name: string): unknown;
  insertRowsAfter(afterPosition: number, howMany: number): unknown;
  deleteRows(rowPosition: number, howMany: number): unknown;
  setFrozenRows(rows: number): unknown;
}

export interface NamedRangePort {
  getName(): string;
  /** Throws (or fails) when the named range is a broken reference: its sheet was deleted. */
  getRange(): RangePort & { getSheet(): { getName(): string } };
  setRange(range: RangePort): unknown;
  remove(): unknown;
}

export interface SpreadsheetPort {
  getSheets(): SheetPort[];
  insertSheet(name: string): SheetPort;
  deleteSheet(sheet: SheetPort): unknown;
  getNamedRanges(): NamedRangePort[];
  setNamedRange(name: string, range: RangePort): unknown;
}

export interface LockPort {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}
