import { pipelineVelocity } from "../core/unitEconomics";
import { broadcastSpill, elementwise, numberBlock } from "./broadcast";
import { nonNegativeRule, WIN_RATE } from "./numbers";
import { defineFunction, type FunctionDocs } from "./registry";

export const PIPELINE_VELOCITY = defineFunction({
  name: "PIPELINE_VELOCITY",
  params: [
    {
      name: "opportunities",
      kind: numberBlock(nonNegativeRule("a number of opportunities", "80")),
    },
    { name: "win_rate", kind: numberBlock(WIN_RATE) },
    { name: "avg_deal_size", kind: numberBlock(nonNegativeRule("an average deal size", "10000")) },
    {
      name: "sales_cycle_days",
      kind: numberBlock(nonNegativeRule("a sales-cycle length in days", "45")),
    },
  ],
  impl(opportunities, winRate, avgDealSize, salesCycleDays) {
    return elementwise(
      [
        { name: "opportunities", block: opportunities },
        { name: "win_rate", block: winRate },
        { name: "avg_deal_size", block: avgDealSize },
        { name: "sales_cycle_days", block: salesCycleDays },
      ],
      (opportunities, winRate, dealSize, cycle) =>
        pipelineVelocity(opportunities, winRate, dealSize, cycle),
      {
        argument: "sales_cycle_days",
        message:
          "is 0 — a sales cycle takes time; enter the average days from opportunity to close, such as 45",
      },
    );
  },
});

/**
 * PIPELINE_VELOCITY's reference text and spill size: read only by the build (stubs, docs) and the
 * formula-engine harness, never bundled.
 */
export const PIPELINE_VELOCITY_DOCS: FunctionDocs = {
  summary:
    "Revenue per day the pipeline produces: opportunities × win rate × deal size ÷ sales-cycle days.",
  spill: broadcastSpill,
  details: [
    "Element-wise: same-shaped ranges give one velocity per cell (per team, segment or quarter); a single value combines with a range of any shape.",
    "A cell with a 0-day sales cycle, or with an empty input, is empty; the rest are computed.",
  ],
  params: {
    opportunities: { description: "Open qualified opportunities.", example: "80" },
    win_rate: {
      description: "Share of opportunities won, as a fraction (25% = 0.25).",
      example: "0.25",
    },
    avg_deal_size: { description: "Average revenue per won deal.", example: "10000" },
    sales_cycle_days: { description: "Average days from opportunity to close.", example: "45" },
  },
  returns: "Revenue per day.",
  examples: [
    { formula: "=PIPELINE_VELOCITY(80, 0.25, 10000, 40)", result: "5000" },
    { formula: "=PIPELINE_VELOCITY({80; 40}, 25%, 10000, {40; 20})", result: "5000; 5000" },
  ],
  errors: [
    "PIPELINE_VELOCITY: sales_cycle_days: is 0 — a sales cycle takes time; enter the average days from opportunity to close, such as 45",
    "PIPELINE_VELOCITY: win_rate: is 25 — win rates are fractions (25% = 0.25): enter 0.25 or 25%",
  ],
};
