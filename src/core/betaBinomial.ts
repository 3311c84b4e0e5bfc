/**
 * The beta-binomial distribution: how many of n records convert when the rate itself is only
 * known from a sample (its uncertainty a Beta(α, β) distribution). Used to widen the odds when a
 * rate was measured on few records (REQUIRED_LEADS' and DEALS_PROBABILITY's `rate_samples`).
 */
import { MAX_WINDOW, type CountWindow } from "./binomial";
import { round } from "./intrinsics";
import { NEGLIGIBLE_TERM } from "./probability";
import { WorkLimitExceeded } from "./workLimit";

const log = Math.log;
const exp = Math.exp;

const LN_SQRT_2PI = 0.9189385332046727;

/**
 * ln Γ(x) for x > 0: shifted up to x ≥ 15 by Γ(x + 1) = x Γ(x), then Stirling's series to the
 * x⁻⁹ term (the first term left out is below 2 × 10⁻¹⁶ there).
 */
export function logGamma(x: number): number {
  let y = x;
  let product = 1;
  while (y < 15) {
    product *= y;
    y += 1;
  }
  const inv = 1 / y;
  const inv2 = inv * inv;
  const series =
    inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 * (1 / 1680 - inv2 / 1188))));
  return (y - 0.5) * log(y) - y + LN_SQRT_2PI + series - log(product);
}

function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** A rate known only from a sample: the Beta(α, β) belief about it. */
export interface RateBelief {
  alpha: number;
  beta: number;
}

/**
 * What a rate measured on `samples` records says about the true rate: with Jeffreys' prior
 * Beta(½, ½), the posterior is Beta(successes + ½, failures + ½), successes = rate × samples.
 * (A rate of 3 in 10 gives Beta(3.5, 7.5).)
 */
export function rateBelief(rate: number, samples: number): RateBelief {
  const successes = rate * samples;
  return { alpha: successes + 0.5, beta: samples - successes + 0.5 };
}

/**
 * The distribution of converted records out of n when the rate is Beta(α, β): the
 * beta-binomial, a window around its bulk. The first term comes from ln Γ (accurate to about
 * 10⁻¹² relative for realistic sizes); its neighbours follow by the exact ratio
 * P(m + 1) ÷ P(m) = (n − m)(m + α) ÷ ((m + 1)(n − m − 1 + β)). With α, β ≥ ½ and at least one
 * sample the distribution has a single peak, so the walk outwards stops for good once the terms
 * fall below {@link NEGLIGIBLE_TERM} and keep falling.
 */
export function betaBinomialWindow(n: number, belief: RateBelief): CountWindow {
  const { alpha, beta } = belief;
  if (n === 0) return { first: 0, values: new Float64Array([1]) };
  let start = round((n * alpha) / (alpha + beta));
  if (start > n) start = n;
  const logStart =
    logGamma(n + 1) -
    logGamma(start + 1) -
    logGamma(n - start + 1) +
    logBeta(start + alpha, n - start + beta) -
    logBeta(alpha, beta);
  const top = exp(logStart);
  // P(m − 1) ÷ P(m) and P(m + 1) ÷ P(m).
  const below = (m: number) => (m * (n - m + beta)) / ((n - m + 1) * (m - 1 + alpha));
  const above = (m: number) => ((n - m) * (m + alpha)) / ((m + 1) * (n - m - 1 + beta));
  // Walk out once to find where the terms become negligible for good, then once more to fill
  // an array of exactly that size.
  // The walks count their own steps: above 2^53 first-- and last++ no longer change a float.
  let first = start;
  let steps = 0;
  for (let t = top; first > 0; first--) {
    const next = t * below(first);
    if (next < NEGLIGIBLE_TERM && next < t) break;
    t = next;
    if (++steps > MAX_WINDOW) throw new WorkLimitExceeded();
  }
  let last = start;
  steps = 0;
  for (let t = top; last < n; last++) {
    const next = t * above(last);
    if (next < NEGLIGIBLE_TERM && next < t) break;
    t = next;
    if (++steps > MAX_WINDOW) throw new WorkLimitExceeded();
  }
  const values = new Float64Array(last - first + 1);
  values[start - first] = top;
  for (let m = start, t = top; m > first; m--) {
    t *= below(m);
    values[m - 1 - first] = t;
  }
  for (let m = start, t = top; m < last; m++) {
    t *= above(m);
    values[m + 1 - first] = t;
  }
  return { first, values };
}
