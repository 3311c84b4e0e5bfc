/**
 * Cohort conversion (COHORT_CONVERSION): records grouped by the period of their cohort date (the
 * first stage's date, or their earliest date), and per cohort the share that reached each later
 * stage ("reached" semantics: a later stage implies the earlier ones).
 */
import { floor } from "./intrinsics";
import { civilFromDays, MS_PER_DAY } from "./localDates";
import type { StageDates } from "./stageDates";

export type CohortPeriod = "month" | "quarter" | "week";

export const COHORT_PERIODS: readonly CohortPeriod[] = ["month", "quarter", "week"];

/** More periods than this is almost surely a mistyped date; the spill would bury the sheet. */
export const MAX_PERIODS = 600;

/** Day 0 (1970-01-01) was a Thursday: day 4 is the first Monday. */
const FIRST_MONDAY = 4;

/** A period as one integer; consecutive periods are consecutive integers. */
export function periodKey(wall: number, period: CohortPeriod): number {
  const day = floor(wall / MS_PER_DAY);
  if (period === "week") return floor((day - FIRST_MONDAY) / 7);
  const { year, month } = civilFromDays(day);
  return period === "month" ? year * 12 + month - 1 : year * 4 + floor((month - 1) / 3);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * A period's label: "2026-01", "2026-Q1", or the ISO week "2026-W01" — the week-year is the year
 * of the week's Thursday, so 29 Dec 2025 is in 2026-W01.
 */
export function periodLabel(key: number, period: CohortPeriod): string {
  if (period === "month") return `${floor(key / 12)}-${pad2(key - floor(key / 12) * 12 + 1)}`;
  if (period === "quarter") return `${floor(key / 4)}-Q${key - floor(key / 4) * 4 + 1}`;
  const thursday = key * 7 + FIRST_MONDAY + 3;
  const { year } = civilFromDays(thursday);
  const jan1 = floor(Date.UTC(year, 0, 1) / MS_PER_DAY);
  return `${year}-W${pad2(floor((thursday - jan1) / 7) + 1)}`;
}

export interface CohortTable {
  /** Key of the first period. */
  firstKey: number;
  /** Per period (first to last): records in the cohort. */
  sizes: Int32Array;
  /** Per period × stage (row-major): records of the cohort that reached the stage. */
  reached: Int32Array;
  stages: number;
}

/** The cohort span, for the caller's message when it is too long. */
export interface TooManyPeriods {
  periods: number;
  earliest: number;
  latest: number;
}

/**
 * Counts cohorts. `withinMs` (Infinity for no window) keeps only stages dated at most that long
 * after the cohort date; a stage dated before it still counts. Undefined when no row has a date.
 */
export function cohortTable(
  dates: StageDates,
  period: CohortPeriod,
  withinMs: number,
): CohortTable | TooManyPeriods | undefined {
  const { records, stages, wall } = dates;
  // Pass 1: each record's cohort key and furthest stage (-1: no date at all).
  const keys = new Float64Array(records);
  const furthest = new Int32Array(records);
  let earliest = Infinity;
  let latest = -Infinity;
  let minKey = Infinity;
  let maxKey = -Infinity;
  for (let r = 0, base = 0; r < records; r++, base += stages) {
    let cohort = wall[base]!;
    if (cohort !== cohort) {
      for (let c = 1; c < stages; c++) {
        const v = wall[base + c]!;
        if (v < cohort || cohort !== cohort) cohort = v;
      }
    }
    if (cohort !== cohort) {
      furthest[r] = -1;
      continue;
    }
    const limit = cohort + withinMs;
    let top = stages - 1;
    // NaN (not reached) fails `<= limit`, so this skips both unreached and too-late stages.
    while (!(wall[base + top]! <= limit)) top--;
    furthest[r] = top;
    const key = periodKey(cohort, period);
    keys[r] = key;
    if (key < minKey) minKey = key;
    if (key > maxKey) maxKey = key;
    if (cohort < earliest) earliest = cohort;
    if (cohort > latest) latest = cohort;
  }
  if (minKey === Infinity) return undefined;
  const periods = maxKey - minKey + 1;
  if (periods > MAX_PERIODS) return { periods, earliest, latest };
  // Pass 2: high-water marks per cohort, then "reached" as the running sum from the bottom.
  const sizes = new Int32Array(periods);
  const reached = new Int32Array(periods * stages);
  for (let r = 0; r < records; r++) {
    const top = furthest[r]!;
    if (top < 0) continue;
    const p = keys[r]! - minKey;
    sizes[p]!++;
    reached[p * stages + top]!++;
  }
  for (let p = 0; p < periods; p++) {
    const base = p * stages;
    for (let c = stages - 2; c >= 0; c--) reached[base + c]! += reached[base + c + 1]!;
  }
  return { firstKey: minKey, sizes, reached, stages };
}
