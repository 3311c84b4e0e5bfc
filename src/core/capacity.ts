/**
 * Sales capacity with ramp and attrition (SALES_CAPACITY, HIRING_PLAN), period by period
 * (months in a monthly plan):
 * - a rep hired in period h is in the month of tenure t − h + 1 in period t, and produces the
 *   ramp factor of that month (ramp[t − h]), 100 % once the ramp list ends;
 * - attrition is a share of the team leaving each period: a rep hired in period h (or on the
 *   team at the start, h = 0) is still there in period t with probability (1 − attrition)^(t − h),
 *   so headcounts are expected values and may be fractions — as ramped-rep equivalents are;
 * - bookings capacity = ramped-rep equivalents × quota per rep × expected attainment
 *   (Σ ramp × quota × attainment over the team; Tunguz, "Hiring for Bookings Capacity").
 */
import { ceilSnapped } from "./snap";

export interface TeamModel {
  /** Quota of a fully ramped rep in each period. */
  quota: readonly number[];
  /** Productivity by month of tenure, first month first; 100 % after it ends. */
  ramp: readonly number[];
  /** Expected share of quota a fully ramped rep books. */
  attainment: number;
  /** Share of the team leaving each period. */
  attrition: number;
  /** Reps on the team, fully ramped, at the start of the first period. */
  currentReps: number;
}

export interface TeamCapacity {
  /** Expected reps on the team in each period. */
  headcount: number[];
  /** Ramped-rep equivalents: each rep counted by the ramp factor of its tenure. */
  ramped: number[];
  /** Bookings the team can deliver: ramped reps × quota × attainment. */
  bookings: number[];
}

/** (1 − attrition)^t for t = 0 … periods − 1. */
function survival(attrition: number, periods: number): number[] {
  // Plain arrays filled by push stay packed doubles, and need no global look-up of a typed-array
  // constructor, which is slow in Apps Script's V8 context (SPEC §8).
  const out: number[] = [];
  let s = 1;
  for (let t = 0; t < periods; t++) {
    out.push(s);
    s *= 1 - attrition;
  }
  return out;
}

// Reads below are in bounds by construction: `as number` satisfies noUncheckedIndexedAccess
// without a runtime test (a `?? 0` on a holey array boxes every double it reads).

/** What a team hiring `hires[h]` reps in each period h delivers, period by period. */
export function teamCapacity(hires: readonly number[], model: TeamModel): TeamCapacity {
  const periods = hires.length;
  const stay = survival(model.attrition, periods);
  // The model's fields in locals, and the ramp factor read inline (tenure t − h, 100 % once the
  // ramp list ends; compared with the length, since a read past the end is a slow path in V8):
  // this O(periods²) loop is the whole call, and a helper call per step stays a real call
  // wherever the optimiser declines to inline it, costing more than the arithmetic.
  const ramp = model.ramp;
  const rampLength = ramp.length;
  const quota = model.quota;
  const attainment = model.attainment;
  const currentReps = model.currentReps;
  const headcount: number[] = [];
  const ramped: number[] = [];
  const bookings: number[] = [];
  for (let t = 0; t < periods; t++) {
    let heads = currentReps * (stay[t] as number);
    let productive = heads;
    for (let h = 0; h <= t; h++) {
      const x = hires[h] as number;
      if (x === 0) continue;
      const tenure = t - h;
      const present = x * (stay[tenure] as number);
      heads += present;
      productive += present * (tenure < rampLength ? (ramp[tenure] as number) : 1);
    }
    headcount.push(heads);
    ramped.push(productive);
    bookings.push(productive * (quota[t] as number) * attainment);
  }
  return { headcount, ramped, bookings };
}

export interface HiringPlan extends TeamCapacity {
  /** Ramped-rep equivalents each period's target needs: target ÷ (quota × attainment). */
  needed: number[];
  /** Reps to hire in each period (they start at its beginning). */
  hires: number[];
}

/**
 * The hires a plan needs, and when. Periods are met in order: a period's shortfall is the ramped
 * reps its target needs minus the reps on the team by then (less attrition), every rep counted
 * whole, and it is hired ramp-length periods earlier, so the new reps are fully ramped when their
 * period comes — or in the first period when that is earlier. Those periods, closer to the start
 * than the ramp is long, can stay short while their new reps ramp: the capacity line shows it.
 * Every earlier hire is fully ramped by any later period that is due a hire of its own, so a
 * period a full ramp away from the start always gets its capacity. `whole` rounds each hire up
 * to a whole rep (after float noise, SPEC §2.7).
 */
export function hiringPlan(
  targets: readonly number[],
  model: TeamModel,
  whole: boolean,
): HiringPlan {
  const periods = targets.length;
  const stay = survival(model.attrition, periods);
  const rampLength = model.ramp.length;
  const needed: number[] = [];
  const hires: number[] = [];
  for (let t = 0; t < periods; t++) hires.push(0);
  for (let t = 0; t < periods; t++) {
    const need = (targets[t] as number) / ((model.quota[t] as number) * model.attainment);
    needed.push(need);
    let onTeam = model.currentReps * (stay[t] as number);
    for (let h = 0; h <= t; h++) onTeam += (hires[h] as number) * (stay[t - h] as number);
    const shortfall = need - onTeam;
    if (shortfall <= 1e-9 * (need > 1 ? need : 1)) continue;
    const hireIn = t - rampLength > 0 ? t - rampLength : 0;
    const extra = shortfall / (stay[t - hireIn] as number);
    hires[hireIn] = (hires[hireIn] as number) + (whole ? ceilSnapped(extra) : extra);
  }
  return { needed, hires, ...teamCapacity(hires, model) };
}
