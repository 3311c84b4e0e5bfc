/**
 * Operations on count distributions (windows of P(X = n)): adding independent counts, passing a
 * distributed count through a conversion, and a budget on the work so no cell runs for minutes.
 */
import type { CountWindow } from "./binomial";
import { NEGLIGIBLE_TERM } from "./probability";

import { WorkLimitExceeded } from "./workLimit";

export { WorkLimitExceeded };

/**
 * Work one custom-function call may spend on exact distributions, in multiply-adds (about a
 * nanosecond each): 2 × 10⁸ is one to two seconds, far inside Sheets' 30 s.
 */
export const WORK_LIMIT = 200_000_000;

/** What producing one term of a distribution window costs, in multiply-adds (measured). */
export const TERM_COST = 12;
/** What looking up one memoised chance costs, in multiply-adds (a Map read, measured). */
export const LOOKUP_COST = 25;

/** A running count of the work spent, in multiply-adds. */
export class WorkBudget {
  private left: number;
  constructor(limit = WORK_LIMIT) {
    this.left = limit;
  }
  spend(steps: number): void {
    this.left -= steps;
    if (this.left < 0) throw new WorkLimitExceeded();
  }
}

/** The same distribution with its negligible ends left out. */
export function trimmed(window: CountWindow): CountWindow {
  const v = window.values;
  let lo = 0;
  let hi = v.length - 1;
  while (lo < hi && (v[lo] ?? 0) < NEGLIGIBLE_TERM) lo++;
  while (hi > lo && (v[hi] ?? 0) < NEGLIGIBLE_TERM) hi--;
  if (lo === 0 && hi === v.length - 1) return window;
  return { first: window.first + lo, values: v.slice(lo, hi + 1) };
}

/** X + c for a constant c. */
export function shifted(window: CountWindow, by: number): CountWindow {
  return by === 0 ? window : { first: window.first + by, values: window.values };
}

/** The distribution of X + Y for independent X and Y. */
export function sumOf(a: CountWindow, b: CountWindow, budget: WorkBudget): CountWindow {
  const av = a.values;
  const bv = b.values;
  const na = av.length;
  const nb = bv.length;
  if (na === 1) return { first: a.first + b.first, values: scaled(bv, av[0] ?? 0) };
  if (nb === 1) return { first: a.first + b.first, values: scaled(av, bv[0] ?? 0) };
  budget.spend(na * nb);
  const out = new Float64Array(na + nb - 1);
  for (let i = 0; i < na; i++) {
    // In bounds by construction: `as number` costs nothing at run time (see capacity.ts).
    const x = av[i] as number;
    for (let j = 0; j < nb; j++) out[i + j] = (out[i + j] as number) + x * (bv[j] as number);
  }
  return trimmed({ first: a.first + b.first, values: out });
}

function scaled(values: Float64Array, by: number): Float64Array {
  if (by === 1) return values;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = (values[i] as number) * by;
  return out;
}

/**
 * The distribution of Y when X records are each passed through a conversion: `step(n)` is the
 * distribution of Y given X = n (n ≥ 0, Y ≤ n).
 */
export function passedThrough(
  x: CountWindow,
  step: (n: number) => CountWindow,
  budget: WorkBudget,
): CountWindow {
  const xv = x.values;
  const last = x.first + xv.length - 1;
  // Y given n only moves up as n grows (binomial and beta-binomial), so the smallest and the
  // largest n bound the result; a window outside them still grows the array.
  const low = step(x.first);
  const high = last === x.first ? low : step(last);
  budget.spend((low.values.length + high.values.length) * TERM_COST);
  let first = low.first;
  let out = new Float64Array(high.first + high.values.length - first);
  budget.spend(out.length);
  for (let i = 0; i < xv.length; i++) {
    const weight = xv[i] as number;
    if (weight === 0) continue;
    const y = i === 0 ? low : i === xv.length - 1 ? high : step(x.first + i);
    const yv = y.values;
    budget.spend(yv.length * (1 + TERM_COST));
    if (y.first < first || y.first + yv.length > first + out.length) {
      const from = Math.min(first, y.first);
      const to = Math.max(first + out.length, y.first + yv.length);
      budget.spend(to - from);
      const grown = new Float64Array(to - from);
      grown.set(out, first - from);
      out = grown;
      first = from;
    }
    const base = y.first - first;
    for (let j = 0; j < yv.length; j++)
      out[base + j] = (out[base + j] as number) + weight * (yv[j] as number);
  }
  return trimmed({ first, values: out });
}
