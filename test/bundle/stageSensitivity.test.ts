import { loadCustomFunctions, thrownMessage } from "../../fakes/bundle";
import { at } from "../harness/at";

const bundle = loadCustomFunctions();
const SS = (...args: unknown[]) => bundle.call("STAGE_SENSITIVITY", ...args);
const column = <T>(xs: readonly T[]) => xs.map((x) => [x]);

/**
 * Independent check: build the funnel's volumes for 1 000 won deals by hand (top stage =
 * deals ÷ the product of every rate below it), price them, lift one rate, build again, compare.
 */
function bruteForce(rates: number[], costs: number[], lift: number): number[] {
  const costOf = (rs: number[]) => {
    const deals = 1000;
    let total = costs.length > rs.length ? at(costs, rs.length) * deals : 0;
    for (let stage = 0; stage < rs.length; stage++) {
      let volume = deals;
      for (let below = stage; below < rs.length; below++) volume /= at(rs, below);
      total += at(costs, stage) * volume;
    }
    return total;
  };
  const base = costOf(rates);
  return rates.map((r, j) => {
    const lifted = rates.slice();
    lifted[j] = Math.min(1, r * (1 + lift));
    return costOf(lifted) / base - 1;
  });
}

function expectClose(actual: unknown, expected: (number | string)[]) {
  const flat = (actual as (number | string)[][]).flat();
  expect(flat).toHaveLength(expected.length);
  expected.forEach((e, i) => {
    if (typeof e === "string") expect(flat[i]).toBe(e);
    else expect(flat[i] as number).toBeCloseTo(e, 12);
  });
}

describe("STAGE_SENSITIVITY through dist/Code.js", () => {
  it("SPEC example: rates 10/30/50 %, costs 20/50/400 → −0.0491, −0.0614, −0.0909, empty", () => {
    const out = SS(column([0.1, 0.3, 0.5]), column([20, 50, 400])) as number[][];
    expect(out.map((r) => (typeof r[0] === "number" ? Number(r[0].toFixed(4)) : r[0]))).toEqual([
      -0.0491,
      -0.0614,
      -0.0909,
      "",
    ]);
    // Per won deal: leads 1 333.3, MQLs 333.3, SQLs 800 → total 2 466.7.
    const [lead, mql, sql] = [4000 / 3, 1000 / 3, 800];
    const total = lead + mql + sql;
    expectClose(out, [
      (-lead * (1 - 1 / 1.1)) / total,
      (-(lead + mql) * (1 - 1 / 1.1)) / total,
      -(1 - 1 / 1.1),
      "",
    ]);
  });

  it("matches a brute-force recomputation of the funnel's cost, with and without the lift", () => {
    const cases: [number[], number[], number][] = [
      [[0.1, 0.3, 0.5], [20, 50, 400], 0.1],
      [[0.1, 0.3, 0.5], [20, 50, 400, 1500], 0.1], // a cost per won customer, which no lift moves
      [[0.02, 0.25, 0.4, 0.3], [1, 30, 0, 250], 0.25],
      [[0.8, 0.95, 0.5], [10, 10, 10], 0.1], // 0.95 × 1.1 is capped at 100 %
      [[0.5], [100], 3],
    ];
    for (const [rates, costs, lift] of cases) {
      expectClose(SS(column(rates), column(costs), lift), [...bruteForce(rates, costs, lift), ""]);
    }
  });

  it("the 100 % cap: a rate already at 100 % changes nothing (0, not −0)", () => {
    const out = SS([[1, 0.5]], [[10, 10]]) as number[][];
    expect(Object.is(at(out, 0)[0], 0)).toBe(true);
    expect(at(out, 0)[1]).toBeCloseTo(-1 / 11, 12);
  });

  it("follows the rates' orientation; one rate counts as a column; percent text works", () => {
    expect((SS([[0.1, 0.3, 0.5]], column([20, 50, 400])) as unknown[][]).length).toBe(1);
    expectClose(SS(0.5, 100), [-1 / 11, ""]);
    expectClose(SS([["10%", "30 %", "50%", ""]], [[20, 50, 400]], "10%"), [
      ...bruteForce([0.1, 0.3, 0.5], [20, 50, 400], 0.1),
      "",
    ]);
  });

  it("all costs 0: every cell is empty; costs above a stage all 0: that stage is 0", () => {
    expect(SS(column([0.1, 0.3]), column([0, 0, 0]))).toEqual([[""], [""], [""]]);
    const out = SS(column([0.1, 0.3]), column([0, 50])) as number[][];
    expect(Object.is(at(out, 0)[0], 0)).toBe(true);
  });

  it.each([
    [
      [column([0.1, 0.3, 0.5]), column([20, 50])],
      "cost_per_record: has 2 values but conversion_rates has 3 rates",
    ],
    [
      [column([0.1, 0.3]), column([20, 50, 1, 2])],
      "cost_per_record: has 4 values but conversion_rates has 2 rates",
    ],
    [
      [column([0.1, 30]), column([20, 50])],
      "conversion_rates: item 2 is 30 — rates are fractions (30% = 0.3)",
    ],
    [[column([0.1, 0.3]), column([20, -5])], "cost_per_record: item 2 is -5 — can't be negative"],
    [
      [column([0.1, 0.3]), column([20, ""]), 0.1],
      "cost_per_record: has 1 value but conversion_rates has 2 rates",
    ],
    [[column([0.1, 0.3]), column([20, 5]), 0], "lift: is 0 — must be above 0"],
    [[column([0.1, 0.3]), column([20, 5]), -0.1], "lift: is -0.1 — must be above 0"],
    [[column([0.1, 0.3]), column([20, 5]), 11], "lift: is 11 — a lift is a fraction of the rate"],
    [[column([0.1, 0.3]), column([20, 5]), [[0.1, 0.2]]], "lift: is a range of several cells"],
  ])("%j → %s", (args, message) => {
    expect(thrownMessage(() => SS(...args))).toContain(`STAGE_SENSITIVITY: ${message}`);
  });

  it("lift 10 (1 000 %) is the largest allowed; an omitted or empty lift is 10 %", () => {
    // 5 % x 11 = 55 %: the one stage's volume, and so the cost, falls to 1/11.
    expectClose(SS(0.05, 1, 10), [-10 / 11, ""]);
    expect(SS(0.5, 1, "")).toEqual(SS(0.5, 1));
    expect(SS(0.5, 1, undefined)).toEqual(SS(0.5, 1, 0.1));
  });
});
