/**
 * Binomial probabilities, exact to double precision: each term P(X = x) is computed by Loader's
 * saddle-point form (C. Loader, "Fast and Accurate Computation of Binomial Probabilities", 2000;
 * the algorithm behind R's dbinom), which keeps full relative precision for any n — no normal or
 * Poisson approximation — and neighbouring terms follow by the exact ratio
 * P(X = x + 1) ÷ P(X = x) = (n − x) ÷ (x + 1) × p ÷ (1 − p). Tails are summed term by term.
 */
import { floor } from "./intrinsics";
import { clampProbability, NEGLIGIBLE_TERM } from "./probability";
import { WorkLimitExceeded } from "./workLimit";

const log = Math.log;
const exp = Math.exp;
const log1p = Math.log1p;
const abs = Math.abs;

/** ln √(2π) */
const LN_SQRT_2PI = 0.9189385332046727;
/** ln 2π */
const LN_2PI = 1.8378770664093453;

/** The most terms one distribution may hold (80 MB of doubles): beyond, a cell would stall. */
export const MAX_WINDOW = 10_000_000;

/**
 * The values of a count distribution worth computing: P(X = first + i) = values[i]. Terms
 * below {@link NEGLIGIBLE_TERM} at either end are left out.
 */
export interface CountWindow {
  first: number;
  values: Float64Array;
}

/** X = n for sure. */
export function pointMass(n: number): CountWindow {
  return { first: n, values: new Float64Array([1]) };
}

/**
 * Stirling's error δ(n) = ln n! − (n + ½) ln n + n − ln √(2π) for a whole n ≥ 1: from n! itself
 * up to 15 (exact in a double), from its asymptotic series beyond (Loader's cut-offs, each
 * accurate to double precision).
 */
function stirlingError(n: number): number {
  if (n <= 15) {
    let factorial = 1;
    for (let i = 2; i <= n; i++) factorial *= i;
    return log(factorial) - (n + 0.5) * log(n) + n - LN_SQRT_2PI;
  }
  const nn = n * n;
  if (n > 500) return (1 / 12 - 1 / 360 / nn) / n;
  if (n > 80) return (1 / 12 - (1 / 360 - 1 / 1260 / nn) / nn) / n;
  if (n > 35) return (1 / 12 - (1 / 360 - (1 / 1260 - 1 / 1680 / nn) / nn) / nn) / n;
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / 1188 / nn) / nn) / nn) / nn) / n;
}

/** Loader's deviance term x ln(x ÷ np) + np − x, by a series where it would cancel. */
function deviance(x: number, np: number): number {
  if (abs(x - np) < 0.1 * (x + np)) {
    let v = (x - np) / (x + np);
    let sum = (x - np) * v;
    let term = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      term *= v;
      const next = sum + term / (2 * j + 1);
      if (next === sum) return next;
      sum = next;
    }
    return sum;
  }
  return x * log(x / np) + np - x;
}

/** P(X = x) for X ~ Binomial(n, p), q = 1 − p; x and n whole, 0 < p < 1. */
export function binomialTerm(x: number, n: number, p: number, q: number): number {
  if (x === 0) return exp(p < 0.1 ? -deviance(n, n * q) - n * p : n * log(q));
  if (x === n) return exp(q < 0.1 ? -deviance(n, n * p) - n * q : n * log(p));
  const lc =
    stirlingError(n) -
    stirlingError(x) -
    stirlingError(n - x) -
    deviance(x, n * p) -
    deviance(n - x, n * q);
  return exp(lc - 0.5 * (LN_2PI + log(x) + log1p(-x / n)));
}

/**
 * The distribution of X ~ Binomial(n, p) as a window around its mode: terms are walked outwards
 * by their exact ratios until they fall below {@link NEGLIGIBLE_TERM} (past the mode they only
 * decrease, so what is left out is smaller still).
 */
export function binomialWindow(n: number, p: number): CountWindow {
  if (n === 0 || p <= 0) return pointMass(0);
  if (p >= 1) return pointMass(n);
  const q = 1 - p;
  let mode = floor((n + 1) * p);
  if (mode > n) mode = n;
  const top = binomialTerm(mode, n, p, q);
  // Walk out once to find where the terms become negligible, then once more to fill an array
  // of exactly that size: typed arrays only, no growing lists.
  const down = q / p;
  const up = p / q;
  // The walks count their own steps: above 2^53 first-- and last++ no longer change a float, so
  // a width measured as mode − first would never grow and the walk would never end.
  let first = mode;
  let steps = 0;
  for (let t = top; first > 0; first--) {
    t = ((t * first) / (n - first + 1)) * down;
    if (t < NEGLIGIBLE_TERM) break;
    if (++steps > MAX_WINDOW) throw new WorkLimitExceeded();
  }
  let last = mode;
  steps = 0;
  for (let t = top; last < n; last++) {
    t = ((t * (n - last)) / (last + 1)) * up;
    if (t < NEGLIGIBLE_TERM) break;
    if (++steps > MAX_WINDOW) throw new WorkLimitExceeded();
  }
  const values = new Float64Array(last - first + 1);
  values[mode - first] = top;
  for (let x = mode, t = top; x > first; x--) {
    t = ((t * x) / (n - x + 1)) * down;
    values[x - 1 - first] = t;
  }
  for (let x = mode, t = top; x < last; x++) {
    t = ((t * (n - x)) / (x + 1)) * up;
    values[x + 1 - first] = t;
  }
  return { first, values };
}

/**
 * P(X ≥ k) from a window. The side of k that holds less mass is summed term by term and the
 * other side is one minus it, so small tails keep their relative precision.
 */
export function windowAtLeast(window: CountWindow, k: number): number {
  const { first, values } = window;
  const n = values.length;
  if (k <= first) return 1;
  if (k >= first + n) return 0;
  const split = k - first;
  let below = 0;
  for (const v of values.subarray(0, split)) below += v;
  let above = 0;
  for (const v of values.subarray(split, n)) above += v;
  return clampProbability(below < above ? 1 - below : above);
}

/**
 * P(X ≥ k) for X ~ Binomial(n, p): the exact tail, summed term by term and kept in no array.
 * The tail away from the mode is summed, starting at k (above the mode) or k − 1 (below it),
 * walking outwards until the terms are negligible; the other side is one minus it.
 */
export function binomialAtLeast(n: number, p: number, k: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const q = 1 - p;
  const mode = floor((n + 1) * p);
  let sum = 0;
  let steps = 0;
  if (k > mode) {
    let t = binomialTerm(k, n, p, q);
    for (let x = k; x <= n && t >= NEGLIGIBLE_TERM; x++) {
      sum += t;
      t = ((t * (n - x)) / (x + 1)) * (p / q);
      if (++steps > MAX_WINDOW) throw new WorkLimitExceeded();
    }
    return clampProbability(sum);
  }
  let t = binomialTerm(k - 1, n, p, q);
  for (let x = k - 1; x >= 0 && t >= NEGLIGIBLE_TERM; x--) {
    sum += t;
    t = ((t * x) / (n - x + 1)) * (q / p);
    if (++steps > MAX_WINDOW) throw new WorkLimitExceeded();
  }
  return clampProbability(1 - sum);
}
