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
  it('"ramp": volume before the first period is added to the first; stage tables with trailing blanks', () => {
    const rates = [[0.1], [0.5], [""]];
    const days = [[30], [45], [""]];
    expect(FT([[100000, 100000]], 10000, rates, days, "", "", "ramp")).toEqual([
      [400, 0],
      [40, 0],
      [10, 10],
    ]);
  });
  it('"steady" (the default): volume before the first period wraps round to the end', () => {
    const rates = [[0.1], [0.5], [""]];
    const days = [[30], [45], [""]];
    // 20 SQLs a period, 45 days early (1.5 periods): of period 1's, half 1 and half 2 periods
    // early — both before the plan, so they land in periods 2 and 1 (two periods, wrapping).
    // Leads: 200 a period, 75 days (2.5 periods) early — wrapping, every period 200.
    expect(FT([[100000, 100000]], 10000, rates, days)).toEqual([
      [200, 200],
      [20, 20],
      [10, 10],
    ]);
    expect(FT([[100000, 100000, 100000, 100000]], 10000, 0.5, 45, 30, "none", " Steady ")).toEqual([
      [20, 20, 20, 20],
      [10, 10, 10, 10],
    ]);
    expect(FT([[100000, 100000, 100000, 100000]], 10000, 0.5, 45, 30, "none", "RAMP")).toEqual([
      [50, 20, 10, 0],
      [10, 10, 10, 10],
    ]);
  });
  it("steady keeps a seasonal plan's shape: the last periods carry the next cycle's first deals", () => {
    // 10 deals in period 1 only, 20 SQLs 1.5 periods early: half in period 4 (one period before
    // period 1, wrapped), half in period 3.
    expect(FT([[100000, 0, 0, 0]], 10000, 0.5, 45)).toEqual([
      [0, 0, 10, 10],
      [10, 0, 0, 0],
    ]);
    // A lead time longer than the plan wraps more than once: 5 periods early in a 2-period plan.
    expect(FT([[0, 100000]], 10000, 0.5, 150)).toEqual([
      [20, 0],
      [0, 10],
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
  describe("a 2 400 000 € target at 24 000 € deals through a 6-stage funnel of the team's own", () => {
    // Lead →30%→ MQL →60%→ SAL →50%→ SQL →40%→ Opportunity →25%→ Customer; days in stage
    // 14, 7, 10, 21, 45. Cumulative rate from lead to deal 0.3·0.6·0.5·0.4·0.25 = 0.9 %.
    // 100 deals a year: 400 opportunities, 1 000 SQLs, 2 000 SALs, 3 333.3 MQLs, 11 111.1 leads.
    // Lead times: 45, 66, 76, 83 and 97 days = 1.5, 2.2, 2.53, 2.77 and 3.23 months.
    const rates = [[0.3], [0.6], [0.5], [0.4], [0.25], [""]];
    const days = [[14], [7], [10], [21], [45], [""]];
    const months = [Array.from({ length: 12 }, () => 2400000 / 12)];
    const total = (row: number[]) => row.reduce((a, b) => a + b, 0);

    it("steady: every month needs the annual need ÷ 12 at every stage, no lump in month 1", () => {
      const exact = FT(months, 24000, rates, days) as number[][];
      const perMonth = [11111.111111, 3333.333333, 2000, 1000, 400, 100].map((v) => v / 12);
      exact.forEach((row, i) => {
        for (const v of row) expect(v).toBeCloseTo(at(perMonth, i), 6);
      });
      // Whole numbers: each month's running total rounded up. Leads: ⌈925.93·m⌉ − ⌈925.93·(m−1)⌉
      // is 926 every month (11 112 = ⌈11 111.1⌉ in the year); deals: ⌈8.33·m⌉ month by month.
      const whole = FT(months, 24000, rates, days, 30, "cumulative") as number[][];
      expect(whole[0]).toEqual(new Array(12).fill(926));
      expect(whole[5]).toEqual([9, 8, 8, 9, 8, 8, 9, 8, 8, 9, 8, 8]);
      expect(whole[4]).toEqual([34, 33, 33, 34, 33, 33, 34, 33, 33, 34, 33, 33]);
      expect(whole.map(total)).toEqual([11112, 3334, 2000, 1000, 400, 100]);
    });

    it("ramp: month 1 carries 4.23 months of leads and October to December none", () => {
      const whole = FT(months, 24000, rates, days, 30, "cumulative", "ramp") as number[][];
      // 97 days = 3.2333 months: each month's 925.93 leads go 3 months early (76.7 %) and 4
      // months early (23.3 %). Month 1 gets months 1–4 in full and 23.3 % of month 5:
      // 4.2333 × 925.93 = 3 919.75 → 3 920. September gets only 76.7 % of December's (709.9).
      expect(whole[0]).toEqual([3920, 926, 926, 926, 926, 926, 926, 926, 710, 0, 0, 0]);
      expect(total(at(whole, 0))).toBe(11112);
      // Deals have no lead time: the same in both shapes.
      expect(whole[5]).toEqual([9, 8, 8, 9, 8, 8, 9, 8, 8, 9, 8, 8]);
    });
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
      [[[1, 2]], 10, 0.5, 30, 30, "none", "cyclic"],
      'FUNNEL_TARGETS: pipeline: "cyclic" is not an option — use one of "steady", "ramp"',
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
      "FUNNEL_TARGETS: period_targets: is a block of 2 rows × 2 columns — select a single value, a single row or a single column",
    ],
    [
      [[[1e300, 2]], 1e-300, 0.5, 30],
      "FUNNEL_TARGETS: result: is too large to compute (overflow) — check the size of the inputs",
    ],
  ])("%j", (args, message) => {
    expect(err("FUNNEL_TARGETS", args)).toBe(message);
  });
});
