/**
 * Bridges the FakeWorkbook to HyperFormula (formulaEngine.ts, with the built add-on's custom
 * functions): `attachFormulaEngine(book)` makes getValues return computed results, spills included.
 * Named ranges become named expressions; in formulas they are also inlined as references, because
 * HyperFormula cannot predict the spill size of a custom function through a named expression.
 */
import type { HyperFormula } from "hyperformula";
import { isDate } from "../src/core/cellValue";
import { sheetPrefix, toA1 } from "./a1";
import { serialFromDate } from "./dates";
import {
  createEngine,
  useBuiltAddon,
  useTimeZone,
  type CallableAddon,
  type Sheet,
} from "./formulaEngine";
import type { CellValue, FakeWorkbook, FormulaEvaluator } from "./spreadsheet";

function toEngineValue(
  v: CellValue | null,
  names: Map<string, string>,
  timeZone: string,
): string | number | boolean | null {
  if (v === null || typeof v === "number" || typeof v === "boolean") return v;
  if (isDate(v)) return serialFromDate(v, timeZone);
  const text = String(v);
  if (!text.startsWith("=") || names.size === 0) return text;
  // Replace named-range identifiers outside string literals.
  return text
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(?<![A-Za-z0-9_.!$'])([A-Za-z_][A-Za-z0-9_.]*)(?![A-Za-z0-9_.(!])/g,
            (m) => names.get(m.toLowerCase()) ?? m,
          ),
    )
    .join("");
}

/** The workbook as a HyperFormula instance (a fresh one each call). */
export function toEngine(book: FakeWorkbook): HyperFormula {
  const names = new Map<string, string>();
  const live = book.getNamedRanges().filter((n) => !n.isBroken());
  for (const named of live) {
    const range = named.getRange();
    names.set(
      named.getName().toLowerCase(),
      `${sheetPrefix(range.getSheet().getName())}${toA1(range.rect, true)}`,
    );
  }
  const sheets: Record<string, Sheet> = {};
  for (const [name, grid] of book.contents()) {
    const zone = book.getSpreadsheetTimeZone();
    sheets[name] = grid.map((row) => row.map((v) => toEngineValue(v, names, zone)));
  }
  const hf = createEngine(sheets);
  for (const named of live) {
    hf.addNamedExpression(named.getName(), `=${names.get(named.getName().toLowerCase())}`);
  }
  // A named range whose sheet was deleted still exists and evaluates to #REF!.
  for (const named of book.getNamedRanges().filter((n) => n.isBroken())) {
    hf.addNamedExpression(named.getName(), "=#REF!");
  }
  return hf;
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
      const grid = hf.getSheetSerialized(sheet);
      for (let r = 0; r < alone.length; r++) {
        for (let c = 0; c < (alone[r]?.length ?? 0); c++) {
          if (r === 0 && c === 0) continue;
          const v = grid[row + r]?.[col + c];
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

export class HyperFormulaEvaluator implements FormulaEvaluator {
  evaluate(book: FakeWorkbook): Map<string, CellValue[][]> {
    useTimeZone(book.getSpreadsheetTimeZone());
    const hf = toEngine(book);
    const out = new Map<string, CellValue[][]>();
    for (const name of hf.getSheetNames()) {
      const id = hf.getSheetId(name)!;
      const raw = hf.getSheetValues(id);
      const quiet = erroredSpillCells(hf, raw, id);
      out.set(
        name,
        raw.map((line, r) =>
          line.map((v, c) =>
            isEngineError(v) && v.type === "SPILL"
              ? blockedSpill(hf, id, r, c)
              : quiet.has(`${r},${c}`)
                ? ""
                : fromEngineValue(v),
          ),
        ),
      );
    }
    hf.destroy();
    return out;
  }
}

/**
 * From now on, formula cells of `book` evaluate (lazily, after each change), with the custom
 * functions of `bundle` (the built dist/Code.js).
 */
export function attachFormulaEngine(book: FakeWorkbook, bundle: CallableAddon): FakeWorkbook {
  useBuiltAddon(bundle);
  return book.useFormulaEvaluator(new HyperFormulaEvaluator());
}
