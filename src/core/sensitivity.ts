/**
 * Which stage to improve (STAGE_SENSITIVITY): the relative change in cost per won deal when one
 * conversion rate is lifted and the others stay as they are.
 *
 * Per won deal the volume at stage i is Vᵢ = 1 ÷ (rᵢ × … × r_last), exact (no rounding), so the
 * result does not depend on any target. Lifting rate j to r'ⱼ = min(1, rⱼ × (1 + lift)) scales
 * the volume of stage j and of every stage above it by rⱼ ÷ r'ⱼ and leaves the stages below alone:
 * Δⱼ = (Σ_{i ≤ j} cᵢ Vᵢ) × (rⱼ ÷ r'ⱼ − 1) ÷ Σ cᵢ Vᵢ.
 */
import { ArrayOf } from "./intrinsics";

/**
 * One change per rate (top first); undefined when every cost is 0 (nothing to change).
 * `costs` has one value per rate, or one more: the cost per won customer.
 */
export function stageSensitivity(
  rates: readonly number[],
  costs: readonly number[],
  lift: number,
): number[] | undefined {
  const k = rates.length;
  // Cost per won deal of each stage, bottom up: cᵢ × Vᵢ.
  const costPerDeal = new ArrayOf<number>(k + 1);
  let volume = 1;
  costPerDeal[k] = costs.length > k ? costs[k]! : 0;
  for (let i = k - 1; i >= 0; i--) {
    volume /= rates[i]!;
    costPerDeal[i] = costs[i]! * volume;
  }
  let total = 0;
  for (let i = 0; i <= k; i++) total += costPerDeal[i]!;
  if (total === 0) return undefined;
  const out = new ArrayOf<number>(k);
  let above = 0;
  for (let j = 0; j < k; j++) {
    above += costPerDeal[j]!;
    const lifted = rates[j]! * (1 + lift);
    const factor = lifted >= 1 ? rates[j]! : rates[j]! / lifted;
    const change = (above * (factor - 1)) / total;
    // A rate already at 100%, or no cost above it, changes nothing: 0, never -0.
    out[j] = change === 0 ? 0 : change;
  }
  return out;
}
