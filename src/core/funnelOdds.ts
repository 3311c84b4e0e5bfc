/**
 * Odds through a funnel (REQUIRED_LEADS' confidence, DEALS_PROBABILITY).
 *
 * Assumption, stated in the docs: records convert independently of each other, each stage at its
 * own rate. A record at stage i then becomes a won deal with probability Pᵢ = rᵢ × … × r_last,
 * and L records at stage i give Binomial(L, Pᵢ) deals — exactly, with no approximation.
 *
 * A rate measured on few records is uncertain (`samples` per rate): its Beta posterior
 * (Jeffreys' prior, see {@link rateBelief}) is drawn once for the whole funnel, so every record
 * passing that stage shares it. The count passing such a stage is beta-binomial given the count
 * entering it, and the distribution of won deals is followed stage by stage.
 */
import { binomialAtLeast, binomialWindow, pointMass, windowAtLeast } from "./binomial";
import type { CountWindow } from "./binomial";
import { betaBinomialWindow, rateBelief, type RateBelief } from "./betaBinomial";
import {
  LOOKUP_COST,
  passedThrough,
  shifted,
  sumOf,
  TERM_COST,
  type WorkBudget,
} from "./countDistribution";
import { meetsLevel } from "./probability";

/** The largest volume a confidence search goes to before it gives up (safe whole numbers). */
export const MAX_VOLUME = 1e15;

/** Each rate's belief: undefined where the rate is taken as known. */
export function beliefsOf(
  rates: readonly number[],
  samples: readonly (number | undefined)[],
): (RateBelief | undefined)[] {
  return rates.map((r, i) => {
    const n = samples[i];
    return n === undefined ? undefined : rateBelief(r, n);
  });
}

/**
 * The distribution of won deals from `volumes[i]` records now at each stage i (the won stage's
 * volume, index k, already won). `rates[i]` converts stage i into stage i + 1.
 */
export function wonDealsDistribution(
  volumes: readonly number[],
  rates: readonly number[],
  beliefs: readonly (RateBelief | undefined)[],
  budget: WorkBudget,
): CountWindow {
  const k = rates.length;
  // Stages above the first uncertain rate only multiply known rates: their records reach it as
  // independent binomials (thinning a binomial by a known rate is again binomial).
  let uncertain = 0;
  while (uncertain < k && beliefs[uncertain] === undefined) uncertain++;
  let dist = pointMass(volumes[uncertain] ?? 0);
  for (let i = 0; i < uncertain; i++) {
    const v = volumes[i] ?? 0;
    if (v === 0) continue;
    let p = 1;
    for (const r of rates.slice(i, uncertain)) p *= r;
    const w = binomialWindow(v, p);
    budget.spend(w.values.length * TERM_COST);
    dist = sumOf(dist, w, budget);
  }
  for (let j = uncertain; j < k; j++) {
    const belief = beliefs[j];
    const rate = rates[j] ?? 1;
    dist = passedThrough(
      dist,
      belief === undefined ? (n) => binomialWindow(n, rate) : (n) => betaBinomialWindow(n, belief),
      budget,
    );
    dist = shifted(dist, volumes[j + 1] ?? 0);
  }
  return dist;
}

/** P(at least `deals` won deals) from the volumes now at each stage. */
export function dealsProbability(
  volumes: readonly number[],
  rates: readonly number[],
  beliefs: readonly (RateBelief | undefined)[],
  deals: number,
  budget: WorkBudget,
): number {
  if (deals <= 0) return 1;
  return windowAtLeast(wonDealsDistribution(volumes, rates, beliefs, budget), deals);
}

/**
 * P(at least `deals` won deals | L records at the top of `rates`). Known rates commute with the
 * uncertain ones (the deals are Binomial(L, product of all rates) given the rates), so they are
 * applied first, as one binomial, and the uncertain stages then act on the smaller count:
 * P = Σₙ P(n pass the known rates) × g₁(n), with gⱼ(n) = Σₘ P(m of n pass uncertain stage j) ×
 * gⱼ₊₁(m) and the last g the indicator m ≥ deals. A search asks for many L whose counts
 * overlap, so each gⱼ(n) is computed once.
 */
function chanceFromVolume(
  known: number,
  beliefs: readonly RateBelief[],
  deals: number,
  budget: WorkBudget,
): (volume: number) => number {
  if (beliefs.length === 0) return (volume) => binomialAtLeast(volume, known, deals);
  const stages = beliefs.map((belief) => ({ belief, memo: new Map<number, number>() }));
  /** P(enough deals | n records enter uncertain stage `index`). */
  const chanceAfter = (index: number, n: number): number => {
    const stage = stages[index];
    if (stage === undefined) return n >= deals ? 1 : 0;
    const seen = stage.memo.get(n);
    if (seen !== undefined) return seen;
    const w = betaBinomialWindow(n, stage.belief);
    budget.spend(w.values.length * (TERM_COST + LOOKUP_COST));
    const chance = index === stages.length - 1 ? windowAtLeast(w, deals) : weighted(w, index + 1);
    stage.memo.set(n, chance);
    return chance;
  };
  /** Σ P(m) × chance after stage `index` given m, over a window of counts m. */
  const weighted = (w: CountWindow, index: number): number => {
    let chance = 0;
    w.values.forEach((p, i) => {
      chance += p * chanceAfter(index, w.first + i);
    });
    return chance;
  };
  return (volume) => {
    const w = binomialWindow(volume, known);
    budget.spend(w.values.length * (TERM_COST + LOOKUP_COST));
    return weighted(w, 0);
  };
}

/**
 * The volume for confidence `level`: the smallest whole L with P(deals ≥ D | L records at the
 * top of `rates`) ≥ level (ties meet it, SPEC §2.7 for float noise). Undefined when it would
 * pass {@link MAX_VOLUME}. The chance only grows with L, so a doubling search brackets L and a
 * bisection finds it.
 */
export function volumeForConfidence(
  deals: number,
  rates: readonly number[],
  beliefs: readonly (RateBelief | undefined)[],
  level: number,
  budget: WorkBudget,
): number | undefined {
  let known = 1;
  let expected = 1;
  const uncertain: RateBelief[] = [];
  rates.forEach((rate, i) => {
    const belief = beliefs[i];
    if (belief === undefined) known *= rate;
    else uncertain.push(belief);
    expected *= rate;
  });
  const chance = chanceFromVolume(known, uncertain, deals, budget);
  const meets = (volume: number) => meetsLevel(chance(volume), level);
  // Fewer records than deals never make it; the average plan is the first guess.
  let fails = deals - 1;
  let passes = Math.max(deals, Math.ceil(deals / expected));
  if (passes > MAX_VOLUME) return undefined;
  while (!meets(passes)) {
    fails = passes;
    passes *= 2;
    if (passes > MAX_VOLUME) return undefined;
  }
  while (passes - fails > 1) {
    const mid = Math.floor(fails + (passes - fails) / 2);
    if (meets(mid)) passes = mid;
    else fails = mid;
  }
  return passes;
}
