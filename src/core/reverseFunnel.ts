import { ArrayOf } from "./intrinsics";
import { ceilSnapped } from "./snap";

/**
 * How reverse-funnel volumes are rounded:
 * - "end" (REQUIRED_LEADS' default): exact fractions down the chain, each value rounded up on its
 *   own — the figures FUNNEL_TARGETS' "cumulative" months add up to, so plans agree;
 * - "stage": whole deals, then each stage above rounds up the stage below ÷ rate (each whole
 *   volume converts into at least the whole volume below);
 * - "none": exact fractions.
 */
export type Rounding = "stage" | "end" | "none";

export const ROUNDINGS: readonly Rounding[] = ["stage", "end", "none"];

/**
 * Volume needed at each stage to close `deals` (exact, possibly fractional) deals, top of the
 * funnel first, won deals last. `rates[i]` converts stage i into stage i + 1; the last rate
 * converts into a won deal. Rates must be in (0, 1]; callers validate.
 */
export function reverseFunnel(
  deals: number,
  rates: readonly number[],
  rounding: Rounding,
): number[] {
  const k = rates.length;
  const out: number[] = new ArrayOf(k + 1);
  if (rounding === "stage") {
    let below = ceilSnapped(deals);
    out[k] = below;
    for (let i = k - 1; i >= 0; i--) {
      below = ceilSnapped(below / rates[i]);
      out[i] = below;
    }
    return out;
  }
  let below = deals;
  out[k] = rounding === "end" ? ceilSnapped(below) : below;
  for (let i = k - 1; i >= 0; i--) {
    below = below / rates[i];
    out[i] = rounding === "end" ? ceilSnapped(below) : below;
  }
  return out;
}
