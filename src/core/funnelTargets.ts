import { ceilSnapped, snapToInteger } from "./snap";
import { ArrayOf, floor } from "./intrinsics";

/**
 * FUNNEL_TARGETS rounding: exact fractions; whole numbers that keep each row's total
 * ("cumulative": running totals rounded up); or every cell rounded up on its own ("end").
 */
export type PeriodRounding = "none" | "cumulative" | "end";

export const PERIOD_ROUNDINGS: readonly PeriodRounding[] = ["none", "cumulative", "end"];

/**
 * What the plan assumes about the pipeline before its first period (SPEC §3 FUNNEL_TARGETS):
 * "steady" — the plan repeats, so volume due before the first period entered then at the plan's
 * own pace, and the last periods carry the pipeline for the next cycle's first deals; "ramp" —
 * the pipeline starts empty, so that volume is added to the first period.
 */
export type PipelineStart = "steady" | "ramp";

export const PIPELINE_STARTS: readonly PipelineStart[] = ["steady", "ramp"];

/**
 * Whole numbers per period whose running totals are the exact running totals rounded up:
 * vₜ = ⌈Cₜ⌉ − ⌈Cₜ₋₁⌉. No period falls behind the need, and the row adds up to its total need
 * rounded up (12 × 0.8333 deals → 10, not 12).
 */
function roundCumulative(row: number[]): void {
  let exact = 0;
  let rounded = 0;
  for (let t = 0; t < row.length; t++) {
    exact += row[t]!;
    const next = ceilSnapped(exact);
    row[t] = next - rounded;
    rounded = next;
  }
}

/**
 * How many periods before its deal a record must enter each stage: stage i waits through its own
 * days and those of every stage below it. The won-deal row (index k) has no lead time.
 */
export function stageLeadTimes(daysInStage: readonly number[], daysPerPeriod: number): number[] {
  const k = daysInStage.length;
  const out = new ArrayOf<number>(k + 1);
  out[k] = 0;
  let days = 0;
  for (let i = k - 1; i >= 0; i--) {
    days += daysInStage[i]!;
    // Float noise must not split volume into a neighbouring period (e.g. 0.1 + 0.2 days).
    out[i] = snapToInteger(days / daysPerPeriod);
  }
  return out;
}

/**
 * Time-phased reverse funnel: `deals[t]` deals must close in period t; row i of the result is the
 * volume that must enter stage i in each period (rows top first, won deals last).
 * A fractional lead time s splits a period's volume between t − ⌊s⌋ and t − ⌈s⌉ by closeness.
 * Volume due before the first period wraps round to the end of the plan ("steady": the same
 * volume for the next cycle's deals enters there) or is added to the first period ("ramp": the
 * plan is already behind). "steady" keeps every row's total equal to its total need.
 */
export function funnelTargets(
  deals: readonly number[],
  rates: readonly number[],
  daysInStage: readonly number[],
  daysPerPeriod: number,
  rounding: PeriodRounding,
  pipeline: PipelineStart = "steady",
): number[][] {
  const k = rates.length;
  const n = deals.length;
  const leadTimes = stageLeadTimes(daysInStage, daysPerPeriod);
  const steady = pipeline === "steady";
  // The period a volume due at period p (possibly before the first) is planned in.
  const periodOf = (p: number): number => {
    if (p >= 0) return p;
    if (!steady) return 0;
    const wrapped = p % n;
    return wrapped === 0 ? 0 : wrapped + n;
  };
  const out = new ArrayOf<number[]>(k + 1);
  let perDeal = 1; // records needed at stage i per won deal
  for (let i = k; i >= 0; i--) {
    if (i < k) perDeal /= rates[i]!;
    const shift = leadTimes[i]!;
    const near = floor(shift);
    const farWeight = shift - near; // share going one period further back
    const row = new ArrayOf<number>(n).fill(0);
    for (let t = 0; t < n; t++) {
      const volume = deals[t]! * perDeal;
      if (volume === 0) continue;
      const nearPeriod = t - near;
      row[periodOf(nearPeriod)]! += volume * (1 - farWeight);
      if (farWeight > 0) row[periodOf(nearPeriod - 1)]! += volume * farWeight;
    }
    if (rounding === "end") for (let t = 0; t < n; t++) row[t] = ceilSnapped(row[t]!);
    else if (rounding === "cumulative") roundCumulative(row);
    out[i] = row;
  }
  return out;
}
