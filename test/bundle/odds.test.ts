/**
 * DEALS_PROBABILITY, BOOKINGS_PROBABILITY and BOOKINGS_PERCENTILES through dist/Code.js, against
 * published values and brute force: binomial sums convolved in full, deal lists enumerated
 * outcome by outcome (test/harness/bruteForce.ts).
 */
import { loadCustomFunctions, thrownMessage } from "../../fakes/bundle";
import {
  betaExpectation,
  binomialAtLeastDirect,
  chanceAtLeast,
  dealsAtLeastDirect,
  enumerateBookings,
  percentileOf,
} from "../harness/bruteForce";
import { at } from "../harness/at";
// mulberry32, seeded, so every run checks the same lists (the bench spreads its data with it too).
import { random } from "../../bench/data";

const bundle = loadCustomFunctions();
const call = (name: string, ...args: unknown[]) => bundle.call(name, ...args);
const err = (name: string, ...args: unknown[]) => thrownMessage(() => call(name, ...args));
const column = <T>(xs: readonly T[]) => xs.map((x) => [x]);

describe("DEALS_PROBABILITY", () => {
  it("Excel's documented NEGBINOM.DIST values, read as binomial tails", () => {
    // support.microsoft.com NEGBINOM.DIST: (10, 5, 0.25, TRUE) = 0.3135141 — at most 10 losses
    // before the 5th win is at least 5 wins in 15 trials.
    expect(call("DEALS_PROBABILITY", 15, 0.25, 5)).toBeCloseTo(0.3135141, 7);
    // help.apple.com Numbers NEGBINOMDIST(3, 68, 0.95) = 0.20913174716192: exactly 3 losses
    // before the 68th win = P(≥ 68 of 71) − P(≥ 68 of 70).
    const exactly =
      (call("DEALS_PROBABILITY", 71, 0.95, 68) as number) -
      (call("DEALS_PROBABILITY", 70, 0.95, 68) as number);
    expect(exactly).toBeCloseTo(0.20913174716192, 13);
  });

  it("matches binomial tails summed term by term, for every target", () => {
    for (const [n, p] of [
      [1, 0.5],
      [10, 0.1],
      [40, 0.37],
      [150, 0.02],
      [300, 0.9],
    ] as [number, number][]) {
      for (let k = 0; k <= n + 1; k += Math.max(1, Math.floor(n / 25))) {
        const ours = call("DEALS_PROBABILITY", n, p, k) as number;
        expect(Math.abs(ours - binomialAtLeastDirect(n, p, k))).toBeLessThan(1e-12);
      }
    }
  });

  it("records at several stages: a sum of binomials, convolved in full", () => {
    const next = random(7);
    for (let trial = 0; trial < 30; trial++) {
      const k = 1 + Math.floor(next() * 3);
      const rates = Array.from({ length: k }, () => 0.05 + next() * 0.9);
      const volumes = Array.from({ length: k + 1 }, (_, i) =>
        Math.floor(next() * (i === k ? 5 : 60)),
      );
      const need = Math.floor(next() * 25);
      const ours = call("DEALS_PROBABILITY", column(volumes), column(rates), need) as number;
      expect(Math.abs(ours - dealsAtLeastDirect(volumes, rates, need))).toBeLessThan(1e-12);
    }
  });

  it("a list of targets gives one chance per target, in its orientation; empty stays empty", () => {
    const out = call("DEALS_PROBABILITY", [[200], [60], [20], [3]], column([0.3, 0.4, 0.25]), [
      [15, "", 20],
    ]) as unknown[][];
    expect(out).toHaveLength(1);
    expect(at(at(out, 0), 1)).toBe("");
    expect(at(at(out, 0), 0)).toBeCloseTo(
      dealsAtLeastDirect([200, 60, 20, 3], [0.3, 0.4, 0.25], 15),
      12,
    );
    expect(at(at(out, 0), 2)).toBeCloseTo(
      dealsAtLeastDirect([200, 60, 20, 3], [0.3, 0.4, 0.25], 20),
      12,
    );
  });

  it("a target that is not whole is rounded up; 0 deals is certain", () => {
    expect(call("DEALS_PROBABILITY", 40, 0.25, 9.2)).toBe(call("DEALS_PROBABILITY", 40, 0.25, 10));
    expect(call("DEALS_PROBABILITY", 40, 0.25, 0)).toBe(1);
    expect(call("DEALS_PROBABILITY", 0, 0.25, 1)).toBe(0);
  });

  it("rate_samples: the chance averaged over each sampled rate's Beta posterior", () => {
    // Two sampled rates: MQL→SQL 40% of 50 (Beta(20.5, 30.5)), SQL→won 25% of 12 (Beta(3.5, 9.5)).
    const volumes = [200, 60, 20, 3];
    const ours = call(
      "DEALS_PROBABILITY",
      column(volumes),
      column([0.3, 0.4, 0.25]),
      15,
      column(["", 50, 12]),
    ) as number;
    const integrated = betaExpectation(
      (q) => betaExpectation((p) => dealsAtLeastDirect(volumes, [0.3, q, p], 15), 3.5, 9.5, 160),
      20.5,
      30.5,
      160,
    );
    expect(ours).toBeCloseTo(integrated, 6);
    // Doubt about the rates widens the odds: a likely target gets less likely.
    expect(ours).toBeLessThan(dealsAtLeastDirect(volumes, [0.3, 0.4, 0.25], 15));
  });

  it.each([
    [
      [[200], [60]],
      [[0.3], [0.4], [0.25]],
      15,
      "DEALS_PROBABILITY: stage_volumes: has 2 values but conversion_rates has 3 rates — give the records now at each stage with a rate (top first), and optionally the deals already won",
    ],
    [
      [[200], [60.5]],
      0.3,
      15,
      "DEALS_PROBABILITY: stage_volumes: item 2 is 60.5 — must be a whole number; enter a number of records such as 120",
    ],
    [
      15,
      25,
      5,
      "DEALS_PROBABILITY: conversion_rates: is 25 — rates are fractions (30% = 0.3): enter 0.25 or 25%",
    ],
    [
      15,
      0.25,
      -1,
      "DEALS_PROBABILITY: deals_needed: is -1 — can't be negative; enter a number of deals of 0 or more, such as 27",
    ],
  ])("%j, %j, %j: %s", (volumes, rates, need, message) => {
    expect(err("DEALS_PROBABILITY", volumes, rates, need)).toBe(message);
  });
});

describe("BOOKINGS_PROBABILITY and BOOKINGS_PERCENTILES: exact distributions of bookings", () => {
  it("agree with enumerating every outcome of random small deal lists (exact grid)", () => {
    const next = random(11);
    let checked = 0;
    for (let trial = 0; trial < 60; trial++) {
      const n = 1 + Math.floor(next() * 12);
      // Lists whose total fits 2 097 152 steps of the amounts' common divisor, so the result
      // is exact: amounts to the cent (up to 1 700), whole dollars or whole thousands.
      const kind = Math.floor(next() * 3);
      const amounts = Array.from({ length: n }, () =>
        kind === 0
          ? Math.round(next() * 170_000) / 100
          : kind === 1
            ? Math.round(next() * 90_000)
            : 1000 * Math.ceil(next() * 900),
      );
      const chances = Array.from({ length: n }, () => {
        const u = next();
        return u < 0.08 ? 0 : u < 0.16 ? 1 : Math.round(u * 100) / 100;
      });
      const closed = next() < 0.5 ? 0 : Math.round(next() * 5_000_000) / 100;
      const outcomes = enumerateBookings(amounts, chances);
      const shifted = new Map([...outcomes].map(([t, p]) => [t + closed, p]));
      const levels = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 1];
      const ours = call(
        "BOOKINGS_PERCENTILES",
        column(amounts),
        column(chances),
        [levels],
        closed,
      ) as number[][];
      levels.forEach((k, i) => expect(at(at(ours, 0), i)).toBeCloseTo(percentileOf(shifted, k), 6));
      const total = amounts.reduce((a, b) => a + b, 0) + closed;
      for (const goal of [0, closed, total / 3, total / 2, total, total + 1]) {
        const p = call("BOOKINGS_PROBABILITY", column(amounts), column(chances), goal, closed);
        expect(Math.abs((p as number) - chanceAtLeast(shifted, goal))).toBeLessThan(1e-12);
        checked++;
      }
    }
    expect(checked).toBe(360);
  });

  it("a list too large for cents: within the documented error bound of the exact answer", () => {
    // 14 deals up to 900 000.00: 6.3 × 10⁸ cents is far more than 2 097 152 steps, so amounts
    // are rounded to a 1-2-5 resolution; each total is then off by at most Σ |rounding|, itself
    // at most half the resolution per deal.
    const next = random(5);
    const amounts = Array.from({ length: 14 }, () => Math.round(next() * 90_000_000) / 100);
    const chances = amounts.map(() => Math.round(next() * 100) / 100);
    const totalCents = amounts.reduce((a, b) => a + Math.round(b * 100), 0);
    const stepCents = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].find(
      (s) => totalCents / s <= 2 ** 21,
    ) as number;
    expect(stepCents).toBeGreaterThan(1);
    const bound =
      amounts.reduce((a, b) => {
        const c = Math.round(b * 100);
        return a + Math.abs(c - Math.round(c / stepCents) * stepCents);
      }, 0) / 100;
    expect(bound).toBeLessThanOrEqual((14 * stepCents) / 200);
    const outcomes = enumerateBookings(amounts, chances);
    const levels = [0.1, 0.5, 0.9];
    const ours = call("BOOKINGS_PERCENTILES", column(amounts), column(chances)) as number[][];
    levels.forEach((k, i) => {
      expect(Math.abs(at(at(ours, 0), i) - percentileOf(outcomes, k))).toBeLessThanOrEqual(
        bound + 1e-6,
      );
    });
    // A goal's chance lies between the exact chances of the goal moved by the bound.
    for (const goal of [1_000_000, 2_500_000, 4_000_000]) {
      const p = call("BOOKINGS_PROBABILITY", column(amounts), column(chances), goal) as number;
      expect(p).toBeLessThanOrEqual(chanceAtLeast(outcomes, goal - bound) + 1e-12);
      expect(p).toBeGreaterThanOrEqual(chanceAtLeast(outcomes, goal + bound) - 1e-12);
    }
  });

  it("200 realistic deals: deterministic, percentiles in order, the chance falling with the goal", () => {
    const next = random(3);
    const amounts = Array.from({ length: 200 }, () => Math.round(10_000 + next() * 80_000));
    const chances = amounts.map(() => at([0.1, 0.2, 0.4, 0.6, 0.8], Math.floor(next() * 5)));
    const first = call("BOOKINGS_PERCENTILES", column(amounts), column(chances)) as number[][];
    expect(call("BOOKINGS_PERCENTILES", column(amounts), column(chances))).toEqual(first);
    const [p10 = NaN, p50 = NaN, p90 = NaN] = at(first, 0);
    expect(p10).toBeLessThan(p50);
    expect(p50).toBeLessThan(p90);
    const expected = amounts.reduce((a, x, i) => a + x * at(chances, i), 0);
    // The median of a sum of 200 deals sits near its mean (no normal curve is used to get it).
    expect(Math.abs(p50 - expected) / expected).toBeLessThan(0.02);
    const chance = (goal: number) =>
      call("BOOKINGS_PROBABILITY", column(amounts), column(chances), goal) as number;
    expect(chance(p10)).toBeGreaterThanOrEqual(0.9 - 1e-9);
    expect(chance(p90 + 1000)).toBeLessThanOrEqual(0.1 + 1e-9);
    expect(chance(expected * 0.9)).toBeGreaterThan(chance(expected * 1.1));
  });

  it("Excel's documented BINOM.INV(6, 0.5, 0.75) = 4: six deals of 1 at 50%", () => {
    expect(call("BOOKINGS_PERCENTILES", column([1, 1, 1, 1, 1, 1]), 0.5, 0.75)).toEqual([[4]]);
  });

  it("a level met exactly counts: P10 of the three-deal example is 20 000", () => {
    expect(
      call("BOOKINGS_PERCENTILES", column([50000, 30000, 20000]), column([0.8, 0.5, 0.3])),
    ).toEqual([[20000, 70000, 100000]]);
  });

  it("rows without an amount are skipped; one probability goes with every deal", () => {
    const amounts = [[3950], [""], [3060], [1460], [1340], [1285], [1190]];
    const probabilities = [[0.7], ["no amount yet"], [0.7], [0.7], [0.7], [0.7], [0.7]];
    const single = call("BOOKINGS_PROBABILITY", amounts, 0.7, 8600);
    expect(call("BOOKINGS_PROBABILITY", amounts, probabilities, 8600)).toBe(single);
    const outcomes = enumerateBookings(
      [3950, 3060, 1460, 1340, 1285, 1190],
      new Array(6).fill(0.7),
    );
    expect(single).toBeCloseTo(chanceAtLeast(outcomes, 8600), 12);
  });

  it("closed won counts toward every goal; a goal already met is certain", () => {
    expect(call("BOOKINGS_PROBABILITY", column([1000, 2000]), 0.5, 2500, 2500)).toBe(1);
    // 2 000 more to book: the 2 000 deal, alone or with the other.
    expect(call("BOOKINGS_PROBABILITY", column([1000, 2000]), 0.5, 3000, 1000)).toBeCloseTo(
      0.5,
      12,
    );
    expect(call("BOOKINGS_PERCENTILES", column([1000, 2000]), 0.5, [[0.25], [1]], 500)).toEqual([
      [500],
      [3500],
    ]);
  });

  it.each([
    [
      "BOOKINGS_PROBABILITY",
      [column([1000, 2000]), column([0.5, 40]), 1500],
      "BOOKINGS_PROBABILITY: win_probabilities: row 2 is 40 — probabilities are fractions (40% = 0.4): enter 0.4 or 40%",
    ],
    [
      "BOOKINGS_PROBABILITY",
      [column([1000, -2000]), 0.5, 1500],
      "BOOKINGS_PROBABILITY: deal_amounts: row 2 is -2000 — can't be negative; enter the deal's amount, such as 25000",
    ],
    [
      "BOOKINGS_PROBABILITY",
      [column([1000, 2000, 3000]), column([0.5, 0.5]), 1500],
      "BOOKINGS_PROBABILITY: win_probabilities: has 2 cells but deal_amounts has 3 — select the same rows of each column of the deal list",
    ],
    [
      "BOOKINGS_PROBABILITY",
      [
        [
          [1000, 2000],
          [3000, 4000],
        ],
        0.5,
        1500,
      ],
      "BOOKINGS_PROBABILITY: deal_amounts: is a block of 2 rows × 2 columns — select one column of the deal list (or one row)",
    ],
    [
      "BOOKINGS_PROBABILITY",
      [column(["1000 €", 2000]), 0.5, 1500],
      'BOOKINGS_PROBABILITY: deal_amounts: row 1 is "1000 €", which is not a number — enter a deal amount such as 25000',
    ],
    [
      "BOOKINGS_PERCENTILES",
      [column([1000, 2000]), 0.5, 0],
      "BOOKINGS_PERCENTILES: percentiles: is 0 — must be above 0; enter a percentile such as 0.1 (P10) or 0.9 (P90)",
    ],
  ])("%s refuses bad input: %s", (name, args, message) => {
    expect(err(name, ...(args as unknown[]))).toBe(message);
  });
});
