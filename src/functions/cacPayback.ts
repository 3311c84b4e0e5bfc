import { cacPaybackPeriods } from "../core/unitEconomics";
import { broadcastSpill, elementwise, numberBlock } from "./broadcast";
import { GROSS_MARGIN, nonNegativeRule } from "./numbers";
import { defineFunction, type FunctionDocs } from "./registry";

export const CAC_PAYBACK = defineFunction({
  name: "CAC_PAYBACK",
  params: [
    { name: "cac", kind: numberBlock(nonNegativeRule("a CAC", "1200")) },
    { name: "arpa", kind: numberBlock(nonNegativeRule("an ARPA", "500")) },
    { name: "gross_margin", kind: numberBlock(GROSS_MARGIN) },
  ],
  impl(cac, arpa, grossMargin) {
    return elementwise(
      [
        { name: "cac", block: cac },
        { name: "arpa", block: arpa },
        { name: "gross_margin", block: grossMargin },
      ],
      (cac, arpa, margin) => cacPaybackPeriods(cac, arpa, margin),
      {
        argument: "arpa",
        message:
          "is 0 — a customer paying nothing never pays back CAC; enter an ARPA above 0, such as 500",
      },
    );
  },
});

/**
 * CAC_PAYBACK's reference text and spill size: read only by the build (stubs, docs) and the
 * formula-engine harness, never bundled.
 */
export const CAC_PAYBACK_DOCS: FunctionDocs = {
  summary: "Periods (e.g. months) to earn back CAC: CAC ÷ (ARPA × gross margin).",
  spill: broadcastSpill,
  details: [
    "Use ARPA per period: monthly ARPA gives months to pay back.",
    "Element-wise: same-shaped ranges give one payback per cell; a single value combines with a range of any shape. A cell with 0 ARPA, or with an empty input (such as an empty CAC cell), is empty.",
  ],
  params: {
    cac: { description: "Customer acquisition cost, e.g. the result of CAC.", example: "1200" },
    arpa: { description: "Average revenue per account per period.", example: "500" },
    gross_margin: { description: "Gross margin as a fraction (80% = 0.8).", example: "0.8" },
  },
  returns: "The number of periods of gross profit that repay the acquisition cost.",
  examples: [
    { formula: "=CAC_PAYBACK(1200, 500, 0.8)", result: "3" },
    { formula: "=CAC_PAYBACK({1200; 2400}, 500, 80%)", result: "3; 6" },
  ],
  errors: [
    "CAC_PAYBACK: arpa: is 0 — a customer paying nothing never pays back CAC; enter an ARPA above 0, such as 500",
    "CAC_PAYBACK: arpa: is 2 rows × 1 column but cac is 3 rows × 1 column — give ranges of the same size, or a single value",
  ],
};
