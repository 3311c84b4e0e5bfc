import { teamCapacity } from "../core/capacity";
import { alignedList } from "./broadcast";
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

export const SALES_CAPACITY = defineFunction({
  name: "SALES_CAPACITY",
  params: [
    { name: "hires", kind: alignedList(nonNegativeRule("a number of hires", "2")) },
    ...TEAM_PARAMS,
  ],
  impl(hires, quota, ramp, attainment, attrition, currentReps) {
    const values = periodValues(hires);
    const model = teamModel(
      values.length,
      "hires",
      quota,
      ramp,
      attainment,
      attrition,
      currentReps,
    );
    const team = teamCapacity(values, model);
    return [team.headcount, team.ramped, team.bookings];
  },
});

/**
 * SALES_CAPACITY's reference text and spill size: read only by the build (stubs, docs) and the
 * formula-engine harness, never bundled.
 */
export const SALES_CAPACITY_DOCS: FunctionDocs = {
  summary:
    "Bookings a team can deliver, period by period, from its hires, ramp, attainment and attrition.",
  spill: ([periods = { rows: 1, cols: 1 }]) => ({
    rows: 3,
    cols: Math.max(periods.rows, periods.cols),
  }),
  details: [
    "Three rows, one column per period: expected headcount, ramped-rep equivalents and bookings capacity = Σ ramp factor × quota × attainment over the team. A rep at 25% of ramp counts as 0.25 of a ramped rep.",
    "`hires` has one cell per period (an empty cell is no hire); reps start at the beginning of their period. The ramp is indexed by month of tenure: the first factor applies in the hire's own period, 100% after the list ends. `current_reps` are on the team at the start, fully ramped. Attrition removes that share of the team each period (a rep is still there t periods later with probability (1 − attrition)^t), so headcounts are expected values.",
  ],
  params: {
    hires: {
      type: "row of hires per period",
      description: "Reps joining in each period, oldest first (e.g. a row of 12 months).",
      example: "B5:M5",
    },
    quota_per_rep: QUOTA_PER_REP_DOCS,
    ramp: RAMP_DOCS,
    attainment: ATTAINMENT_DOCS,
    attrition: ATTRITION_DOCS,
    current_reps: CURRENT_REPS_DOCS,
  },
  returns: "Three rows (headcount, ramped reps, bookings capacity), one column per period.",
  examples: [
    {
      formula: "=SALES_CAPACITY({1, 0, 0, 0, 0, 0}, 62500, {0, 0, 0.25, 0.5, 0.75}, 70%)",
      result: "1, 1, 1, 1, 1, 1; 0, 0, 0.25, 0.5, 0.75, 1; 0, 0, 10937.5, 21875, 32812.5, 43750",
      note: "Tunguz's example: a 750 000 annual quota (62 500 a month) at 70% attainment is 525 000 a year, 43 750 a month, once ramped (0%, 0%, 25%, 50%, 75%, then 100%)",
    },
    {
      formula: "=SALES_CAPACITY(3, 150000, 40%)",
      result: "3; 1.2; 180000",
      note: "three reps in their first period at 40% of ramp: 1.2 ramped reps",
    },
    {
      formula: "=SALES_CAPACITY(0, 150000, , 85%, 0, 7)",
      result: "7; 7; 892500",
      note: "seven ramped reps × 150 000 × 85%",
    },
  ],
  errors: [
    "SALES_CAPACITY: attrition: is 1 — 100% would mean the whole team leaves every period; enter the share leaving per period, such as 0.02 (2%)",
    "SALES_CAPACITY: hires: item 2 is -1 — can't be negative; enter a number of hires of 0 or more, such as 2",
  ],
};
