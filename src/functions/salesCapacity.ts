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
  spill: ([periods]) => ({ rows: 3, cols: Math.max(periods.rows, periods.cols) }),
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
  examples: [],
  errors: [],
};
