/**
 * The small slice of SpreadsheetApp and LockService the stage store uses. The real services satisfy
 * these interfaces; tests pass the in-memory fakes of fakes/ instead.
 */
export interface RangePort {
  getValues(): unknown[][];
  getDisplayValues(): string[][];
  getFormulas(): string[][];
  getNumberFormats(): string[][];
  getNotes(): string[][];
  setValues(values: unknown[][]): unknown;
  setFormulas(formulas: string[][]): unknown;
  setNumberFormat(format: string): unknown;
  setNumberFormats(formats: string[][]): unknown;
  setNote(note: string | null): unknown;
  clearContent(): unknown;
  /** Range.insertCells(SpreadsheetApp.Dimension.ROWS): cells below, in these columns, move down. */
  insertCells(shiftDimension: GoogleAppsScript.Spreadsheet.Dimension): unknown;
  deleteCells(shiftDimension: GoogleAppsScript.Spreadsheet.Dimension): unknown;
  /** "A2:A6": the range's row, column and size in one call. */
  getA1Notation(): string;
  getSheet(): SheetPort;
  setDataValidation(rule: unknown): unknown;
  clearDataValidations(): unknown;
}

export interface SheetPort {
  getName(): string;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangePort;
  /** Sheet.getRangeList(a1s): several ranges of the sheet for one call (and one getRanges). */
  getRangeList(a1Notations: string[]): { getRanges(): RangePort[] };
  /** From A1 to the last row and column with content. */
  getDataRange(): RangePort;
  getMaxRows(): number;
  getMaxColumns(): number;
  setName(name: string): unknown;
  insertRowsAfter(afterPosition: number, howMany: number): unknown;
  deleteRows(rowPosition: number, howMany: number): unknown;
  setFrozenRows(rows: number): unknown;
  /** Sheet.getNamedRanges: the named ranges on this sheet alone. */
  getNamedRanges(): NamedRangePort[];
}

export interface NamedRangePort {
  getName(): string;
  /** Throws (or fails) when the named range is a broken reference: its sheet was deleted. */
  getRange(): RangePort;
  setRange(range: RangePort): unknown;
  remove(): unknown;
}

export interface TextFinderPort {
  useRegularExpression(useRegEx: boolean): TextFinderPort;
  findAll(): RangePort[];
}

export interface SpreadsheetPort {
  getSheets(): SheetPort[];
  insertSheet(name: string): SheetPort;
  deleteSheet(sheet: SheetPort): unknown;
  getNamedRanges(): NamedRangePort[];
  /** The range of a named range (ignoring case), or null when there is none or it is broken. */
  getRangeByName(name: string): RangePort | null;
  setNamedRange(name: string, range: RangePort): unknown;
  /** Spreadsheet.removeNamedRange(name): by its exact name; throws when there is none. */
  removeNamedRange(name: string): unknown;
  createTextFinder(findText: string): TextFinderPort;
}

export interface LockPort {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}
