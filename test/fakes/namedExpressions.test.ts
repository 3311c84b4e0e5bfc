/**
 * The formula engine sees names (SPEC §10): a named range is a named expression in the engine —
 * formulas keep the name, as Sheets evaluates them, and the name is redefined when its range
 * moves — and a spill that would pass the sheet's last row or column fails as Sheets fails it.
 * Also pinned here: the HyperFormula internals this rests on (spill sizes through names, inline
 * arrays that recalculate, a blocked spill that spills again once cleared).
 */
import { loadBundle } from "../../fakes/bundle";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { attachFormulaEngine, engineOf, notExpandedMessage } from "../../fakes/workbookEngine";

const bundle = loadBundle();

function workbook(sheets: Record<string, unknown[][]>): FakeWorkbook {
  const book = new FakeWorkbook(sheets);
  attachFormulaEngine(book, bundle);
  return book;
}

describe("named ranges in the formula engine", () => {
  it("are named expressions: the engine's formula keeps the name, not an A1 reference", () => {
    const book = workbook({ Data: [[1], [2], [3]], S: [["=SUM(Nums)"]] });
    book.setNamedRange("Nums", book.getSheetByName("Data")!.getRange("A1:A2"));
    const cell = book.getSheetByName("S")!.getRange("A1");
    expect(cell.getValue()).toBe(3);
    expect(engineOf(book)!.engineFormulaAt(book, "S", 1, 1)).toBe("=SUM(Nums)");
  });

  it("are redefined when the range moves, and formulas follow", () => {
    const book = workbook({ Data: [[1], [2], [3]], S: [["=SUM(Nums)"]] });
    book.setNamedRange("Nums", book.getSheetByName("Data")!.getRange("A1:A2"));
    const cell = book.getSheetByName("S")!.getRange("A1");
    expect(cell.getValue()).toBe(3);
    book.getNamedRanges()[0].setRange(book.getSheetByName("Data")!.getRange("A1:A3"));
    expect(cell.getValue()).toBe(6);
    // Rows inserted inside the range grow it (Sheets moves named ranges with their cells).
    book.getSheetByName("Data")!.insertRowsAfter(1, 1);
    book.getSheetByName("Data")!.getRange("A2").setValue(10);
    expect(cell.getValue()).toBe(16);
  });

  it("spill custom functions by the named range's size, and again when it grows", () => {
    const book = workbook({
      Funnel: [["Rate"], [0.1], [0.5]],
      Plan: [["=REQUIRED_LEADS(100000, 10000, Rates)"]],
    });
    const funnel = book.getSheetByName("Funnel")!;
    book.setNamedRange("Rates", funnel.getRange("A2:A3"));
    const plan = book.getSheetByName("Plan")!;
    expect(plan.getRange("A1:A4").getValues()).toEqual([[200], [20], [10], [""]]);
    funnel.getRange("A4:A5").setValues([[0.5], [0.5]]);
    book.getNamedRanges()[0].setRange(funnel.getRange("A2:A5"));
    expect(plan.getRange("A1:A6").getValues()).toEqual([[800], [80], [40], [20], [10], [""]]);
  });

  it("spill an array literal of a name, which follows edits of the named cells", () => {
    const book = workbook({ Funnel: [["Lead"], ["MQL"], ["SQL"]], Plan: [["={Stages}"]] });
    book.setNamedRange("Stages", book.getSheetByName("Funnel")!.getRange("A1:A3"));
    const plan = book.getSheetByName("Plan")!;
    expect(plan.getRange("A1:A3").getValues()).toEqual([["Lead"], ["MQL"], ["SQL"]]);
    // HyperFormula alone keeps an inline array's first values (handsontable/hyperformula#979).
    book.getSheetByName("Funnel")!.getRange("A2").setValue("Opportunity");
    expect(plan.getRange("A1:A3").getValues()).toEqual([["Lead"], ["Opportunity"], ["SQL"]]);
    expect(
      workbookValue({ S: [[1, 2, "=SUM({A1, B1})"]] }, "S", (s) => s.getRange("A1").setValue(5)),
    ).toBe(7);
  });

  it("keep names in any script (the engine spells only Latin ones: the others get an alias)", () => {
    const book = workbook({
      Воронка: [[0.1], [0.5]],
      План: [["=REQUIRED_LEADS(100000, 10000, Воронка_Rates)"]],
    });
    book.setNamedRange("Воронка_Rates", book.getSheetByName("Воронка")!.getRange("A1:A2"));
    expect(book.getSheetByName("План")!.getRange("A1:A3").getValues()).toEqual([[200], [20], [10]]);
  });

  it("a name whose sheet was deleted evaluates to #REF!, and the name still exists", () => {
    const book = workbook({ Data: [[4]], S: [["=Nums*2"]] });
    book.setNamedRange("Nums", book.getSheetByName("Data")!.getRange("A1"));
    const cell = book.getSheetByName("S")!.getRange("A1");
    expect(cell.getValue()).toBe(8);
    book.deleteSheet(book.getSheetByName("Data")!);
    expect(String(cell.getValue())).toMatch(/^#REF!/);
  });
});

/** One value after a change, in a fresh workbook. */
function workbookValue(
  sheets: Record<string, unknown[][]>,
  sheetName: string,
  change: (sheet: ReturnType<FakeWorkbook["getSheets"]>[number]) => void,
): unknown {
  const book = workbook(sheets);
  const sheet = book.getSheetByName(sheetName)!;
  sheet.getDataRange().getValues();
  change(sheet);
  return sheet.getRange("C1").getValue();
}

describe("a spill that would pass the sheet's last row or column", () => {
  it("fails as Sheets fails it, with the number of rows to insert; spills once there is room", () => {
    const book = workbook({ S: [] });
    const sheet = book.getSheetByName("S")!;
    expect(sheet.getMaxRows()).toBe(1000);
    sheet.getRange("A999").setFormula("=REQUIRED_LEADS(100000, 10000, {0.1; 0.5})");
    expect(sheet.getRange("A999:A1000").getValues()).toEqual([
      [notExpandedMessage("rows", 1)],
      [""],
    ]);
    expect(notExpandedMessage("rows", 1)).toBe(
      "#REF! Result was not automatically expanded, please insert more rows (1).",
    );
    sheet.insertRowsAfter(1000, 1);
    expect(sheet.getRange("A999:A1001").getValues()).toEqual([[200], [20], [10]]);
  });

  it("counts what a custom function returned, not the most it could return", () => {
    const book = workbook({ S: [] });
    const sheet = book.getSheetByName("S")!;
    // Over B991:B1000 (ten cells, two rates) REQUIRED_LEADS may return 11 rows and is sized so;
    // it returns 3, which fit from row 996.
    sheet.getRange("B991:B992").setValues([[0.1], [0.5]]);
    sheet.getRange("A996").setFormula("=REQUIRED_LEADS(100000, 10000, B991:B1000)");
    expect(sheet.getRange("A996:A999").getValues()).toEqual([[200], [20], [10], [""]]);
  });

  it("fails past the last column too, for built-in array functions as well", () => {
    const book = workbook({ S: [] });
    const sheet = book.getSheetByName("S")!;
    sheet.getRange("Y1").setFormula("=TRANSPOSE({1; 2; 3})");
    expect(sheet.getRange("Y1:Z1").getValues()).toEqual([[notExpandedMessage("columns", 1), ""]]);
  });
});
