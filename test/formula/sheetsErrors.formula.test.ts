/**
 * Errors as Sheets shows them, in the engine bridge the template tests and the preview share:
 * a custom function's thrown error is #ERROR! with its message (HyperFormula says #VALUE!), and a
 * spill blocked by content is #REF! (HyperFormula says #SPILL!) — unless the function fails anyway,
 * whose own error then shows.
 */
import { loadCustomFunctions } from "../../fakes/bundle";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { attachFormulaEngine } from "../../fakes/workbookEngine";

function sheetWith(rows: unknown[][]) {
  const book = new FakeWorkbook({ Plan: rows });
  attachFormulaEngine(book, loadCustomFunctions(book));
  return book.getSheetByName("Plan")!;
}

describe("errors as Sheets shows them", () => {
  it("a function's own error is #ERROR! with its message", () => {
    const sheet = sheetWith([["=REQUIRED_LEADS(100000, 10000, 30)"]]);
    expect(sheet.getRange("A1").getValue()).toBe(
      "#ERROR! REQUIRED_LEADS: conversion_rates: is 30 — rates are fractions (30% = 0.3): enter 0.3 or 30%",
    );
  });

  it("a spill blocked by content is #REF!, naming the cell in the way", () => {
    const sheet = sheetWith([["=REQUIRED_LEADS(100000, 10000, {0.1; 0.5})"], [""], ["note"]]);
    expect(sheet.getRange("A1").getValue()).toBe(
      "#REF! Array result was not expanded because it would overwrite data in A3.",
    );
    sheet.getRange("A3").clearContent();
    expect(sheet.getRange("A1:A3").getValues()).toEqual([[200], [20], [10]]);
  });

  it("a blocked spill does not hide the function's own error", () => {
    const sheet = sheetWith([["=REQUIRED_LEADS(100000, 0, {0.1; 0.5})"], [""], ["note"]]);
    expect(sheet.getRange("A1").getValue()).toMatch(/^#ERROR! REQUIRED_LEADS: avg_deal_size: /);
  });
});
