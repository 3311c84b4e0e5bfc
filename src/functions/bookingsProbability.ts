import { chanceOfAtLeast, toCents } from "../core/dealOdds";
import { alignedList } from "./broadcast";
import {
  bookings,
  DEAL_AMOUNTS_DOCS,
  DEAL_LIST_DETAILS,
  WIN_PROBABILITIES_DOCS,
} from "./bookingsOdds";
import { singleNumber, withDefault } from "./kinds";
import { nonNegativeRule } from "./numbers";
import { cellColumn } from "./planningKinds";
import { defineFunction, type FunctionDocs } from "./registry";
import { orient } from "./shapes";
import type { Cell } from "./values";

export const BOOKINGS_PROBABILITY = defineFunction({
  name: "BOOKINGS_PROBABILITY",
  params: [
    { name: "deal_amounts", kind: cellColumn() },
    { name: "win_probabilities", kind: cellColumn() },
    { name: "goal", kind: alignedList(nonNegativeRule("a bookings goal", "250000")) },
    {
      name: "closed_won",
      kind: withDefault(singleNumber(nonNegativeRule("a closed-won amount", "200000")), 0),
      optional: true,
    },
  ],
  impl(amounts, probabilities, goal, closed) {
    const dist = bookings(amounts, probabilities, closed);
    const g = goal.values;
    const [only] = g;
    if (g.length === 1 && only !== undefined) return chanceOfAtLeast(dist, toCents(only));
    const cells: Cell[] = g.map((x) => (x === x ? chanceOfAtLeast(dist, toCents(x)) : ""));
    return orient(cells, goal.orientation);
  },
});

/**
 * BOOKINGS_PROBABILITY's reference text and spill size: read only by the build (stubs, docs) and
 * the formula-engine harness, never bundled.
 */
export const BOOKINGS_PROBABILITY_DOCS: FunctionDocs = {
  summary:
    "The chance that the open deals, each won with its own probability, book at least the goal.",
  spill([, , goal = { rows: 1, cols: 1 }]) {
    return goal;
  },
  details: [
    DEAL_LIST_DETAILS,
    "`goal` may be a list (quota, commit, stretch): one chance per goal, in its orientation; an empty goal gives an empty cell. `closed_won` is already booked and counts toward every goal; a goal it already meets has a chance of 1.",
  ],
  params: {
    deal_amounts: DEAL_AMOUNTS_DOCS,
    win_probabilities: WIN_PROBABILITIES_DOCS,
    goal: {
      description: "Bookings to reach, or a list of goals (one chance each).",
      example: "250000",
    },
    closed_won: {
      description: "Bookings already closed won, counted toward the goal.",
      example: "200000",
      default: "0",
    },
  },
  returns: "The probability (0 to 1) that bookings reach the goal, per goal.",
  examples: [
    {
      formula: "=BOOKINGS_PROBABILITY({3950; 3060; 1460; 1340; 1285; 1190}, 70%, 8600)",
      result: "0.4994",
      note: "six deals at 70% (12 285 in all, 8 600 weighted): the weighted forecast is a coin flip",
    },
    {
      formula:
        "=BOOKINGS_PROBABILITY({3950; 3060; 1460; 1340; 1285; 1190}, 70%, {5000; 8600; 10000})",
      result: "0.912331; 0.499408; 0.319333",
    },
    {
      formula: "=BOOKINGS_PROBABILITY(Deals!D2:D500, Deals!E2:E500, B1, B2)",
      result: "the chance to make the quarter",
      note: "quota in B1, closed won in B2",
    },
  ],
  errors: [
    "BOOKINGS_PROBABILITY: win_probabilities: row 2 is 40 — probabilities are fractions (40% = 0.4): enter 0.4 or 40%",
    "BOOKINGS_PROBABILITY: win_probabilities: row 3 is empty but its deal has an amount — give every deal its win probability, such as 0.4 (40%)",
  ],
};
