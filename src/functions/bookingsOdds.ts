/**
 * What BOOKINGS_PROBABILITY and BOOKINGS_PERCENTILES share: reading the deal list and building the
 * exact distribution of bookings.
 */
import { bookingsDistribution, toCents, type BookingsDistribution } from "../core/dealOdds";
import { fail } from "./errors";
import type { ParamDocs } from "./registry";
import type { CellColumn } from "./planningKinds";
import { readDeals } from "./planningKinds";

export function bookings(
  amounts: CellColumn,
  probabilities: CellColumn,
  closedWon: number,
): BookingsDistribution {
  const deals = readDeals(amounts, probabilities, "deal_amounts", "win_probabilities");
  const dist = bookingsDistribution(deals.amounts, deals.probabilities, toCents(closedWon));
  if (dist === undefined) {
    fail(
      "deal_amounts",
      "add up to more than 90 trillion, too large to count to the cent — check the amounts for a typing mistake",
    );
  }
  return dist;
}

/** How both functions document the deal list (build-time only). */
export const DEAL_LIST_DETAILS =
  "`deal_amounts` and `win_probabilities` are two columns of the open deals, row for row (a CRM export's amount and probability); a row without an amount is skipped. Each deal is won with its probability, independently of the others (the assumption behind the result), and the distribution of total bookings is computed exactly — never a normal approximation, and with no random numbers, so the result never changes on recalculation. Amounts are taken to the cent. When the total in units of the amounts' greatest common divisor (a cent, a dollar, a thousand) fits 2 097 152 steps, the result is exact; otherwise each amount is rounded to the nearest multiple of a resolution of 1, 2 or 5 × 10ⁿ cents, the smallest that fits (200 deals of 10 000–90 000 take 5), and a result can differ from the exact one by at most half the resolution per deal (at most 500 for those 200 deals).";

/** The deal list's columns as every function over open deals documents them (build-time only). */
export const DEAL_AMOUNTS_DOCS: ParamDocs = {
  type: "column of amounts",
  description: "Each open deal's amount.",
  example: "Deals!D2:D500",
};

export const WIN_PROBABILITIES_DOCS: ParamDocs = {
  type: "column of probabilities (fractions)",
  description: "Each deal's win probability, row for row.",
  example: "Deals!E2:E500",
};
