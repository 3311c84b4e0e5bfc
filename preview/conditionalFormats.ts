/**
 * Conditional formats, evaluated the way Sheets does: a rule's custom formula is written for the
 * top-left cell of its range, and for every other cell its relative references move by that
 * cell's offset. The first rule that holds for a cell gives its background.
 */
import { columnLetter, columnNumber } from "../src/core/a1";
import { parseA1 } from "../fakes/a1";
import type { FakeSheet } from "../fakes/spreadsheet";
import { engineOf } from "../fakes/workbookEngine";

const STRING_LITERAL = /("(?:[^"]|"")*")/;
/** A1 references; not function names (followed by "(") nor parts of longer names. */
const A1_REFERENCE = /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/** `formula` as it reads `rows` below and `columns` right of the cell it was written for. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  return formula
    .split(STRING_LITERAL)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            A1_REFERENCE,
            (_m, colAbs: string, col: string, rowAbs: string, row: string) => {
              const c = colAbs ? col : columnLetter(columnNumber(col) + columns);
              const r = rowAbs ? row : String(Number(row) + rows);
              return `${colAbs}${c}${rowAbs}${r}`;
            },
          ),
    )
    .join("");
}

/** Background of each highlighted cell, keyed "row,column" (1-based). */
export function conditionalBackgrounds(sheet: FakeSheet): Map<string, string> {
  const out = new Map<string, string>();
  const rules = sheet.getConditionalFormatRules();
  if (rules.length === 0) return out;
  const book = sheet.getParent();
  const engine = engineOf(book);
  if (!engine) return out;
  for (const rule of rules) {
    for (const a1 of rule.ranges) {
      const area = parseA1(a1);
      for (let r = 0; r < area.numRows; r++) {
        for (let c = 0; c < area.numColumns; c++) {
          const key = `${area.row + r},${area.column + c}`;
          if (out.has(key)) continue;
          const formula = shiftFormula(rule.formula, r, c);
          if (engine.calculate(book, formula, sheet.getName()) === true)
            out.set(key, rule.background);
        }
      }
    }
  }
  return out;
}
