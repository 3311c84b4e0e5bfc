import { FakeWorkbook } from "../../fakes/spreadsheet";
import { at } from "../harness/at";

describe("failure injection", () => {
  it("the Nth write of a kind throws before changing anything; later writes succeed", () => {
    const book = new FakeWorkbook({ S: [["a"]] });
    const cell = at(book.getSheets(), 0).getRange("A1");
    book.failures.failOn("values", 2);
    cell.setValue("b");
    const before = book.snapshot();
    expect(() => cell.setValue("c")).toThrow(/Service Spreadsheets failed/);
    expect(book.snapshot()).toEqual(before);
    cell.setValue("d");
    expect(cell.getValue()).toBe("d");
  });

  it("'any' counts every mutating call: sheets, rows, cells, formats, named ranges", () => {
    const book = new FakeWorkbook({ S: [["a"]] });
    const sheet = at(book.getSheets(), 0);
    book.failures.failOn("any", 4, "boom");
    sheet.insertRowsAfter(1, 1);
    sheet.getRange("A1").setNumberFormat("0%");
    book.setNamedRange("X", sheet.getRange("A1"));
    expect(() => sheet.getRange("A1:A2").insertCells("ROWS")).toThrow("boom");
    expect(book.failures.seen).toEqual(["insertRows", "numberFormat", "namedRange", "insertCells"]);
  });
});
