/**
 * Spreadsheet: the in-memory workbook behind the SpreadsheetApp fake — sheets (names unique
 * ignoring case, at most 100 characters), named ranges, locale and time zone, toasts, a failure
 * injector, and a formula evaluator. Every change is appended to `writes` / `namedRangeLog`, and
 * `snapshot()` + `diffSnapshots()` list changed cells, so tests can prove what a command touched.
 */
import { contains, parseA1, sheetPrefix, toA1, type GridRect } from "./a1";
import { describeCell, type CellValue } from "./cell";
import { checkTimeZone, DEFAULT_TIME_ZONE } from "./dates";
import { FailureInjector, type OperationKind } from "./failures";
import {
  describeMetadata,
  FakeDeveloperMetadata,
  FakeDeveloperMetadataFinder,
  type MetadataLocation,
  type StoredMetadata,
} from "./developerMetadata";
import { FakeNamedRange, namedRangeNameProblem } from "./namedRange";
import { FakeRange, storedFromInput } from "./range";
import { shiftReferences, type Insertion } from "./references";
import { FakeSheet } from "./sheet";
import type { Accepts } from "./typing";
import { FakeUi } from "./ui";

export type { CellValue } from "./cell";
export { FakeRange } from "./range";
export { FakeSheet } from "./sheet";
export { FakeNamedRange } from "./namedRange";
export type { FakeChart, FakeConditionalRule } from "./charts";
export { FakeConditionalRuleBuilder } from "./charts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type WriteKind = OperationKind;

export interface WriteRecord extends GridRect {
  sheet: string;
  a1: string;
  kind: WriteKind;
}

export interface NamedRangeChange {
  name: string;
  action: "add" | "setRange" | "rename" | "remove";
  /** "Sheet!A2:A6", or "" for a removal. */
  ref: string;
}

/** Computes formula cells; returns each sheet's computed grid (0-based rows/columns). */
export interface FormulaEvaluator {
  evaluate(book: FakeWorkbook): Map<string, CellValue[][]>;
}

/** Everything a test may compare before and after a command. */
export interface WorkbookSnapshot {
  cells: Map<string, string>;
  namedRanges: Map<string, string>;
  /** Developer metadata, each as "key=value@where", sorted. */
  metadata: string[];
}

/** Sheets refuses longer sheet names. */
export const MAX_SHEET_NAME_LENGTH = 100;

export interface WorkbookOptions {
  /** IANA zone; tests default to America/New_York (west of UTC). */
  timeZone?: string;
  /** Defaults to en_IE: euros, as in SPEC §7's default plan. */
  locale?: string;
}

export class FakeWorkbook
  implements
    Pick<Spreadsheet, "getId" | "getName" | "getSpreadsheetLocale" | "getSpreadsheetTimeZone">,
    Accepts<
      Spreadsheet,
      "setSpreadsheetLocale" | "setSpreadsheetTimeZone" | "toast" | "getRangeByName"
    >
{
  readonly writes: WriteRecord[] = [];
  readonly namedRangeLog: NamedRangeChange[] = [];
  readonly ui = new FakeUi();
  /** Make the Nth write of a kind throw: `book.failures.failOn("values", 2)`. */
  readonly failures = new FailureInjector();
  private readonly sheets: FakeSheet[] = [];
  private named: FakeNamedRange[] = [];
  private metadata: StoredMetadata[] = [];
  private nextMetadataId = 1;
  private nextSheetId = 1;
  private activeSheet: FakeSheet | undefined;
  private locale: string;
  private timeZone: string;
  /** Toast messages shown to the user, oldest first. */
  readonly toasts: { message: string; title: string }[] = [];
  private evaluator: FormulaEvaluator | undefined;
  private computed: Map<string, CellValue[][]> | undefined;

  constructor(
    initialSheets: Record<string, unknown[][]> = { Sheet1: [] },
    options: WorkbookOptions = {},
  ) {
    this.locale = options.locale ?? "en_IE";
    this.timeZone = checkTimeZone(options.timeZone ?? DEFAULT_TIME_ZONE);
    for (const [name, rows] of Object.entries(initialSheets)) {
      const sheet = this.addSheet(name);
      sheet.fitGrid(rows.length, Math.max(0, ...rows.map((r) => r.length)));
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const { impliedFormat, ...stored } = storedFromInput(v, this.locale, this.timeZone);
          sheet.patch(
            r + 1,
            c + 1,
            impliedFormat ? { ...stored, numberFormat: impliedFormat } : stored,
          );
        }),
      );
    }
    this.writes.length = 0;
  }

  /** Evaluate formula cells with this engine from now on (getValues then returns results). */
  useFormulaEvaluator(evaluator: FormulaEvaluator): this {
    this.evaluator = evaluator;
    this.computed = undefined;
    return this;
  }

  getId(): string {
    return "fake-spreadsheet";
  }
  getName(): string {
    return "Untitled spreadsheet";
  }
  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }
  /** Exact name, as the product must not rely on Sheets matching names loosely. */
  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.getName() === name) ?? null;
  }
  getActiveSheet(): FakeSheet {
    return this.activeSheet && this.sheets.includes(this.activeSheet)
      ? this.activeSheet
      : this.sheets[0];
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.activeSheet = sheet;
    return sheet;
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.locale = locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.timeZone = checkTimeZone(timezone);
    this.computed = undefined;
  }
  toast(msg: string, title = "", _timeoutSeconds?: number | null): void {
    this.toasts.push({ message: msg, title });
  }
  insertSheet(name?: string, index?: number): FakeSheet {
    const sheetName = name ?? `Sheet${this.nextSheetId}`;
    this.checkSheetName(sheetName);
    this.failures.check("insertSheet");
    const sheet = this.addSheet(sheetName, index);
    this.record({ ...sheetLevel(sheetName), kind: "insertSheet" });
    // Spreadsheet.insertSheet: "The new sheet becomes the active sheet." (Apps Script reference)
    this.activeSheet = sheet;
    return sheet;
  }
  /** Removes the sheet; named ranges on it stay as broken references that keep their names. */
  deleteSheet(sheet: FakeSheet): void {
    if (!this.sheets.includes(sheet)) throw new Error("Sheet not found.");
    if (this.sheets.length === 1) {
      throw new Error("You can't remove all the sheets in a document.");
    }
    this.failures.check("deleteSheet");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const n of this.named)
      if (!n.isBroken() && n.getRange().getSheet() === sheet) n.breakReference();
    // "If the associated object is deleted its metadata is deleted too."
    this.metadata = this.metadata.filter(
      (m) => !("sheet" in m.location) || m.location.sheet !== sheet,
    );
    this.record({ ...sheetLevel(sheet.getName()), kind: "deleteSheet" });
  }
  /** "Sheet!A1:B2" or "A1:B2" (on the active sheet). */
  getRange(a1: string): FakeRange {
    const bang = a1.lastIndexOf("!");
    if (bang < 0) return this.getActiveSheet().getRange(a1);
    const name = a1
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    const sheet = this.getSheetByName(name);
    if (!sheet) throw new Error(`Range not found: ${a1}`);
    return sheet.getRange(a1.slice(bang + 1));
  }
  /** Internal: A1 notation of one sheet's range. */
  parseA1(a1: string): GridRect {
    return parseA1(a1);
  }

  /** Every named range, broken ones (whose sheet was deleted) included. */
  getNamedRanges(): FakeNamedRange[] {
    return [...this.named];
  }
  /** The range of a named range, ignoring case; null when there is none or it is broken. */
  getRangeByName(name: string): FakeRange | null {
    const found = this.findNamed(name);
    return found && !found.isBroken() ? found.getRange() : null;
  }
  /** Names a range; throws for a name Sheets refuses or one already taken (ignoring case). */
  setNamedRange(name: string, range: FakeRange): void {
    this.checkNewName(name, undefined);
    this.changeNamed(
      {
        name,
        action: "add",
        ref: `${sheetPrefix(range.getSheet().getName())}${range.getA1Notation()}`,
      },
      () => this.named.push(new FakeNamedRange(this, name, range)),
    );
  }
  /** Removes a named range by exact name (Spreadsheet.removeNamedRange). */
  removeNamedRange(name: string): void {
    const found = this.named.find((n) => n.getName() === name);
    if (!found) throw new Error(`No named range ${name}`);
    found.remove();
  }

  /** Internal: refuses a name Sheets would refuse. */
  checkNewName(name: string, self: FakeNamedRange | undefined): void {
    const problem = namedRangeNameProblem(String(name));
    if (problem) throw new Error(`Named range name "${name}" is invalid: it ${problem}.`);
    const clash = this.findNamed(name);
    if (clash && clash !== self) {
      throw new Error(`A named range with the name "${clash.getName()}" already exists.`);
    }
  }
  /** Internal: one named-range change, failure-checked and logged. */
  changeNamed(change: NamedRangeChange, apply: () => void): void {
    this.failures.check("namedRange");
    apply();
    this.recordNamed(change);
  }
  /** Internal. */
  dropNamed(named: FakeNamedRange): void {
    this.named = this.named.filter((n) => n !== named);
  }
  /**
   * Internal: rows or columns from `start` on moved by `delta` (negative: deleted) on `sheet`;
   * named ranges below/right move, those spanning `start` grow or shrink. With `lines`, only the
   * named ranges entirely within those columns (rows) move, as insertCells shifts only them.
   */
  shiftNamedRanges(
    sheet: FakeSheet,
    along: "rows" | "columns",
    start: number,
    delta: number,
    lines: { from: number; to: number } | undefined,
  ): void {
    for (const n of this.named) {
      if (n.isBroken() || n.getRange().getSheet() !== sheet) continue;
      const rect = { ...n.getRange().rect };
      const [pos, size, crossPos, crossSize] =
        along === "rows"
          ? (["row", "numRows", "column", "numColumns"] as const)
          : (["column", "numColumns", "row", "numRows"] as const);
      if (lines && (rect[crossPos] < lines.from || rect[crossPos] + rect[crossSize] - 1 > lines.to))
        continue;
      const first = rect[pos];
      const last = first + rect[size] - 1;
      if (delta > 0) {
        if (first >= start) rect[pos] = first + delta;
        else if (last >= start) rect[size] += delta;
        else continue;
      } else {
        const end = start - delta - 1;
        if (last < start) continue;
        const newFirst = first > end ? first + delta : first < start ? first : start;
        const newLast = last > end ? last + delta : start - 1;
        if (newLast < newFirst) {
          n.moveTo(undefined);
          continue;
        }
        rect[pos] = newFirst;
        rect[size] = newLast - newFirst + 1;
      }
      n.moveTo(new FakeRange(sheet, rect));
    }
  }

  addDeveloperMetadata(key: string, value?: string): this {
    this.addMetadata(key, value ?? null, { type: "SPREADSHEET" });
    return this;
  }
  /** The metadata located on the spreadsheet itself. */
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this.metadata
      .filter((m) => m.location.type === "SPREADSHEET")
      .map((m) => new FakeDeveloperMetadata(this, m));
  }
  /** Every developer metadata of the spreadsheet, whatever it is attached to. */
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return this.metadataFinder(() => true);
  }

  /** Internal. */
  metadataFinder(scope: (m: StoredMetadata) => boolean): FakeDeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(this, scope);
  }
  /** Internal. */
  allMetadata(): StoredMetadata[] {
    return [...this.metadata];
  }
  /** Internal: a new metadata, failure-checked. */
  addMetadata(key: string, value: string | null, location: MetadataLocation): void {
    if (typeof key !== "string" || key === "") throw new Error("A metadata key is required.");
    this.changeMetadata(() =>
      this.metadata.push({
        id: this.nextMetadataId++,
        key,
        value,
        visibility: "DOCUMENT",
        location,
      }),
    );
  }
  /** Internal: one metadata change, failure-checked and logged. */
  changeMetadata(apply: () => unknown): void {
    this.failures.check("metadata");
    apply();
    this.record({ ...sheetLevel(""), kind: "metadata" });
  }
  /** Internal. */
  dropMetadata(stored: StoredMetadata): void {
    this.metadata = this.metadata.filter((m) => m !== stored);
  }
  /** Internal: row and column metadata move with their rows and columns, and go with them. */
  shiftMetadata(sheet: FakeSheet, along: "rows" | "columns", start: number, delta: number): void {
    const type = along === "rows" ? "ROW" : "COLUMN";
    this.metadata = this.metadata.filter((m) => {
      const l = m.location;
      if (l.type !== type || l.sheet !== sheet || l.index < start) return true;
      if (delta < 0 && l.index < start - delta) return false;
      l.index += delta;
      return true;
    });
  }

  /**
   * Every cell (value/formula and formats); per sheet its grid size, frozen panes, widths, hidden
   * rows and columns, charts and rules (on its "#grid" line); every named range and metadata.
   */
  /** Every formula in the workbook keeps reading the cells an insertion moved (references.ts). */
  shiftReferences(change: Insertion): void {
    for (const sheet of this.sheets) {
      let changed = false;
      for (const [, , cell] of sheet.storedCells()) {
        if (cell.formula === undefined) continue;
        const shifted = shiftReferences(cell.formula, sheet.getName(), change);
        changed ||= shifted !== cell.formula;
        cell.formula = shifted;
      }
      // Another sheet's formulas changed too: logged as a formula write over its whole grid, so
      // whatever reads the log (the formula engine) looks at that sheet again.
      if (changed && sheet.getName() !== change.sheet)
        this.record({
          sheet: sheet.getName(),
          a1: "",
          kind: "formulas",
          row: 1,
          column: 1,
          numRows: sheet.getMaxRows(),
          numColumns: sheet.getMaxColumns(),
        });
    }
  }

  snapshot(): WorkbookSnapshot {
    const cells = new Map<string, string>();
    for (const sheet of this.sheets) {
      const prefix = sheetPrefix(sheet.getName());
      cells.set(
        `${prefix}#grid`,
        `${sheet.getMaxRows()}x${sheet.getMaxColumns()} ${sheet.describeSheetLevel()}`,
      );
      for (const [r, c, cell] of sheet.storedCells()) {
        cells.set(
          `${prefix}${toA1({ row: r, column: c, numRows: 1, numColumns: 1 })}`,
          describeCell(cell, this.timeZone),
        );
      }
    }
    const namedRanges = new Map(this.named.map((n) => [n.getName(), n.ref()]));
    return { cells, namedRanges, metadata: this.metadata.map(describeMetadata).sort() };
  }

  /** Writes whose range reaches outside `allowed` on `sheet` (or touch any other sheet). */
  writesOutside(sheetName: string, allowed: GridRect): WriteRecord[] {
    return this.writes.filter((w) => {
      if (w.sheet !== sheetName) return true;
      if (w.numRows === 0 || w.numColumns === 0) return false; // sheet-level settings
      const last = { row: w.row + w.numRows - 1, column: w.column + w.numColumns - 1 };
      return !contains(allowed, w.row, w.column) || !contains(allowed, last.row, last.column);
    });
  }

  /** Internal: the value getValues reports (formulas computed when an evaluator is set). */
  computedValue(sheet: FakeSheet, row: number, column: number): CellValue {
    const cell = sheet.cell(row, column);
    if (!this.evaluator) return cell?.value ?? "";
    // A typed value reads back as typed (a Date stays a Date, as in Sheets); only formula cells
    // and the cells their arrays spill into come from the engine.
    if (cell && cell.formula === undefined && cell.value !== "") return cell.value;
    this.computed ??= this.evaluator.evaluate(this);
    return this.computed.get(sheet.getName())?.[row - 1]?.[column - 1] ?? "";
  }
  /** Internal: the raw contents of every sheet (formulas as text), for an engine. */
  contents(): Map<string, (CellValue | null)[][]> {
    const out = new Map<string, (CellValue | null)[][]>();
    for (const sheet of this.sheets) {
      const grid: (CellValue | null)[][] = [];
      for (const [r, c, cell] of sheet.storedCells()) {
        const content = cell.formula ?? (cell.value === "" ? null : cell.value);
        if (content === null) continue;
        while (grid.length < r) grid.push([]);
        const line = grid[r - 1];
        while (line.length < c) line.push(null);
        line[c - 1] = content;
      }
      out.set(sheet.getName(), grid);
    }
    return out;
  }
  record(write: WriteRecord): void {
    this.writes.push(write);
    this.computed = undefined;
  }
  recordNamed(change: NamedRangeChange): void {
    this.namedRangeLog.push(change);
    this.computed = undefined;
  }
  /** Internal (Sheet.setName). */
  renameSheet(sheet: FakeSheet, name: string): void {
    this.checkSheetName(name, sheet);
    this.failures.check("renameSheet");
    this.record({ ...sheetLevel(sheet.getName()), kind: "renameSheet" });
  }

  private findNamed(name: string): FakeNamedRange | undefined {
    const lower = String(name).toLowerCase();
    return this.named.find((n) => n.getName().toLowerCase() === lower);
  }

  private checkSheetName(name: string, self?: FakeSheet): void {
    if (typeof name !== "string" || name.trim() === "") {
      throw new Error("Sheet names can't be blank.");
    }
    if (name.length > MAX_SHEET_NAME_LENGTH) {
      throw new Error(`Sheet names can't be longer than ${MAX_SHEET_NAME_LENGTH} characters.`);
    }
    const lower = name.toLowerCase();
    if (this.sheets.some((s) => s !== self && s.getName().toLowerCase() === lower)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  private addSheet(name: string, index?: number): FakeSheet {
    this.checkSheetName(name);
    const sheet = new FakeSheet(this, name, this.nextSheetId++);
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    return sheet;
  }
}

function sheetLevel(sheet: string): Omit<WriteRecord, "kind"> {
  return { sheet, a1: "", row: 0, column: 0, numRows: 0, numColumns: 0 };
}

/** Cells whose contents or formats differ between two snapshots, as "Sheet!A1". */
export function diffSnapshots(
  before: WorkbookSnapshot,
  after: WorkbookSnapshot,
): {
  cells: string[];
  namedRanges: string[];
  metadata: string[];
} {
  const changed = (a: Map<string, string>, b: Map<string, string>) =>
    [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();
  const kept = new Set(before.metadata);
  const now = new Set(after.metadata);
  return {
    cells: changed(before.cells, after.cells),
    namedRanges: changed(before.namedRanges, after.namedRanges),
    metadata: [
      ...before.metadata.filter((m) => !now.has(m)).map((m) => `-${m}`),
      ...after.metadata.filter((m) => !kept.has(m)).map((m) => `+${m}`),
    ],
  };
}
