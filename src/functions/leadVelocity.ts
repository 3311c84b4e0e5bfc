import { periodGrowth } from "../core/leadVelocity";
import { numberList } from "./kinds";
import { nonNegativeRule } from "./numbers";
import { defineFunction, type FunctionDocs, ONE_CELL } from "./registry";
import { orient } from "./shapes";
import type { Cell } from "./values";
import { ArrayOf } from "../core/intrinsics";

export const LEAD_VELOCITY = defineFunction({
  name: "LEAD_VELOCITY",
  params: [
    {
      name: "counts",
      kind: numberList(nonNegativeRule("a lead count", "120")),
    },
  ],
  impl(counts) {
    const growth = periodGrowth(counts.values);
    const cells = new ArrayOf<Cell>(growth.length);
    for (let t = 0; t < growth.length; t++) {
      const g = growth[t];
      cells[t] = g === undefined ? "" : g;
    }
    return orient(cells, counts.orientation);
  },
});

/**
 * LEAD_VELOCITY's reference text and spill size: read only by the build (stubs, docs) and the
 * formula-engine harness, never bundled.
 */
export const LEAD_VELOCITY_DOCS: FunctionDocs = {
  summary: "Growth of qualified leads period over period: (this period − last) ÷ last.",
  spill([counts = ONE_CELL]) {
    return counts;
  },
  details: [
    "Give one count per period, oldest first, as a row or a column; the result has the same orientation and length.",
    "The first period has nothing to compare with, and a period after a zero count has no growth rate: both cells are empty.",
  ],
  params: {
    counts: {
      type: "row or column of counts",
      description: "Qualified leads per period, oldest first.",
      example: "B2:B13",
    },
  },
  returns: "Growth per period as a fraction (0.1 = 10%), the first cell empty.",
  examples: [{ formula: "=LEAD_VELOCITY({100; 120; 90})", result: '""; 0.2; -0.25' }],
  errors: [
    "LEAD_VELOCITY: counts: item 3 is -4 — can't be negative; enter a lead count of 0 or more, such as 120",
    "LEAD_VELOCITY: counts: item 2 is empty — enter a lead count such as 120",
  ],
};
