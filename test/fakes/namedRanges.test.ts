import { namedRangeNameProblem } from "../../fakes/namedRange";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { at } from "../harness/at";

describe("named ranges (Sheets' naming rules, clashes, broken references)", () => {
  it.each([
    "Funnel_Rates",
    "Воронка_Rates",
    "漏斗_Stages",
    "Lejek_B2B_Days",
    "Lejek_łódź_Rates",
    "Ελληνικά_Days",
    "Försäljning_Map",
    "Embudo_España_Stages",
    "_x",
    "a1b",
    "ABCD1",
  ])("accepts %s", (name) => expect(namedRangeNameProblem(name)).toBeUndefined());
  it.each([
    ["Q1", /cell reference/],
    ["ABC123", /cell reference/],
    ["R1C1", /cell reference/],
    ["rc", /cell reference/],
    ["R", /cell reference/],
    ["c", /cell reference/],
    ["R5", /cell reference/],
    ["ZZZ18278", /cell reference/],
    ["TRUE", /TRUE or FALSE/],
    ["false", /TRUE or FALSE/],
    ["2025_plan", /not start with a number/],
    ["North America", /letters, numbers and underscores/],
    ["a-b", /letters, numbers and underscores/],
    // The stricter readings where Google's rule is silent: combining marks, other scripts' digits.
    ["Cafe\u0301_Stages", /letters, numbers and underscores/],
    ["Plan_\u0661", /letters, numbers and underscores/],
    ["🚀_Stages", /letters, numbers and underscores/],
    ["", /1–250/],
    ["x".repeat(251), /1–250/],
  ])("refuses %s", (name, problem) => expect(namedRangeNameProblem(name)).toMatch(problem));

  it("setNamedRange refuses an invalid name and a name taken ignoring case", () => {
    const book = new FakeWorkbook({ S: [["a"]] });
    const range = at(book.getSheets(), 0).getRange("A1");
    expect(() => book.setNamedRange("Q1", range)).toThrow(/invalid/);
    book.setNamedRange("Funnel_Rates", range);
    expect(() => book.setNamedRange("funnel_rates", range)).toThrow(/already exists/);
    expect(book.getNamedRanges().map((n) => n.getName())).toEqual(["Funnel_Rates"]);
    expect(book.getRangeByName("FUNNEL_RATES")?.getA1Notation()).toBe("A1");
  });

  it("a deleted sheet leaves its named ranges as #REF! references that still hold the name", () => {
    const book = new FakeWorkbook({ Funnel: [["Stage"], ["Lead"]], Other: [] });
    book.setNamedRange("Funnel_Stages", book.getSheetByName("Funnel")!.getRange("A2"));
    book.deleteSheet(book.getSheetByName("Funnel")!);
    const broken = at(book.getNamedRanges(), 0);
    expect(broken.getName()).toBe("Funnel_Stages");
    expect(broken.isBroken()).toBe(true);
    expect(() => broken.getRange()).toThrow(/#REF!/);
    expect(book.getRangeByName("Funnel_Stages")).toBeNull();
    expect(book.snapshot().namedRanges.get("Funnel_Stages")).toBe("#REF!");
    const again = book.insertSheet("Funnel");
    expect(() => book.setNamedRange("Funnel_Stages", again.getRange("A2"))).toThrow(
      /already exists/,
    );
    // It can be pointed at a live range again, or removed.
    broken.setRange(again.getRange("A2:A3"));
    expect(book.getRangeByName("Funnel_Stages")?.getA1Notation()).toBe("A2:A3");
    broken.remove();
    expect(book.getNamedRanges()).toHaveLength(0);
  });

  it("named ranges below inserted cells move down; those beside stay", () => {
    const book = new FakeWorkbook({ S: [["t"], ["t"]] });
    const sheet = at(book.getSheets(), 0);
    book.setNamedRange("Under", sheet.getRange("A5:B6"));
    book.setNamedRange("Beside", sheet.getRange("D5"));
    book.setNamedRange("Table", sheet.getRange("A1:A2"));
    sheet.getRange(3, 1, 2, 3).insertCells("ROWS");
    const refs = book.snapshot().namedRanges;
    expect(refs.get("Under")).toBe("S!A7:B8");
    expect(refs.get("Beside")).toBe("S!D5");
    expect(refs.get("Table")).toBe("S!A1:A2");
  });

  it("rows inserted inside a named range make it taller", () => {
    const book = new FakeWorkbook({ S: [["t"]] });
    const sheet = at(book.getSheets(), 0);
    book.setNamedRange("Block", sheet.getRange("A2:A4"));
    sheet.insertRowsAfter(2, 3);
    expect(book.snapshot().namedRanges.get("Block")).toBe("S!A2:A7");
  });
});
