import { stageSensitivity } from "../core/sensitivity";
import { fail } from "./errors";
import { numberList, singleNumber, withDefault } from "./kinds";
import { CONVERSION_RATE, nonNegativeRule, type NumberRule } from "./numbers";
import { defineFunction, spillAlongRates, type FunctionDocs, ONE_CELL } from "./registry";
import { orient } from "./shapes";
import { countOf, type Cell } from "./values";
import { ArrayOf } from "../core/intrinsics";

/** A relative lift: above 0, at most 10 (1 000 %). */
const LIFT: NumberRule = {
  noun: "a relative lift",
  example: "0.1 or 10%",
  problem(n) {
    if (n <= 0) return "must be above 0; enter the relative lift of each rate, such as 0.1 (10%)";
    if (n > 10)
      return "a lift is a fraction of the rate (10% = 0.1) and at most 10 (1000%); enter e.g. 0.1";
    return undefined;
  },
};

export const STAGE_SENSITIVITY = defineFunction({
  name: "STAGE_SENSITIVITY",
  params: [
    { name: "conversion_rates", kind: numberList(CONVERSION_RATE) },
    { name: "cost_per_record", kind: numberList(nonNegativeRule("a cost per record", "20")) },
    { name: "lift", kind: withDefault(singleNumber(LIFT), 0.1), optional: true },
  ],
  impl(rates, costs, lift) {
    const k = rates.values.length;
    const m = costs.values.length;
    if (m !== k && m !== k + 1) {
      fail(
        "cost_per_record",
        `has ${countOf(m, "value")} but conversion_rates has ${countOf(k, "rate")} — give the cost of one record at each stage with a rate (top first), and optionally one more per won customer`,
      );
    }
    const change = stageSensitivity(rates.values, costs.values, lift);
    const cells = new ArrayOf<Cell>(k + 1).fill("");
    if (change !== undefined) for (let j = 0; j < k; j++) cells[j] = change[j]!; // k changes
    return orient(cells, rates.orientation);
  },
});

/**
 * STAGE_SENSITIVITY's reference text and spill size: read only by the build (stubs, docs) and the
 * formula-engine harness, never bundled.
 */
export const STAGE_SENSITIVITY_DOCS: FunctionDocs = {
  summary:
    "Which stage to improve: the relative change in cost per won deal when each conversion rate is lifted on its own.",
  spill: ([rates = ONE_CELL]) => spillAlongRates(rates),
  details: [
    "Each conversion rate is lifted on its own by `lift` (relative: 10% turns a 30% rate into 33%; a lifted rate stops at 100%), the others unchanged. Lifting the rate from stage i to stage i + 1 divides the volume needed at stage i and at every stage above it, and so their cost per won deal.",
    "Costs are per record worked at each stage, top first; a value after the last rate's stage is a cost per won customer (e.g. onboarding), which no lift changes. Volumes are exact, so the result does not depend on any revenue target.",
    "The result lines up with the stages, in the orientation of the rates: negative fractions (−0.09 = 9% cheaper per won deal), the won stage's cell empty. When every cost is 0 every cell is empty.",
  ],
  params: {
    conversion_rates: {
      type: "row or column of rates (fractions)",
      description:
        "Stage-to-next-stage conversion rates from the top of the funnel down, as fractions (30% = 0.3).",
      example: "Funnel_Rates",
    },
    cost_per_record: {
      type: "row or column of costs",
      description:
        "Cost of working one record at each stage (top first), optionally one more per won customer; 0 is fine.",
      example: "C2:C4",
    },
    lift: {
      description: "Relative improvement of each rate, as a fraction in (0, 10].",
      example: "10%",
      default: "10%",
    },
  },
  returns:
    "The relative change in cost per won deal per stage's rate (negative = cheaper), the won stage empty.",
  examples: [
    {
      formula: "=STAGE_SENSITIVITY({0.1; 0.3; 0.5}, {20; 50; 400})",
      result: '−0.0491; −0.0614; −0.0909; ""',
      note: "per won deal, leads cost 1 333.3, MQLs 333.3 and SQLs 800: lifting the SQL close rate saves most",
    },
    { formula: "=STAGE_SENSITIVITY(Funnel_Rates, D2:D7, 20%)", result: "one change per stage" },
  ],
  errors: [
    "STAGE_SENSITIVITY: cost_per_record: has 2 values but conversion_rates has 3 rates — give the cost of one record at each stage with a rate (top first), and optionally one more per won customer",
    "STAGE_SENSITIVITY: lift: is 0 — must be above 0; enter the relative lift of each rate, such as 0.1 (10%)",
    "STAGE_SENSITIVITY: conversion_rates: item 2 is 30 — rates are fractions (30% = 0.3): enter 0.3 or 30%",
  ],
};
