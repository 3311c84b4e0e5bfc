/**
 * Developer metadata as Sheets keeps it: key/value pairs attached to the spreadsheet, a sheet, or
 * a whole row or column, found again by key with a finder.
 *
 * Sources (Google's docs):
 * - Apps Script "Class DeveloperMetadata": getId, getKey, getValue (null when none), getLocation,
 *   setValue, remove; created with Spreadsheet/Sheet/Range.addDeveloperMetadata.
 * - Sheets API "Read, write and search metadata" (developers.google.com/sheets/api/guides/
 *   metadata): "You can associate metadata with rows, columns, sheets, or a spreadsheet."
 * - Sheets API resource DeveloperMetadata: "if developer metadata is associated with row 5 and
 *   another row is then subsequently inserted above row 5, that original metadata will still be
 *   associated with the row it was first associated with (what is now row 6). If the associated
 *   object is deleted its metadata is deleted too."
 * - Range.addDeveloperMetadata on anything but whole rows or columns fails in Apps Script with
 *   "Adding developer metadata to arbitrary ranges is not currently supported…" (public reports);
 *   the fake refuses it the same way.
 * - Where the docs are silent the fake takes the stricter reading: Sheet.getDeveloperMetadata()
 *   returns the metadata located on the sheet itself, not its rows' or columns'.
 */
import type { FakeRange } from "./range";
import type { FakeSheet } from "./sheet";
import type { FakeWorkbook } from "./spreadsheet";

export type MetadataLocation =
  | { type: "SPREADSHEET" }
  | { type: "SHEET"; sheet: FakeSheet }
  | { type: "ROW" | "COLUMN"; sheet: FakeSheet; index: number };

export interface StoredMetadata {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  location: MetadataLocation;
}

export const ARBITRARY_RANGE_REFUSED =
  "Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.";

/** Where a range's metadata goes: a whole row or a whole column, else Sheets refuses. */
export function locationOfRange(range: FakeRange): MetadataLocation {
  const sheet = range.getSheet();
  const { row, column, numRows, numColumns } = range.rect;
  const wholeRows = column === 1 && numColumns === sheet.getMaxColumns();
  const wholeColumns = row === 1 && numRows === sheet.getMaxRows();
  if (wholeRows && numRows === 1) return { type: "ROW", sheet, index: row };
  if (wholeColumns && numColumns === 1) return { type: "COLUMN", sheet, index: column };
  throw new Error(ARBITRARY_RANGE_REFUSED);
}

export class FakeDeveloperMetadataLocation {
  constructor(
    private readonly book: FakeWorkbook,
    private readonly stored: StoredMetadata,
  ) {}
  getLocationType(): string {
    return this.stored.location.type;
  }
  getSpreadsheet(): FakeWorkbook | null {
    return this.stored.location.type === "SPREADSHEET" ? this.book : null;
  }
  getSheet(): FakeSheet | null {
    return this.stored.location.type === "SHEET" ? this.stored.location.sheet : null;
  }
  getRow(): FakeRange | null {
    const l = this.stored.location;
    return l.type === "ROW" ? l.sheet.getRange(l.index, 1, 1, l.sheet.getMaxColumns()) : null;
  }
  getColumn(): FakeRange | null {
    const l = this.stored.location;
    return l.type === "COLUMN" ? l.sheet.getRange(1, l.index, l.sheet.getMaxRows(), 1) : null;
  }
}

export class FakeDeveloperMetadata {
  constructor(
    private readonly book: FakeWorkbook,
    readonly stored: StoredMetadata,
  ) {}
  getId(): number {
    return this.stored.id;
  }
  getKey(): string {
    return this.stored.key;
  }
  getValue(): string | null {
    return this.stored.value;
  }
  getVisibility(): string {
    return this.stored.visibility;
  }
  getLocation(): FakeDeveloperMetadataLocation {
    return new FakeDeveloperMetadataLocation(this.book, this.stored);
  }
  setValue(value: string): this {
    this.book.changeMetadata(() => (this.stored.value = value));
    return this;
  }
  setKey(key: string): this {
    this.book.changeMetadata(() => (this.stored.key = key));
    return this;
  }
  remove(): void {
    this.book.changeMetadata(() => this.book.dropMetadata(this.stored));
  }
}

/** Spreadsheet/Sheet/Range.createDeveloperMetadataFinder(): a query, run by find(). */
export class FakeDeveloperMetadataFinder {
  private key: string | undefined;
  private value: string | undefined;
  private locationType: string | undefined;

  constructor(
    private readonly book: FakeWorkbook,
    private readonly scope: (m: StoredMetadata) => boolean,
  ) {}
  withKey(key: string): this {
    this.key = key;
    return this;
  }
  withValue(value: string): this {
    this.value = value;
    return this;
  }
  withLocationType(locationType: string): this {
    this.locationType = String(locationType);
    return this;
  }
  find(): FakeDeveloperMetadata[] {
    return this.book
      .allMetadata()
      .filter(
        (m) =>
          this.scope(m) &&
          (this.key === undefined || m.key === this.key) &&
          (this.value === undefined || m.value === this.value) &&
          (this.locationType === undefined || m.location.type === this.locationType),
      )
      .map((m) => new FakeDeveloperMetadata(this.book, m));
  }
}

/** A metadata's place as one comparable line, for whole-workbook snapshots. */
export function describeMetadata(m: StoredMetadata): string {
  const l = m.location;
  const where =
    l.type === "SPREADSHEET"
      ? "spreadsheet"
      : l.type === "SHEET"
        ? `sheet ${l.sheet.getName()}`
        : `${l.type.toLowerCase()} ${l.index} of ${l.sheet.getName()}`;
  return `${m.key}=${m.value ?? ""}@${where}`;
}
