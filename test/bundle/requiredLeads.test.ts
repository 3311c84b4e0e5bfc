import { loadCustomFunctions, thrownMessage } from "../../fakes/bundle";

const bundle = loadCustomFunctions();
const RL = (...args: unknown[]) => bundle.call("REQUIRED_LEADS", ...args);
const err = (...args: unknown[]) => thrownMessage(() => RL(...args));

describe("REQUIRED_LEADS through dist/Code.js", () => {
  it("seed example: 100 000 target, 10 000 deal, 10% SQL→deal ⇒ 100 SQLs, 10 deals", () => {
    expect(RL(100000, 10000, 0.1)).toEqual([[100], [10]]);
  });

  it('three rates in a column: 666.67 leads rounded up by the "end" default', () => {
    expect(RL(100000, 10000, [[0.1], [0.3], [0.5]])).toEqual([[667], [67], [20], [10]]);
  });

  it("the three rounding modes", () => {
    const rates = [[0.1], [0.3], [0.5]];
    expect(RL(100000, 10000, rates, "stage")).toEqual([[670], [67], [20], [10]]);
    expect(RL(100000, 10000, rates, "end")).toEqual([[667], [67], [20], [10]]);
    const none = RL(100000, 10000, rates, "none") as number[][];
    expect(none.map((r) => r[0])).toEqual([
      expect.closeTo(666.6667, 3),
      expect.closeTo(66.6667, 3),
      20,
      10,
    ]);
  });

  it("option words ignore case and spaces; blank and skipped take the default", () => {
    const rates = [[0.1], [0.3], [0.5]];
    expect(RL(100000, 10000, rates, "  E N D ")).toEqual([[667], [67], [20], [10]]);
    expect(RL(100000, 10000, rates, "")).toEqual([[667], [67], [20], [10]]);
    expect(RL(100000, 10000, rates, undefined)).toEqual([[667], [67], [20], [10]]);
    expect(RL(100000, 10000, rates)).toEqual([[667], [67], [20], [10]]);
  });

  it("a row of rates gives a row; a column gives a column; one cell counts as a column", () => {
    expect(RL(100000, 10000, [[0.1, 0.3, 0.5]])).toEqual([[667, 67, 20, 10]]);
    expect(RL(100000, 10000, [[0.1]])).toEqual([[100], [10]]);
  });

  it("ignores trailing blanks, so a whole stage-table column lines up with the table", () => {
    // Funnel_Rates over 4 stages: the last (Customer) has no rate.
    expect(RL(100000, 10000, [[0.1], [0.3], [0.5], [""]])).toEqual([[667], [67], [20], [10]]);
    expect(RL(100000, 10000, [[0.1, 0.3, 0.5, "", ""]])).toEqual([[667, 67, 20, 10]]);
  });

  it("accepts numbers and percents typed as text", () => {
    expect(RL("100000", " 10000 ", [["10%"], ["0.3"], [" 50 % "]])).toEqual([
      [667],
      [67],
      [20],
      [10],
    ]);
  });

  it("snaps float noise: 57 deals at 57% need 100 SQLs", () => {
    expect(RL(570000, 10000, 0.57)).toEqual([[100], [57]]);
  });

  it("rounds deals up: 95 000 at 10 000 needs 10 deals", () => {
    // "stage" works from the 10 whole deals; "end" rounds the exact 19 SQLs on their own.
    expect(RL(95000, 10000, 0.5, "stage")).toEqual([[20], [10]]);
    expect(RL(95000, 10000, 0.5)).toEqual([[19], [10]]);
  });

  it("scenarios: a column of targets gives one row per scenario", () => {
    expect(RL([[100000], [200000]], 10000, [[0.1], [0.5]])).toEqual([
      [200, 20, 10],
      [400, 40, 20],
    ]);
    expect(RL([[100000], [200000]], [[10000], [20000]], [[0.1, 0.5]])).toEqual([
      [200, 20, 10],
      [200, 20, 10],
    ]);
  });

  it("scenarios: a row of targets gives one column per scenario", () => {
    expect(RL([[100000, 200000]], 10000, [[0.1], [0.5]])).toEqual([
      [200, 400],
      [20, 40],
      [10, 20],
    ]);
  });

  it("a zero deal size inside a scenario list blanks only that scenario", () => {
    expect(RL([[100000], [200000]], [[0], [10000]], 0.5)).toEqual([
      ["", ""],
      [40, 20],
    ]);
  });

  it("accepts dates and values from another realm without instanceof checks", () => {
    expect(err(new Date(2026, 0, 1), 10000, 0.1)).toBe(
      "REQUIRED_LEADS: revenue_target: is a date, not a number — enter a revenue target such as 100000",
    );
  });

  describe("errors name the function, the argument, the item and the fix", () => {
    it.each([
      [
        [100000, 10000, [[0.1], [30]]],
        "REQUIRED_LEADS: conversion_rates: item 2 is 30 — rates are fractions (30% = 0.3): enter 0.3 or 30%",
      ],
      [
        [100000, 10000, [[0.1], [0]]],
        "REQUIRED_LEADS: conversion_rates: item 2 is 0 — a 0% rate means no record converts, so the target is unreachable; enter a rate above 0",
      ],
      [
        [100000, 10000, -0.2],
        "REQUIRED_LEADS: conversion_rates: is -0.2 — rates can't be negative; enter a fraction between 0 and 1 such as 0.3 (30%)",
      ],
      [
        [100000, 10000, [[0.1], [""], [0.5]]],
        "REQUIRED_LEADS: conversion_rates: item 2 is empty — enter a conversion rate such as 0.3 or 30%",
      ],
      [
        [100000, 10000, [["0.1"], ["abc"]]],
        'REQUIRED_LEADS: conversion_rates: item 2 is "abc", which is not a number — enter a conversion rate such as 0.3 or 30%',
      ],
      [
        [100000, 10000, [[true]]],
        "REQUIRED_LEADS: conversion_rates: is TRUE, not a number — enter a conversion rate such as 0.3 or 30%",
      ],
      [
        [
          100000,
          10000,
          [
            [0.1, 0.2],
            [0.3, 0.4],
          ],
        ],
        "REQUIRED_LEADS: conversion_rates: is a block of 2 rows × 2 columns — select a single row or a single column",
      ],
      [
        [100000, 10000, [[""], [""]]],
        "REQUIRED_LEADS: conversion_rates: is empty — enter a conversion rate such as 0.3 or 30%",
      ],
      [
        [100000, 10000, [[0.1], [0.2, 0.3]]],
        "REQUIRED_LEADS: conversion_rates: row 2 has 2 cells but row 1 has 1 — select a rectangular range",
      ],
      [
        [0, 10000, 0.1],
        "REQUIRED_LEADS: revenue_target: is 0 — must be above 0; enter a revenue target such as 100000",
      ],
      [
        [-5, 10000, 0.1],
        "REQUIRED_LEADS: revenue_target: is -5 — can't be negative; enter a revenue target above 0, such as 100000",
      ],
      [
        ["", 10000, 0.1],
        "REQUIRED_LEADS: revenue_target: is empty — enter a revenue target such as 100000",
      ],
      [
        [100000, 0, 0.1],
        "REQUIRED_LEADS: avg_deal_size: is 0 — must be above 0; enter an average deal size such as 10000",
      ],
      [
        [100000, -1, 0.1],
        "REQUIRED_LEADS: avg_deal_size: is -1 — can't be negative; enter an average deal size of 0 or more, such as 10000",
      ],
      [
        [[[1], [2], [3]], [[1], [2]], 0.1],
        "REQUIRED_LEADS: avg_deal_size: has 2 values but revenue_target has 3 — give one deal size, or one per target",
      ],
      [
        [[[1], [2]], [[1, 2]], 0.1],
        "REQUIRED_LEADS: avg_deal_size: is a row but revenue_target is a column — lay both out the same way",
      ],
      [
        [100000, 10000, 0.1, "fast"],
        'REQUIRED_LEADS: rounding: "fast" is not an option — use one of "stage", "end", "none"',
      ],
      [[100000, 10000, 0.1, 3], 'REQUIRED_LEADS: rounding: must be one of "stage", "end", "none"'],
      [
        [100000, 10000, 0.1, "end", 0.9, "", 5],
        "REQUIRED_LEADS: arguments: takes at most 6 arguments but got 7 — see the function's help",
      ],
      [
        // A fifth argument is the confidence level (appended after rounding).
        [100000, 10000, 0.1, "end", 5],
        "REQUIRED_LEADS: confidence: is 5 — confidence levels are fractions (90% = 0.9): enter 0.05 or 5%",
      ],
      [
        [1e300, 1e-300, 0.5],
        "REQUIRED_LEADS: result: is too large to compute (overflow) — check the size of the inputs",
      ],
    ])("%j", (args, message) => {
      expect(err(...(args as unknown[]))).toBe(message);
    });
  });

  it("never lets a raw JavaScript error escape, even for objects Sheets never sends", () => {
    const weird = [{}, Symbol.iterator, () => 1, [[{ toString: null }]], NaN, Infinity];
    for (const w of weird) {
      expect(err(w, 10000, 0.1)).toMatch(/^REQUIRED_LEADS: revenue_target: /);
    }
  });
});
