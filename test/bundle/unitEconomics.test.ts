import { loadCustomFunctions, thrownMessage } from "../../fakes/bundle";

const bundle = loadCustomFunctions();
const fn =
  (name: string) =>
  (...args: unknown[]) =>
    bundle.call(name, ...args);
const CAC = fn("CAC");
const LTV = fn("LTV");
const PAYBACK = fn("CAC_PAYBACK");
const VELOCITY = fn("PIPELINE_VELOCITY");
const err = (name: string, args: unknown[]) => thrownMessage(() => bundle.call(name, ...args));

describe("CAC through dist/Code.js", () => {
  it("single values give a single value; text numbers accepted", () => {
    expect(CAC(5000, 50)).toBe(100);
    expect(CAC("5000", " 50 ")).toBe(100);
    expect(CAC([[5000]], [[50]])).toBe(100);
  });
  it("same-shaped columns and rows go cell by cell; zero customers blank only that cell", () => {
    expect(CAC([[5000], [8000], [100]], [[50], [40], [0]])).toEqual([[100], [200], [""]]);
    expect(CAC([[5000, 8000]], [[50, 40]])).toEqual([[100, 200]]);
  });
  it("a single value combines with a range of any shape", () => {
    expect(CAC(6000, [[10], [20]])).toEqual([[600], [300]]);
    expect(
      CAC(
        [
          [100, 200],
          [300, 400],
        ],
        10,
      ),
    ).toEqual([
      [10, 20],
      [30, 40],
    ]);
  });
  it("sums cost lines per row for a new_customers column (fully loaded CAC)", () => {
    const costs = [
      [1000, 500, ""],
      [2000, 1000, 200],
    ];
    expect(CAC(costs, [[5], [4]])).toEqual([[300], [800]]);
  });
  it("ranges keep their full shape: each blank gives an empty cell in its own position", () => {
    expect(CAC([[5000], [""], [900], [""]], [[50], [10], [9], [""]])).toEqual([
      [100],
      [""],
      [100],
      [""],
    ]);
  });
  it("lag_periods divides customers into earlier spend; the first cells are empty", () => {
    expect(CAC([[1000], [2000], [3000]], [[10], [20], [40]], 1)).toEqual([[""], [50], [50]]);
    expect(CAC([[1000, 2000, 3000]], [[10, 20, 40]], 2)).toEqual([["", "", 25]]);
    expect(CAC([[1000], [2000]], [[10], [20]], 5)).toEqual([[""], [""]]);
    expect(CAC([[1000], [2000]], [[10], [20]], "")).toEqual([[100], [100]]);
  });
  it.each([
    [
      [5000, 0],
      "CAC: new_customers: is 0 — with no new customers CAC is undefined; enter a count above 0",
    ],
    [["", 5], "CAC: spend: is empty — enter a spend amount such as 5000"],
    [
      [-1, 5],
      "CAC: spend: is -1 — can't be negative; enter a spend amount of 0 or more, such as 5000",
    ],
    [
      [1, -5],
      "CAC: new_customers: is -5 — can't be negative; enter a number of new customers of 0 or more, such as 50",
    ],
    [
      [
        [[1], [2]],
        [[1], ["x"]],
      ],
      'CAC: new_customers: item 2 is "x", which is not a number — enter a number of new customers such as 50',
    ],
    [
      [
        [
          [1, 2],
          [2, 3],
        ],
        [
          [1, "x"],
          [2, 3],
        ],
      ],
      'CAC: new_customers: row 1, column 2 is "x", which is not a number — enter a number of new customers such as 50',
    ],
    [
      [
        [[1], [2]],
        [[1], [2], [3]],
      ],
      "CAC: new_customers: is 3 rows × 1 column but spend is 2 rows × 1 column — give ranges of the same size, or a single value",
    ],
    [
      [[[1], [2]], [[1], [2]], 1.5],
      "CAC: lag_periods: is 1.5 — must be a whole number; enter a number of periods such as 2",
    ],
    [
      [[[1], [2]], [[1], [2]], -1],
      "CAC: lag_periods: is -1 — can't be negative; enter a number of periods of 0 or more, such as 2",
    ],
    [
      [[[1], [2]], [[1], [2]], [[1, 2]]],
      "CAC: lag_periods: is a range of several cells — enter one value, a number of periods such as 2",
    ],
    [
      [5000, 50, 1],
      "CAC: lag_periods: is 1, which needs a series of periods — give spend and new_customers as one column (or row) each, one cell per period",
    ],
    [
      [[[1], [2], [3]], [[1], [2]], 1],
      "CAC: spend: is 3 rows × 1 column but new_customers is 2 rows × 1 column — with lag_periods, give one spend per period, the same size as new_customers",
    ],
    [
      [1e300, 1e-300],
      "CAC: result: is too large to compute (overflow) — check the size of the inputs",
    ],
  ])("%j", (args, message) => {
    expect(err("CAC", args)).toBe(message);
  });
});

describe("LTV through dist/Code.js", () => {
  it("single values, percents as text, and ranges", () => {
    expect(LTV(500, 0.8, 0.02)).toBeCloseTo(20000, 6);
    expect(LTV("500", "80%", "2%")).toBeCloseTo(20000, 6);
    expect(LTV([[500, 1000]], 1, [[0.1, 0.2]])).toEqual([[5000, 5000]]);
    expect(LTV([[500], [""], [100], [""]], 0.8, 0.1)).toEqual([[4000], [""], [800], [""]]);
  });
  it.each([
    [
      [500, 0.8, 0],
      "LTV: churn_rate: is 0 — with no churn a customer's lifetime is unbounded; enter the churn per period above 0, such as 0.02 (2%)",
    ],
    [
      [500, 0.8, [[0.1], [0]]],
      "LTV: churn_rate: item 2 is 0 — with no churn a customer's lifetime is unbounded; enter the churn per period above 0, such as 0.02 (2%)",
    ],
    [
      [500, 80, 0.02],
      "LTV: gross_margin: is 80 — gross margins are fractions (25% = 0.25): enter 0.8 or 80%",
    ],
    [
      [500, 0, 0.02],
      "LTV: gross_margin: is 0 — must be above 0%; enter a fraction such as 0.25 (25%)",
    ],
    [
      [500, 0.8, 2],
      "LTV: churn_rate: is 2 — churn rates are fractions (25% = 0.25): enter 0.02 or 2%",
    ],
    [
      [500, 0.8, -0.1],
      "LTV: churn_rate: is -0.1 — can't be negative; enter a fraction between 0 and 1 such as 0.25 (25%)",
    ],
    [
      [-500, 0.8, 0.1],
      "LTV: arpa: is -500 — can't be negative; enter an ARPA of 0 or more, such as 500",
    ],
    [
      [[[1], [2], [3]], 0.5, [[0.1], [0.2], [0.3], [0.4]]],
      "LTV: churn_rate: is 4 rows × 1 column but arpa is 3 rows × 1 column — give ranges of the same size, or a single value",
    ],
    [
      [[[1, 2]], 0.5, [[0.1], [0.2]]],
      "LTV: churn_rate: is 2 rows × 1 column but arpa is 1 row × 2 columns — give ranges of the same size, or a single value",
    ],
  ])("%j", (args, message) => {
    expect(err("LTV", args)).toBe(message);
  });
});

describe("CAC_PAYBACK through dist/Code.js", () => {
  it("single values, ranges, and empty CAC cells passed on from CAC", () => {
    expect(PAYBACK(1200, 500, 0.8)).toBeCloseTo(3, 12);
    expect(PAYBACK([[1200], [""], [2400]], 500, "80%")).toEqual([
      [expect.closeTo(3, 12)],
      [""],
      [expect.closeTo(6, 12)],
    ]);
    expect(PAYBACK([[1200, 1200]], [[500, 0]], 0.8)).toEqual([[expect.closeTo(3, 12), ""]]);
  });
  it.each([
    [
      [1200, 0, 0.8],
      "CAC_PAYBACK: arpa: is 0 — a customer paying nothing never pays back CAC; enter an ARPA above 0, such as 500",
    ],
    [
      [-1, 500, 0.8],
      "CAC_PAYBACK: cac: is -1 — can't be negative; enter a CAC of 0 or more, such as 1200",
    ],
    [
      [1200, 500, 1.2],
      "CAC_PAYBACK: gross_margin: is 1.2 — gross margins are fractions (25% = 0.25): enter 0.012 or 1.2%",
    ],
    [
      [[[1], [2], [3]], [[1], [2]], 0.5],
      "CAC_PAYBACK: arpa: is 2 rows × 1 column but cac is 3 rows × 1 column — give ranges of the same size, or a single value",
    ],
  ])("%j", (args, message) => {
    expect(err("CAC_PAYBACK", args)).toBe(message);
  });
});

describe("PIPELINE_VELOCITY through dist/Code.js", () => {
  it("single values, ranges, zero-day cycles blank only their cell", () => {
    expect(VELOCITY(80, 0.25, 10000, 40)).toBe(5000);
    expect(VELOCITY(80, "25%", "10000", 40)).toBe(5000);
    expect(VELOCITY([[80], [40], [10]], 0.25, 10000, [[40], [20], [0]])).toEqual([
      [5000],
      [5000],
      [""],
    ]);
    expect(VELOCITY(80, 0, 10000, 40)).toBe(0);
  });
  it.each([
    [
      [80, 0.25, 10000, 0],
      "PIPELINE_VELOCITY: sales_cycle_days: is 0 — a sales cycle takes time; enter the average days from opportunity to close, such as 45",
    ],
    [
      [80, 25, 10000, 40],
      "PIPELINE_VELOCITY: win_rate: is 25 — win rates are fractions (25% = 0.25): enter 0.25 or 25%",
    ],
    [
      [80, -0.1, 1, 40],
      "PIPELINE_VELOCITY: win_rate: is -0.1 — can't be negative; enter a fraction between 0 and 1 such as 0.25 (25%)",
    ],
    [
      [-1, 0.25, 10000, 40],
      "PIPELINE_VELOCITY: opportunities: is -1 — can't be negative; enter a number of opportunities of 0 or more, such as 80",
    ],
    [
      [80, 0.25, -1, 40],
      "PIPELINE_VELOCITY: avg_deal_size: is -1 — can't be negative; enter an average deal size of 0 or more, such as 10000",
    ],
    [
      [80, 0.25, 1, -40],
      "PIPELINE_VELOCITY: sales_cycle_days: is -40 — can't be negative; enter a sales-cycle length in days of 0 or more, such as 45",
    ],
    [
      [80, 0.25, 1],
      "PIPELINE_VELOCITY: sales_cycle_days: is empty — enter a sales-cycle length in days such as 45",
    ],
    [
      [1e300, 1, 1e300, 1],
      "PIPELINE_VELOCITY: result: is too large to compute (overflow) — check the size of the inputs",
    ],
  ])("%j", (args, message) => {
    expect(err("PIPELINE_VELOCITY", args)).toBe(message);
  });
});
