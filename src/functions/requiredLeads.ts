import { WorkBudget, WorkLimitExceeded } from "../core/countDistribution";
import { beliefsOf, MAX_VOLUME, volumeForConfidence } from "../core/funnelOdds";
import { reverseFunnel, ROUNDINGS } from "../core/reverseFunnel";
import { ceilSnapped } from "../core/snap";
import { alignedList } from "./broadcast";
import { checkSamples, failTooLong } from "./dealsProbability";
import { fail } from "./errors";
import { numberList, option, singleNumber, withDefault } from "./kinds";
import { CONVERSION_RATE, nonNegativeRule, positiveRule } from "./numbers";
import { CONFIDENCE, sampleSizes } from "./planningKinds";
import { defineFunction, spillAlongRates, type FunctionDocs, ONE_CELL } from "./registry";
import { orient } from "./shapes";
import type { Cell, Grid } from "./values";
import { ArrayOf, NOT_A_NUMBER } from "../core/intrinsics";

export const REQUIRED_LEADS = defineFunction({
  name: "REQUIRED_LEADS",
  params: [
    { name: "revenue_target", kind: alignedList(positiveRule("a revenue target", "100000")) },
    {
      name: "avg_deal_size",
      kind: alignedList(nonNegativeRule("an average deal size", "10000")),
    },
    {
      name: "conversion_rates",
      kind: numberList(CONVERSION_RATE),
    },
    { name: "rounding", kind: option(ROUNDINGS, "stage"), optional: true },
    // Appended after rounding so every existing call keeps its meaning.
    {
      name: "confidence",
      kind: withDefault(singleNumber(CONFIDENCE), undefined),
      optional: true,
    },
    { name: "rate_samples", kind: sampleSizes(), optional: true },
  ],
  impl(targets, dealSizes, rates, rounding, confidence, samples) {
    const k = rates.values.length;
    if (k === 0)
      fail(
        "conversion_rates",
        "is empty — select the stage table's conversion rates, e.g. Funnel_Rates",
      );
    if (confidence === undefined && samples.length > 0) {
      fail(
        "rate_samples",
        "widens the volumes for a confidence level — give confidence too, such as 0.9 (90%), or leave rate_samples out",
      );
    }
    checkSamples(samples, k);
    const volumes =
      confidence === undefined
        ? (deals: number) => reverseFunnel(deals, rates.values, rounding)
        : confidentVolumes(rates.values, samples, confidence);
    const n = targets.values.length;
    const m = dealSizes.values.length;
    // A single deal size of 0 is an error with one target or many (SPEC §3): it is not a cell
    // inside a list, which would blank only its own scenario (§2.6).
    if (m === 1 && dealSizes.values[0] === 0)
      fail("avg_deal_size", "is 0 — must be above 0; enter an average deal size such as 10000");
    if (n === 1) {
      if (m !== 1)
        fail(
          "avg_deal_size",
          `has ${m} values but there is one revenue target — give one deal size`,
        );
      return orient<Cell>(volumes(targets.values[0]! / dealSizes.values[0]!), rates.orientation);
    }
    if (m !== 1 && m !== n) {
      fail(
        "avg_deal_size",
        `has ${m} values but revenue_target has ${n} — give one deal size, or one per target`,
      );
    }
    if (m > 1 && dealSizes.orientation !== targets.orientation) {
      fail(
        "avg_deal_size",
        `is a ${dealSizes.orientation} but revenue_target is a ${targets.orientation} — lay both out the same way`,
      );
    }
    const perScenario = new ArrayOf<Cell[]>(n);
    const blank = new ArrayOf<Cell>(k + 1).fill("");
    const t = targets.values;
    const d = dealSizes.values;
    for (let s = 0; s < n; s++) {
      const target = t[s]!;
      const dealSize = (m === 1 ? d[0] : d[s]) ?? NOT_A_NUMBER; // one or n deal sizes (checked above)
      // An empty target or deal size (NaN), or a zero deal size in a list of them, blanks only
      // its own scenario (SPEC §2.2, §2.6).
      perScenario[s] =
        dealSize === 0 || target !== target || dealSize !== dealSize
          ? blank.slice()
          : volumes(target / dealSize);
    }
    return targets.orientation === "column" ? perScenario : transpose(perScenario, k + 1);
  },
});

/**
 * REQUIRED_LEADS's reference text and spill size: read only by the build (stubs, docs) and the
 * formula-engine harness, never bundled.
 */
export const REQUIRED_LEADS_DOCS: FunctionDocs = {
  summary:
    "Reverse funnel: the volume needed at each stage to hit a revenue target, top stage first, won deals last.",
  spill([target = ONE_CELL, , rates = ONE_CELL]) {
    const stages = Math.max(rates.rows, rates.cols) + 1;
    const scenarios = Math.max(target.rows, target.cols);
    if (scenarios > 1)
      return target.rows > 1
        ? { rows: target.rows, cols: stages }
        : { rows: stages, cols: target.cols };
    return spillAlongRates(rates);
  },
  details: [
    "Divides the revenue target by the average deal size to get the deals needed, then divides by each stage's conversion rate, from the bottom of the funnel up.",
    "With k conversion rates the result has k + 1 values, in the orientation of the rates: a column of rates gives a column. Select a stage table's whole `Conversion to next` column (e.g. `Funnel_Rates`): the last stage's empty cell is ignored, so the result lines up row for row with the table.",
    '`rounding` says where volumes become whole records. "stage" (default) rounds each stage up before dividing for the stage above, as a team plans it: 20 SQLs at 30% need 66.67 MQLs, planned as 67, and 67 MQLs at 10% need 670 leads. "end" divides with exact fractions and rounds every stage up once at the end (667 leads; fewer, since no stage carries the rounding of the stage below). "none" keeps the fractions (666.67 leads): to add, average or chart. The annual plan uses the default, so a cell and the plan agree.',
    "Scenarios: give a column of revenue targets (and one deal size, or a column of them) to get one row per scenario; a row of targets gives one column per scenario. An empty target or deal size gives an empty row in its own position; only a single value is combined with every scenario.",
    "`confidence` plans for odds instead of averages. The average plan reaches the deals needed only about half the time; with a confidence level c, each stage's volume is the smallest whole number L of records there for which P(at least D won deals) ≥ c, where D = ⌈target ÷ deal size⌉ (a chance that meets c exactly counts). Records are assumed to convert independently, each stage at its rate, so L records at stage i give Binomial(L, Pᵢ) deals, Pᵢ the product of the rates from stage i down; the chance is summed term by term, never approximated. Each stage's volume is computed on its own from D (they are not rounded from the stage below), the won-deal cell is D, and `rounding` does not apply: these volumes are whole records by definition.",
    "A higher confidence never needs fewer records. At 50% the volume is at most the average plan rounded up and less than one deal's worth of records below it (D ÷ Pᵢ − 1 ÷ Pᵢ): the median of a binomial lies within ln 2 of its mean. So at the top of a funnel the 50% volume can be many records below the average: 10 deals at a 1% cumulative rate need 1 000 leads on average but 967 for an even chance.",
    "`rate_samples` widens the range for rates measured on few records: give, aligned with the rates, the number of records each rate was measured on (10 for a 30% close rate from 3 won of 10), empty for rates taken as known. With Jeffreys' prior such a rate's true value is Beta(successes + ½, failures + ½), drawn once for the whole funnel; the chance is averaged over it exactly (beta-binomial), and the volumes grow with the doubt. It needs `confidence`.",
  ],
  params: {
    revenue_target: {
      description: "Revenue to win, or a column of targets (one per scenario).",
      example: "100000",
    },
    avg_deal_size: {
      description: "Average revenue per won deal; one value, or one per scenario.",
      example: "10000",
    },
    conversion_rates: {
      type: "row or column of rates (fractions)",
      description:
        "Stage-to-next-stage conversion rates from the top of the funnel down, as fractions (30% = 0.3); the last converts into a won deal.",
      example: "Funnel_Rates",
    },
    rounding: {
      description:
        'How volumes are rounded: "stage", "end" or "none" (with a confidence level volumes are whole records and this does not apply).',
      example: '"stage"',
      default: '"stage"',
    },
    confidence: {
      description:
        "Plan for this chance of reaching the deals needed, as a fraction between 0 and 1 (90% = 0.9).",
      example: "0.9",
      default: "none (the average plan)",
    },
    rate_samples: {
      type: "row or column of counts (empty for known rates)",
      description:
        "Records each rate was measured on, aligned with the rates, to widen the volumes for rates from small samples; needs confidence.",
      example: '{""; ""; 10}',
      default: "rates taken as known",
    },
  },
  returns: "The volume needed at each stage, top first, ending with the won deals.",
  examples: [
    {
      formula: "=REQUIRED_LEADS(100000, 10000, 10%)",
      result: "100; 10",
      note: "10 deals need 100 SQLs at a 10% close rate",
    },
    {
      formula: "=REQUIRED_LEADS(100000, 10000, {0.1; 0.3; 0.5})",
      result: "670; 67; 20; 10",
      note: '"stage" (default): each stage rounded up before the one above',
    },
    {
      formula: '=REQUIRED_LEADS(100000, 10000, {0.1; 0.3; 0.5}, "end")',
      result: "667; 67; 20; 10",
      note: "rounded up once, at the end",
    },
    {
      formula: '=REQUIRED_LEADS(100000, 10000, {0.1; 0.3; 0.5}, "none")',
      result: "666.67; 66.67; 20; 10",
      note: "exact fractions",
    },
    {
      formula: "=REQUIRED_LEADS(B2:B4, 10000, Funnel_Rates)",
      result: "one row per target",
      note: "scenarios",
    },
    {
      formula: "=REQUIRED_LEADS(270000, 10000, {0.1; 0.3; 0.5}, , 90%)",
      result: "2252; 222; 64; 27",
      note: "a 90% chance of 27 deals; the average plan (1 800; 180; 54; 27) makes it about half the time",
    },
    {
      formula: "=REQUIRED_LEADS(270000, 10000, {0.1; 0.3; 0.5}, , 50%)",
      result: "1778; 178; 53; 27",
    },
    {
      formula: '=REQUIRED_LEADS(270000, 10000, {0.1; 0.3; 0.3}, , 90%, {""; ""; 10})',
      result: "6120; 611; 182; 27",
      note: "a 30% close rate measured on 10 SQLs (3 won): 182 SQLs for a 90% chance, where a rate known for certain would need 109",
    },
  ],
  errors: [
    "REQUIRED_LEADS: conversion_rates: item 2 is 30 — rates are fractions (30% = 0.3): enter 0.3 or 30%",
    "REQUIRED_LEADS: revenue_target: is 0 — must be above 0; enter a revenue target such as 100000",
    "REQUIRED_LEADS: avg_deal_size: has 2 values but revenue_target has 3 — give one deal size, or one per target",
    "REQUIRED_LEADS: confidence: is 1 — 100% certainty would need unlimited records while any rate is below 100%; enter a level such as 0.9 (90%)",
    "REQUIRED_LEADS: rate_samples: widens the volumes for a confidence level — give confidence too, such as 0.9 (90%), or leave rate_samples out",
  ],
};

/**
 * The volumes for a confidence level: deals D = ⌈target ÷ deal size⌉, and at each stage the
 * smallest whole L with P(at least D won deals from L records there) ≥ the level.
 */
function confidentVolumes(
  rates: readonly number[],
  samples: readonly (number | undefined)[],
  level: number,
): (deals: number) => number[] {
  const beliefs = beliefsOf(rates, samples);
  const budget = new WorkBudget();
  const k = rates.length;
  return (exactDeals) => {
    const deals = ceilSnapped(exactDeals);
    const out = new ArrayOf<number>(k + 1);
    out[k] = deals;
    for (let i = k - 1; i >= 0; i--) {
      let volume: number | undefined;
      try {
        volume = volumeForConfidence(deals, rates.slice(i), beliefs.slice(i), level, budget);
      } catch (e) {
        if (e instanceof WorkLimitExceeded) {
          failTooLong(
            samples,
            "revenue_target",
            "needs so many deals that the volumes at this confidence are too large to compute exactly in a cell — plan a smaller target, or leave confidence out",
          );
        }
        throw e;
      }
      if (volume === undefined) {
        fail(
          "confidence",
          `at this level stage ${i + 1} would need more than ${MAX_VOLUME.toExponential(0).replace("e+", "e")} records — lower the confidence${beliefs.some((b) => b !== undefined) ? ", or give larger samples" : ""}`,
        );
      }
      out[i] = volume;
    }
    return out;
  };
}

function transpose(rows: Cell[][], width: number): Grid {
  const out = new ArrayOf<Grid[number]>(width);
  for (let c = 0; c < width; c++) {
    const row = new ArrayOf<Cell>(rows.length);
    // Every scenario row has `width` cells (k + 1 stages).
    for (let r = 0; r < rows.length; r++) row[r] = rows[r]![c]!;
    out[c] = row;
  }
  return out;
}
