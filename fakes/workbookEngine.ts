/**
 * Bridges the FakeWorkbook to HyperFormula (formulaEngine.ts, with the built add-on's custom
 * functions): `attachFormulaEngine(book, bundle)` makes getValues return computed results, spills
 * included, as Sheets would show them.
 *
 * One engine per workbook, kept alive and updated incrementally: before each read, only the sheets
 * written since the last read are compared with the engine's copy and the cells that differ are
 * set (HyperFormula then recalculates what depends on them). Named ranges are named expressions
 * in the engine, redefined when a range moves, as Sheets evaluates them (SPEC §10) — formulas
 * keep their names.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { isDate } from "../src/core/cellValue";
import { sheetPrefix, toA1, type GridRect } from "./a1";
import { serialFromDate } from "./dates";
import {
  ENGINE_CONFIG,
  isCustomFunction,
  sizeSpillsThroughNames,
  useBuiltAddon,
  useTimeZone,
  type CallableAddon,
} from "./formulaEngine";
import type { Cell } from "./cell";
import type { CellValue, FakeSheet, FakeWorkbook, FormulaEvaluator } from "./spreadsheet";

/** Writes that change what cells hold, within the range written. */
const CONTENT = new Set<string>(["values", "formulas", "clearContent", "clear"]);
/** Writes that change only how cells look, or the sheet around them: nothing for the engine. */
const FORMAT_ONLY = new Set<string>([
  "numberFormat",
  "note",
  "fontWeight",
  "background",
  "fontColor",
  "fontStyle",
  "fontSize",
  "border",
  "dataValidation",
  "frozenRows",
  "frozenColumns",
  "columnWidth",
  "chart",
  "conditionalFormat",
]);

/** A stored cell as the engine is given it: a number, a boolean, "=formula" or "'text". */
type Content = number | boolean | string;

interface MirroredSheet {
  id: number;
  name: string;
  /** "row,column" (0-based) → the cell's content (formulas as the workbook spells them). */
  cells: Map<string, Content>;
}

interface MirroredName {
  /** The name the engine knows it by (a Sheets name HyperFormula refuses gets an alias). */
  engineName: string;
  expression: string;
}

/**
 * HyperFormula's named-expression syntax: Latin letters only (A-Z, U+00C0–U+02AF). Sheets allows
 * letters of any script (`Воронка_Rates`, `漏斗_Rates`); those reach the engine under an alias.
 */
const ENGINE_NAME = /^[A-Za-z\u00C0-\u02AF_][A-Za-z\u00C0-\u02AF0-9_.]*$/;
/** A name in formula text: letters of any script, digits, "_" and ".", not a function call. */
const IDENTIFIER = /(?<![\p{L}\p{N}_.!$'])([\p{L}_][\p{L}\p{N}_.]*)(?![\p{L}\p{N}_.(!])/gu;
const STRING_LITERAL = /("(?:[^"]|"")*")/;

/** Sheets' words when an array result would pass the sheet's last row or column. */
export function notExpandedMessage(kind: "rows" | "columns", missing: number): string {
  // Sheets' wording, e.g. "Result was not automatically expanded, please insert more columns (1)."
  // as the Sheets API reports a cell's errorValue (and as users quote it, e.g.
  // globaldothealth/monkeypox#175: "…please insert more rows (851)").
  return `#REF! Result was not automatically expanded, please insert more ${kind} (${missing}).`;
}

function cellKey(row: number, column: number): string {
  return `${row},${column}`;
}

function fromEngineValue(v: unknown): CellValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "value" in v) {
    const err = v as { value: string; message?: string };
    return `${err.value}${err.message ? ` ${err.message}` : ""}`;
  }
  return v as CellValue;
}

function isEngineError(v: unknown): v is { type: string; value: string; message?: string } {
  return typeof v === "object" && v !== null && "type" in v && "value" in v;
}

/** The array results of the engine, by HyperFormula's internal array mapping (3.5). */
interface ArrayVertexLike {
  formula: unknown;
  sheet: number;
  leftCorner: { row: number; col: number };
  width: number;
  height: number;
}
interface EngineInternals {
  arrayMapping: { arrayMapping: Map<string, ArrayVertexLike> };
}

/** Cells a spill reaching past the grid shows differently: its anchor's error, its cells empty. */
interface EdgeSpills {
  anchors: Map<string, string>;
  hidden: Set<string>;
}

export class LiveWorkbookEngine implements FormulaEvaluator {
  private hf: HyperFormula | undefined;
  private readonly sheets = new Map<FakeSheet, MirroredSheet>();
  /** Lower-case Sheets name → its definition in the engine. */
  private readonly names = new Map<string, MirroredName>();
  private writesSeen = 0;
  private namedChangesSeen = 0;
  private timeZone = "";
  private aliases = 0;
  private everyFormula = false;
  /** Spills past their sheet's edge, as of the last change. */
  private edges: Map<number, EdgeSpills> | undefined;

  constructor(private readonly bundle: CallableAddon) {}

  /** Brings the engine up to date with the workbook; values are read per sheet on demand. */
  evaluate(book: FakeWorkbook): Map<string, CellValue[][]> {
    const hf = this.sync(book);
    const edges = (this.edges ??= this.edgeSpills());
    const valuesOf = (id: number) => this.sheetValues(hf, id, edges.get(id));
    return new (class extends Map<string, CellValue[][]> {
      override get(name: string): CellValue[][] | undefined {
        if (!super.has(name)) {
          const id = hf.getSheetId(name);
          if (id === undefined) return undefined;
          super.set(name, valuesOf(id));
        }
        return super.get(name);
      }
    })();
  }

  /** The formula a cell holds as the engine reads it (names stay names), or undefined. */
  engineFormulaAt(book: FakeWorkbook, sheetName: string, row: number, column: number) {
    const hf = this.sync(book);
    const id = hf.getSheetId(sheetName);
    return id === undefined
      ? undefined
      : hf.getCellFormula({ sheet: id, row: row - 1, col: column - 1 });
  }

  /** A formula evaluated as if typed in a cell of `sheetName` (conditional-format rules). */
  calculate(book: FakeWorkbook, formula: string, sheetName: string): unknown {
    const hf = this.sync(book);
    const id = hf.getSheetId(sheetName);
    if (id === undefined) return undefined;
    return hf.calculateFormula(this.engineFormula(formula), id);
  }

  private sync(book: FakeWorkbook): HyperFormula {
    // Formulas call this workbook's add-on, with dates in this workbook's zone.
    useBuiltAddon(this.bundle);
    const zone = book.getSpreadsheetTimeZone();
    useTimeZone(zone);
    const hf = (this.hf ??= sizeSpillsThroughNames(HyperFormula.buildEmpty(ENGINE_CONFIG)));
    const writes = book.writes;
    const unchanged =
      zone === this.timeZone &&
      writes.length === this.writesSeen &&
      book.namedRangeLog.length === this.namedChangesSeen &&
      !this.everyFormula &&
      this.sheets.size > 0;
    if (unchanged) return hf;
    this.edges = undefined;
    this.namedChangesSeen = book.namedRangeLog.length;
    // Dates are held as serials of the zone's wall-clock time: a new zone changes every one.
    const everything = zone !== this.timeZone || writes.length < this.writesSeen;
    this.timeZone = zone;
    // Per sheet: the rectangles written since the last read, or "all" after cells moved.
    const written = new Map<string, GridRect[] | "all">();
    for (let i = everything ? writes.length : this.writesSeen; i < writes.length; i++) {
      const write = writes[i];
      if (FORMAT_ONLY.has(write.kind)) continue;
      const seen = written.get(write.sheet) ?? [];
      const whole = !CONTENT.has(write.kind) || write.numRows === 0 || write.numColumns === 0;
      written.set(write.sheet, whole || seen === "all" ? "all" : [...seen, write]);
    }
    this.writesSeen = writes.length;

    const setNow = new Set<string>();
    hf.batch(() => {
      const current = book.getSheets();
      // A rename is logged under the old name: after one, every sheet is compared.
      const renamed = this.syncSheets(hf, current);
      const redefined = this.syncNames(hf, book);
      for (const sheet of current) {
        const mirror = this.sheets.get(sheet)!;
        const changes =
          everything || renamed || mirror.cells.size === 0 ? "all" : written.get(sheet.getName());
        if (changes) this.syncCells(hf, sheet, mirror, changes, setNow);
      }
      // The engine sizes a spill when the formula is set: formulas over a redefined name are set
      // again, so `=REQUIRED_LEADS(…, Funnel_Rates)` spills over the stages the name now covers.
      if (redefined.length > 0) this.resetFormulasUsing(hf, redefined, setNow);
      if (this.everyFormula) this.resetFormulas(hf, () => true, setNow);
      this.everyFormula = false;
    });
    if (setNow.size > 0) this.respill(hf);
    return hf;
  }

  /**
   * The engine keeps a spill that was blocked blocked after the cell in its way is cleared; Sheets
   * spills it again. Blocked formulas are set again, so the engine checks for room anew.
   */
  private respill(hf: HyperFormula): void {
    const blocked: [number, string, Content][] = [];
    for (const mirror of this.sheets.values()) {
      for (const [key, content] of mirror.cells) {
        if (typeof content !== "string" || !content.startsWith("=")) continue;
        const [row, col] = key.split(",").map(Number);
        const v = hf.getCellValue({ sheet: mirror.id, row, col });
        if (isEngineError(v) && v.type === "SPILL") blocked.push([mirror.id, key, content]);
      }
    }
    if (blocked.length === 0) return;
    hf.batch(() => {
      for (const [sheet, key, content] of blocked) {
        const [row, col] = key.split(",").map(Number);
        hf.setCellContents({ sheet, row, col }, this.engineContent(content));
      }
    });
  }

  /** Adds, removes and renames engine sheets; true when a sheet was renamed. */
  private syncSheets(hf: HyperFormula, current: FakeSheet[]): boolean {
    for (const [sheet, mirror] of this.sheets) {
      if (current.includes(sheet)) continue;
      hf.removeSheet(mirror.id);
      this.sheets.delete(sheet);
    }
    let renamed = false;
    for (const [sheet, mirror] of this.sheets) {
      if (sheet.getName() === mirror.name) continue;
      // Through a temporary name, so two sheets can swap names.
      hf.renameSheet(mirror.id, `\u0000${mirror.id}`);
      mirror.name = "";
      renamed = true;
    }
    for (const [sheet, mirror] of this.sheets) {
      if (mirror.name !== "") continue;
      mirror.name = sheet.getName();
      hf.renameSheet(mirror.id, mirror.name);
    }
    for (const sheet of current) {
      if (this.sheets.has(sheet)) continue;
      const name = hf.addSheet(sheet.getName());
      this.sheets.set(sheet, { id: hf.getSheetId(name)!, name, cells: new Map() });
    }
    return renamed;
  }

  /** Each named range as a named expression; returns the lower-case names that changed. */
  private syncNames(hf: HyperFormula, book: FakeWorkbook): string[] {
    const wanted = new Map<string, { name: string; expression: string }>();
    for (const named of book.getNamedRanges()) {
      const name = named.getName();
      // A named range whose sheet was deleted still exists and evaluates to #REF!.
      let expression = "=#REF!";
      if (!named.isBroken()) {
        const range = named.getRange();
        expression = `=${sheetPrefix(range.getSheet().getName())}${toA1(range.rect, true)}`;
      }
      wanted.set(name.toLowerCase(), { name, expression });
    }
    const changed: string[] = [];
    for (const [lower, mirror] of this.names) {
      if (wanted.has(lower)) continue;
      hf.removeNamedExpression(mirror.engineName);
      this.names.delete(lower);
      changed.push(lower);
    }
    for (const [lower, { name, expression }] of wanted) {
      const mirror = this.names.get(lower);
      if (mirror?.expression === expression) continue;
      if (mirror) {
        hf.changeNamedExpression(mirror.engineName, expression);
        mirror.expression = expression;
      } else {
        const engineName = ENGINE_NAME.test(name) ? name : `Sheets_name_${++this.aliases}`;
        hf.addNamedExpression(engineName, expression);
        this.names.set(lower, { engineName, expression });
      }
      changed.push(lower);
    }
    return changed;
  }

  /** Sets the cells of `sheet` (all, or in the rectangles written) that differ from the engine's. */
  private syncCells(
    hf: HyperFormula,
    sheet: FakeSheet,
    mirror: MirroredSheet,
    changes: GridRect[] | "all",
    setNow: Set<string>,
  ): void {
    const set = (key: string, content: Content | null) => {
      const [row, col] = key.split(",").map(Number);
      hf.setCellContents({ sheet: mirror.id, row, col }, this.engineContent(content));
      setNow.add(`${mirror.id}:${key}`);
    };
    if (changes !== "all") {
      for (const rect of changes)
        for (let r = rect.row; r < rect.row + rect.numRows; r++)
          for (let c = rect.column; c < rect.column + rect.numColumns; c++) {
            const cell = sheet.cell(r, c);
            const content = cell ? this.contentOf(cell) : undefined;
            const key = cellKey(r - 1, c - 1);
            if (mirror.cells.get(key) === content) continue;
            set(key, content ?? null);
            if (content === undefined) mirror.cells.delete(key);
            else mirror.cells.set(key, content);
          }
      return;
    }
    const next = new Map<string, Content>();
    for (const [r, c, cell] of sheet.storedCells()) {
      const content = this.contentOf(cell);
      if (content !== undefined) next.set(cellKey(r - 1, c - 1), content);
    }
    for (const [key, content] of next) if (mirror.cells.get(key) !== content) set(key, content);
    for (const key of mirror.cells.keys()) if (!next.has(key)) set(key, null);
    mirror.cells = next;
  }

  private resetFormulasUsing(hf: HyperFormula, names: string[], setNow: Set<string>): void {
    const wanted = new Set(names);
    this.resetFormulas(hf, (formula) => this.mentions(formula, wanted), setNow);
  }

  /** Sets the formulas `which` picks again (once each), so the engine evaluates them anew. */
  private resetFormulas(
    hf: HyperFormula,
    which: (formula: string) => boolean,
    setNow: Set<string>,
  ): void {
    for (const mirror of this.sheets.values()) {
      for (const [key, content] of mirror.cells) {
        if (typeof content !== "string" || !content.startsWith("=")) continue;
        if (setNow.has(`${mirror.id}:${key}`) || !which(content)) continue;
        const [row, col] = key.split(",").map(Number);
        hf.setCellContents({ sheet: mirror.id, row, col }, this.engineContent(content));
        setNow.add(`${mirror.id}:${key}`);
      }
    }
  }

  /** Every formula is evaluated again at the next read, as when Sheets opens the file. */
  recalculateEverything(): void {
    this.everyFormula = true;
  }

  private mentions(formula: string, lowerNames: Set<string>): boolean {
    return formula
      .split(STRING_LITERAL)
      .some(
        (part, i) =>
          i % 2 === 0 &&
          [...part.matchAll(IDENTIFIER)].some((m) => lowerNames.has(m[1].toLowerCase())),
      );
  }

  /** What the engine should hold for a stored cell, or undefined for an empty one. */
  private contentOf(cell: Cell): Content | undefined {
    if (cell.formula !== undefined) return cell.formula;
    const v = cell.value;
    if (v === "") return undefined;
    if (typeof v === "number" || typeof v === "boolean") return v;
    if (isDate(v)) return serialFromDate(v, this.timeZone);
    // Text stays text ("007", "TRUE", "2026-01-15" typed as text): the engine would parse it.
    return `'${v}`;
  }

  private engineContent(content: Content | null): RawCellContent {
    return typeof content === "string" && content.startsWith("=")
      ? this.engineFormula(content)
      : content;
  }

  /** A formula as the engine reads it: names HyperFormula cannot spell go by their alias. */
  private engineFormula(formula: string): string {
    if (this.aliases === 0) return formula;
    return formula
      .split(STRING_LITERAL)
      .map((part, i) =>
        i % 2 === 1
          ? part
          : part.replace(IDENTIFIER, (m) => this.names.get(m.toLowerCase())?.engineName ?? m),
      )
      .join("");
  }

  /** Array results that would pass their sheet's last row or column, as Sheets refuses them. */
  private edgeSpills(): Map<number, EdgeSpills> {
    const out = new Map<number, EdgeSpills>();
    const grids = new Map<number, FakeSheet>();
    for (const [sheet, mirror] of this.sheets) grids.set(mirror.id, sheet);
    const arrays = (this.hf as unknown as EngineInternals).arrayMapping.arrayMapping;
    for (const array of arrays.values()) {
      const sheet = grids.get(array.sheet);
      if (!sheet) continue;
      const { row, col } = array.leftCorner;
      if (row + array.height <= sheet.getMaxRows() && col + array.width <= sheet.getMaxColumns())
        continue;
      const { height, width } = this.resultSize(array);
      const rowsMissing = row + height - sheet.getMaxRows();
      const columnsMissing = col + width - sheet.getMaxColumns();
      if (rowsMissing <= 0 && columnsMissing <= 0) continue;
      let edge = out.get(array.sheet);
      if (!edge) out.set(array.sheet, (edge = { anchors: new Map(), hidden: new Set() }));
      edge.anchors.set(
        cellKey(row, col),
        rowsMissing > 0
          ? notExpandedMessage("rows", rowsMissing)
          : notExpandedMessage("columns", columnsMissing),
      );
      for (let r = 0; r < array.height; r++)
        for (let c = 0; c < array.width; c++)
          if (r > 0 || c > 0) edge.hidden.add(cellKey(row + r, col + c));
    }
    return out;
  }

  /**
   * The size an array result really has. A custom function's size is declared before it runs, as
   * the largest its arguments allow, and the engine pads a smaller result with empty cells; Sheets
   * spills what the function returned (its own empty cells are "", never null).
   */
  private resultSize(array: ArrayVertexLike): { height: number; width: number } {
    const formula = array.formula as { type?: string; procedureName?: string } | undefined;
    if (formula?.type !== "FUNCTION_CALL" || !isCustomFunction(formula.procedureName ?? ""))
      return array;
    const hf = this.hf!;
    const { row, col } = array.leftCorner;
    const empty = (r: number, c: number) =>
      hf.getCellValue({ sheet: array.sheet, row: row + r, col: col + c }) === null;
    // The function's own rows come first and the padding after them (its own empty cells are "",
    // never null): the result ends before the first row of padding.
    let height = 1;
    while (height < array.height && ![...Array(array.width).keys()].every((c) => empty(height, c)))
      height++;
    let width = 1;
    while (width < array.width && ![...Array(height).keys()].every((r) => empty(r, width))) width++;
    return { height, width };
  }

  private sheetValues(hf: HyperFormula, id: number, edges: EdgeSpills | undefined): CellValue[][] {
    const raw = hf.getSheetValues(id);
    const quiet = erroredSpillCells(hf, raw, id);
    return raw.map((line, r) =>
      line.map((v, c) => {
        if (edges) {
          const key = cellKey(r, c);
          const anchor = edges.anchors.get(key);
          if (anchor !== undefined) return anchor;
          if (edges.hidden.has(key)) return "";
        }
        if (quiet.has(`${r},${c}`)) return "";
        return isEngineError(v) && v.type === "SPILL"
          ? blockedSpill(hf, id, r, c)
          : fromEngineValue(v);
      }),
    );
  }
}

/**
 * What Sheets shows where the engine reports a blocked spill (#SPILL!): the formula's own error
 * when it fails anyway (evaluated on its own, nothing in the way), else #REF! with Sheets' words.
 */
function blockedSpill(hf: HyperFormula, sheet: number, row: number, col: number): CellValue {
  const formula = hf.getCellFormula({ sheet, row, col });
  if (formula) {
    const alone = hf.calculateFormula(formula, sheet);
    if (isEngineError(alone)) return fromEngineValue(alone);
    if (Array.isArray(alone)) {
      for (let r = 0; r < alone.length; r++) {
        for (let c = 0; c < (alone[r]?.length ?? 0); c++) {
          if (r === 0 && c === 0) continue;
          const v = hf.getCellSerialized({ sheet, row: row + r, col: col + c });
          if (v !== null && v !== undefined && v !== "") {
            const at = toA1({ row: row + r + 1, column: col + c + 1, numRows: 1, numColumns: 1 });
            return `#REF! Array result was not expanded because it would overwrite data in ${at}.`;
          }
        }
      }
    }
  }
  return "#REF! Array result was not expanded because it would overwrite data.";
}

/**
 * The cells of spills whose formula failed as a whole: HyperFormula fills the spill's predicted
 * range with the error, Sheets shows it once — in the formula's own cell ("#ERROR!" with the
 * thrown message, Apps Script's Custom functions guide) — and leaves the cells below and beside it
 * empty. From each formula whose value is an error, its range runs down and right over cells that
 * hold no formula, are part of an array and hold the same error.
 */
function erroredSpillCells(
  hf: HyperFormula,
  values: readonly (readonly unknown[])[],
  sheet: number,
): Set<string> {
  const out = new Set<string>();
  const same = (row: number, col: number, error: { type: string; message?: string }) => {
    const v = values[row]?.[col];
    return (
      isEngineError(v) &&
      v.type === error.type &&
      v.message === error.message &&
      hf.getCellFormula({ sheet, row, col }) === undefined &&
      hf.isCellPartOfArray({ sheet, row, col })
    );
  };
  hf.getSheetFormulas(sheet).forEach((line, row) =>
    line.forEach((formula, col) => {
      const error = values[row]?.[col];
      if (formula === undefined || !isEngineError(error)) return;
      let rows = 1;
      while (same(row + rows, col, error)) rows++;
      let cols = 1;
      while (same(row, col + cols, error)) cols++;
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++)
          if ((r > 0 || c > 0) && same(row + r, col + c, error)) out.add(`${row + r},${col + c}`);
    }),
  );
  return out;
}

/** The live engine attached to a workbook (the preview's conditional formats evaluate through it). */
export function engineOf(book: FakeWorkbook): LiveWorkbookEngine | undefined {
  return engines.get(book);
}
const engines = new WeakMap<FakeWorkbook, LiveWorkbookEngine>();

/**
 * Every formula of `book` is evaluated again at its next read, as when Sheets opens the file (the
 * engine otherwise recalculates only what an edit touches): how the template tests count the
 * custom-function calls a sheet makes.
 */
export function recalculateEverything(book: FakeWorkbook): void {
  const engine = engines.get(book);
  if (!engine) return;
  engine.recalculateEverything();
  book.useFormulaEvaluator(engine); // drops the values the workbook keeps from the last read
}

/**
 * From now on, formula cells of `book` evaluate (lazily, after each change), with the custom
 * functions of `bundle` (the built dist/Code.js).
 */
export function attachFormulaEngine(book: FakeWorkbook, bundle: CallableAddon): FakeWorkbook {
  const engine = new LiveWorkbookEngine(bundle);
  engines.set(book, engine);
  return book.useFormulaEvaluator(engine);
}
