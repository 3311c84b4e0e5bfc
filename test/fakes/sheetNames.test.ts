import { FakeWorkbook } from "../../fakes/spreadsheet";
import { at } from "../harness/at";

describe("sheet names (Sheets: unique ignoring case, at most 100 characters)", () => {
  it("refuses a name that differs from an existing one only in case", () => {
    const book = new FakeWorkbook({ Funnel: [] });
    expect(() => book.insertSheet("funnel")).toThrow(/already exists/);
    expect(() => book.insertSheet("FUNNEL")).toThrow(/already exists/);
    expect(book.getSheets()).toHaveLength(1);
  });

  it("refuses renaming onto another sheet's name ignoring case, but allows re-casing its own", () => {
    const book = new FakeWorkbook({ Funnel: [], Plan: [] });
    const plan = book.getSheetByName("Plan")!;
    expect(() => plan.setName("FUNNEL")).toThrow(/already exists/);
    expect(plan.getName()).toBe("Plan");
    plan.setName("PLAN");
    expect(plan.getName()).toBe("PLAN");
  });

  it("takes 100 characters and refuses 101", () => {
    const book = new FakeWorkbook();
    expect(book.insertSheet("x".repeat(100)).getName()).toHaveLength(100);
    expect(() => book.insertSheet("y".repeat(101))).toThrow(/longer than 100/);
    expect(() => book.insertSheet("  ")).toThrow(/blank/);
  });

  it("deleting the last sheet is refused", () => {
    const book = new FakeWorkbook({ Only: [] });
    expect(() => book.deleteSheet(at(book.getSheets(), 0))).toThrow(/all the sheets/);
  });
});
