import { lifetimeValue } from "../core/unitEconomics";
import { broadcastSpill, elementwise, numberBlock } from "./broadcast";
import { CHURN_RATE, GROSS_MARGIN, nonNegativeRule } from "./numbers";
import { defineFunction, type FunctionDocs } from "./registry";

export const LTV = defineFunction({
  name: "LTV",
  params: [
    { name: "arpa", kind: numberBlock(nonNegativeRule("an ARPA", "500")) },
    { name: "gross_margin", kind: numberBlock(GROSS_MARGIN) },
    { name: "churn_rate", kind: numberBlock(CHURN_RATE) },
  ],
  impl(arpa, grossMargin, churnRate) {
    return elementwise(
      [
        { name: "arpa", block: arpa },
        { name: "gross_margin", block: grossMargin },
        { name: "churn_rate", block: churnRate },
      ],
      (arpa, margin, churn) => lifetimeValue(arpa, margin, churn),
      // Unreachable: churn is validated above 0.
      { argument: "churn_rate", message: "is 0 — enter a churn rate above 0" },
    );
  },
});

/**
 * LTV's reference text and spill size: read only by the build (stubs, docs) and the
 * formula-engine harness, never bundled.
 */
export const LTV_DOCS: FunctionDocs = {
  summary: "Customer lifetime value: ARPA × gross margin ÷ churn rate.",
  spill: broadcastSpill,
  details: [
    "Use per-period figures that match: monthly ARPA with monthly churn gives the lifetime value in money. Give a gross margin of 1 (100%) for revenue LTV.",
    "Element-wise: same-shaped ranges give one LTV per cell (per channel or segment); a single value combines with a range of any shape. A cell with an empty input is empty.",
  ],
  params: {
    arpa: {
      description: "Average revenue per account per period (e.g. per month).",
      example: "500",
    },
    gross_margin: {
      description: "Gross margin as a fraction (80% = 0.8); 1 for revenue LTV.",
      example: "0.8",
    },
    churn_rate: {
      description: "Share of customers lost per period, as a fraction (2% = 0.02), above 0.",
      example: "0.02",
    },
  },
  returns: "The gross profit (or revenue) a customer brings over their lifetime.",
  examples: [
    { formula: "=LTV(500, 0.8, 0.02)", result: "20000" },
    { formula: "=LTV({500; 1000}, 80%, {0.02; 0.04})", result: "20000; 20000" },
  ],
  errors: [
    "LTV: churn_rate: is 0 — with no churn a customer's lifetime is unbounded; enter the churn per period above 0, such as 0.02 (2%)",
    "LTV: gross_margin: is 80 — gross margins are fractions (25% = 0.25): enter 0.8 or 80%",
  ],
};
