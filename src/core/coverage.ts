/**
 * Pipeline coverage (PIPELINE_COVERAGE, STAGE_COVERAGE): open pipeline ÷ the quota still to close
 * (quota − closed won), or ÷ the whole quota on request. The coverage a team needs is
 * 1 ÷ its win rate: at a 25 % win rate, 4× (the "3× rule" is a 33 % win rate).
 */
import { ArrayOf } from "./intrinsics";

/** What coverage is measured against. */
export type CoverageBasis = "remaining" | "quota";

export const COVERAGE_BASES: readonly CoverageBasis[] = ["remaining", "quota"];

/** The amount coverage divides by: the quota still to close, or the whole quota. */
export function coverageBase(quota: number, closedWon: number, basis: CoverageBasis): number {
  return basis === "quota" ? quota : quota - closedWon;
}

/** Open pipeline ÷ the base; undefined when nothing is left to close (base ≤ 0). */
export function pipelineCoverage(pipeline: number, base: number): number | undefined {
  return base > 0 ? pipeline / base : undefined;
}

/** One stage's line of a coverage-by-stage table: the deals at this stage or later. */
export interface StageCoverage {
  /** Open pipeline at this stage or later. */
  pipeline: number;
  /** That pipeline ÷ the base. */
  coverage: number;
  /** 1 ÷ the win rate from this stage; undefined at a 0 % win rate. */
  required: number | undefined;
  /** Expected bookings of those deals: Σ amount × the win rate of each deal's stage. */
  expected: number;
}

/**
 * Coverage by "stage X or later" (stages earliest first). `pipelineByStage[s]` is the open
 * pipeline of the deals now at stage s, `winRates[s]` the share of deals at stage s that are won;
 * `base` > 0.
 */
export function stageCoverage(
  pipelineByStage: ArrayLike<number>,
  winRates: readonly number[],
  base: number,
): StageCoverage[] {
  const k = winRates.length;
  const out = new ArrayOf<StageCoverage>(k);
  let atOrLater = 0;
  let expectedLater = 0;
  for (let s = k - 1; s >= 0; s--) {
    const amount = pipelineByStage[s] ?? 0;
    const rate = winRates[s] ?? 0;
    atOrLater += amount;
    expectedLater += amount * rate;
    out[s] = {
      pipeline: atOrLater,
      coverage: atOrLater / base,
      required: rate > 0 ? 1 / rate : undefined,
      expected: expectedLater,
    };
  }
  return out;
}
