/**
 * Slow, obviously-right computations the odds functions are checked against. Nothing here shares
 * code with src/core: binomial coefficients are exact BigInt products, tails are summed term by
 * term, deal lists are enumerated subset by subset, and an uncertain rate is integrated over its
 * Beta density numerically (a different method from the beta-binomial the add-on uses).
 */

/** C(n, k) exactly, as a number (exact while it stays below 2^53). */
export function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1n;
  const kk = BigInt(Math.min(k, n - k));
  const nn = BigInt(n);
  for (let i = 0n; i < kk; i++) r = (r * (nn - i)) / (i + 1n);
  return Number(r);
}

/** P(X = x) for X ~ Binomial(n, p), straight from the definition. */
export function binomialTermDirect(n: number, p: number, x: number): number {
  return choose(n, x) * Math.pow(p, x) * Math.pow(1 - p, n - x);
}

/** P(X ≥ k) for X ~ Binomial(n, p): 1 − the lower tail, summed term by term. */
export function binomialAtLeastDirect(n: number, p: number, k: number): number {
  if (k <= 0) return 1;
  let lower = 0;
  for (let x = 0; x < k && x <= n; x++) lower += binomialTermDirect(n, p, x);
  return 1 - lower;
}

/**
 * The whole pmf of Binomial(n, p), index = count: C(n, x) p^x (1 − p)^(n − x) with C(n, x) built
 * up as C(n, x − 1) × (n − x + 1) ÷ x in doubles (fine for n up to a few hundred).
 */
export function binomialPmfDirect(n: number, p: number): number[] {
  const out: number[] = [];
  let c = 1;
  for (let x = 0; x <= n; x++) {
    if (x > 0) c = (c * (n - x + 1)) / x;
    out.push(c * Math.pow(p, x) * Math.pow(1 - p, n - x));
  }
  return out;
}

/** The pmf of X + Y for independent X and Y (index = count). */
export function convolve(a: readonly number[], b: readonly number[]): number[] {
  const out = new Array<number>(a.length + b.length - 1).fill(0);
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) out[i + j] += a[i] * b[j];
  return out;
}

/**
 * P(won deals ≥ need) from volumes now at each stage (the last entry: deals already won) with
 * known rates: a sum of independent binomials, convolved in full.
 */
export function dealsAtLeastDirect(
  volumes: readonly number[],
  rates: readonly number[],
  need: number,
): number {
  let dist = [1];
  for (let i = 0; i < rates.length; i++) {
    let p = 1;
    for (let j = i; j < rates.length; j++) p *= rates[j];
    dist = convolve(dist, binomialPmfDirect(volumes[i] ?? 0, p));
  }
  const won = volumes[rates.length] ?? 0;
  let chance = 0;
  for (let x = 0; x < dist.length; x++) if (x + won >= need) chance += dist[x];
  return chance;
}

/** Every outcome of a deal list: total → probability, by walking all 2ⁿ subsets. */
export function enumerateBookings(
  amounts: readonly number[],
  probabilities: readonly number[],
): Map<number, number> {
  const n = amounts.length;
  if (n > 20) throw new Error("enumeration is for small lists");
  const out = new Map<number, number>();
  for (let mask = 0; mask < 1 << n; mask++) {
    let total = 0;
    let p = 1;
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) {
        total += Math.round(amounts[i] * 100);
        p *= probabilities[i];
      } else p *= 1 - probabilities[i];
    }
    out.set(total, (out.get(total) ?? 0) + p);
  }
  // Totals in cents while summing (no float drift in the keys), money out.
  const money = new Map<number, number>();
  for (const [cents, p] of out) money.set(cents / 100, p);
  return money;
}

/** P(total ≥ goal) from an enumeration. */
export function chanceAtLeast(outcomes: Map<number, number>, goal: number): number {
  let p = 0;
  for (const [total, q] of outcomes) if (total >= goal - 1e-9) p += q;
  return p;
}

/** The smallest total x with P(total ≤ x) ≥ level (within 1e-9), from an enumeration. */
export function percentileOf(outcomes: Map<number, number>, level: number): number {
  const totals = [...outcomes.keys()].sort((a, b) => a - b);
  let cumulative = 0;
  for (const t of totals) {
    cumulative += outcomes.get(t) ?? 0;
    if (cumulative >= level - 1e-9) return t;
  }
  return totals[totals.length - 1];
}

/**
 * E[f(p)] for p ~ Beta(α, β), by composite Simpson's rule on [0, 1] with the density
 * normalised numerically (no Gamma function needed). α, β ≥ 1 keep the integrand smooth.
 */
export function betaExpectation(
  f: (p: number) => number,
  alpha: number,
  beta: number,
  intervals = 4000,
): number {
  let weighted = 0;
  let mass = 0;
  const h = 1 / intervals;
  for (let i = 0; i <= intervals; i++) {
    const p = i * h;
    const w = i === 0 || i === intervals ? 1 : i % 2 === 1 ? 4 : 2;
    const density = Math.pow(p, alpha - 1) * Math.pow(1 - p, beta - 1);
    if (density === 0) continue;
    mass += w * density;
    weighted += w * density * f(p);
  }
  return weighted / mass;
}
