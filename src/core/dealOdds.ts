/**
 * The distribution of bookings from a list of open deals (BOOKINGS_PROBABILITY,
 * BOOKINGS_PERCENTILES): deal i books aᵢ with probability pᵢ, independently of the others. The
 * distribution of the total is computed exactly over a grid of amounts — never a normal
 * approximation, no random numbers — by adding one deal at a time:
 * P'(t) = (1 − pᵢ) P(t) + pᵢ P(t − aᵢ).
 *
 * The grid: amounts are taken to the cent. When the total in units of the amounts' greatest
 * common divisor fits {@link MAX_GRID_CELLS}, the grid is that divisor and the result is exact.
 * Otherwise each amount is rounded to the nearest multiple of a resolution of 1, 2 or 5 × 10ⁿ
 * cents, the smallest that fits; a total then differs from the exact one by at most the sum of
 * those roundings, itself at most half the resolution per deal.
 */
import { ceil, round } from "./intrinsics";
import { clampProbability, LEVEL_TOLERANCE } from "./probability";
import { snapToInteger } from "./snap";

/** The most grid cells the distribution may hold: 16 MB of doubles, well inside a custom function's time. */
export const MAX_GRID_CELLS = 1 << 21;

/** Totals beyond this many cents are not exact whole numbers in a double. */
const MAX_CENTS = 2 ** 53;

export interface BookingsDistribution {
  /** Bookings certain to come in (closed won and deals at 100 %), in cents. */
  baseCents: number;
  /** The amount one grid step stands for, in cents. */
  stepCents: number;
  /** P(total = baseCents + i × stepCents). */
  probabilities: Float64Array;
  /** Largest possible difference between a grid total and the exact total, in cents (0: exact). */
  errorBoundCents: number;
}

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
}

/** The smallest of 1, 2, 5, 10, 20, 50, … cents that is at least `minimum`. */
function niceStep(minimum: number): number {
  let decade = 1;
  for (;;) {
    for (const m of [1, 2, 5]) if (m * decade >= minimum) return m * decade;
    decade *= 10;
  }
}

/**
 * The distribution of total bookings. `amounts` ≥ 0 and `probabilities` in [0, 1] are aligned;
 * `closedCents` is already booked. Undefined when the total is too large for whole cents.
 */
export function bookingsDistribution(
  amounts: readonly number[],
  probabilities: readonly number[],
  closedCents: number,
): BookingsDistribution | undefined {
  let base = closedCents;
  const open: { cents: number; chance: number; weight: number }[] = [];
  let total = 0;
  let divisor = 0;
  amounts.forEach((amount, i) => {
    const c = round(amount * 100);
    const p = probabilities[i] ?? 0;
    if (c === 0 || p === 0) return;
    if (p === 1) base += c;
    else {
      open.push({ cents: c, chance: p, weight: 0 });
      total += c;
      divisor = gcd(c, divisor);
    }
  });
  if (!(base + total < MAX_CENTS)) return undefined;
  let step = divisor === 0 ? 1 : divisor;
  let errorBound = 0;
  if (total / step > MAX_GRID_CELLS) step = niceStep(total / MAX_GRID_CELLS);
  let cells = 1;
  for (const deal of open) {
    deal.weight = round(deal.cents / step);
    const off = deal.cents - deal.weight * step;
    errorBound += off < 0 ? -off : off;
    cells += deal.weight;
  }
  const dist = new Float64Array(cells);
  dist[0] = 1;
  let top = 0;
  for (const { weight: w, chance: p } of open) {
    if (w === 0) continue;
    const q = 1 - p;
    for (let t = top; t >= 0; t--) {
      // In bounds by construction: `as number` costs nothing at run time.
      const v = dist[t] as number;
      dist[t + w] = (dist[t + w] as number) + v * p;
      dist[t] = v * q;
    }
    top += w;
  }
  return {
    baseCents: base,
    stepCents: step,
    probabilities: dist,
    errorBoundCents: errorBound,
  };
}

/** P(total ≥ goal), goal in cents; the smaller side is summed, the other is one minus it. */
export function chanceOfAtLeast(dist: BookingsDistribution, goalCents: number): number {
  const need = goalCents - dist.baseCents;
  if (need <= 0) return 1;
  const values = dist.probabilities;
  const from = ceil(snapToInteger(need / dist.stepCents));
  if (from >= values.length) return 0;
  let below = 0;
  for (const v of values.subarray(0, from)) below += v;
  let above = 0;
  for (const v of values.subarray(from)) above += v;
  return clampProbability(below < above ? 1 - below : above);
}

/**
 * The k-th percentile (level k in (0, 1]): the smallest total x with P(total ≤ x) ≥ k, in cents.
 * Ties meet the level (within float noise, SPEC §2.7).
 */
export function percentileCents(dist: BookingsDistribution, level: number): number {
  const values = dist.probabilities;
  const target = level - LEVEL_TOLERANCE;
  let cumulative = 0;
  let last = 0;
  for (let t = 0; t < values.length; t++) {
    const v = values[t] ?? 0;
    if (v === 0) continue;
    cumulative += v;
    last = t;
    if (cumulative >= target) return dist.baseCents + t * dist.stepCents;
  }
  // Rounding kept the sum a hair below the level: the largest possible total.
  return dist.baseCents + last * dist.stepCents;
}

/** Cents as an amount of money (whole cents divide exactly enough to show as typed). */
export function fromCents(cents: number): number {
  return cents / 100;
}

/** Money as cents, to the cent. */
export function toCents(amount: number): number {
  return round(amount * 100);
}
