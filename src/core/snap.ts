import { ceil, round } from "./intrinsics";

/**
 * Float noise must never change a count (SPEC §2.7): 57 ÷ 0.57 is 100.00000000000001 in binary
 * floating point, and rounding that up would ask for 101 SQLs.
 */
const RELATIVE_TOLERANCE = 1e-9;

/** `x` itself, or the integer it is within 1e-9 (relative) of. */
export function snapToInteger(x: number): number {
  const nearest = round(x);
  const scale = x < 0 ? -x : x;
  const diff = x - nearest;
  return (diff < 0 ? -diff : diff) <= RELATIVE_TOLERANCE * (scale > 1 ? scale : 1) ? nearest : x;
}

/** Rounds up, after removing float noise. */
export function ceilSnapped(x: number): number {
  return ceil(snapToInteger(x));
}
