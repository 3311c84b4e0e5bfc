import { reverseFunnel, ROUNDINGS } from "../core/reverseFunnel";
import { alignedList } from "./broadcast";
import { fail } from "./errors";
import { numberList, option } from "./kinds";
import { CONVERSION_RATE, nonNegativeRule, positiveRule } from "./numbers";
import { defineFunction, spillAlongRates, type FunctionDocs, ONE_CELL } from "./registry";
import { orient } from "./shapes";
import type { Cell, Grid } from "./values";

export const REQUIRED_LEADS = defineFunction({
  name: "REQUIRED_LEADS",
  params: [
    { name: "revenue_target", kind: alignedList(positiveRule("a revenue target", "100000")) },
    {
      name: "avg_deal_size",
      kind: alignedList(nonNegativeRule("an average deal size", "10000")),
    },
    {
      name: "conversion_rates",
      kind: numberList(CONVERSION_RATE),
    },
    { name: "rounding", kind: option(ROUNDINGS, "stage"), optional: true },
  ],
  impl(targets, dealSizes, rates, rounding) {
    const k = rates.values.length;
    if (k === 0)
      fail(
        "conversion_rates",
        "is empty — select the stage table's conversion rates, e.g. Funnel_Rates",
      );
    const n = targets.values.length;
    const m = dealSizes.values.length;
    if (n === 1) {
      if (m !== 1)
        fail(
          "avg_deal_size",
          `has ${m} values but there is one revenue target — give one deal size`,
        );
      const dealSize = dealSizes.values[0]!;
      if (dealSize === 0)
        fail("avg_deal_size", "is 0 — must be above 0; enter an average deal size such as 10000");
      return orient<Cell>(
        reverseFunnel(targets.values[0]! / dealSize, rates.values, rounding),
        rates.orientation,
      );
    }
    if (m !== 1 && m !== n) {
      fail(
        "avg_deal_size",
        `has ${m} values but revenue_target has ${n} — give one deal size, or one per target`,
      );
    }
    if (m > 1 && dealSizes.orientation !== targets.orientation) {
      fail(
        "avg_deal_size",
        `is a ${dealSizes.orientation} but revenue_target is a ${targets.orientation} — lay both out the same way`,
      );
    }
    const perScenario = new Array<Cell[]>(n);
    const blank = new Array<Cell>(k + 1).fill("");
    const t = targets.values;
    const d = dealSizes.values;
    const values = rates.values;
    for (let s = 0; s < n; s++) {
      const target = t[s]!;
      const dealSize = (m === 1 ? d[0] : d[s]) ?? NaN; // one or n deal sizes (checked above)
      // An empty target or deal size (NaN), or a zero deal size, blanks only its own scenario
      // (SPEC §2.2, §2.6).
      perScenario[s] =
        dealSize === 0 || target !== target || dealSize !== dealSize
          ? blank.slice()
          : reverseFunnel(target / dealSize, values, rounding);
    }
    return targets.orientation === "column" ? perScenario : transpose(perScenario, k + 1);
  },
});

/**
 * REQUIRED_LEADS's reference text and spill size: read only by the build (stubs, docs) and the
 * formula-engine harness, never bundled.
 */
export const REQUIRED_LEADS_DOCS: FunctionDocs = {
  summary:
    "Reverse funnel: the volume needed at each stage to hit a revenue target, top stage first, won deals last.",
  spill([target = ONE_CELL, , rates = ONE_CELL]) {
    const stages = Math.max(rates.rows, rates.cols) + 1;
    const scenarios = Math.max(target.rows, target.cols);
    if (scenarios > 1)
      return target.rows > 1
        ? { rows: target.rows, cols: stages }
        : { rows: stages, cols: target.cols };
    return spillAlongRates(rates);
  },
  details: [
    "Divides the revenue target by the average deal size to get the deals needed, then divides by each stage's conversion rate, from the bottom of the funnel up.",
    "With k conversion rates the result has k + 1 values, in the orientation of the rates: a column of rates gives a column. Select a stage table's whole `Conversion to next` column (e.g. `Funnel_Rates`): the last stage's empty cell is ignored, so the result lines up row for row with the table.",
    "Scenarios: give a column of revenue targets (and one deal size, or a column of them) to get one row per scenario; a row of targets gives one column per scenario. An empty target or deal size gives an empty row in its own position; only a single value is combined with every scenario.",
  ],
  params: {
    revenue_target: {
      description: "Revenue to win, or a column of targets (one per scenario).",
      example: "100000",
    },
    avg_deal_size: {
      description: "Average revenue per won deal; one value, or one per scenario.",
      example: "10000",
    },
    conversion_rates: {
      type: "row or column of rates (fractions)",
      description:
        "Stage-to-next-stage conversion rates from the top of the funnel down, as fractions (30% = 0.3); the last converts into a won deal.",
      example: "Funnel_Rates",
    },
    rounding: {
      description: 'How volumes are rounded: "stage", "end" or "none".',
      example: '"stage"',
      default: '"stage"',
    },
  },
  returns: "The volume needed at each stage, top first, ending with the won deals.",
  examples: [
    {
      formula: "=REQUIRED_LEADS(100000, 10000, 10%)",
      result: "100; 10",
      note: "10 deals need 100 SQLs at a 10% close rate",
    },
    { formula: "=REQUIRED_LEADS(100000, 10000, {0.1; 0.3; 0.5})", result: "670; 67; 20; 10" },
    {
      formula: '=REQUIRED_LEADS(100000, 10000, {0.1; 0.3; 0.5}, "end")',
      result: "667; 67; 20; 10",
    },
    {
      formula: "=REQUIRED_LEADS(B2:B4, 10000, Funnel_Rates)",
      result: "one row per target",
      note: "scenarios",
    },
  ],
  errors: [
    "REQUIRED_LEADS: conversion_rates: item 2 is 30 — rates are fractions (30% = 0.3): enter 0.3 or 30%",
    "REQUIRED_LEADS: revenue_target: is 0 — must be above 0; enter a revenue target such as 100000",
    "REQUIRED_LEADS: avg_deal_size: has 2 values but revenue_target has 3 — give one deal size, or one per target",
  ],
};

function transpose(rows: Cell[][], width: number): Grid {
  const out = new Array<Grid[number]>(width);
  for (let c = 0; c < width; c++) {
    const row = new Array<Cell>(rows.length);
    // Every scenario row has `width` cells (k + 1 stages).
    for (let r = 0; r < rows.length; r++) row[r] = rows[r]![c]!;
    out[c] = row;
  }
  return out;
}
