import { funnelTargets, PERIOD_ROUNDINGS, PIPELINE_STARTS } from "../core/funnelTargets";
import { alignedList } from "./broadcast";
import { fail } from "./errors";
import { numberList, option, singleNumber, withDefault } from "./kinds";
import { CONVERSION_RATE, nonNegativeRule, positiveRule } from "./numbers";
import { defineFunction, type FunctionDocs, ONE_CELL } from "./registry";
import { countOf, itemLabel } from "./values";
import { ArrayOf } from "../core/intrinsics";

export const FUNNEL_TARGETS = defineFunction({
  name: "FUNNEL_TARGETS",
  params: [
    // Period lists keep their full length (SPEC §3): they line up with the period headers, and a
    // period not planned yet (an empty cell) has no target.
    {
      name: "period_targets",
      kind: alignedList(nonNegativeRule("a revenue target", "100000")),
    },
    { name: "avg_deal_size", kind: alignedList(positiveRule("an average deal size", "10000")) },
    {
      name: "conversion_rates",
      kind: numberList(CONVERSION_RATE),
    },
    {
      name: "days_in_stage",
      kind: numberList(nonNegativeRule("a number of days", "14")),
    },
    {
      name: "days_per_period",
      kind: withDefault(singleNumber(positiveRule("a number of days per period", "30")), 30),
      optional: true,
    },
    {
      name: "rounding",
      kind: option(PERIOD_ROUNDINGS, "none", {
        stage:
          'after the lag split each cell mixes volume for several periods\' deals, so rounding stage by stage has no meaning; use "cumulative" (whole numbers that keep each row total), "end" (round every cell up) or "none"',
      }),
      optional: true,
    },
    // Appended after rounding so every existing call keeps its argument order.
    { name: "pipeline", kind: option(PIPELINE_STARTS, "steady"), optional: true },
  ],
  impl(targets, dealSizes, rates, days, daysPerPeriod, rounding, pipeline) {
    const n = targets.values.length;
    const m = dealSizes.values.length;
    const k = rates.values.length;
    if (m !== 1 && m !== n) {
      fail(
        "avg_deal_size",
        `has ${countOf(m, "value")} but period_targets has ${countOf(n, "value")} — give one deal size, or one per period`,
      );
    }
    if (days.values.length !== k) {
      fail(
        "days_in_stage",
        `has ${countOf(days.values.length, "value")} but conversion_rates has ${countOf(k, "rate")} — give the days for each stage that has a rate, top first`,
      );
    }
    const deals = new ArrayOf<number>(n);
    for (let t = 0; t < n; t++) {
      const target = targets.values[t]!;
      // An empty period (NaN) or a zero target needs no deals, whatever its deal size.
      if (!(target > 0)) {
        deals[t] = 0;
        continue;
      }
      const dealSize = dealSizes.values[m === 1 ? 0 : t]!;
      if (dealSize !== dealSize) {
        fail(
          "avg_deal_size",
          `${itemLabel(t)} is empty but its period has a target — give the deal size of every period with a target, or one for all`,
        );
      }
      deals[t] = target / dealSize;
    }
    return funnelTargets(deals, rates.values, days.values, daysPerPeriod, rounding, pipeline);
  },
});

/**
 * FUNNEL_TARGETS's reference text and spill size: read only by the build (stubs, docs) and the
 * formula-engine harness, never bundled.
 */
export const FUNNEL_TARGETS_DOCS: FunctionDocs = {
  summary:
    "Time-phased reverse funnel: the volume that must enter each stage in each period so deals close on time.",
  spill([targets = ONE_CELL, , rates = ONE_CELL]) {
    return {
      rows: Math.max(rates.rows, rates.cols) + 1,
      cols: Math.max(targets.rows, targets.cols),
    };
  },
  details: [
    "Deals in period t = target ÷ deal size. Each stage's volume is moved earlier by its lead time: the days in that stage and every stage below it, ÷ days per period. A fractional lead time splits the volume between the two nearest periods by closeness (1.5 periods: half 1 period earlier, half 2 earlier).",
    "`pipeline` says what came before the first period. \"steady\" (default) plans a year that repeats: the volume for the first periods' deals that would have to enter before the first period entered then, at the plan's own pace, and the same volume for the next cycle's first deals enters in the last periods — so a volume due s periods before period 1 lands in period n + 1 − s of n (it wraps round to the end). No period carries a lump, and each row adds up to exactly the need for the plan's deals (the annual plan's figure). With equal targets every period needs the same volume: twelve months of 200 000 at a 24 000 deal need 100 ÷ 12 = 8.33 deals a month and, at a cumulative rate of 0.9 % from lead to deal, 925.9 leads every month, whatever the lead time.",
    '"ramp" starts from an empty pipeline: volume that would have to enter before the first period is added to the first period (the plan is already behind there), and the last periods prospect for nothing beyond the plan. Use it for a first year with no pipeline yet: with 97 days (3.23 months) from lead to deal, the first month carries 4.23 months of leads and the last three months none.',
    "The result has one row per stage (top first, won deals last) and one column per period. Select a stage table's whole `Conversion to next` and `Days in stage` columns: the last stage's empty cells are ignored.",
    'Rounding "none" (default) keeps exact fractions, so each row adds up to exactly the volume needed. "cumulative" gives whole numbers that keep the plan\'s totals: each row\'s running total is rounded up and each period gets the difference, so no period falls behind and the row adds up to its total need rounded up (twelve months of 8 333.33 at a 10 000 deal are 10 deals, not 12); a single period may be 0. "end" rounds every cell up on its own, so row totals can exceed the need. "stage" rounding (of REQUIRED_LEADS) is not offered: after the split a cell mixes volume for several periods\' deals.',
  ],
  params: {
    period_targets: {
      type: "row of revenue targets",
      description:
        "Revenue target per period, oldest first (e.g. a row of 12 months); 0 is fine, and an empty period has no target (it keeps its column).",
      example: "B2:M2",
    },
    avg_deal_size: {
      description: "Average revenue per won deal; one value, or one per period.",
      example: "10000",
    },
    conversion_rates: {
      type: "row or column of rates (fractions)",
      description:
        "Stage-to-next-stage conversion rates from the top of the funnel down, as fractions.",
      example: "Funnel_Rates",
    },
    days_in_stage: {
      type: "row or column of days",
      description:
        "Average days a record spends in each stage before converting, aligned with the rates.",
      example: "Funnel_Days",
    },
    days_per_period: {
      description: "Days in one period: 30 for months, 91 for quarters, 7 for weeks.",
      example: "30",
      default: "30",
    },
    rounding: {
      description:
        '"none" for exact volumes, "cumulative" for whole numbers whose row totals are the need rounded up (what plans use), or "end" to round every cell up.',
      example: '"none"',
      default: '"none"',
    },
    pipeline: {
      description:
        '"steady" when pipeline for the first periods already entered before them at the plan\'s pace (and the last periods prospect for the next cycle), "ramp" when the pipeline starts empty.',
      example: '"steady"',
      default: '"steady"',
    },
  },
  returns: "Volume entering each stage (rows, top first, won deals last) per period (columns).",
  examples: [
    {
      formula: "=FUNNEL_TARGETS({0, 0, 100000}, 10000, {0.5}, {45})",
      result: "10, 10, 0; 0, 0, 10",
      note: "a 1.5-month lead time: half the 20 SQLs one month early, half two months early",
    },
    {
      formula: "=FUNNEL_TARGETS({100000, 100000, 100000, 100000}, 10000, {0.5}, {45})",
      result: "20, 20, 20, 20; 10, 10, 10, 10",
      note: "steady: each period's 20 SQLs enter half one period, half two periods early; those due before period 1 (10 of period 1's and 10 of period 2's) wrap round to periods 4 and 3, as next cycle's",
    },
    {
      formula:
        '=FUNNEL_TARGETS({100000, 100000, 100000, 100000}, 10000, {0.5}, {45}, 30, "none", "ramp")',
      result: "50, 20, 10, 0; 10, 10, 10, 10",
      note: "ramp: the 30 SQLs due before period 1 are added to period 1; period 4 prospects for nothing",
    },
    {
      formula: '=FUNNEL_TARGETS(B2:M2, 10000, Funnel_Rates, Funnel_Days, 30, "cumulative")',
      result: "one row per stage, one column per month, whole numbers",
      note: "twelve months of 8 333.33 at a 10 000 deal: 10 deals over the year (1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0)",
    },
  ],
  errors: [
    'FUNNEL_TARGETS: rounding: "stage" is not offered here — after the lag split each cell mixes volume for several periods\' deals, so rounding stage by stage has no meaning; use "cumulative" (whole numbers that keep each row total), "end" (round every cell up) or "none"',
    "FUNNEL_TARGETS: days_in_stage: has 2 values but conversion_rates has 3 rates — give the days for each stage that has a rate, top first",
    "FUNNEL_TARGETS: avg_deal_size: has 2 values but period_targets has 12 values — give one deal size, or one per period",
  ],
};
