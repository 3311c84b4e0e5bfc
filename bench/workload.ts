// The shapes bench.ts and its parts share: a timed workload and a row of the results table.

/** A function fetched from a vm context (ours from Code.js, or a baseline). */
export type CallOf = (...args: unknown[]) => unknown;

/** One row of the results table; `ok` null: a figure shown for information, no budget to hold. */
export interface BenchRow {
  what: string;
  measured: string;
  budget: string;
  ok: boolean | null;
  note?: string;
}

/** A custom function timed against the best plain loop for the same work (SPEC §8). */
export interface Workload {
  what: string;
  /** The custom function in Code.js. */
  fn: string;
  /** The baseline's name in bench/baselines.ts (or in the workload's own source). */
  baseline: string;
  budgetMs: number;
  /** A baseline loaded by the workload itself (else bench.ts loads `baseline` from baselines.ts). */
  baselineFn?: CallOf;
  /** Makes the data once; returns the two calls on it, given ours and the baseline. */
  prepare(): { ours(ours: CallOf): unknown; base(baseline: CallOf): unknown };
}
