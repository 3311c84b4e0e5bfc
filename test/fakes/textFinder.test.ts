/**
 * TextFinder as Google documents it (fakes/textFinder.ts): partial and case-insensitive unless
 * told otherwise, over displayed values, a regular expression when asked, every sheet searched.
 */
import { FakeWorkbook } from "../../fakes/spreadsheet";

function book(): FakeWorkbook {
  const b = new FakeWorkbook({
    Funnel: [
      ["Stage", "Owner", "Conversion to next", "Days in stage", "Entry criteria", "Exit criteria"],
      ["Lead", "Marketing", 0.1, 10, "", ""],
    ],
    Data: [["Deal", "Stage", "exit criteria met"]],
    Tratt: [["Steg", "Ansvarig", "", "", "", "Utgångskriterier"]],
  });
  // No formula engine here: the formula's cell shows nothing, as an uncomputed cell would.
  b.getSheetByName("Funnel")!.getRange("H1").setFormula('="Exit " & "criteria"');
  return b;
}

const where = (ranges: { getSheet(): { getName(): string }; getA1Notation(): string }[]) =>
  ranges.map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`);

describe("TextFinder", () => {
  it("matches part of a cell, ignoring case, by default", () => {
    expect(where(book().createTextFinder("exit criteria").findAll())).toEqual([
      "Funnel!F1",
      "Data!C1",
    ]);
  });

  it("matchEntireCell and matchCase narrow the search", () => {
    const b = book();
    expect(where(b.createTextFinder("exit criteria").matchEntireCell(true).findAll())).toEqual([
      "Funnel!F1",
    ]);
    expect(
      where(b.createTextFinder("exit criteria").matchEntireCell(true).matchCase(true).findAll()),
    ).toEqual([]);
  });

  it("a formula's cell matches by what it shows, or by its formula with matchFormulaText", () => {
    const b = book();
    expect(where(b.createTextFinder('"Exit "').findAll())).toEqual([]);
    expect(where(b.createTextFinder('"Exit "').matchFormulaText(true).findAll())).toEqual([
      "Funnel!H1",
    ]);
  });

  it("reads a regular expression when asked", () => {
    const found = book()
      .createTextFinder("^\\s*(exit criteria|utgångskriterier)\\s*$")
      .useRegularExpression(true)
      .findAll();
    expect(where(found)).toEqual(["Funnel!F1", "Tratt!F1"]);
  });
});
