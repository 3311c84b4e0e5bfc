/** The add-on's one way of writing cells (src/addon/cellContents.ts), against the Sheets fake. */
import {
  asText,
  formula,
  readContents,
  writeContents,
  type CellContent,
} from "../../src/addon/cellContents";
import { FakeWorkbook } from "../../fakes/spreadsheet";

function sheetIn(locale: string) {
  const book = new FakeWorkbook({ S: [] }, { locale });
  return { book, sheet: book.getSheetByName("S")! };
}

describe("writeContents", () => {
  it("keeps text as text, numbers as numbers, and formulas in Apps Script's syntax, in any locale", () => {
    for (const locale of ["en_US", "sv_SE", "pl_PL"]) {
      const { sheet } = sheetIn(locale);
      const contents: CellContent[][] = [
        [asText("1,5"), asText("TRUE"), asText("=x"), asText("2026-01-05"), 1.5, true],
        [formula("=ROUND(1.5, 0)"), formula('=IF(A1="1,5", 1, 0)'), "", asText(""), 0, false],
      ];
      writeContents(sheet, 1, 1, contents);
      expect(sheet.getRange("A1:F1").getValues()).toEqual([
        ["1,5", "TRUE", "=x", "2026-01-05", 1.5, true],
      ]);
      expect(sheet.getRange("A2:B2").getFormulas()).toEqual([
        ["=ROUND(1.5, 0)", '=IF(A1="1,5", 1, 0)'],
      ]);
    }
  });

  it("writes values in one call and each rectangle of formulas in one more", () => {
    const { book, sheet } = sheetIn("en_US");
    const f = formula("=1");
    writeContents(sheet, 2, 2, [
      ["label", f, f],
      ["label", f, f],
      [f, "", f],
    ]);
    const writes = book.writes.map((w) => `${w.kind} ${w.a1}`);
    expect(writes).toEqual(["values B2:D4", "formulas C2:D3", "formulas B4", "formulas D4"]);
  });
});

describe("readContents", () => {
  it("gives back what writeContents needs to restore a range exactly", () => {
    const { sheet } = sheetIn("sv_SE");
    sheet.getRange("A1:C1").setValues([["'007", 12, ""]]);
    sheet.getRange("D1").setFormula("=SUM(B1, 1.5)");
    const saved = readContents(sheet.getRange("A1:D1"));
    sheet.getRange("A1:D1").clearContent();
    writeContents(sheet, 1, 1, saved);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([["007", 12, ""]]);
    expect(sheet.getRange("D1").getFormula()).toBe("=SUM(B1, 1.5)");
  });
});
