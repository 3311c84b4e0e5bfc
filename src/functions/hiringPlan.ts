import { hiringPlan } from "../core/capacity";
import { alignedList } from "./broadcast";
import { option } from "./kinds";
import { nonNegativeRule } from "./numbers";
import { defineFunction, type FunctionDocs } from "./registry";
import {
  ATTAINMENT_DOCS,
  ATTRITION_DOCS,
  CURRENT_REPS_DOCS,
  periodValues,
  QUOTA_PER_REP_DOCS,
  RAMP_DOCS,
  TEAM_PARAMS,
  teamModel,
} from "./teamModel";

const HIRE_ROUNDINGS = ["whole", "none"] as const;

export const HIRING_PLAN = defineFunction({
  name: "HIRING_PLAN",
  params: [
    {
      name: "period_targets",
      kind: alignedList(nonNegativeRule("a bookings target", "100000")),
    },
    ...TEAM_PARAMS,
    { name: "rounding", kind: option(HIRE_ROUNDINGS, "whole"), optional: true },
  ],
  impl(targets, quota, ramp, attainment, attrition, currentReps, rounding) {
    const values = periodValues(targets);
    const model = teamModel(
      values.length,
      "period_targets",
      quota,
      ramp,
      attainment,
      attrition,
      currentReps,
    );
    const plan = hiringPlan(values, model, rounding === "whole");
    return [plan.needed, plan.hires, plan.headcount, plan.ramped, plan.bookings];
  },
});

/**
 * HIRING_PLAN's reference text and spill size: read only by the build (stubs, docs) and the
 * formula-engine harness, never bundled.
 */
export const HIRING_PLAN_DOCS: FunctionDocs = {
  summary:
    "Reps a bookings plan needs and when to hire them, given the ramp: per period, reps needed, hires, headcount, ramped reps and bookings capacity.",
  spill: ([periods = { rows: 1, cols: 1 }]) => ({
    rows: 5,
    cols: Math.max(periods.rows, periods.cols),
  }),
  details: [
    "Five rows, one column per period (like FUNNEL_TARGETS): ramped reps the target needs (target ÷ (quota × attainment)); reps to hire in the period; expected headcount; ramped-rep equivalents (each rep counted by the ramp factor of its month of tenure, so a rep at 25% counts 0.25); bookings capacity (ramped reps × quota × attainment). Rows 3–5 are what SALES_CAPACITY gives for the hires of row 2.",
    "The ramp is indexed by month of tenure: a rep hired in a period is in its first month there and produces the first ramp factor; after the list ends, 100%. Reps start at the beginning of the period they are hired in.",
    "When to hire: periods are met in order. A period's shortfall — the ramped reps its target needs minus the reps on the team by then, each counted whole, less attrition — is hired as many periods earlier as the ramp list is long, so the new reps are fully ramped when their period comes. Where that would be before the first period they are hired in the first period, and those early periods can stay short while the new reps ramp: the capacity line shows by how much (a team cannot add ramped capacity instantly). From a full ramp after the start on, every period's capacity meets its target.",
    'Attrition is the share of the team leaving each period: a rep is still there t periods later with probability (1 − attrition)^t, so headcounts are expected values, and the hires replace leavers as the targets need. `rounding` "whole" (default) hires whole reps, each hire rounded up; "none" gives exact fractions. An empty period has no target.',
  ],
  params: {
    period_targets: {
      type: "row of bookings targets",
      description:
        "Bookings to close in each period, oldest first (e.g. a row of 12 monthly targets from the plan).",
      example: "B2:M2",
    },
    quota_per_rep: QUOTA_PER_REP_DOCS,
    ramp: RAMP_DOCS,
    attainment: ATTAINMENT_DOCS,
    attrition: ATTRITION_DOCS,
    current_reps: CURRENT_REPS_DOCS,
    rounding: {
      description: '"whole" to hire whole reps, "none" for exact fractions.',
      example: '"whole"',
      default: '"whole"',
    },
  },
  returns:
    "Five rows (reps needed, hires, headcount, ramped reps, bookings capacity), one column per period.",
  examples: [
    {
      formula:
        "=HIRING_PLAN({100000, 100000, 100000, 150000, 150000, 150000}, 25000, {0, 0.5}, 80%, 0, 4)",
      result:
        "5, 5, 5, 7.5, 7.5, 7.5; 1, 3, 0, 0, 0, 0; 5, 8, 8, 8, 8, 8; 4, 4.5, 6.5, 8, 8, 8; 80000, 90000, 130000, 160000, 160000, 160000",
      note: "four ramped reps book 20 000 each (25 000 × 80%) and the target needs five: the fifth is hired in month 1 and ramps (nothing in month 1, half in month 2), so months 1–2 stay short; the step up in month 4 is hired two months ahead, in month 2",
    },
    {
      formula: "=HIRING_PLAN(B2:M2, 50000, Ramp!B2:B5, 80%, 2%, 8)",
      result: "five rows, one column per month",
      note: "the year's monthly targets, a four-month ramp, 2% attrition a month, eight reps today",
    },
  ],
  errors: [
    "HIRING_PLAN: ramp: item 2 is 50 — ramp factors are fractions (25% = 0.25): enter 0.5 or 50%",
    "HIRING_PLAN: quota_per_rep: has 2 values but period_targets has 3 periods — give one quota per rep for every period, or one for all",
    "HIRING_PLAN: attainment: is 80 — attainment is a share of quota (80% = 0.8): enter 0.8 or 80% (at most 200%)",
  ],
};
