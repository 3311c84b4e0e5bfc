/**
 * Sheet: a grid of maxRows × maxColumns (a new sheet is 1000 × 26; users may delete columns, so a
 * sheet can be narrower than a table), its cells, frozen rows, column widths, charts and
 * conditional formats. Rows and cells can be inserted and deleted with Sheets' shifting rules.
 */
import { contains, parseA1, toA1, type GridRect } from "./a1";
import { cellKey, EMPTY, type Cell } from "./cell";
import { FakeChartBuilder, type FakeChart, type FakeConditionalRule } from "./charts";
import type { OperationKind } from "./failures";
import { FakeRange } from "./range";
import { FakeRangeList } from "./rangeList";
import type { FakeNamedRange } from "./namedRange";
import type { FakeDeveloperMetadata, FakeDeveloperMetadataFinder } from "./developerMetadata";
import type { FakeWorkbook } from "./spreadsheet";
import type { Accepts } from "./typing";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

export class FakeSheet
  implements
    Pick<
      Sheet,
      | "getName"
      | "getSheetId"
      | "getIndex"
      | "getLastRow"
      | "getLastColumn"
      | "getMaxRows"
      | "getMaxColumns"
      | "getFrozenRows"
      | "getFrozenColumns"
      | "getColumnWidth"
    >,
    Accepts<
      Sheet,
      | "setName"
      | "setFrozenRows"
      | "setFrozenColumns"
      | "setColumnWidth"
      | "insertRowsAfter"
      | "insertColumnsAfter"
      | "deleteColumns"
      | "deleteRows"
      | "setColumnWidths"
      | "hideColumns"
      | "showColumns"
      | "hideRows"
      | "showRows"
      | "getRangeList"
      | "addDeveloperMetadata"
    >
{
  private cells = new Map<string, Cell>();
  private readonly charts: FakeChart[] = [];
  private conditionalRules: FakeConditionalRule[] = [];
  private frozenRows = 0;
  private frozenColumns = 0;
  private columnWidths = new Map<number, number>();
  private hiddenColumns = new Set<number>();
  private hiddenRows = new Set<number>();
  private maxRows: number;
  private maxColumns: number;

  constructor(
    readonly book: FakeWorkbook,
    private name: string,
    readonly sheetId: number,
    size: { rows: number; columns: number } = { rows: NEW_SHEET_ROWS, columns: NEW_SHEET_COLUMNS },
  ) {
    this.maxRows = size.rows;
    this.maxColumns = size.columns;
  }

  getName(): string {
    return this.name;
  }
  setName(name: string): this {
    this.book.renameSheet(this, name);
    this.name = name;
    return this;
  }
  getSheetId(): number {
    return this.sheetId;
  }
  getIndex(): number {
    return this.book.getSheets().indexOf(this) + 1;
  }
  getParent(): FakeWorkbook {
    return this.book;
  }

  getRange(a1: string): FakeRange;
  getRange(row: number, column: number, numRows?: number, numColumns?: number): FakeRange;
  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    if (typeof rowOrA1 === "string") return new FakeRange(this, this.book.parseA1(rowOrA1));
    if (column === undefined) throw new Error("getRange(row, column): the column is missing.");
    return new FakeRange(this, { row: rowOrA1, column, numRows, numColumns });
  }
  /**
   * Sheet.getSheetValues(startRow, startColumn, numRows, numColumns): the values of that grid in
   * one call; "A -1 value given as the row or column position is equivalent to getting the very
   * last row or column that has data in the sheet" (Apps Script reference, Class Sheet).
   */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number) {
    const rows = numRows === -1 ? Math.max(1, this.getLastRow() - startRow + 1) : numRows;
    const columns =
      numColumns === -1 ? Math.max(1, this.getLastColumn() - startColumn + 1) : numColumns;
    return this.getRange(startRow, startColumn, rows, columns).getValues();
  }
  getDataRange(): FakeRange {
    return this.getRange(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  /** The last row with content (a value or a formula); 0 when the sheet is empty. */
  getLastRow(): number {
    let last = 0;
    for (const [r, , cell] of this.storedCells()) if (hasContent(cell) && r > last) last = r;
    return last;
  }
  getLastColumn(): number {
    let last = 0;
    for (const [, c, cell] of this.storedCells()) if (hasContent(cell) && c > last) last = c;
    return last;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }

  /** Adds `howMany` rows after row `afterPosition`; everything below moves down. */
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.checkPosition(afterPosition, this.maxRows, "row", 0);
    this.checkCount(howMany);
    this.mutate("insertRows", () => {
      this.moveCells((r, c) => (r > afterPosition ? [r + howMany, c] : [r, c]));
      this.book.shiftReferences({
        sheet: this.name,
        along: "rows",
        at: afterPosition + 1,
        howMany,
      });
      this.maxRows += howMany;
      this.book.shiftNamedRanges(this, "rows", afterPosition + 1, howMany, undefined);
      this.shiftSheetLevel("rows", afterPosition + 1, howMany);
    });
    return this;
  }
  /** Adds `howMany` columns after column `afterPosition`; everything right of it moves right. */
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.checkPosition(afterPosition, this.maxColumns, "column", 0);
    this.checkCount(howMany);
    this.mutate("insertColumns", () => {
      this.moveCells((r, c) => (c > afterPosition ? [r, c + howMany] : [r, c]));
      this.book.shiftReferences({
        sheet: this.name,
        along: "columns",
        at: afterPosition + 1,
        howMany,
      });
      this.maxColumns += howMany;
      this.book.shiftNamedRanges(this, "columns", afterPosition + 1, howMany, undefined);
      this.shiftSheetLevel("columns", afterPosition + 1, howMany);
    });
    return this;
  }
  /** Deletes columns `columnPosition` … `+howMany-1` with their cells; the grid gets narrower. */
  deleteColumns(columnPosition: number, howMany: number): void {
    this.checkPosition(columnPosition, this.maxColumns, "column", 1);
    this.checkCount(howMany);
    const last = columnPosition + howMany - 1;
    if (last > this.maxColumns) {
      throw new Error("Those columns are out of bounds.");
    }
    if (howMany >= this.maxColumns) {
      throw new Error("You can't delete all the columns on the sheet.");
    }
    this.mutate("deleteColumns", () => {
      this.moveCells((r, c) =>
        c < columnPosition ? [r, c] : c > last ? [r, c - howMany] : undefined,
      );
      this.maxColumns -= howMany;
      this.book.shiftNamedRanges(this, "columns", columnPosition, -howMany, undefined);
      this.shiftSheetLevel("columns", columnPosition, -howMany);
    });
  }

  /** Deletes rows `rowPosition` … `+howMany-1` with their cells; the grid gets shorter. */
  deleteRows(rowPosition: number, howMany: number): void {
    this.checkPosition(rowPosition, this.maxRows, "row", 1);
    this.checkCount(howMany);
    const last = rowPosition + howMany - 1;
    if (last > this.maxRows) throw new Error("Those rows are out of bounds.");
    if (howMany >= this.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this.mutate("deleteRows", () => {
      this.moveCells((r, c) =>
        r < rowPosition ? [r, c] : r > last ? [r - howMany, c] : undefined,
      );
      this.maxRows -= howMany;
      this.book.shiftNamedRanges(this, "rows", rowPosition, -howMany, undefined);
      this.shiftSheetLevel("rows", rowPosition, -howMany);
    });
  }

  setFrozenRows(rows: number): this {
    this.mutate("frozenRows", () => (this.frozenRows = rows), { numRows: rows, numColumns: 0 });
    return this;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setFrozenColumns(columns: number): this {
    this.mutate("frozenColumns", () => (this.frozenColumns = columns), {
      numRows: 0,
      numColumns: columns,
    });
    return this;
  }
  getFrozenColumns(): number {
    return this.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this.mutate("columnWidth", () => this.columnWidths.set(columnPosition, width), {
      column: columnPosition,
      numRows: 0,
      numColumns: 1,
    });
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(columnPosition) ?? 100;
  }
  /** Sheet.setColumnWidths(startColumn, numColumns, width): one call for a run of columns. */
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.checkPosition(startColumn, this.maxColumns, "column", 1);
    this.checkCount(numColumns);
    this.mutate(
      "columnWidth",
      () => {
        for (let c = startColumn; c < startColumn + numColumns; c++)
          this.columnWidths.set(c, width);
      },
      { column: startColumn, numRows: 0, numColumns },
    );
    return this;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    this.setHidden(this.hiddenColumns, columnIndex, numColumns, true);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this.setHidden(this.hiddenColumns, columnIndex, numColumns, false);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.hiddenColumns.has(columnPosition);
  }
  hideRows(rowIndex: number, numRows = 1): void {
    this.setHidden(this.hiddenRows, rowIndex, numRows, true);
  }
  showRows(rowIndex: number, numRows = 1): void {
    this.setHidden(this.hiddenRows, rowIndex, numRows, false);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this.hiddenRows.has(rowPosition);
  }

  /** Sheet.getRangeList(a1Notations): ranges of this sheet, "a non-empty list of A1 notations". */
  getRangeList(a1Notations: string[]): FakeRangeList {
    return new FakeRangeList(
      this,
      a1Notations.map((a1) => this.getRange(a1)),
    );
  }
  /** Sheet.getNamedRanges(): the named ranges on this sheet (broken ones are on no sheet). */
  getNamedRanges(): FakeNamedRange[] {
    return this.book
      .getNamedRanges()
      .filter((n) => !n.isBroken() && n.getRange().getSheet() === this);
  }
  addDeveloperMetadata(key: string, value?: string): this {
    this.book.addMetadata(key, value ?? null, { type: "SHEET", sheet: this });
    return this;
  }
  /** The metadata located on this sheet itself (developerMetadata.ts: the stricter reading). */
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this.book
      .createDeveloperMetadataFinder()
      .find()
      .filter((m) => m.stored.location.type === "SHEET" && m.stored.location.sheet === this);
  }
  /** Metadata on this sheet, its rows and its columns. */
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return this.book.metadataFinder((m) => "sheet" in m.location && m.location.sheet === this);
  }

  newChart(): FakeChartBuilder {
    return new FakeChartBuilder();
  }
  insertChart(chart: FakeChart): void {
    this.mutate("chart", () => this.charts.push(chart), {
      row: 0,
      column: 0,
      numRows: 0,
      numColumns: 0,
    });
  }
  getCharts(): FakeChart[] {
    return [...this.charts];
  }
  removeChart(chart: FakeChart): void {
    this.mutate(
      "chart",
      () => {
        const i = this.charts.indexOf(chart);
        if (i >= 0) this.charts.splice(i, 1);
      },
      { row: 0, column: 0, numRows: 0, numColumns: 0 },
    );
  }
  setConditionalFormatRules(rules: FakeConditionalRule[]): void {
    this.mutate("conditionalFormat", () => (this.conditionalRules = [...rules]), {
      row: 0,
      column: 0,
      numRows: 0,
      numColumns: 0,
    });
  }
  getConditionalFormatRules(): FakeConditionalRule[] {
    return [...this.conditionalRules];
  }
  activate(): this {
    this.book.setActiveSheet(this);
    return this;
  }

  /** Internal: frozen panes, widths, hidden rows and columns, charts and rules, as one line. */
  describeSheetLevel(): string {
    const sorted = <T>(xs: Iterable<T>) => [...xs].sort();
    return JSON.stringify({
      frozen: [this.frozenRows, this.frozenColumns],
      widths: sorted([...this.columnWidths].map(([c, w]) => `${c}:${w}`)),
      hiddenColumns: sorted(this.hiddenColumns),
      hiddenRows: sorted(this.hiddenRows),
      charts: this.charts,
      rules: this.conditionalRules,
    });
  }

  /**
   * Internal: what Sheets moves with inserted or deleted rows and columns besides cells — widths,
   * hidden rows and columns, chart and conditional-format ranges (their A1 text here), metadata.
   */
  private shiftSheetLevel(along: "rows" | "columns", start: number, delta: number): void {
    const moved = (i: number): number | undefined =>
      i < start ? i : delta < 0 && i < start - delta ? undefined : i + delta;
    const remap = <T>(entries: Iterable<[number, T]>) => {
      const out = new Map<number, T>();
      for (const [i, v] of entries) {
        const to = moved(i);
        if (to !== undefined) out.set(to, v);
      }
      return out;
    };
    if (along === "columns") {
      this.columnWidths = remap(this.columnWidths);
      this.hiddenColumns = new Set(remap([...this.hiddenColumns].map((c) => [c, c])).keys());
    } else {
      this.hiddenRows = new Set(remap([...this.hiddenRows].map((r) => [r, r])).keys());
    }
    const shift = (a1: string) => shiftA1(a1, along, start, delta);
    for (const chart of this.charts) {
      chart.ranges = chart.ranges.map(shift);
      if (along === "rows") chart.row = moved(chart.row) ?? start;
      else chart.column = moved(chart.column) ?? start;
    }
    for (const rule of this.conditionalRules) rule.ranges = rule.ranges.map(shift);
    this.book.shiftMetadata(this, along, start, delta);
  }

  private setHidden(set: Set<number>, first: number, count: number, hidden: boolean): void {
    const max = set === this.hiddenColumns ? this.maxColumns : this.maxRows;
    this.checkPosition(first, max, set === this.hiddenColumns ? "column" : "row", 1);
    this.checkCount(count);
    this.mutate("hidden", () => {
      for (let i = first; i < first + count; i++) {
        if (hidden) set.add(i);
        else set.delete(i);
      }
    });
  }

  /** Internal: one cell's stored state (no evaluation). */
  cell(row: number, column: number): Cell | undefined {
    return this.cells.get(cellKey(row, column));
  }
  /** Internal: merges a change into a cell, dropping cells that end up empty. */
  patch(row: number, column: number, change: Partial<Cell>): void {
    const next: Cell = { ...(this.cells.get(cellKey(row, column)) ?? { value: EMPTY }), ...change };
    for (const k of Object.keys(next) as (keyof Cell)[]) if (next[k] === undefined) delete next[k];
    const isEmpty = next.value === EMPTY && Object.keys(next).length === 1;
    if (isEmpty) this.cells.delete(cellKey(row, column));
    else this.cells.set(cellKey(row, column), next);
  }
  /** Internal: [row, column, cell] of every stored cell. */
  storedCells(): [number, number, Cell][] {
    // One pass without intermediate arrays: the preview reads sheets of 20 000 cells per edit.
    const out: [number, number, Cell][] = [];
    for (const [k, cell] of this.cells) {
      const comma = k.indexOf(",");
      out.push([Number(k.slice(0, comma)), Number(k.slice(comma + 1)), cell]);
    }
    return out;
  }
  /** Internal: grows the grid when a sheet is created with data larger than a new sheet. */
  fitGrid(rows: number, columns: number): void {
    this.maxRows = Math.max(this.maxRows, rows);
    this.maxColumns = Math.max(this.maxColumns, columns);
  }

  /**
   * Internal (Range.insertCells / deleteCells): `direction` 1 inserts `rect`'s cells, -1 deletes
   * them. Only the cells in line with the rectangle move (same columns for rows, same rows for
   * columns).
   */
  shiftCells(rect: GridRect, along: "rows" | "columns", direction: 1 | -1): void {
    const kind: OperationKind = direction === 1 ? "insertCells" : "deleteCells";
    const span = along === "rows" ? rect.numRows : rect.numColumns;
    const inLine = (r: number, c: number) =>
      along === "rows"
        ? c >= rect.column && c < rect.column + rect.numColumns && r >= rect.row
        : r >= rect.row && r < rect.row + rect.numRows && c >= rect.column;
    // Sheets: "The new cells retain any formatting present in the cells previously occupying
    // this range" — formats stay, contents move.
    const keptFormats =
      direction === 1
        ? this.storedCells()
            .filter(([r, c]) => contains(rect, r, c))
            .map(([r, c, cell]) => [r, c, formatsOf(cell)] as const)
        : [];
    this.mutate(
      kind,
      () => {
        this.moveCells((r, c) => {
          if (!inLine(r, c)) return [r, c];
          const at = along === "rows" ? r - rect.row : c - rect.column;
          if (direction === -1 && at < span) return undefined;
          const delta = direction * span;
          return along === "rows" ? [r + delta, c] : [r, c + delta];
        });
        for (const [r, c, formats] of keptFormats) this.patch(r, c, formats);
        // Cells pushed past the edge make the grid grow rather than fall off it.
        if (along === "rows") this.maxRows = Math.max(this.maxRows, this.getLastRow());
        else this.maxColumns = Math.max(this.maxColumns, this.getLastColumn());
        const start = along === "rows" ? rect.row : rect.column;
        const lines =
          along === "rows"
            ? { from: rect.column, to: rect.column + rect.numColumns - 1 }
            : { from: rect.row, to: rect.row + rect.numRows - 1 };
        this.book.shiftNamedRanges(this, along, start, direction * span, lines);
      },
      rect,
    );
  }

  private moveCells(to: (row: number, column: number) => [number, number] | undefined): void {
    const next = new Map<string, Cell>();
    for (const [r, c, cell] of this.storedCells()) {
      const target = to(r, c);
      if (target) next.set(cellKey(target[0], target[1]), cell);
    }
    this.cells = next;
  }

  private mutate(kind: OperationKind, apply: () => unknown, at: Partial<GridRect> = {}): void {
    this.book.failures.check(kind);
    apply();
    this.book.record({
      sheet: this.name,
      a1: "",
      kind,
      row: at.row ?? 1,
      column: at.column ?? 1,
      numRows: at.numRows ?? 0,
      numColumns: at.numColumns ?? 0,
    });
  }

  private checkPosition(position: number, max: number, what: string, min: number): void {
    if (!Number.isInteger(position) || position < min || position > max) {
      throw new Error(`Those ${what}s are out of bounds.`);
    }
  }
  private checkCount(howMany: number): void {
    if (!Number.isInteger(howMany) || howMany < 1) {
      throw new Error("The number of rows or columns to insert or delete must be at least 1.");
    }
  }
}

/**
 * An A1 range after rows or columns from `start` moved by `delta` (negative: deleted), as Sheets
 * adjusts a chart's or a rule's range: a range spanning the change grows or shrinks with it.
 */
export function shiftA1(
  a1: string,
  along: "rows" | "columns",
  start: number,
  delta: number,
): string {
  const rect = parseA1(a1);
  const [pos, size] =
    along === "rows" ? (["row", "numRows"] as const) : (["column", "numColumns"] as const);
  const first = rect[pos];
  const last = first + rect[size] - 1;
  if (delta > 0) {
    if (first >= start) rect[pos] = first + delta;
    else if (last >= start) rect[size] += delta;
  } else {
    const end = start - delta - 1;
    const newFirst = first > end ? first + delta : first < start ? first : start;
    const newLast = last > end ? last + delta : last < start ? last : start - 1;
    rect[pos] = newFirst;
    rect[size] = Math.max(1, newLast - newFirst + 1);
  }
  return toA1(rect);
}

/** A cell's formatting without its contents or note. */
function formatsOf(cell: Cell): Partial<Cell> {
  const formats: Partial<Cell> = { ...cell };
  delete formats.value;
  delete formats.formula;
  delete formats.note;
  return formats;
}

function hasContent(cell: Cell): boolean {
  return cell.formula !== undefined || cell.value !== EMPTY;
}
