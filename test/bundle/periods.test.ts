import { loadCustomFunctions, thrownMessage } from "../../fakes/bundle";
import { at } from "../harness/at";

const bundle = loadCustomFunctions();
const LV = (...args: unknown[]) => bundle.call("LEAD_VELOCITY", ...args);
const FT = (...args: unknown[]) => bundle.call("FUNNEL_TARGETS", ...args);
const err = (name: string, args: unknown[]) => thrownMessage(() => bundle.call(name, ...args));

describe("LEAD_VELOCITY through dist/Code.js", () => {
  it("growth per period in the orientation of the counts, first cell empty", () => {
    expect(LV([[100], [120], [90]])).toEqual([[""], [0.2], [-0.25]]);
    expect(LV([[100, 120, 90, "", ""]])).toEqual([["", 0.2, -0.25]]);
    expect(LV([["100"], ["150"]])).toEqual([[""], [0.5]]);
  });
  it("a period after a zero count is empty; one period gives one empty cell", () => {
    expect(LV([[0, 5, 10]])).toEqual([["", "", 1]]);
    expect(LV(5)).toEqual([[""]]);
  });
  it.each([
    [
      [[[100], [""], [5]]],
      "LEAD_VELOCITY: counts: item 2 is empty — enter a lead count such as 120",
    ],
    [
      [[[100], [-4]]],
      "LEAD_VELOCITY: counts: item 2 is -4 — can't be negative; enter a lead count of 0 or more, such as 120",
    ],
    [[""], "LEAD_VELOCITY: counts: is empty — enter a lead count such as 120"],
    [
      [
        [
          [1, 2],
          [3, 4],
        ],
      ],
      "LEAD_VELOCITY: counts: is a block of 2 rows × 2 columns — select a single row or a single column",
    ],
    [
      [[[1], ["many"]]],
      'LEAD_VELOCITY: counts: item 2 is "many", which is not a number — enter a lead count such as 120',
    ],
  ])("%j", (args, message) => {
    expect(err("LEAD_VELOCITY", args)).toBe(message);
  });
});

describe("FUNNEL_TARGETS through dist/Code.js", () => {
  it("shift 1.5: half one period earlier, half two earlier", () => {
    expect(FT([[0, 0, 100000]], 10000, 0.5, 45)).toEqual([
      [10, 10, 0],
      [0, 0, 10],
    ]);
  });
  it("volume before the first period is added to the first; stage tables with trailing blanks", () => {
    const rates = [[0.1], [0.5], [""]];
    const days = [[30], [45], [""]];
    expect(FT([[100000, 100000]], 10000, rates, days)).toEqual([
      [400, 0],
      [40, 0],
      [10, 10],
    ]);
  });
  it("days_per_period, a deal size per period, a column of targets and text inputs", () => {
    expect(FT([[0, 20000]], [[10000, 20000]], "50%", "7", 7)).toEqual([
      [2, 0],
      [0, 1],
    ]);
    expect(FT([[0], ["100000"]], "10000", [[0.5, 0.5]], [[0, 30]])).toEqual([
      [40, 0],
      [20, 0],
      [0, 10],
    ]);
  });
  it('"end" rounds every cell up; blank and skipped options take the defaults', () => {
    expect(FT([[0, 0, 0, 100000]], 10000, 0.3, 37.5, "", "END")).toEqual([
      [0, 9, 25, 0],
      [0, 0, 0, 10],
    ]);
    const exact = FT([[0, 0, 0, 100000]], 10000, 0.3, 37.5, undefined, "") as number[][];
    expect(at(exact, 0)[1]).toBeCloseTo(8.3333, 3);
  });
  it('"cumulative": twelve months of 8 333.33 € at 10 000 € deals are 10 deals in the year (SPEC §3)', () => {
    const months = [Array.from({ length: 12 }, () => 100000 / 12)];
    const result = FT(months, 10000, 0.5, 0, 30, "cumulative") as number[][];
    const total = (row: number[]) => row.reduce((a, b) => a + b, 0);
    expect(total(at(result, 1))).toBe(10);
    expect(total(at(result, 0))).toBe(20);
    // Running totals are the exact ones rounded up: month t has ⌈0.8333·(t+1)⌉ deals so far.
    let sofar = 0;
    at(result, 1).forEach((v, t) => {
      expect(Number.isInteger(v)).toBe(true);
      sofar += v;
      expect(sofar).toBe(Math.ceil((5 * (t + 1)) / 6 - 1e-12));
    });
    // "end" rounds every month up on its own: 12 deals.
    expect(total(at(FT(months, 10000, 0.5, 0, 30, " End ") as number[][], 1))).toBe(12);
  });
  it('"cumulative" keeps a lagged row total: 41.67 SQLs over 1.5 periods of lag → 42', () => {
    const result = FT([[0, 0, 50000, 75000]], 10000, 0.3, 45, 30, "cumulative") as number[][];
    expect(at(result, 0).reduce((a, b) => a + b, 0)).toBe(42);
    expect(at(result, 0).every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
    expect(result[1]).toEqual([0, 0, 5, 8]);
  });
  it("zero targets need nothing", () => {
    expect(FT([[0, 0]], 10000, 0.5, 30)).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
  it.each([
    [
      [[[1, 2]], 10, 0.5, 30, 30, "stage"],
      'FUNNEL_TARGETS: rounding: "stage" is not offered here — after the lag split each cell mixes volume for several periods\' deals, so rounding stage by stage has no meaning; use "cumulative" (whole numbers that keep each row total), "end" (round every cell up) or "none"',
    ],
    [
      [[[1, 2]], 10, 0.5, 30, 30, "x"],
      'FUNNEL_TARGETS: rounding: "x" is not an option — use one of "none", "cumulative", "end"',
    ],
    [
      [[[1, 2]], [[1], [2], [3]], 0.5, 30],
      "FUNNEL_TARGETS: avg_deal_size: has 3 values but period_targets has 2 values — give one deal size, or one per period",
    ],
    [
      [[[1, 2]], 0, 0.5, 30],
      "FUNNEL_TARGETS: avg_deal_size: is 0 — must be above 0; enter an average deal size such as 10000",
    ],
    [
      [[[1, -2]], 10, 0.5, 30],
      "FUNNEL_TARGETS: period_targets: item 2 is -2 — can't be negative; enter a revenue target of 0 or more, such as 100000",
    ],
    [
      [[[1, 2]], 10, [[0.5], [0.5]], 30],
      "FUNNEL_TARGETS: days_in_stage: has 1 value but conversion_rates has 2 rates — give the days for each stage that has a rate, top first",
    ],
    [
      [[[1, 2]], 10, 0.5, 30, 0],
      "FUNNEL_TARGETS: days_per_period: is 0 — must be above 0; enter a number of days per period such as 30",
    ],
    [
      [[[1, 2]], 10, 0.5, 30, [[1, 2]]],
      "FUNNEL_TARGETS: days_per_period: is a range of several cells — enter one value, a number of days per period such as 30",
    ],
    [
      [[[1, 2]], 10, 0.5, -3],
      "FUNNEL_TARGETS: days_in_stage: is -3 — can't be negative; enter a number of days of 0 or more, such as 14",
    ],
    [
      [[[1, 2]], 10, "", 30],
      "FUNNEL_TARGETS: conversion_rates: is empty — enter a conversion rate such as 0.3 or 30%",
    ],
    [
      [[[1, 2]], 10, 30, 30],
      "FUNNEL_TARGETS: conversion_rates: is 30 — rates are fractions (30% = 0.3): enter 0.3 or 30%",
    ],
    [
      ["", 10, 0.5, 30],
      "FUNNEL_TARGETS: period_targets: is empty — enter a revenue target such as 100000",
    ],
    [
      [
        [
          [1, 2],
          [3, 4],
        ],
        10,
        0.5,
        30,
      ],
      "FUNNEL_TARGETS: period_targets: is a block of 2 rows × 2 columns — select a single row or a single column",
    ],
    [
      [[[1e300, 2]], 1e-300, 0.5, 30],
      "FUNNEL_TARGETS: result: is too large to compute (overflow) — check the size of the inputs",
    ],
  ])("%j", (args, message) => {
    expect(err("FUNNEL_TARGETS", args)).toBe(message);
  });
});
