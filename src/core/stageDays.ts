/**
 * Days in stage measured from data (STAGE_DAYS): for each stage but the last, the days from
 * entering it to entering the next stage, over the records that have both dates and whose later
 * date is not earlier. Wall-clock milliseconds (core/localDates) make a daylight-saving change
 * invisible, as it is on the sheet.
 */
import { MS_PER_DAY } from "./localDates";
import type { StageDates } from "./stageDates";
import { ArrayOf, floor } from "./intrinsics";

export type DayStatistic = "median" | "mean" | "p90";

export const DAY_STATISTICS: readonly DayStatistic[] = ["median", "mean", "p90"];

/** PERCENTILE.INC of ascending values: linear between the ranks around p × (n − 1). */
export function percentileInc(sorted: ArrayLike<number>, n: number, p: number): number {
  const rank = p * (n - 1);
  const lo = floor(rank);
  const v = sorted[lo]!;
  return lo + 1 < n ? v + (rank - lo) * (sorted[lo + 1]! - v) : v;
}

/**
 * One value per stage (undefined for the last stage and for stages no record passed through).
 */
export function stageDays(dates: StageDates, statistic: DayStatistic): (number | undefined)[] {
  const { records, stages, wall } = dates;
  const out = new ArrayOf<number | undefined>(stages).fill(undefined);
  // One buffer reused stage after stage: the intervals of a stage are sorted in place.
  const days = new Float64Array(records);
  const mean = statistic === "mean";
  const p = statistic === "p90" ? 0.9 : 0.5;
  for (let s = 0; s + 1 < stages; s++) {
    let n = 0;
    let sum = 0;
    for (let at = s; at < wall.length; at += stages) {
      const gap = wall[at + 1]! - wall[at]!;
      // NaN (a stage not reached) fails this comparison too.
      if (gap >= 0) {
        const d = gap / MS_PER_DAY;
        days[n++] = d;
        sum += d;
      }
    }
    if (n === 0) continue;
    if (mean) out[s] = sum / n;
    else out[s] = percentileInc(days.subarray(0, n).sort(), n, p);
  }
  return out;
}
