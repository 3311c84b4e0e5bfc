import { WorkBudget, WorkLimitExceeded } from "../core/countDistribution";
import { beliefsOf, dealsProbability } from "../core/funnelOdds";
import { ceilSnapped } from "../core/snap";
import { alignedList } from "./broadcast";
import { fail } from "./errors";
import { numberList } from "./kinds";
import { CONVERSION_RATE, nonNegativeRule } from "./numbers";
import { sampleSizes, wholeCountRule } from "./planningKinds";
import { defineFunction, type FunctionDocs } from "./registry";
import { orient } from "./shapes";
import { countOf, type Cell } from "./values";

/** The message when rate_samples makes an exact computation too long for a cell. */
export const TOO_MUCH_WIDENING =
  "makes the exact computation too long for a cell at these volumes (the volumes are large and the sampled rates are near the top of the funnel) — give sample sizes only for the rates measured on few records, or leave rate_samples out";

/**
 * An exact computation too long for a cell: blamed on rate_samples when they were given (they
 * are what makes it long), otherwise on `argument`.
 */
export function failTooLong(
  samples: readonly (number | undefined)[],
  argument: string,
  message: string,
): never {
  if (samples.some((n) => n !== undefined)) fail("rate_samples", TOO_MUCH_WIDENING);
  fail(argument, message);
}

/** Checks rate_samples against the rates: at most one per rate. */
export function checkSamples(samples: readonly (number | undefined)[], rates: number): void {
  if (samples.length > rates) {
    fail(
      "rate_samples",
      `has ${countOf(samples.length, "value")} but conversion_rates has ${countOf(rates, "rate")} — give at most one sample size per rate, aligned with the rates (empty for a rate you take as known)`,
    );
  }
}

export const DEALS_PROBABILITY = defineFunction({
  name: "DEALS_PROBABILITY",
  params: [
    { name: "stage_volumes", kind: numberList(wholeCountRule("a number of records", "120")) },
    { name: "conversion_rates", kind: numberList(CONVERSION_RATE) },
    { name: "deals_needed", kind: alignedList(nonNegativeRule("a number of deals", "27")) },
    { name: "rate_samples", kind: sampleSizes(), optional: true },
  ],
  impl(volumes, rates, needed, samples) {
    const k = rates.values.length;
    const m = volumes.values.length;
    if (m !== k && m !== k + 1) {
      fail(
        "stage_volumes",
        `has ${countOf(m, "value")} but conversion_rates has ${countOf(k, "rate")} — give the records now at each stage with a rate (top first), and optionally the deals already won`,
      );
    }
    checkSamples(samples, k);
    const beliefs = beliefsOf(rates.values, samples);
    const budget = new WorkBudget();
    const chance = (deals: number): number => {
      try {
        return dealsProbability(
          volumes.values,
          rates.values,
          beliefs,
          deals > 0 ? ceilSnapped(deals) : 0,
          budget,
        );
      } catch (e) {
        if (e instanceof WorkLimitExceeded) {
          failTooLong(
            samples,
            "stage_volumes",
            "are too large to compute the chance exactly in a cell (millions of records at several stages) — give the volumes of the stages close to the deal, or fewer stages",
          );
        }
        throw e;
      }
    };
    const d = needed.values;
    const [only] = d;
    if (d.length === 1 && only !== undefined) return chance(only);
    const cells: Cell[] = d.map((x) => (x === x ? chance(x) : ""));
    return orient(cells, needed.orientation);
  },
});

/**
 * DEALS_PROBABILITY's reference text and spill size: read only by the build (stubs, docs) and the
 * formula-engine harness, never bundled.
 */
export const DEALS_PROBABILITY_DOCS: FunctionDocs = {
  summary:
    "The chance of winning at least the deals needed from the records now at each stage of the funnel.",
  spill([, , needed = { rows: 1, cols: 1 }]) {
    return needed;
  },
  details: [
    "Each record now at stage i becomes a won deal with probability Pᵢ = the product of the rates from its stage down, independently of the other records (the assumption behind the result: one record converting does not make another likelier to). The number of won deals is then a sum of binomials, computed exactly term by term — no normal approximation. `stage_volumes` has one count per rate (top first) and optionally one more: deals already won.",
    "`deals_needed` that is not whole is rounded up (27.2 deals means 28). A list of deal targets (plan, commit, stretch) gives one chance per target, in its orientation; an empty target gives an empty cell. It assumes every record in the funnel gets its chance to convert by the deadline: leave out records that have no time left.",
    "`rate_samples` widens the odds for rates measured on few records: give, aligned with the rates, the number of records each rate was measured on (10 for 3 won of 10), empty for rates you take as known. Such a rate is uncertain: with Jeffreys' prior its true value is Beta(successes + ½, failures + ½), drawn once for the whole funnel, and the chance is averaged over it (beta-binomial, computed exactly). Large volumes above a sampled rate can make this too long for a cell: an error says so.",
  ],
  params: {
    stage_volumes: {
      type: "row or column of counts",
      description:
        "Records now at each stage with a rate, top first; optionally one more, the deals already won.",
      example: "C2:C6",
    },
    conversion_rates: {
      type: "row or column of rates (fractions)",
      description: "Stage-to-next-stage conversion rates, top first, as fractions.",
      example: "Funnel_Rates",
    },
    deals_needed: {
      description: "Won deals needed, or a list of targets (one chance each).",
      example: "27",
    },
    rate_samples: {
      type: "row or column of counts (empty for known rates)",
      description:
        "Records each rate was measured on, aligned with the rates, to widen the odds for rates from small samples.",
      example: '{""; ""; 10}',
      default: "rates taken as known",
    },
  },
  returns: "The probability (0 to 1) of at least that many won deals, per target.",
  examples: [
    {
      formula: "=DEALS_PROBABILITY(15, 25%, 5)",
      result: "0.3135",
      note: "15 SQLs closing at 25%: a 31% chance of 5 deals (NEGBINOM.DIST(10, 5, 0.25, TRUE) = 0.3135141 in Excel's documentation: at most 10 losses before the 5th win)",
    },
    {
      formula: "=DEALS_PROBABILITY({200; 60; 20; 3}, {0.3; 0.4; 0.25}, {15; 20})",
      result: "0.928; 0.538",
      note: "200 MQLs, 60 SQLs and 20 opportunities in the funnel and 3 deals won: 20 deals expected, a 54% chance to reach them",
    },
    {
      formula: '=DEALS_PROBABILITY({200; 60; 20; 3}, {0.3; 0.4; 0.25}, {15; 20}, {""; ""; 12})',
      result: "0.754; 0.535",
      note: "the 25% close rate measured on 12 opportunities: 15 deals are far less certain",
    },
  ],
  errors: [
    "DEALS_PROBABILITY: stage_volumes: has 2 values but conversion_rates has 3 rates — give the records now at each stage with a rate (top first), and optionally the deals already won",
    "DEALS_PROBABILITY: rate_samples: item 3 is 0 — a sample needs at least 1 record: give the number of records the rate was measured on, such as 10 (3 won of 10), or leave the cell empty for a rate you take as known",
  ],
};
