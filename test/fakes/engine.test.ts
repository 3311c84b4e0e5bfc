import { FakeWorkbook } from "../../fakes/spreadsheet";
import { attachFormulaEngine } from "../../fakes/workbookEngine";
import { loadCustomFunctions } from "../../fakes/bundle";
import { at } from "../harness/at";

describe("formula cells through the engine bridge, with the built add-on", () => {
  it("a thrown custom-function error shows as #ERROR! with its message", () => {
    const book = new FakeWorkbook({ S: [["=LTV(100, 2, 0)"]] });
    attachFormulaEngine(book, loadCustomFunctions(book));
    expect(at(book.getSheets(), 0).getRange("A1").getValue()).toMatch(/^#ERROR! LTV: /);
  });

  it("a formula over a named range whose sheet was deleted shows #REF!", () => {
    const book = new FakeWorkbook({ Data: [[1], [2]], S: [["=SUM(Nums)"]] });
    attachFormulaEngine(book, loadCustomFunctions(book));
    book.setNamedRange("Nums", book.getSheetByName("Data")!.getRange("A1:A2"));
    const cell = book.getSheetByName("S")!.getRange("A1");
    expect(cell.getValue()).toBe(3);
    book.deleteSheet(book.getSheetByName("Data")!);
    expect(String(cell.getValue())).toMatch(/^#REF!/);
  });

  it("date cells reach custom functions as the wall-clock day in the spreadsheet's zone", () => {
    for (const timeZone of ["America/New_York", "Asia/Shanghai"]) {
      const book = new FakeWorkbook(
        { S: [["2026-03-01", "=DAY(A1)", "=MONTH(A1)"]] },
        { timeZone },
      );
      attachFormulaEngine(book, loadCustomFunctions(book));
      expect(at(book.getSheets(), 0).getRange("B1:C1").getValues()).toEqual([[1, 3]]);
    }
  });
});
