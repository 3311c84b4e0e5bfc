/**
 * Period-over-period growth (cₜ − cₜ₋₁) ÷ cₜ₋₁, oldest period first. The first period has no
 * predecessor and a period after a zero count has no defined growth: both are undefined.
 */
import { ArrayOf } from "./intrinsics";
export function periodGrowth(counts: readonly number[]): (number | undefined)[] {
  const out = new ArrayOf<number | undefined>(counts.length);
  if (counts.length > 0) out[0] = undefined;
  for (let t = 1; t < counts.length; t++) {
    const previous = counts[t - 1]!;
    out[t] = previous === 0 ? undefined : (counts[t]! - previous) / previous;
  }
  return out;
}
