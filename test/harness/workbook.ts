/**
 * An in-memory workbook implementing the slice of SpreadsheetApp the add-on uses: sheets, ranges
 * (values, formulas, number formats, notes, font weight), named ranges, frozen rows and column
 * widths. Every change is appended to `writes` / `namedRangeLog`, and `snapshot()` + `diffSnapshots()`
 * list changed cells, so tests can prove what a command touched. Formula cells evaluate through a
 * pluggable FormulaEvaluator (see workbookEngine.ts for the HyperFormula one).
 */
import { contains, parseA1, sheetPrefix, toA1, type GridRect } from "./a1";
import { FakeUi } from "./fakeUi";

export type CellValue = string | number | boolean | Date;

interface Cell {
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
  /** Data validation criteria, e.g. "CHECKBOX" (Range.setDataValidation). */
  validation?: FakeDataValidation["criteria"];
}

export type WriteKind =
  | "values"
  | "formulas"
  | "clearContent"
  | "clear"
  | "numberFormat"
  | "note"
  | "fontWeight"
  | "background"
  | "insertSheet"
  | "deleteSheet"
  | "renameSheet"
  | "frozenRows"
  | "frozenColumns"
  | "columnWidth"
  | "fontColor"
  | "fontStyle"
  | "fontSize"
  | "border"
  | "chart"
  | "conditionalFormat"
  | "dataValidation";

export interface WriteRecord extends GridRect {
  sheet: string;
  a1: string;
  kind: WriteKind;
}

export interface NamedRangeChange {
  name: string;
  action: "add" | "setRange" | "remove";
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
}

const EMPTY: CellValue = "";

function key(row: number, column: number): string {
  return `${row},${column}`;
}

function isFormulaText(v: unknown): v is string {
  return typeof v === "string" && v.startsWith("=") && v.length > 1;
}

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

function describeValue(cell: Cell | undefined): string {
  if (!cell) return "";
  const v = cell.value;
  const shown = isDate(v) ? `date:${v.toISOString()}` : `${typeof v}:${String(v)}`;
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
  ]
    .map((p) => p ?? "")
    .join("|");
}

/** Like Sheets: what a setValues string turns into (apostrophe = text, "=" = formula). */
function storedFromInput(v: unknown): Pick<Cell, "value" | "formula"> {
  if (v === null || v === undefined) return { value: EMPTY };
  if (typeof v === "string") {
    if (v.startsWith("'")) return { value: v.slice(1) };
    if (isFormulaText(v)) return { value: EMPTY, formula: v };
    return { value: v };
  }
  if (typeof v === "number" || typeof v === "boolean" || isDate(v))
    return { value: v as CellValue };
  throw new Error(`Sheets cannot store ${Object.prototype.toString.call(v)} in a cell`);
}

function formatNumber(value: number, format: string | undefined): string {
  if (format && format.includes("%")) {
    const decimals = (/\.(0+)%/.exec(format)?.[1] ?? "").length;
    return `${(value * 100).toFixed(decimals)}%`;
  }
  return String(value);
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly rect: GridRect,
  ) {
    if (rect.row < 1 || rect.column < 1 || rect.numRows < 1 || rect.numColumns < 1) {
      throw new Error(
        `The coordinates of the range are outside the dimensions of the sheet (${JSON.stringify(rect)}).`,
      );
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

  /** Values as Sheets returns them: formula cells give their computed value (when an evaluator is set). */
  getValues(): CellValue[][] {
    return this.map((row, column) => this.sheet.book.computedValue(this.sheet, row, column));
  }
  getValue(): CellValue {
    return this.getValues()[0][0];
  }
  getDisplayValues(): string[][] {
    return this.map((row, column) => {
      const v = this.sheet.book.computedValue(this.sheet, row, column);
      if (typeof v === "number") return formatNumber(v, this.sheet.cell(row, column)?.numberFormat);
      if (isDate(v)) return v.toISOString().slice(0, 10);
      return typeof v === "boolean" ? String(v).toUpperCase() : v;
    });
  }
  getFormulas(): string[][] {
    return this.map((row, column) => this.sheet.cell(row, column)?.formula ?? "");
  }
  getFormula(): string {
    return this.getFormulas()[0][0];
  }
  getNumberFormats(): string[][] {
    return this.map((row, column) => this.sheet.cell(row, column)?.numberFormat ?? "General");
  }
  getNumberFormat(): string {
    return this.getNumberFormats()[0][0];
  }
  getNotes(): string[][] {
    return this.map((row, column) => this.sheet.cell(row, column)?.note ?? "");
  }
  getNote(): string {
    return this.getNotes()[0][0];
  }
  getFontWeight(): string {
    return this.sheet.cell(this.rect.row, this.rect.column)?.fontWeight ?? "normal";
  }

  setValues(values: unknown[][]): this {
    this.checkShape(values);
    // A value replaces whatever formula the cell held, as in Sheets.
    this.write("values", (row, column) => ({
      formula: undefined,
      ...storedFromInput(values[row - this.rect.row][column - this.rect.column]),
    }));
    return this;
  }
  setValue(value: unknown): this {
    return this.setValues(this.map(() => value));
  }
  setFormulas(formulas: string[][]): this {
    this.checkShape(formulas);
    this.write("formulas", (row, column) => {
      const f = formulas[row - this.rect.row][column - this.rect.column];
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
    }));
    return this;
  }
  setNumberFormat(format: string): this {
    this.write("numberFormat", () => ({ numberFormat: format }));
    return this;
  }
  setNumberFormats(formats: string[][]): this {
    this.checkShape(formats);
    this.write("numberFormat", (row, column) => ({
      numberFormat: formats[row - this.rect.row][column - this.rect.column],
    }));
    return this;
  }
  setNote(note: string): this {
    this.write("note", () => ({ note }));
    return this;
  }
  /** Range.setDataValidation(rule): a rule from SpreadsheetApp.newDataValidation(). */
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
  setFontWeight(weight: string): this {
    this.write("fontWeight", () => ({ fontWeight: weight }));
    return this;
  }
  setBackground(color: string): this {
    this.write("background", () => ({ background: color }));
    return this;
  }
  setFontColor(color: string): this {
    this.write("fontColor", () => ({ fontColor: color }));
    return this;
  }
  setFontStyle(style: string): this {
    this.write("fontStyle", () => ({ fontStyle: style }));
    return this;
  }
  setFontSize(size: number): this {
    this.write("fontSize", () => ({ fontSize: size }));
    return this;
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

  private write(kind: WriteKind, change: (row: number, column: number) => Partial<Cell>): void {
    this.map((row, column) => this.sheet.patch(row, column, change(row, column)));
    this.sheet.book.record({
      sheet: this.sheet.getName(),
      a1: this.getA1Notation(),
      kind,
      ...this.rect,
    });
  }
}

/** An embedded chart as inserted: its kind, title, data ranges (A1 on its sheet) and anchor. */
export interface FakeChart {
  kind: "bar" | "column" | "line" | "pie";
  title: string;
  ranges: string[];
  row: number;
  column: number;
  options: Record<string, unknown>;
}

/** Sheet.newChart(): the builder calls the add-on makes, recorded into a FakeChart. */
export class FakeChartBuilder {
  private readonly chart: FakeChart = {
    kind: "column",
    title: "",
    ranges: [],
    row: 1,
    column: 1,
    options: {},
  };
  asBarChart(): this {
    this.chart.kind = "bar";
    return this;
  }
  asColumnChart(): this {
    this.chart.kind = "column";
    return this;
  }
  asLineChart(): this {
    this.chart.kind = "line";
    return this;
  }
  asPieChart(): this {
    this.chart.kind = "pie";
    return this;
  }
  addRange(range: FakeRange): this {
    this.chart.ranges.push(range.getA1Notation());
    return this;
  }
  setTitle(title: string): this {
    this.chart.title = title;
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.chart.options[option] = value;
    return this;
  }
  setPosition(anchorRow: number, anchorColumn: number, _offsetX: number, _offsetY: number): this {
    this.chart.row = anchorRow;
    this.chart.column = anchorColumn;
    return this;
  }
  build(): FakeChart {
    return { ...this.chart, ranges: [...this.chart.ranges], options: { ...this.chart.options } };
  }
}

/** A data validation rule; only the criteria the add-on uses are modelled (a checkbox). */
export interface FakeDataValidation {
  criteria: "CHECKBOX";
}

/** SpreadsheetApp.newDataValidation(): requireCheckbox().build(). */
export class FakeDataValidationBuilder {
  private criteria: "CHECKBOX" | undefined;
  requireCheckbox(): this {
    this.criteria = "CHECKBOX";
    return this;
  }
  build(): FakeDataValidation {
    if (!this.criteria) throw new Error("A data validation rule needs a criterion.");
    return { criteria: this.criteria };
  }
}

/** A conditional format rule: a custom formula and the background it applies to its ranges. */
export interface FakeConditionalRule {
  formula: string;
  background: string;
  ranges: string[];
}

export class FakeConditionalRuleBuilder {
  private rule: FakeConditionalRule = { formula: "", background: "", ranges: [] };
  whenFormulaSatisfied(formula: string): this {
    this.rule.formula = formula;
    return this;
  }
  setBackground(color: string): this {
    this.rule.background = color;
    return this;
  }
  setRanges(ranges: FakeRange[]): this {
    this.rule.ranges = ranges.map((r) => r.getA1Notation());
    return this;
  }
  build(): FakeConditionalRule {
    return { ...this.rule, ranges: [...this.rule.ranges] };
  }
}

export class FakeSheet {
  private readonly cells = new Map<string, Cell>();
  private readonly charts: FakeChart[] = [];
  private conditionalRules: FakeConditionalRule[] = [];
  private frozenRows = 0;
  private frozenColumns = 0;
  private readonly columnWidths = new Map<number, number>();

  constructor(
    readonly book: FakeWorkbook,
    private name: string,
    readonly sheetId: number,
  ) {}

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
    if (typeof rowOrA1 === "string") return new FakeRange(this, parseA1(rowOrA1));
    return new FakeRange(this, { row: rowOrA1, column: column ?? 1, numRows, numColumns });
  }
  getDataRange(): FakeRange {
    return this.getRange(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  /** The last row with content (a value or a formula); 0 when the sheet is empty. */
  getLastRow(): number {
    return Math.max(0, ...this.contentCells().map(([r]) => r));
  }
  getLastColumn(): number {
    return Math.max(0, ...this.contentCells().map(([, c]) => c));
  }
  getMaxRows(): number {
    return Math.max(1000, this.getLastRow());
  }
  getMaxColumns(): number {
    return Math.max(26, this.getLastColumn());
  }

  setFrozenRows(rows: number): this {
    this.frozenRows = rows;
    this.book.record({
      sheet: this.name,
      a1: "",
      kind: "frozenRows",
      row: 1,
      column: 1,
      numRows: rows,
      numColumns: 0,
    });
    return this;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setFrozenColumns(columns: number): this {
    this.frozenColumns = columns;
    this.book.record({
      sheet: this.name,
      a1: "",
      kind: "frozenColumns",
      row: 1,
      column: 1,
      numRows: 0,
      numColumns: columns,
    });
    return this;
  }
  getFrozenColumns(): number {
    return this.frozenColumns;
  }
  setColumnWidth(column: number, width: number): this {
    this.columnWidths.set(column, width);
    this.book.record({
      sheet: this.name,
      a1: "",
      kind: "columnWidth",
      row: 1,
      column,
      numRows: 0,
      numColumns: 1,
    });
    return this;
  }
  getColumnWidth(column: number): number {
    return this.columnWidths.get(column) ?? 100;
  }

  newChart(): FakeChartBuilder {
    return new FakeChartBuilder();
  }
  insertChart(chart: FakeChart): void {
    this.charts.push(chart);
    this.book.record({
      sheet: this.name,
      a1: "",
      kind: "chart",
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
    const i = this.charts.indexOf(chart);
    if (i >= 0) this.charts.splice(i, 1);
    this.book.record({
      sheet: this.name,
      a1: "",
      kind: "chart",
      row: 0,
      column: 0,
      numRows: 0,
      numColumns: 0,
    });
  }
  setConditionalFormatRules(rules: FakeConditionalRule[]): void {
    this.conditionalRules = [...rules];
    this.book.record({
      sheet: this.name,
      a1: "",
      kind: "conditionalFormat",
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

  /** Internal: one cell's stored state (no evaluation). */
  cell(row: number, column: number): Cell | undefined {
    return this.cells.get(key(row, column));
  }
  /** Internal: merges a change into a cell, dropping cells that end up empty. */
  patch(row: number, column: number, change: Partial<Cell>): void {
    const next: Cell = { ...(this.cells.get(key(row, column)) ?? { value: EMPTY }), ...change };
    for (const k of Object.keys(next) as (keyof Cell)[]) if (next[k] === undefined) delete next[k];
    const isEmpty = next.value === EMPTY && Object.keys(next).length === 1;
    if (isEmpty) this.cells.delete(key(row, column));
    else this.cells.set(key(row, column), next);
  }
  /** Internal: [row, column, cell] of every stored cell. */
  storedCells(): [number, number, Cell][] {
    return [...this.cells.entries()].map(([k, cell]) => {
      const [r, c] = k.split(",").map(Number);
      return [r, c, cell];
    });
  }
  private contentCells(): [number, number, Cell][] {
    return this.storedCells().filter(
      ([, , cell]) => cell.formula !== undefined || cell.value !== EMPTY,
    );
  }
}

export class FakeNamedRange {
  constructor(
    private readonly book: FakeWorkbook,
    private name: string,
    private range: FakeRange,
  ) {}
  getName(): string {
    return this.name;
  }
  getRange(): FakeRange {
    return this.range;
  }
  setRange(range: FakeRange): this {
    this.range = range;
    this.book.recordNamed({ name: this.name, action: "setRange", ref: refOf(range) });
    return this;
  }
  setName(name: string): this {
    this.book.removeNamedRange(this.name);
    this.name = name;
    this.book.setNamedRange(name, this.range);
    return this;
  }
  remove(): void {
    this.book.removeNamedRange(this.name);
  }
}

function refOf(range: FakeRange): string {
  return `${sheetPrefix(range.getSheet().getName())}${range.getA1Notation()}`;
}

const NAMED_RANGE_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const LOOKS_LIKE_REFERENCE = /^([A-Za-z]{1,3}\d+|R\d*C\d*|true|false)$/i;

export class FakeWorkbook {
  readonly writes: WriteRecord[] = [];
  readonly namedRangeLog: NamedRangeChange[] = [];
  readonly ui = new FakeUi();
  private readonly sheets: FakeSheet[] = [];
  private readonly named: FakeNamedRange[] = [];
  private nextSheetId = 1;
  private activeSheet: FakeSheet | undefined;
  private locale = "en_IE";
  /** Toast messages shown to the user, oldest first. */
  readonly toasts: { message: string; title: string }[] = [];
  private evaluator: FormulaEvaluator | undefined;
  private computed: Map<string, CellValue[][]> | undefined;

  constructor(initialSheets: Record<string, unknown[][]> = { Sheet1: [] }) {
    for (const [name, rows] of Object.entries(initialSheets)) {
      const sheet = this.addSheet(name);
      rows.forEach((row, r) =>
        row.forEach((v, c) => sheet.patch(r + 1, c + 1, storedFromInput(v))),
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
  /** Defaults to en_IE: euros, as in SPEC §7's default plan. */
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.locale = locale;
  }
  toast(message: string, title = "", _timeoutSeconds?: number): void {
    this.toasts.push({ message, title });
  }
  insertSheet(name?: string, index?: number): FakeSheet {
    const sheetName = name ?? `Sheet${this.nextSheetId}`;
    const sheet = this.addSheet(sheetName, index);
    this.record({
      sheet: sheetName,
      a1: "",
      kind: "insertSheet",
      row: 0,
      column: 0,
      numRows: 0,
      numColumns: 0,
    });
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.record({
      sheet: sheet.getName(),
      a1: "",
      kind: "deleteSheet",
      row: 0,
      column: 0,
      numRows: 0,
      numColumns: 0,
    });
  }
  /** "Sheet!A1:B2" or "A1:B2" (on the first sheet). */
  getRange(a1: string): FakeRange {
    const bang = a1.lastIndexOf("!");
    if (bang < 0) return this.sheets[0].getRange(a1);
    const name = a1
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    const sheet = this.getSheetByName(name);
    if (!sheet) throw new Error(`Range not found: ${a1}`);
    return sheet.getRange(a1.slice(bang + 1));
  }

  getNamedRanges(): FakeNamedRange[] {
    return [...this.named];
  }
  getRangeByName(name: string): FakeRange | null {
    return this.named.find((n) => n.getName() === name)?.getRange() ?? null;
  }
  setNamedRange(name: string, range: FakeRange): void {
    if (!NAMED_RANGE_NAME.test(name) || LOOKS_LIKE_REFERENCE.test(name) || name.length > 250) {
      throw new Error(`Named range name is invalid: ${name}`);
    }
    const existing = this.named.find((n) => n.getName().toLowerCase() === name.toLowerCase());
    if (existing) this.named.splice(this.named.indexOf(existing), 1);
    this.named.push(new FakeNamedRange(this, name, range));
    this.recordNamed({ name, action: "add", ref: refOf(range) });
  }
  removeNamedRange(name: string): void {
    const i = this.named.findIndex((n) => n.getName() === name);
    if (i < 0) throw new Error(`No named range ${name}`);
    this.named.splice(i, 1);
    this.recordNamed({ name, action: "remove", ref: "" });
  }

  /** Every cell (value/formula and formats) and named range, for before/after comparisons. */
  snapshot(): WorkbookSnapshot {
    const cells = new Map<string, string>();
    for (const sheet of this.sheets) {
      for (const [r, c, cell] of sheet.storedCells()) {
        cells.set(
          `${sheetPrefix(sheet.getName())}${toA1({ row: r, column: c, numRows: 1, numColumns: 1 })}`,
          describeValue(cell),
        );
      }
    }
    const namedRanges = new Map(this.named.map((n) => [n.getName(), refOf(n.getRange())]));
    return { cells, namedRanges };
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
    if (!this.evaluator) return cell?.value ?? EMPTY;
    // A typed value reads back as typed (a Date stays a Date, as in Sheets); only formula cells
    // and the cells their arrays spill into come from the engine.
    if (cell && cell.formula === undefined && cell.value !== EMPTY) return cell.value;
    this.computed ??= this.evaluator.evaluate(this);
    return this.computed.get(sheet.getName())?.[row - 1]?.[column - 1] ?? EMPTY;
  }
  /** Internal: the raw contents of every sheet (formulas as text), for an engine. */
  contents(): Map<string, (CellValue | null)[][]> {
    const out = new Map<string, (CellValue | null)[][]>();
    for (const sheet of this.sheets) {
      const grid: (CellValue | null)[][] = [];
      for (const [r, c, cell] of sheet.storedCells()) {
        const content = cell.formula ?? (cell.value === EMPTY ? null : cell.value);
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
  renameSheet(sheet: FakeSheet, name: string): void {
    if (this.getSheetByName(name))
      throw new Error(`A sheet with the name "${name}" already exists.`);
    this.record({
      sheet: sheet.getName(),
      a1: "",
      kind: "renameSheet",
      row: 0,
      column: 0,
      numRows: 0,
      numColumns: 0,
    });
  }

  private addSheet(name: string, index?: number): FakeSheet {
    if (this.getSheetByName(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this, name, this.nextSheetId++);
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    return sheet;
  }
}

/** Cells whose contents or formats differ between two snapshots, as "Sheet!A1". */
export function diffSnapshots(
  before: WorkbookSnapshot,
  after: WorkbookSnapshot,
): {
  cells: string[];
  namedRanges: string[];
} {
  const changed = (a: Map<string, string>, b: Map<string, string>) =>
    [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();
  return {
    cells: changed(before.cells, after.cells),
    namedRanges: changed(before.namedRanges, after.namedRanges),
  };
}
