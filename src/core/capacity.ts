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

/** The ramp factor in tenure month `tenure` + 1 (`tenure` periods after the hire). */
function rampFactor(ramp: readonly number[], tenure: number): number {
  return tenure < ramp.length ? ramp[tenure] : 1;
}

/** (1 − attrition)^t for t = 0 … periods − 1. */
function survival(attrition: number, periods: number): number[] {
  const out: number[] = new Array(periods);
  let s = 1;
  for (let t = 0; t < periods; t++) {
    out[t] = s;
    s *= 1 - attrition;
  }
  return out;
}

/** What a team hiring `hires[h]` reps in each period h delivers, period by period. */
export function teamCapacity(hires: readonly number[], model: TeamModel): TeamCapacity {
  const periods = hires.length;
  const stay = survival(model.attrition, periods);
  const headcount: number[] = new Array(periods);
  const ramped: number[] = new Array(periods);
  const bookings: number[] = new Array(periods);
  for (let t = 0; t < periods; t++) {
    let heads = model.currentReps * stay[t];
    let productive = heads;
    for (let h = 0; h <= t; h++) {
      const x = hires[h];
      if (x === 0) continue;
      const present = x * stay[t - h];
      heads += present;
      productive += present * rampFactor(model.ramp, t - h);
    }
    headcount[t] = heads;
    ramped[t] = productive;
    bookings[t] = productive * model.quota[t] * model.attainment;
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
 * The hires that give every period the capacity its target needs. Periods are met in order;
 * a period's shortfall is hired as late as lets the new reps be fully ramped in it (ramp-length
 * periods earlier). Where that is before the first period they are hired in the first period and
 * count with the ramp they will have reached; a period no hire can help (its ramp factor is 0
 * even for a hire in the first period) keeps its shortfall. `whole` rounds each hire up to a
 * whole rep (after float noise, SPEC §2.7).
 */
export function hiringPlan(
  targets: readonly number[],
  model: TeamModel,
  whole: boolean,
): HiringPlan {
  const periods = targets.length;
  const stay = survival(model.attrition, periods);
  const rampLength = model.ramp.length;
  const needed: number[] = new Array(periods);
  const hires: number[] = new Array(periods).fill(0);
  for (let t = 0; t < periods; t++) {
    const need = targets[t] / (model.quota[t] * model.attainment);
    needed[t] = need;
    let have = model.currentReps * stay[t];
    for (let h = 0; h <= t; h++) {
      if (hires[h] !== 0) have += hires[h] * stay[t - h] * rampFactor(model.ramp, t - h);
    }
    const shortfall = need - have;
    if (shortfall <= 1e-9 * (need > 1 ? need : 1)) continue;
    const hireIn = t - rampLength > 0 ? t - rampLength : 0;
    const perHire = rampFactor(model.ramp, t - hireIn) * stay[t - hireIn];
    if (perHire <= 0) continue;
    const extra = shortfall / perHire;
    hires[hireIn] += whole ? ceilSnapped(extra) : extra;
  }
  return { needed, hires, ...teamCapacity(hires, model) };
}
