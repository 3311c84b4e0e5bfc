/**
 * REQUIRED_LEADS with a confidence level, through dist/Code.js as Sheets calls it. Every volume
 * is checked against binomial tails summed term by term (test/harness/bruteForce.ts): it must
 * reach the level and one record fewer must not.
 */
import { loadCustomFunctions, thrownMessage } from "../../fakes/bundle";
import { betaExpectation, binomialAtLeastDirect } from "../harness/bruteForce";

const bundle = loadCustomFunctions();
const RL = (...args: unknown[]) => bundle.call("REQUIRED_LEADS", ...args) as number[][];
const err = (...args: unknown[]) => thrownMessage(() => bundle.call("REQUIRED_LEADS", ...args));
const column = <T>(xs: readonly T[]) => xs.map((x) => [x]);

/** The product of the rates from stage i down: the chance a record there becomes a deal. */
function cumulative(rates: readonly number[], i: number): number {
  let p = 1;
  for (let j = i; j < rates.length; j++) p *= rates[j];
  return p;
}

/** L reaches the level, L − 1 does not (both summed term by term). */
function expectSmallest(volume: number, p: number, deals: number, level: number): void {
  expect(binomialAtLeastDirect(volume, p, deals)).toBeGreaterThanOrEqual(level - 1e-9);
  expect(binomialAtLeastDirect(volume - 1, p, deals)).toBeLessThan(level);
}

describe("REQUIRED_LEADS with a confidence level", () => {
  it("the 90% plan for 27 deals: each stage's volume is the smallest that reaches 90%", () => {
    const rates = [0.1, 0.3, 0.5];
    const out = RL(270000, 10000, column(rates), "", 0.9).map((r) => r[0]);
    expect(out).toEqual([2252, 222, 64, 27]);
    for (let i = 0; i < 3; i++) expectSmallest(out[i], cumulative(rates, i), 27, 0.9);
  });

  it("Excel's NEGBINOM.DIST(10, 5, 0.25, TRUE) = 0.3135141: 15 trials give 5 wins with 31.35%", () => {
    // Source: support.microsoft.com, NEGBINOM.DIST function, example (0.3135141). At a level of
    // 31.35% five deals at 25% need exactly 15 records; at 31.36%, 16.
    expect(RL(50000, 10000, 0.25, "", 0.3135)).toEqual([[15], [5]]);
    expect(RL(50000, 10000, 0.25, "", 0.3136)).toEqual([[16], [5]]);
  });

  it("a tie meets the level: P(at least 10 of 19 at 50%) is exactly one half", () => {
    expect(binomialAtLeastDirect(19, 0.5, 10)).toBe(0.5);
    expect(RL(100000, 10000, 0.5, "", 0.5)).toEqual([[19], [10]]);
  });

  it("deals are the target over the deal size rounded up, after float noise (SPEC §2.7)", () => {
    // 570 000 ÷ 10 000 is 57, not 57.000000001: 57 deals, however the division lands.
    expect(RL(570000, 10000, 1, "", 0.9)).toEqual([[57], [57]]);
    expect(RL(95000, 10000, 1, "", 0.9)).toEqual([[10], [10]]);
  });

  it("a rate of 100% needs exactly the deals at every level", () => {
    expect(RL(100000, 10000, [[1], [1]], "", 0.999)).toEqual([[10], [10], [10]]);
  });

  it("rounding does not apply: any rounding gives the same whole volumes", () => {
    const rates = column([0.1, 0.3, 0.5]);
    const stage = RL(270000, 10000, rates, "stage", 0.8);
    expect(RL(270000, 10000, rates, "end", 0.8)).toEqual(stage);
    expect(RL(270000, 10000, rates, "none", 0.8)).toEqual(stage);
    expect(RL(270000, 10000, rates, "", 0.8)).toEqual(stage);
  });

  it("follows the rates' orientation and trailing blanks, like the average plan", () => {
    expect(RL(270000, 10000, [[0.1, 0.3, 0.5, ""]], "", 0.9)).toEqual([[2252, 222, 64, 27]]);
    expect(RL(270000, 10000, [[0.1], [0.3], [0.5], [""]], undefined, "90%")).toEqual([
      [2252],
      [222],
      [64],
      [27],
    ]);
  });

  it("scenarios: one row per target, an empty target an empty row", () => {
    const out = RL([[100000], [""], [270000]], 10000, [[0.1, 0.3, 0.5]], "", 0.9);
    expect(out[1]).toEqual(["", "", "", ""]);
    expect(out[2]).toEqual([2252, 222, 64, 27]);
    expect(out[0][3]).toBe(10);
    expectSmallest(out[0][0], 0.015, 10, 0.9);
  });

  it("large volumes stay exact: 100 000 deals at a 0.18% cumulative rate", () => {
    const out = RL(100_000_000, 1000, [[0.02], [0.3], [0.3]], "", 0.9).map((r) => r[0]);
    expect(out[3]).toBe(100000);
    // The mean plan is 100 000 ÷ 0.0018 = 55 555 556; 90% needs a little more, never less.
    expect(out[0]).toBeGreaterThan(100000 / 0.0018);
    expect(out[0]).toBeLessThan((100000 / 0.0018) * 1.01);
  });

  describe("rate_samples: rates measured on few records widen the plan", () => {
    it("a 30% close rate from 3 of 10 SQLs: the known-rate chance averaged over Beta(3.5, 7.5)", () => {
      const rates = [0.1, 0.3, 0.3];
      const out = RL(270000, 10000, column(rates), "", 0.9, [[""], [""], [10]]).map((r) => r[0]);
      expect(out).toEqual([6120, 611, 182, 27]);
      // Independently: P(at least 27 deals | L records at stage i) = E over the close rate p of
      // the binomial tail with the known rates × p, integrated numerically.
      const chance = (volume: number, known: number) =>
        betaExpectation((p) => binomialAtLeastDirect(volume, known * p, 27), 3.5, 7.5, 2000);
      const known = [0.03, 0.3, 1];
      for (let i = 0; i < 3; i++) {
        expect(chance(out[i], known[i])).toBeGreaterThanOrEqual(0.9 - 1e-7);
        expect(chance(out[i] - 1, known[i])).toBeLessThan(0.9 + 1e-7);
      }
      // Wider than the plan that takes the rate as known.
      const certain = RL(270000, 10000, column(rates), "", 0.9).map((r) => r[0]);
      for (let i = 0; i < 3; i++) expect(out[i]).toBeGreaterThan(certain[i]);
    });

    it("larger samples widen less, and the widening shrinks toward the known-rate plan", () => {
      const rates = column([0.1, 0.3, 0.3]);
      const volumeAt = (n: number) =>
        RL(270000, 10000, rates, "", 0.9, [[""], [""], [n]])[0][0] as number;
      const known = RL(270000, 10000, rates, "", 0.9)[0][0];
      const wide = [10, 40, 200, 2000].map(volumeAt);
      for (let i = 1; i < wide.length; i++) expect(wide[i]).toBeLessThanOrEqual(wide[i - 1]);
      expect(wide[3]).toBeGreaterThanOrEqual(known);
      expect(wide[3]).toBeLessThan(known * 1.05);
    });

    it("needs a confidence level, at most one sample per rate, and whole samples of 1 or more", () => {
      expect(err(100000, 10000, 0.1, "", "", 10)).toBe(
        "REQUIRED_LEADS: rate_samples: widens the volumes for a confidence level — give confidence too, such as 0.9 (90%), or leave rate_samples out",
      );
      expect(err(100000, 10000, 0.1, "", 0.9, [[10], [10]])).toBe(
        "REQUIRED_LEADS: rate_samples: has 2 values but conversion_rates has 1 rate — give at most one sample size per rate, aligned with the rates (empty for a rate you take as known)",
      );
      expect(err(100000, 10000, [[0.1], [0.5]], "", 0.9, [[""], [2.5]])).toBe(
        "REQUIRED_LEADS: rate_samples: item 2 is 2.5 — must be a whole number of records, such as 10",
      );
    });

    it("refuses, with a message, work too long for a cell", () => {
      expect(err(270000, 10000, column([0.1, 0.3, 0.3]), "", 0.99, column([10, 10, 10]))).toMatch(
        /^REQUIRED_LEADS: rate_samples: makes the exact computation too long for a cell/,
      );
    });
  });

  it.each([
    [
      1,
      "REQUIRED_LEADS: confidence: is 1 — 100% certainty would need unlimited records while any rate is below 100%; enter a level such as 0.9 (90%)",
    ],
    [
      90,
      "REQUIRED_LEADS: confidence: is 90 — confidence levels are fractions (90% = 0.9): enter 0.9 or 90%",
    ],
    [0, "REQUIRED_LEADS: confidence: is 0 — must be above 0; enter a level such as 0.9 (90%)"],
    [
      [[0.8, 0.9]],
      "REQUIRED_LEADS: confidence: is a range of several cells — enter one value, a confidence level such as 0.9 or 90%",
    ],
    [
      "high",
      'REQUIRED_LEADS: confidence: is "high", which is not a number — enter a confidence level such as 0.9 or 90%',
    ],
  ])("confidence %j is refused: %s", (level, message) => {
    expect(err(100000, 10000, 0.1, "", level)).toBe(message);
  });

  it("a level no volume below 10¹⁵ reaches is an error, not a hang", () => {
    expect(err(1e15, 1, 1e-6, "", 0.9)).toMatch(
      /^REQUIRED_LEADS: confidence: at this level stage 1 would need more than 1e15 records/,
    );
  });
});
