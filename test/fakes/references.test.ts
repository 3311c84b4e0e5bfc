import { FakeWorkbook } from "../../fakes/spreadsheet";
import { shiftReferences } from "../../fakes/references";
import { attachFormulaEngine } from "../../fakes/workbookEngine";

describe("inserted rows and columns move the references to the cells they moved", () => {
  const rows = { sheet: "Plan", along: "rows" as const, at: 3, howMany: 2 };

  it("rewrites references at or below the insertion, absolute ones too, and ranges by each end", () => {
    expect(shiftReferences("=A2+A3+$B$4+SUM(C1:C9)", "Plan", rows)).toBe("=A2+A5+$B$6+SUM(C1:C11)");
  });

  it("leaves text, function names, whole columns and other sheets' references alone", () => {
    expect(shiftReferences('=LOG10(A7)&"A7"&COUNT(A:A)+Notes!A7', "Plan", rows)).toBe(
      '=LOG10(A9)&"A7"&COUNT(A:A)+Notes!A7',
    );
  });

  it("rewrites a reference to the sheet from another sheet, quoted or not", () => {
    const change = { ...rows, sheet: "North America" };
    expect(shiftReferences("='North America'!B5*2", "Notes", change)).toBe("='North America'!B7*2");
    expect(shiftReferences("=Plan!B5", "Notes", rows)).toBe("=Plan!B7");
  });

  it("columns: letters past the insertion move right", () => {
    const cols = { sheet: "Plan", along: "columns" as const, at: 2, howMany: 1 };
    expect(shiftReferences("=A1+B1+Z1+AZ3", "Plan", cols)).toBe("=A1+C1+AA1+BA3");
  });

  it("through the fake: a formula below inserted rows still reads the same cells", () => {
    const book = new FakeWorkbook({ Plan: [[1], [2], ["=A1+A2"]], Notes: [["=Plan!A2*10"]] });
    const plan = book.getSheetByName("Plan")!;
    plan.insertRowsAfter(1, 3);
    expect(plan.getRange("A6").getFormula()).toBe("=A1+A5");
    expect(book.getSheetByName("Notes")!.getRange("A1").getFormula()).toBe("=Plan!A5*10");
  });

  it("the formula engine reads the moved references, on the sheet and from another sheet", () => {
    const book = new FakeWorkbook({ Plan: [[1], [2], ["=A1+A2"]], Notes: [["=Plan!A2*10"]] });
    attachFormulaEngine(book, { call: () => undefined });
    expect(book.getSheetByName("Notes")!.getRange("A1").getValue()).toBe(20);
    const plan = book.getSheetByName("Plan")!;
    plan.insertRowsAfter(1, 3);
    expect(plan.getRange("A6").getValue()).toBe(3);
    expect(book.getSheetByName("Notes")!.getRange("A1").getValue()).toBe(20);
  });
});
