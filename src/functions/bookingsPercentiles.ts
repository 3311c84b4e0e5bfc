import { fromCents, percentileCents } from "../core/dealOdds";
import {
  bookings,
  DEAL_AMOUNTS_DOCS,
  DEAL_LIST_DETAILS,
  WIN_PROBABILITIES_DOCS,
} from "./bookingsOdds";
import { numberList, singleNumber, withDefault, type NumberList } from "./kinds";
import { nonNegativeRule } from "./numbers";
import { cellColumn, PERCENTILE } from "./planningKinds";
import { defineFunction, type FunctionDocs } from "./registry";
import { orient } from "./shapes";

const P10_P50_P90: NumberList = { values: [0.1, 0.5, 0.9], orientation: "row" };

export const BOOKINGS_PERCENTILES = defineFunction({
  name: "BOOKINGS_PERCENTILES",
  params: [
    { name: "deal_amounts", kind: cellColumn() },
    { name: "win_probabilities", kind: cellColumn() },
    {
      name: "percentiles",
      kind: withDefault(numberList(PERCENTILE), P10_P50_P90),
      optional: true,
    },
    {
      name: "closed_won",
      kind: withDefault(singleNumber(nonNegativeRule("a closed-won amount", "200000")), 0),
      optional: true,
    },
  ],
  impl(amounts, probabilities, percentiles, closed) {
    const dist = bookings(amounts, probabilities, closed);
    return orient(
      percentiles.values.map((k) => fromCents(percentileCents(dist, k))),
      percentiles.orientation,
    );
  },
});

/**
 * BOOKINGS_PERCENTILES's reference text and spill size: read only by the build (stubs, docs) and
 * the formula-engine harness, never bundled.
 */
export const BOOKINGS_PERCENTILES_DOCS: FunctionDocs = {
  summary:
    "The range of bookings the open deals can bring: P10, P50 and P90 (or any percentiles) of the exact distribution of total bookings.",
  spill([, , percentiles = { rows: 1, cols: 1 }]) {
    // Left out, the three default percentiles come as a row.
    return percentiles.rows === 1 && percentiles.cols === 1 ? { rows: 1, cols: 3 } : percentiles;
  },
  details: [
    DEAL_LIST_DETAILS,
    "The k-th percentile is the smallest total x with P(bookings ≤ x) ≥ k (a level met exactly counts): P10 is a total the team beats 90% of the time, P90 one it reaches 10% of the time. Each is a total some combination of deals books. `percentiles` are fractions (P10 = 0.1), default 0.1, 0.5 and 0.9 as a row; the result follows their orientation. `closed_won` is added to every total.",
  ],
  params: {
    deal_amounts: DEAL_AMOUNTS_DOCS,
    win_probabilities: WIN_PROBABILITIES_DOCS,
    percentiles: {
      type: "row or column of percentiles (fractions)",
      description: "Which percentiles, as fractions (P10 = 0.1).",
      example: "{0.1, 0.5, 0.9}",
      default: "{0.1, 0.5, 0.9}",
    },
    closed_won: {
      description: "Bookings already closed won, added to every total.",
      example: "200000",
      default: "0",
    },
  },
  returns: "Total bookings at each percentile.",
  examples: [
    {
      formula: "=BOOKINGS_PERCENTILES({50000; 30000; 20000}, {0.8; 0.5; 0.3})",
      result: "20000, 70000, 100000",
      note: "P(bookings ≤ 20 000) is exactly 10% (nothing, or only the 20 000 deal): a level met exactly counts, so P10 is 20 000",
    },
    {
      formula: "=BOOKINGS_PERCENTILES({1; 1; 1; 1; 1; 1}, 50%, 75%)",
      result: "4",
      note: "six deals of 1 at 50%: Excel's documented BINOM.INV(6, 0.5, 0.75) = 4",
    },
    {
      formula: "=BOOKINGS_PERCENTILES({3950; 3060; 1460; 1340; 1285; 1190}, 70%)",
      result: "5275, 8470, 12285",
    },
  ],
  errors: [
    "BOOKINGS_PERCENTILES: percentiles: item 3 is 90 — percentiles are fractions (P10 = 10% = 0.1): enter 0.9 or 90%",
  ],
};
