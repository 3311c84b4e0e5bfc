/**
 * Open pipeline by close period (WEIGHTED_PIPELINE): per period, the amounts of the deals
 * expected to close in it, and their weighted value Σ amount × win probability.
 */

export interface PeriodPipeline {
  pipeline: number[];
  weighted: number[];
}

/**
 * `periodOfDeal[i]` is the index of the period deal i closes in, or -1 when it closes in none of
 * them (it is left out).
 */
export function pipelineByPeriod(
  periodOfDeal: readonly number[],
  amounts: readonly number[],
  probabilities: readonly number[],
  periods: number,
): PeriodPipeline {
  const pipeline: number[] = new Array(periods).fill(0);
  const weighted: number[] = new Array(periods).fill(0);
  for (let i = 0; i < periodOfDeal.length; i++) {
    const p = periodOfDeal[i] ?? -1;
    if (p < 0) continue;
    const amount = amounts[i] ?? 0;
    pipeline[p] = (pipeline[p] ?? 0) + amount;
    weighted[p] = (weighted[p] ?? 0) + amount * (probabilities[i] ?? 0);
  }
  return { pipeline, weighted };
}
