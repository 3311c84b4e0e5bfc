/**
 * Rules shared by every probability the add-on computes (REQUIRED_LEADS' confidence,
 * DEALS_PROBABILITY, the deal-list odds).
 */

/**
 * Float noise never decides a comparison with a level (SPEC §2.7, for probabilities): a chance
 * within 10⁻⁹ of the level meets it, so the exact ties the rules say meet a level (P(X ≥ 10) for
 * 19 records at 50 % is exactly 0.5) still meet it when the sum of terms lands a hair below.
 */
export const LEVEL_TOLERANCE = 1e-9;

/** Whether the chance `p` reaches the level `level` (ties meet it). */
export function meetsLevel(p: number, level: number): boolean {
  return p >= level - LEVEL_TOLERANCE;
}

/** A probability clamped into [0, 1]: sums of terms can land a hair outside. */
export function clampProbability(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}

/**
 * Terms of a distribution smaller than this are not computed. A distribution over at most 10⁷
 * values drops less than 10⁻¹⁷ of its mass that way: far below anything a cell shows.
 */
export const NEGLIGIBLE_TERM = 1e-24;
