/**
 * Stage-to-stage conversion from how many records got *at most* to each stage (their high-water
 * mark). Shared by the counts, record-log and stage-date-matrix readings of STAGE_CONVERSION.
 */
import { ArrayOf } from "./intrinsics";

/** Records that reached each stage: a record whose high-water mark is j reached 0..j. */
export function reachedFromHighWater(highWater: readonly number[]): number[] {
  const reached = new ArrayOf<number>(highWater.length);
  let below = 0;
  for (let j = highWater.length - 1; j >= 0; j--) {
    below += highWater[j]!;
    reached[j] = below;
  }
  return reached;
}

/**
 * Conversion from each stage to the next: reached[i + 1] ÷ reached[i]. The last stage has no next
 * stage and a stage nobody reached has no rate: both are undefined.
 */
export function nextStageRates(reached: readonly number[]): (number | undefined)[] {
  const k = reached.length;
  const out = new ArrayOf<number | undefined>(k);
  for (let i = 0; i < k - 1; i++)
    out[i] = reached[i] === 0 ? undefined : reached[i + 1]! / reached[i]!;
  if (k > 0) out[k - 1] = undefined;
  return out;
}

/**
 * Conversion with open records left out of the stage they sit at: a record still open at stage i
 * has not yet converted or failed there, so stage i's rate is reached[i + 1] ÷ (reached[i] −
 * open[i]). It still counts at every stage above i, which it has passed. A stage whose records
 * are all open has no rate yet (undefined).
 */
export function nextStageRatesOfClosed(
  highWater: readonly number[],
  openAt: readonly number[],
): (number | undefined)[] {
  const reached = reachedFromHighWater(highWater);
  const k = reached.length;
  const out = new ArrayOf<number | undefined>(k);
  for (let i = 0; i < k - 1; i++) {
    const decided = reached[i]! - openAt[i]!;
    out[i] = decided === 0 ? undefined : reached[i + 1]! / decided;
  }
  if (k > 0) out[k - 1] = undefined;
  return out;
}
