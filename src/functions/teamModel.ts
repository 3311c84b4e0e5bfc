/**
 * The team a capacity plan counts (HIRING_PLAN, SALES_CAPACITY): the parameters both take after
 * their first, and how they become a core TeamModel.
 */
import type { TeamModel } from "../core/capacity";
import { alignedList, type AlignedList } from "./broadcast";
import { fail } from "./errors";
import { singleNumber, withDefault } from "./kinds";
import { nonNegativeRule, positiveRule } from "./numbers";
import { ATTAINMENT, ATTRITION, optionalNumberList, RAMP_FACTOR } from "./planningKinds";
import type { ParamDocs } from "./registry";
import { itemLabel } from "./values";
import { ArrayOf, NOT_A_NUMBER } from "../core/intrinsics";

/** quota_per_rep, ramp, attainment, attrition, current_reps — in that order. */
export const TEAM_PARAMS = [
  { name: "quota_per_rep", kind: alignedList(positiveRule("a quota per rep", "50000")) },
  { name: "ramp", kind: optionalNumberList(RAMP_FACTOR), optional: true },
  { name: "attainment", kind: withDefault(singleNumber(ATTAINMENT), 1), optional: true },
  { name: "attrition", kind: withDefault(singleNumber(ATTRITION), 0), optional: true },
  {
    name: "current_reps",
    kind: withDefault(singleNumber(nonNegativeRule("a number of reps", "8")), 0),
    optional: true,
  },
] as const;

/** The model for `periods` periods; quota_per_rep is one value or one per period. */
export function teamModel(
  periods: number,
  periodsName: string,
  quota: AlignedList,
  ramp: number[],
  attainment: number,
  attrition: number,
  currentReps: number,
): TeamModel {
  const q = quota.values;
  if (q.length !== 1 && q.length !== periods) {
    fail(
      "quota_per_rep",
      `has ${q.length} values but ${periodsName} has ${periods} periods — give one quota per rep for every period, or one for all`,
    );
  }
  const perPeriod = new ArrayOf<number>(periods);
  for (let t = 0; t < periods; t++) {
    const v = (q.length === 1 ? q[0] : q[t]) ?? NOT_A_NUMBER;
    if (v !== v)
      fail(
        "quota_per_rep",
        `${itemLabel(t)} is empty — give the quota of a fully ramped rep for every period, or one for all`,
      );
    perPeriod[t] = v;
  }
  return { quota: perPeriod, ramp, attainment, attrition, currentReps };
}

/** A period list's values, an empty period counted as 0. */
export function periodValues(list: AlignedList): number[] {
  return list.values.map((v) => (v === v ? v : 0));
}

/**
 * How both functions document the team parameters (build-time only). Each is its own plain
 * object literal so the *_DOCS objects that name them stay free of calls and spreads, which is
 * what lets the bundler drop them.
 */
export const QUOTA_PER_REP_DOCS: ParamDocs = {
  description:
    "Quota of one fully ramped rep per period (per month in a monthly plan); one value, or one per period.",
  example: "50000",
};
export const RAMP_DOCS: ParamDocs = {
  type: "row or column of ramp factors (fractions)",
  description:
    "Share of a full quota a new rep produces in each month of tenure, first month first (0, 25%, 50%, 75%); 100% after the list ends.",
  example: "{0, 0.25, 0.5, 0.75}",
  default: "no ramp",
};
export const ATTAINMENT_DOCS: ParamDocs = {
  description:
    "Share of quota a fully ramped rep books on average, as a fraction (80% = 0.8), up to 200%.",
  example: "0.8",
  default: "100%",
};
export const ATTRITION_DOCS: ParamDocs = {
  description: "Share of the team leaving each period, as a fraction (2% a month = 0.02).",
  example: "0.02",
  default: "0",
};
export const CURRENT_REPS_DOCS: ParamDocs = {
  description: "Reps on the team at the start of the first period, all fully ramped.",
  example: "8",
  default: "0",
};
