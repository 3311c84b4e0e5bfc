/**
 * Every formula of every plan is written with setFormula(s), in the syntax of Google's Apps Script
 * reference (English names, "," separators, "." decimals), whatever the spreadsheet's locale
 * (SPEC §10). Written with setValues instead, a formula is typed input in the locale: in a
 * decimal-comma locale its commas would be read as decimal points.
 */
import { TEMPLATES } from "../../src/addon/templates/catalog";
import type { FakeSheet } from "../../fakes/spreadsheet";
import { newPlan, withInboundFunnel } from "./templateHarness";

const CONTENT_WRITES = new Set(["values", "formulas", "clearContent", "clear"]);

/** For each cell of `sheet`, the kind of the last write that set its content. */
function lastWriteKinds(sheet: FakeSheet): Map<string, string> {
  const kinds = new Map<string, string>();
  const writes = sheet.book.writes.filter(
    (w) => w.sheet === sheet.getName() && CONTENT_WRITES.has(w.kind),
  );
  for (const w of writes) {
    for (let r = w.row; r < w.row + w.numRows; r++) {
      for (let c = w.column; c < w.column + w.numColumns; c++) kinds.set(`${r},${c}`, w.kind);
    }
  }
  return kinds;
}

/** Every formula cell of a sheet, with its (1-based) position. */
function formulaCells(sheet: FakeSheet): { at: string; formula: string }[] {
  const out = [];
  for (let r = 1; r <= sheet.getMaxRows(); r++) {
    for (let c = 1; c <= sheet.getMaxColumns(); c++) {
      const formula = sheet.cell(r, c)?.formula;
      if (formula) out.push({ at: `${r},${c}`, formula });
    }
  }
  return out;
}

function built(locale: string, command: string) {
  const addon = withInboundFunnel();
  addon.book.setSpreadsheetLocale(locale);
  const plan = newPlan(addon, command);
  return { plan, values: plan.getDataRange().getValues() };
}

describe.each(TEMPLATES.map((t) => t.command))("%s", (command) => {
  const english = built("en_US", command).values;

  it.each(["sv_SE", "ru_RU", "pl_PL", "zh_CN"])(
    "in %s: every formula came through setFormulas, and the plan computes what it does in English",
    (locale) => {
      const { plan, values } = built(locale, command);
      const formulas = formulaCells(plan);
      expect(formulas.length).toBeGreaterThan(0);
      const kinds = lastWriteKinds(plan);
      expect(formulas.filter(({ at }) => kinds.get(at) !== "formulas")).toEqual([]);
      // Numbers only: labels are in the locale's language.
      const numbers = (grid: unknown[][]) =>
        grid.map((row) => row.map((v) => (typeof v === "number" ? v : null)));
      expect(numbers(values)).toEqual(numbers(english));
    },
  );
});
