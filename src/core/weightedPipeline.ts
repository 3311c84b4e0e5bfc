/**
 * Open pipeline by close period (WEIGHTED_PIPELINE): per period, the amounts of the deals
 * expected to close in it, and their weighted value Σ amount × win probability.
 */
export class PeriodPipeline {
  readonly pipeline: Float64Array;
  readonly weighted: Float64Array;

  constructor(periods: number) {
    this.pipeline = new Float64Array(periods);
    this.weighted = new Float64Array(periods);
  }

  /** A deal closing in period `period`. */
  add(period: number, amount: number, probability: number): void {
    // `period` is a valid index: `as number` costs nothing at run time.
    this.pipeline[period] = (this.pipeline[period] as number) + amount;
    this.weighted[period] = (this.weighted[period] as number) + amount * probability;
  }
}
