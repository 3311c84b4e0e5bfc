/**
 * The small slice of SpreadsheetApp and LockService the stage store uses. The real services satisfy
 * these interfaces; tests pass the in-memory workbook of test/harness instead.
 */
export interface RangePort {
  getValues(): unknown[][];
  setValues(values: unknown[][]): unknown;
  clearContent(): unknown;
  setNumberFormat(format: string): unknown;
  getRow(): number;
  getNumRows(): number;
  getNote(): string;
  setDataValidation(rule: unknown): unknown;
  clearDataValidations(): unknown;
}

export interface SheetPort {
  getName(): string;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangePort;
  getLastRow(): number;
  getMaxColumns(): number;
  setName(name: string): unknown;
  setFrozenRows(rows: number): unknown;
}

export interface NamedRangePort {
  getName(): string;
  getRange(): RangePort & { getSheet(): { getName(): string }; getColumn(): number };
  setRange(range: RangePort): unknown;
  remove(): void;
}

export interface SpreadsheetPort {
  getSheets(): SheetPort[];
  getSheetByName(name: string): SheetPort | null;
  insertSheet(name: string): SheetPort;
  deleteSheet(sheet: SheetPort): unknown;
  getNamedRanges(): NamedRangePort[];
  setNamedRange(name: string, range: RangePort): unknown;
}

export interface LockPort {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}
