import { customerAcquisitionCost } from "../core/unitEconomics";
import {
  blockValues,
  elementwise,
  isSingle,
  numberBlock,
  shapeText,
  type NumberBlock,
  type ZeroDenominator,
} from "./broadcast";
import { fail } from "./errors";
import { singleNumber, withDefault } from "./kinds";
import { nonNegativeRule, wholeNumberRule } from "./numbers";
import { defineFunction, type FunctionDocs, ONE_CELL } from "./registry";
import type { Cell, FunctionResult, Grid } from "./values";
import { ArrayOf, NOT_A_NUMBER } from "../core/intrinsics";

const NO_CUSTOMERS: ZeroDenominator = {
  argument: "new_customers",
  message: "is 0 — with no new customers CAC is undefined; enter a count above 0",
};

/** Fully loaded spend: each row's cost lines summed (an empty line counts as no spend). */
function sumCostLines(spend: NumberBlock): NumberBlock {
  const cells = new ArrayOf<Cell[]>(spend.rows);
  for (let r = 0; r < spend.rows; r++) {
    const row = spend.cells[r]!; // rows × cols cells; a non-number is empty
    let total = 0;
    let any = false;
    for (let c = 0; c < spend.cols; c++) {
      const v = row[c];
      if (typeof v === "number") {
        total += v;
        any = true;
      }
    }
    cells[r] = [any ? total : ""];
  }
  return { rows: spend.rows, cols: 1, cells };
}

/**
 * Whether `spend` holds cost lines side by side (summed per row): several columns with one row per
 * entry of a `new_customers` column, or a single row against a single `new_customers` value
 * (`CAC({5000, 49500}, 50)` is one month's cost lines, SPEC §3).
 */
function hasCostLines(spend: NumberBlock, customers: NumberBlock): boolean {
  if (spend.cols < 2) return false;
  if (isSingle(customers)) return spend.rows === 1;
  return customers.cols === 1 && spend.rows === customers.rows;
}

/** CAC of period t = new customers of t ÷ spend of period t − lag; the first `lag` cells are "". */
function laggedCac(spend: NumberBlock, customers: NumberBlock, lag: number): FunctionResult {
  if (isSingle(customers) || (customers.rows > 1 && customers.cols > 1)) {
    fail(
      "lag_periods",
      `is ${lag}, which needs a series of periods — give spend and new_customers as one column (or row) each, one cell per period`,
    );
  }
  if (spend.rows !== customers.rows || spend.cols !== customers.cols) {
    fail(
      "spend",
      `is ${shapeText(spend)} but new_customers is ${shapeText(customers)} — with lag_periods, give one spend per period, the same size as new_customers`,
    );
  }
  const spent = blockValues(spend);
  const won = blockValues(customers);
  const n = won.length;
  const cells = new ArrayOf<Cell>(n);
  for (let t = 0; t < n; t++) {
    const s = (t >= lag ? spent[t - lag] : NOT_A_NUMBER) ?? NOT_A_NUMBER; // same length as customers
    const c = won[t] ?? NOT_A_NUMBER;
    const v = s === s && c === c ? customerAcquisitionCost(s, c) : undefined;
    cells[t] = v === undefined ? "" : v;
  }
  if (customers.rows === 1) return [cells];
  const out = new ArrayOf<Grid[number]>(n);
  for (let t = 0; t < n; t++) out[t] = [cells[t]!]; // n cells
  return out;
}

export const CAC = defineFunction({
  name: "CAC",
  params: [
    { name: "spend", kind: numberBlock(nonNegativeRule("a spend amount", "5000")) },
    {
      name: "new_customers",
      kind: numberBlock(nonNegativeRule("a number of new customers", "50")),
    },
    {
      name: "lag_periods",
      kind: withDefault(singleNumber(wholeNumberRule("a number of periods", "2")), 0),
      optional: true,
    },
  ],
  impl(spend, customers, lag) {
    let costs = spend;
    if (hasCostLines(spend, customers)) {
      costs = sumCostLines(spend);
      if (isSingle(costs) && typeof costs.cells[0]![0] !== "number") {
        fail("spend", "is empty — enter a spend amount such as 5000");
      }
    }
    if (lag > 0) return laggedCac(costs, customers, lag);
    return elementwise(
      [
        { name: "spend", block: costs },
        { name: "new_customers", block: customers },
      ],
      (spend, customers) => customerAcquisitionCost(spend, customers),
      NO_CUSTOMERS,
    );
  },
});

/**
 * CAC's reference text and spill size: read only by the build (stubs, docs) and the
 * formula-engine harness, never bundled.
 */
export const CAC_DOCS: FunctionDocs = {
  summary: "Customer acquisition cost: sales and marketing spend ÷ new customers.",
  spill([spend = ONE_CELL, customers = ONE_CELL]) {
    if (customers.rows > 1 || customers.cols > 1) return customers;
    // One row of cost lines against one customer count is a single CAC.
    return spend.rows === 1 ? { rows: 1, cols: 1 } : spend;
  },
  details: [
    "Single values give a single value. Same-shaped ranges give one CAC per cell (per channel or per period); a single value (or one cell) combines with a range of any shape. Ranges keep their full shape: an empty cell gives an empty result in its own position.",
    "Fully loaded CAC: `spend` may have several columns (cost lines such as ads, salaries, tools) with one row per cell of a `new_customers` column; each row's cost lines are summed, and a row whose cost lines are all empty gives an empty result. A single row of spend against a single `new_customers` value is one entry's cost lines: `CAC({5000, 49500}, 50)` is 1090.",
    "`lag_periods` (for a series of periods): customers of period t are divided into the spend of period t − lag, for long sales cycles; the first `lag_periods` cells are empty.",
    "A cell with 0 new customers, or with an empty input, is empty; the rest are computed.",
  ],
  params: {
    spend: {
      description:
        "Sales and marketing spend; a range per channel or period, or cost lines side by side.",
      example: "B2:B13",
    },
    new_customers: {
      description: "New customers won, the same shape as spend (or a single value).",
      example: "C2:C13",
    },
    lag_periods: {
      description: "Periods between spend and the customers it wins, a whole number.",
      example: "2",
      default: "0",
    },
  },
  returns: "The cost to acquire one customer, per cell of the inputs.",
  examples: [
    { formula: "=CAC(5000, 50)", result: "100" },
    { formula: "=CAC({5000; 8000}, {50; 40})", result: "100; 200", note: "per channel" },
    {
      formula: '=CAC({5000; 8000; ""}, {50; 40; 10})',
      result: '100; 200; ""',
      note: "a channel with no spend entered yet stays empty",
    },
    { formula: "=CAC({5000, 49500}, 50)", result: "1090", note: "one month's cost lines" },
    {
      formula: "=CAC(B2:D13, E2:E13)",
      result: "one CAC per month",
      note: "cost lines in B:D summed per row",
    },
    { formula: "=CAC({1000; 2000; 3000}, {10; 20; 40}, 1)", result: '""; 50; 50' },
  ],
  errors: [
    "CAC: new_customers: is 0 — with no new customers CAC is undefined; enter a count above 0",
    "CAC: new_customers: is 4 rows × 1 column but spend is 3 rows × 1 column — give ranges of the same size, or a single value",
    "CAC: lag_periods: is 1.5 — must be a whole number; enter a number of periods such as 2",
  ],
};
