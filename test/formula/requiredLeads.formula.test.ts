import { loadCustomFunctions } from "../../fakes/bundle";
import {
  callCounts,
  cellValue,
  createEngine,
  rangeValues,
  resetCallCounts,
  useBuiltAddon,
} from "../../fakes/formulaEngine";

useBuiltAddon(loadCustomFunctions());

describe("REQUIRED_LEADS in a real formula engine", () => {
  it("spills the reverse funnel down from the formula cell and recalculates on edit", () => {
    const hf = createEngine({
      Plan: [
        ["Revenue target", 100000, "Stage", "Rate"],
        ["Deal size", 10000, "Lead", 0.1],
        ["=REQUIRED_LEADS(B1, B2, D2:D5)", null, "MQL", 0.3],
        [null, null, "SQL", 0.5],
        [null, null, "Customer", null],
      ],
    });
    expect(rangeValues(hf, "Plan", "A3:A6")).toEqual([[667], [67], [20], [10]]);

    hf.setCellContents({ sheet: hf.getSheetId("Plan")!, row: 0, col: 1 }, [[200000]]);
    expect(rangeValues(hf, "Plan", "A3:A6")).toEqual([[1334], [134], [40], [20]]);
  });

  it("the seed example and a row of rates spilling right", () => {
    const hf = createEngine({
      S: [
        [100000, 10000, 0.1, "=REQUIRED_LEADS(A1, B1, C1)"],
        [],
        [0.1, 0.3, 0.5, "=REQUIRED_LEADS(100000, 10000, A3:C3)"],
      ],
    });
    expect(rangeValues(hf, "S", "D1:D2")).toEqual([[100], [10]]);
    expect(rangeValues(hf, "S", "D3:G3")).toEqual([[667, 67, 20, 10]]);
  });

  it("rounding as a cell, skipped, and as a literal", () => {
    const hf = createEngine({
      S: [
        [
          0.1,
          "stage",
          "=REQUIRED_LEADS(100000, 10000, A1:A3, B1)",
          "=REQUIRED_LEADS(100000, 10000, A1:A3, )",
          '=REQUIRED_LEADS(100000, 10000, A1:A3, "none")',
        ],
        [0.3],
        [0.5],
      ],
    });
    expect(rangeValues(hf, "S", "C1:C4")).toEqual([[670], [67], [20], [10]]);
    expect(rangeValues(hf, "S", "D1:D4")).toEqual([[667], [67], [20], [10]]);
    expect(
      (rangeValues(hf, "S", "E1:E4") as number[][]).map((r) => Number(r[0].toFixed(2))),
    ).toEqual([666.67, 66.67, 20, 10]);
  });

  it("percent cells arrive as fractions", () => {
    const hf = createEngine({ S: [["10%", "=REQUIRED_LEADS(100000, 10000, A1)"]] });
    expect(rangeValues(hf, "S", "B1:B2")).toEqual([[100], [10]]);
  });

  it("scenarios: a column of targets spills one row per scenario, in one call", () => {
    resetCallCounts();
    const hf = createEngine({
      S: [[100000, 0.1, "=REQUIRED_LEADS(A1:A3, 10000, B1:B2)"], [200000, 0.5], [300000]],
    });
    expect(rangeValues(hf, "S", "C1:E3")).toEqual([
      [200, 20, 10],
      [400, 40, 20],
      [600, 60, 30],
    ]);
    expect(callCounts.get("REQUIRED_LEADS")).toBe(1);
  });

  it("shows our error text in the cell", () => {
    const hf = createEngine({ S: [[30, "=REQUIRED_LEADS(100000, 10000, A1)"]] });
    expect(cellValue(hf, "S", "B1")).toBe(
      "#ERROR! REQUIRED_LEADS: conversion_rates: is 30 — rates are fractions (30% = 0.3): enter 0.3 or 30%",
    );
  });
});
