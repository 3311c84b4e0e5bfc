import { ceil, round } from "./intrinsics";

/**
 * Float noise must never change a count (SPEC §2.7): 57 ÷ 0.57 is 100.00000000000001 in binary
 * floating point, and rounding that up would ask for 101 SQLs.
 */
const RELATIVE_TOLERANCE = 1e-9;
/** Noise is never larger than this: 600 000 000.4 is 0.4 above an integer, not noise. */
const MAX_ABSOLUTE_TOLERANCE = 1e-6;

/** `x` itself, or the integer it is within 1e-9 (relative, at most 1e-6 absolute) of. */
export function snapToInteger(x: number): number {
  const nearest = round(x);
  const scale = x < 0 ? -x : x;
  const diff = x - nearest;
  const relative = RELATIVE_TOLERANCE * (scale > 1 ? scale : 1);
  const tolerance = relative < MAX_ABSOLUTE_TOLERANCE ? relative : MAX_ABSOLUTE_TOLERANCE;
  return (diff < 0 ? -diff : diff) <= tolerance ? nearest : x;
}

/**
 * Rounds up, after removing float noise. A positive need never rounds to 0: 1 € of revenue at a
 * 2 000 000 000 € deal size still needs one deal.
 */
export function ceilSnapped(x: number): number {
  const up = ceil(snapToInteger(x));
  return up < 1 && x > 0 ? 1 : up;
}
