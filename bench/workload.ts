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
  /** The baseline's name in `baselineSource` (by default bench/baselines.ts or bench/planning.ts). */
  baseline: string;
  /** The source that defines `baseline`, when it is not one of the two default ones. */
  baselineSource?: string;
  /** The spreadsheet's time zone both sides read dates in; none: a context with no services. */
  zone?: string;
  budgetMs: number;
  /** Makes the data once; returns the two calls on it, given ours and the baseline. */
  prepare(): { ours(ours: CallOf): unknown; base(baseline: CallOf): unknown };
}

/** A workload whose data is made once, in the shape of the custom function's arguments. */
export function workload<D>(w: {
  what: string;
  fn: string;
  baseline: string;
  baselineSource?: string;
  zone?: string;
  budgetMs: number;
  data: () => D;
  ours: (f: CallOf, d: D) => unknown;
  base: (f: CallOf, d: D) => unknown;
}): Workload {
  return {
    ...w,
    prepare: () => {
      const d = w.data();
      return { ours: (f) => w.ours(f, d), base: (f) => w.base(f, d) };
    },
  };
}
