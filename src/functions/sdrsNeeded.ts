import { ceilSnapped } from "../core/snap";
import { broadcastSpill, elementwise, numberBlock } from "./broadcast";
import { option } from "./kinds";
import { nonNegativeRule } from "./numbers";
import { defineFunction, type FunctionDocs } from "./registry";

const ROUNDINGS = ["whole", "none"] as const;

export const SDRS_NEEDED = defineFunction({
  name: "SDRS_NEEDED",
  params: [
    {
      name: "opportunities",
      kind: numberBlock(nonNegativeRule("a number of opportunities", "60")),
    },
    {
      name: "opportunities_per_sdr",
      kind: numberBlock(nonNegativeRule("a number of opportunities per SDR", "15")),
    },
    { name: "rounding", kind: option(ROUNDINGS, "whole"), optional: true },
  ],
  impl(opportunities, perSdr, rounding) {
    return elementwise(
      [
        { name: "opportunities", block: opportunities },
        { name: "opportunities_per_sdr", block: perSdr },
      ],
      (opportunities, perSdr) => {
        if (perSdr === 0) return undefined;
        const exact = opportunities / perSdr;
        return rounding === "whole" && exact > 0 ? ceilSnapped(exact) : exact;
      },
      {
        argument: "opportunities_per_sdr",
        message:
          "is 0 — an SDR who sources no opportunities can't cover any; enter the opportunities one ramped SDR sources per period, such as 15",
      },
    );
  },
});

/**
 * SDRS_NEEDED's reference text and spill size: read only by the build (stubs, docs) and the
 * formula-engine harness, never bundled.
 */
export const SDRS_NEEDED_DOCS: FunctionDocs = {
  summary:
    "SDRs a plan needs: the opportunities it needs ÷ the opportunities one SDR sources, per period.",
  spill: broadcastSpill,
  details: [
    'Element-wise: give the plan\'s opportunities per period (e.g. the opportunity row of FUNNEL_TARGETS) and the opportunities one ramped SDR sources per period, as single values or same-shaped ranges. `rounding` "whole" (default) rounds each cell up to whole SDRs (57 opportunities at 15 per SDR need 4 SDRs); "none" gives exact fractions.',
    "SDRs ramp too: for the SDR hires month by month with a ramp and attrition, give the opportunity row as HIRING_PLAN's targets and the opportunities per SDR as its quota.",
    "A cell with 0 opportunities per SDR, or with an empty input, is empty; the rest are computed.",
  ],
  params: {
    opportunities: {
      description: "Opportunities the plan needs, per period (or one value).",
      example: "B8:M8",
    },
    opportunities_per_sdr: {
      description: "Opportunities one ramped SDR sources per period.",
      example: "15",
    },
    rounding: {
      description: '"whole" for whole SDRs (rounded up), "none" for exact fractions.',
      example: '"whole"',
      default: '"whole"',
    },
  },
  returns: "SDRs needed per cell of the inputs.",
  examples: [
    { formula: "=SDRS_NEEDED({57; 60; 0}, 15)", result: "4; 4; 0" },
    { formula: '=SDRS_NEEDED(57, 15, "none")', result: "3.8" },
  ],
  errors: [
    "SDRS_NEEDED: opportunities_per_sdr: is 0 — an SDR who sources no opportunities can't cover any; enter the opportunities one ramped SDR sources per period, such as 15",
  ],
};
