import { FakeWorkbook } from "../../fakes/spreadsheet";
import { at } from "../harness/at";

describe("the sheet's grid (Sheets: ranges outside it throw)", () => {
  it("a new sheet is 1000 rows × 26 columns", () => {
    const sheet = new FakeWorkbook().insertSheet("New");
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => sheet.getRange(1000, 26)).not.toThrow();
  });

  it("getRange past the last row or column throws Sheets' message", () => {
    const sheet = new FakeWorkbook().insertSheet("New");
    const outside = "The coordinates of the range are outside the dimensions of the sheet.";
    expect(() => sheet.getRange(1001, 1)).toThrow(outside);
    expect(() => sheet.getRange(1, 27)).toThrow(outside);
    expect(() => sheet.getRange(999, 1, 3, 1)).toThrow(outside);
    expect(() => sheet.getRange("AA1")).toThrow(outside);
    expect(() => sheet.getRange(0, 1)).toThrow(outside);
  });

  it("a sheet can have fewer columns than a table after deleteColumns", () => {
    const sheet = at(new FakeWorkbook({ S: [["a", "b", "c", "d", "e", "f", "g"]] }).getSheets(), 0);
    sheet.deleteColumns(5, 22);
    expect(sheet.getMaxColumns()).toBe(4);
    expect(sheet.getRange(1, 1, 1, 4).getValues()).toEqual([["a", "b", "c", "d"]]);
    expect(() => sheet.getRange(1, 1, 1, 6)).toThrow(/outside the dimensions/);
    expect(() => sheet.deleteColumns(1, 4)).toThrow(/all the columns/);
  });

  it("deleteColumns moves the columns to the right of the deleted ones left", () => {
    const sheet = at(new FakeWorkbook({ S: [["a", "b", "c", "d"]] }).getSheets(), 0);
    sheet.deleteColumns(2, 2);
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([["a", "d"]]);
    expect(sheet.getMaxColumns()).toBe(24);
  });

  it("insertRowsAfter moves every row below down and makes the grid taller", () => {
    const sheet = at(
      new FakeWorkbook({
        S: [
          ["a", "x"],
          ["b", "y"],
          ["c", "z"],
        ],
      }).getSheets(),
      0,
    );
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange(1, 1, 5, 2).getValues()).toEqual([
      ["a", "x"],
      ["", ""],
      ["", ""],
      ["b", "y"],
      ["c", "z"],
    ]);
    sheet.insertRowsAfter(1002, 1);
    expect(() => sheet.getRange(1003, 1)).not.toThrow();
  });

  it("deleteRows removes rows and moves the ones below up; the grid gets shorter", () => {
    const sheet = at(new FakeWorkbook({ S: [["a"], ["b"], ["c"]] }).getSheets(), 0);
    sheet.deleteRows(2, 1);
    expect(sheet.getMaxRows()).toBe(999);
    expect(sheet.getRange(1, 1, 2, 1).getValues()).toEqual([["a"], ["c"]]);
    expect(() => sheet.deleteRows(1, 999)).toThrow(/all the rows/);
  });

  it("Range.insertCells(ROWS) shifts only the cells in the range's columns, at and below it", () => {
    const sheet = at(
      new FakeWorkbook({
        S: [
          ["t1", "t2", "beside"],
          ["under", "", "beside 2"],
        ],
      }).getSheets(),
      0,
    );
    sheet.getRange(2, 1, 2, 2).insertCells("ROWS");
    expect(sheet.getRange(1, 1, 4, 3).getValues()).toEqual([
      ["t1", "t2", "beside"],
      ["", "", "beside 2"],
      ["", "", ""],
      ["under", "", ""],
    ]);
  });

  it("inserted cells keep the formatting of the cells that were there; the contents move", () => {
    const sheet = at(new FakeWorkbook({ S: [["x"], [0.5]] }).getSheets(), 0);
    sheet.getRange("A2").setNumberFormat("0.0%");
    sheet.getRange("A2").insertCells("ROWS");
    expect(sheet.getRange("A2").getNumberFormat()).toBe("0.0%");
    expect(sheet.getRange("A2").getValue()).toBe("");
    expect(sheet.getRange("A3").getValue()).toBe(0.5);
    expect(sheet.getRange("A3").getNumberFormat()).toBe("0.0%");
  });

  it("insertCells grows the grid rather than pushing cells off its bottom", () => {
    const sheet = new FakeWorkbook().insertSheet("S");
    sheet.getRange(1000, 1).setValue("last");
    sheet.getRange(999, 1, 2, 1).insertCells("ROWS");
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange(1002, 1).getValue()).toBe("last");
  });

  it("Range.deleteCells(ROWS) undoes insertCells", () => {
    const book = new FakeWorkbook({
      S: [
        ["a", "b", "c"],
        ["d", "e", "f"],
      ],
    });
    const sheet = at(book.getSheets(), 0);
    const before = book.snapshot();
    sheet.getRange(1, 1, 3, 2).insertCells("ROWS");
    sheet.getRange(1, 1, 3, 2).deleteCells("ROWS");
    expect(book.snapshot()).toEqual(before);
  });
});
