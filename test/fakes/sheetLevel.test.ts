/**
 * The fakes' sheet-level behaviours the plans rely on, each as Google documents it: developer
 * metadata, range lists, 2-D style setters, column widths, hidden columns, the new sheet being the
 * active one, and charts, rules and metadata moving with inserted rows.
 */
import { ARBITRARY_RANGE_REFUSED } from "../../fakes/developerMetadata";
import { countingServices } from "../../fakes/counting";
import { appsScriptServices } from "../../fakes/services";
import { FakeWorkbook, diffSnapshots } from "../../fakes/spreadsheet";

function book() {
  return new FakeWorkbook({ Data: [[1, 2, 3]], Other: [] });
}

describe("developer metadata", () => {
  it("lives on a sheet, is found by key across the spreadsheet, and goes with its sheet", () => {
    const b = book();
    const data = b.getSheetByName("Data")!;
    data.addDeveloperMetadata("funnelMath.plan", '{"template":"x"}');
    b.getSheetByName("Other")!.addDeveloperMetadata("other.key", "1");
    const found = b.createDeveloperMetadataFinder().withKey("funnelMath.plan").find();
    expect(
      found.map((m) => [m.getKey(), m.getValue(), m.getLocation().getSheet()?.getName()]),
    ).toEqual([["funnelMath.plan", '{"template":"x"}', "Data"]]);
    expect(data.getDeveloperMetadata().map((m) => m.getKey())).toEqual(["funnelMath.plan"]);
    found[0]!.setValue("changed");
    expect(data.getDeveloperMetadata()[0]!.getValue()).toBe("changed");
    b.deleteSheet(data);
    expect(b.createDeveloperMetadataFinder().withKey("funnelMath.plan").find()).toEqual([]);
  });

  it("only a whole row or column takes metadata, and a row's moves with inserted rows", () => {
    const b = book();
    const sheet = b.getSheetByName("Data")!;
    expect(() => sheet.getRange("A1:B2").addDeveloperMetadata("k")).toThrow(
      ARBITRARY_RANGE_REFUSED,
    );
    sheet.getRange(5, 1, 1, sheet.getMaxColumns()).addDeveloperMetadata("row5", "v");
    sheet.insertRowsAfter(2, 3);
    const [meta] = sheet.createDeveloperMetadataFinder().withKey("row5").find();
    expect(meta!.getLocation().getRow()!.getRow()).toBe(8);
    sheet.deleteRows(8, 1);
    expect(sheet.createDeveloperMetadataFinder().withKey("row5").find()).toEqual([]);
  });

  it("is part of the whole-workbook snapshot, and a failed change changes nothing", () => {
    const b = book();
    const before = b.snapshot();
    b.failures.failOn("metadata");
    expect(() => b.getSheetByName("Data")!.addDeveloperMetadata("k", "v")).toThrow();
    expect(diffSnapshots(before, b.snapshot())).toEqual({
      cells: [],
      namedRanges: [],
      metadata: [],
    });
    b.getSheetByName("Data")!.addDeveloperMetadata("k", "v");
    expect(diffSnapshots(before, b.snapshot()).metadata).toEqual(["+k=v@sheet Data"]);
  });
});

describe("2-D style setters and range lists", () => {
  it("set one style per cell in one call, must match the range, and null resets", () => {
    const b = book();
    const range = b.getSheetByName("Data")!.getRange("A1:B1");
    range.setBackgrounds([["#fef7e0", null]]).setFontWeights([["bold", "normal"]]);
    range
      .setNotes([["why", ""]])
      .setFontColors([["#1155cc", null]])
      .setFontSizes([[16, 10]]);
    expect(range.getBackgrounds()).toEqual([["#fef7e0", "#ffffff"]]);
    expect(range.getFontWeights()).toEqual([["bold", "normal"]]);
    expect(range.getNotes()).toEqual([["why", ""]]);
    expect(range.getFontColors()).toEqual([["#1155cc", "#000000"]]);
    expect(range.getFontSizes()).toEqual([[16, 10]]);
    expect(() => range.setBackgrounds([["#fff"]])).toThrow(/number of columns/);
    // Setting the default is the same as never styling (what a getter reports either way).
    const before = b.snapshot();
    range.setBackgrounds([["#ffffff", "#ffffff"]]).setBackgrounds([["#fef7e0", null]]);
    expect(b.snapshot()).toEqual(before);
  });

  it("a range list sets borders on each of its ranges in one call", () => {
    const b = book();
    const sheet = b.getSheetByName("Data")!;
    const { services, counts } = countingServices(appsScriptServices(b));
    const counted = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Data")!;
    counts.reset();
    counted.getRangeList(["A1:B1", "C3"]).setBorder(null, null, true, null, null, null);
    expect(counts.calls).toEqual(["Sheet.getRangeList", "RangeList.setBorder"]);
    expect(sheet.cell(1, 2)?.border).toBe("bottom");
    expect(sheet.cell(3, 3)?.border).toBe("bottom");
    expect(
      sheet
        .getRangeList(["A1", "C3"])
        .getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["A1", "C3"]);
  });

  it("a failure in a range-list call leaves all its ranges unchanged", () => {
    const b = book();
    const before = b.snapshot();
    b.failures.failOn("background");
    expect(() =>
      b.getSheetByName("Data")!.getRangeList(["A1", "B1"]).setBackground("#eee"),
    ).toThrow();
    expect(b.snapshot()).toEqual(before);
  });

  it("checkboxes: validation on every cell, and every value false (Range.insertCheckboxes)", () => {
    const b = book();
    const range = b.getSheetByName("Data")!.getRange("A1:B1");
    range.insertCheckboxes();
    expect(range.getValues()).toEqual([[false, false]]);
    expect(range.getDataValidation()).toEqual({ criteria: "CHECKBOX" });
  });
});

describe("the sheet around the cells", () => {
  it("widths by runs, hidden columns, frozen panes; widths and hidden columns move with inserts", () => {
    const sheet = book().getSheetByName("Data")!;
    sheet.setColumnWidths(2, 3, 140);
    sheet.hideColumns(6);
    expect([2, 3, 4, 5].map((c) => sheet.getColumnWidth(c))).toEqual([140, 140, 140, 100]);
    sheet.insertColumnsAfter(1, 1);
    expect([3, 5, 6].map((c) => sheet.getColumnWidth(c))).toEqual([140, 140, 100]);
    expect(sheet.isColumnHiddenByUser(7)).toBe(true);
    expect(sheet.isColumnHiddenByUser(6)).toBe(false);
  });

  it("a new sheet becomes the active sheet (Spreadsheet.insertSheet)", () => {
    const b = book();
    const sheet = b.insertSheet("Plan");
    expect(b.getActiveSheet()).toBe(sheet);
  });

  it("charts and conditional-format ranges move with rows inserted above them", () => {
    const b = book();
    const sheet = b.getSheetByName("Data")!;
    const chart = sheet
      .newChart()
      .asBarChart()
      .addRange(sheet.getRange("A10:A40"))
      .setPosition(42, 1, 0, 0)
      .build();
    sheet.insertChart(chart);
    sheet.setConditionalFormatRules([
      { formula: "=A10>1", background: "#eee", ranges: ["A10:B40"] },
    ]);
    sheet.insertRowsAfter(3, 2);
    expect(sheet.getCharts()[0]).toMatchObject({ ranges: ["A12:A42"], row: 44 });
    expect(sheet.getConditionalFormatRules()[0]!.ranges).toEqual(["A12:B42"]);
  });

  it("Sheet.getNamedRanges lists only the named ranges on that sheet", () => {
    const b = book();
    b.setNamedRange("OnData", b.getSheetByName("Data")!.getRange("A1:C1"));
    b.setNamedRange("OnOther", b.getSheetByName("Other")!.getRange("A1"));
    expect(
      b
        .getSheetByName("Data")!
        .getNamedRanges()
        .map((n) => n.getName()),
    ).toEqual(["OnData"]);
  });
});

describe("counting builders", () => {
  it("a builder's setters are no service calls; making it and applying it are", () => {
    const b = book();
    const { services, counts } = countingServices(appsScriptServices(b));
    const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Data")!;
    counts.reset();
    const rule = services.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied("=A1>1")
      .setBackground("#eee")
      .setRanges([sheet.getRange("A1:A3")])
      .build();
    sheet.setConditionalFormatRules([rule]);
    expect(counts.calls).toEqual([
      "SpreadsheetApp.newConditionalFormatRule",
      "Sheet.getRange",
      "Sheet.setConditionalFormatRules",
    ]);
    expect(counts.builderCalls).toHaveLength(4);
  });
});
