/**
 * The engine is kept alive between reads and updated incrementally (only what changed is set).
 * After every kind of change a user or the add-on makes, it must show exactly what an engine
 * built afresh from the same workbook shows.
 */
import { runNewPlan } from "../../fakes/newPlan";
import { presets } from "../../src/i18n/presets";
import type { LoadedFunnel, SaveResult } from "../../src/wire/stageApi";
import { TEMPLATES } from "../../src/addon/templates/catalog";
import type { CellValue, FakeWorkbook } from "../../fakes/spreadsheet";
import { LiveWorkbookEngine } from "../../fakes/workbookEngine";
import { withInboundFunnel } from "../templates/templateHarness";
import { at } from "../harness/at";

jest.setTimeout(60_000);

/** Every sheet's values as the workbook's own (live) engine shows them. */
function liveValues(book: FakeWorkbook): Map<string, CellValue[][]> {
  const out = new Map<string, CellValue[][]>();
  for (const sheet of book.getSheets()) {
    const range = sheet.getRange(1, 1, sheet.getMaxRows(), Math.min(sheet.getMaxColumns(), 40));
    out.set(
      sheet.getName(),
      trim(
        range
          .getFormulas()
          .map((row, r) =>
            row.map((formula, c) => (formula ? range.getCell(r + 1, c + 1).getValue() : "")),
          ),
      ),
    );
  }
  return out;
}

/** The same cells from an engine built afresh (formula cells only: typed values read as typed). */
function freshValues(book: FakeWorkbook, bundle: { call(name: string, ...a: unknown[]): unknown }) {
  const fresh = new LiveWorkbookEngine(bundle).evaluate(book);
  const out = new Map<string, CellValue[][]>();
  for (const sheet of book.getSheets()) {
    const grid = fresh.get(sheet.getName()) ?? [];
    const formulas = sheet
      .getRange(1, 1, sheet.getMaxRows(), Math.min(sheet.getMaxColumns(), 40))
      .getFormulas();
    out.set(
      sheet.getName(),
      trim(
        formulas.map((row, r) => row.map((formula, c) => (formula ? (grid[r]?.[c] ?? "") : ""))),
      ),
    );
  }
  return out;
}

function trim(rows: CellValue[][]): CellValue[][] {
  const out = rows.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === "") end--;
    return row.slice(0, end);
  });
  while (out.length > 0 && out.at(-1)?.length === 0) out.pop();
  return out;
}

describe("the incremental engine", () => {
  it("shows what an engine built afresh shows, after every kind of change", () => {
    const addon = withInboundFunnel();
    const { book, bundle } = addon;
    const check = (after: string) => {
      const live = liveValues(book);
      // Dates read back as Date objects from the live side; compare as serial-free text.
      const fresh = freshValues(book, bundle);
      expect({ after, sheets: [...fresh.keys()] }).toEqual({ after, sheets: [...live.keys()] });
      for (const [name, grid] of live) {
        const freshGrid = fresh.get(name)!;
        expect({ after, sheet: name, formulaCells: grid.flat().length }).toEqual({
          after,
          sheet: name,
          formulaCells: freshGrid.flat().length,
        });
        grid.forEach((row, r) =>
          row.forEach((v, c) => {
            const f = freshGrid[r]?.[c];
            const same = Object.prototype.toString.call(v) === "[object Date]" || v === f;
            if (!same)
              throw new Error(
                `${after}: ${name} R${r + 1}C${c + 1} is ${String(v)}, afresh ${String(f)}`,
              );
          }),
        );
      }
    };
    for (const template of TEMPLATES) {
      book.getSheetByName("Funnel")!.activate();
      runNewPlan(addon, template.command);
    }
    check("every template built");

    const plan = book.getSheetByName("Annual plan")!;
    plan.getRange("B5").setValue(250000);
    check("a new target");

    const save = (change: (stages: LoadedFunnel["funnel"]["stages"]) => void) => {
      const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
      const funnel = structuredClone(loaded.funnel);
      change(funnel.stages);
      const saved = addon.run<SaveResult>("saveFunnel", {
        funnel,
        fingerprint: loaded.fingerprint,
      });
      if (!saved.ok) throw new Error(saved.message);
    };
    save((stages) => (at(stages, 1).conversionToNext = 0.5));
    check("a rate saved in the stage editor");
    save((stages) => stages.splice(0, stages.length, ...presets("en")[1]!.stages));
    check("a seven-stage preset saved (named ranges grow)");
    save((stages) => stages.splice(2, 3));
    check("stages deleted (named ranges shrink)");

    const cohorts = book.getSheets().find((s) => s.getName().startsWith("Cohorts"))!;
    cohorts.getRange("A41:AD100").clearContent();
    check("export rows cleared");
    cohorts.getRange("A41:B42").setValues([
      ["2026-01-05", "2026-01-20"],
      ["2026-02-03", ""],
    ]);
    check("export rows typed");

    book.getSheetByName("Funnel")!.insertRowsAfter(1, 2);
    check("rows inserted above the stage table");
    book.deleteSheet(book.getSheetByName("Annual plan 2") ?? plan);
    check("a sheet deleted");
  });
});
