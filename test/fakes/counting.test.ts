/** The call counter (fakes/counting.ts): what it counts as a call, a class and a flush. */
import { countingServices, callClass } from "../../fakes/counting";
import { appsScriptServices } from "../../fakes/services";
import { FakeWorkbook } from "../../fakes/spreadsheet";

function counted() {
  const book = new FakeWorkbook({ Data: [[1, 2]], Other: [] });
  const { services, counts } = countingServices(appsScriptServices(book));
  return { book, app: services.SpreadsheetApp, html: services.HtmlService, counts };
}

describe("counting service calls", () => {
  it("counts every call, through what calls return, by class and method", () => {
    const { app, counts } = counted();
    const sheet = app.getActiveSpreadsheet().getSheetByName("Data")!;
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([[1, 2]]);
    expect(counts.calls).toEqual([
      "SpreadsheetApp.getActiveSpreadsheet",
      "Spreadsheet.getSheetByName",
      "Sheet.getRange",
      "Range.getValues",
    ]);
    expect(counts.byClass()).toEqual({ read: 1, metadata: 3, write: 0, other: 0 });
  });

  it("classes reads, writes, metadata and others by method", () => {
    expect(callClass("getValues")).toBe("read");
    expect(callClass("getNumberFormats")).toBe("read");
    expect(callClass("setValues")).toBe("write");
    expect(callClass("insertSheet")).toBe("write");
    expect(callClass("getNamedRanges")).toBe("metadata");
    expect(callClass("getLastRow")).toBe("metadata");
    expect(callClass("tryLock")).toBe("other");
    // A finder is a search, not a change: it must not make the next read count as a flush.
    expect(callClass("createTextFinder")).toBe("metadata");
    expect(callClass("useRegularExpression")).toBe("metadata");
    expect(callClass("findAll")).toBe("metadata");
  });

  it("a flush is a call that needs the document after writes not yet flushed", () => {
    const { app, counts } = counted();
    const sheet = app.getActiveSpreadsheet().getSheetByName("Data")!;
    sheet.getRange("A1").setValue(5);
    sheet.getRange("B1").setValue(6); // getRange builds a reference: no flush
    expect(counts.flushes).toBe(0);
    expect(sheet.getRange("A1:B1").getValues()).toEqual([[5, 6]]); // the read flushes
    expect(counts.flushes).toBe(1);
    sheet.getLastRow(); // nothing pending
    expect(counts.flushes).toBe(1);
    sheet.getRange("A1").setValue(7);
    app.flush();
    app.flush();
    expect(counts.flushes).toBe(2);
  });

  it("where a named range points needs the document: asked after a write, it flushes", () => {
    const { app, counts } = counted();
    const ss = app.getActiveSpreadsheet();
    const sheet = ss.getSheetByName("Data")!;
    ss.setNamedRange("Figures", sheet.getRange("A1:B1"));
    const named = ss.getNamedRanges()[0]!;
    counts.reset();
    sheet.insertRowsBefore(1, 1); // moves the named range, pending
    named.getRange(); // the sheet's coordinates are the script's; a named range's are not
    expect(counts.flushes).toBe(1);
  });

  it("building and showing a page is no document write: the next read is no flush", () => {
    const { app, html, counts } = counted();
    app.getUi().showSidebar(html.createHtmlOutput("<p>x</p>").setTitle("Stages"));
    expect(counts.calls).toContain("Ui.showSidebar");
    app.getActiveSpreadsheet().getSheetByName("Data")!.getRange("A1").getValues();
    expect(counts.flushes).toBe(0);
  });

  it("hands the fakes their own objects back, so identity checks hold", () => {
    const { app, book } = counted();
    const ss = app.getActiveSpreadsheet();
    ss.deleteSheet(ss.getSheetByName("Other")!);
    expect(book.getSheetByName("Other")).toBeNull();
    ss.setNamedRange("Nums", ss.getSheetByName("Data")!.getRange("A1:B1"));
    expect(book.getRangeByName("Nums")!.getValues()).toEqual([[1, 2]]);
  });

  it("reset starts a new count", () => {
    const { app, counts } = counted();
    app.getActiveSpreadsheet().getSheets();
    counts.reset();
    expect(counts.calls).toEqual([]);
    expect(counts.flushes).toBe(0);
  });
});
