/**
 * PLAN_FORECAST through dist/Code.js: pacing against the plan's own curve, checked against hand
 * computations — among them a plan shaped like FUNNEL_TARGETS' "ramp" lump, where a straight run
 * rate contradicts the attainment.
 */
import { loadCustomFunctions, thrownMessage } from "../../fakes/bundle";
import { at } from "../harness/at";

const bundle = loadCustomFunctions();
const PF = (...args: unknown[]) => bundle.call("PLAN_FORECAST", ...args) as (number | string)[][];
const err = (...args: unknown[]) => thrownMessage(() => bundle.call("PLAN_FORECAST", ...args));
const close = (row: (number | string)[]) =>
  row.map((v) => (typeof v === "number" ? Number(v.toPrecision(9)) : v));

describe("PLAN_FORECAST through dist/Code.js", () => {
  it("forecast = actual to date + the rest of the plan × attainment; gap = forecast − plan", () => {
    // 180 of 200 planned so far (90 %): 180 + 400 × 0.9 = 540 of 600.
    expect(PF([[100, 100, 200, 200]], [[80, 100, "", ""]]).map(close)).toEqual([
      [200, 180, 0.9, 540, 600, -60],
    ]);
    // Ahead: 240 of 200 (120 %): 240 + 400 × 1.2 = 720, gap +120.
    expect(PF([[100, 100, 200, 200]], [[120, 120]]).map(close)).toEqual([
      [200, 240, 1.2, 720, 600, 120],
    ]);
    // On plan: forecast is the plan, gap exactly 0 (no float crumb of another sign).
    const onPlan = at(PF([[0.1, 0.2, 0.3]], [[0.1, 0.2]]), 0);
    expect(onPlan[2]).toBe(1);
    expect(onPlan[3]).toBe(onPlan[4]);
    expect(onPlan[5]).toBe(0);
  });

  it("a plan with a month-1 lump: the run rate says ahead at 89.3 %, the plan's own curve says behind", () => {
    // Leads of the "ramp" plan of a 2 400 000 / 24 000 year (test/bundle/periods.test.ts):
    // 3 920 in January, 926 a month to August, 710 in September, nothing after: 11 112.
    const plan = [[3920, 926, 926, 926, 926, 926, 926, 926, 710, 0, 0, 0]];
    // Three months reported, 5 154 of the 5 772 planned: attainment 89.29 %.
    const actual = [[3500, 827, 827, "", "", "", "", "", "", "", "", ""]];
    const row = at(PF(plan, actual), 0);
    expect(row.slice(0, 2)).toEqual([5772, 5154]);
    expect(row[2]).toBeCloseTo(0.892931, 6);
    // 5 154 + (11 112 − 5 772) × 0.892931 = 5 154 + 4 768.25 = 9 922.25; gap −1 189.75.
    expect(row[3]).toBeCloseTo(9922.2536, 3);
    expect(row[4]).toBe(11112);
    expect(row[5]).toBeCloseTo(-1189.7464, 3);
    // A straight run rate (5 154 ÷ 3 × 12 = 20 616) would have read +9 504.
    expect((5154 / 3) * 12 - 11112).toBeGreaterThan(0);
  });

  it("one row per stage, as FUNNEL_TARGETS spills; the empty room below the stages stays empty", () => {
    const plan = [
      [10, 10, 10],
      [2, 2, 2],
      ["", "", ""],
    ];
    const actual = [
      [12, 9, ""],
      [1, "", ""],
      ["", "", ""],
    ];
    expect(PF(plan, actual).map(close)).toEqual([
      [20, 21, 1.05, 31.5, 30, 1.5],
      [2, 1, 0.5, 3, 6, -3],
      ["", "", "", "", "", ""],
    ]);
  });

  it("periods_to_date leaves a running month out; actuals may cover only the first periods", () => {
    const plan = [[100, 100, 100, 100]];
    // The third month is still running (40 so far): two months count, 180 of 200.
    expect(PF(plan, [[90, 90, 40]], 2).map(close)).toEqual([[200, 180, 0.9, 360, 400, -40]]);
    expect(PF(plan, [[90, 90, 40]]).map(close)).toEqual([
      [300, 220, 0.733333333, 293.333333, 400, -106.666667],
    ]);
    // Nothing reported: no pace yet, the plan stands.
    expect(PF(plan, [["", ""]])).toEqual([[0, 0, "", 400, 400, 0]]);
    expect(PF(plan, "")).toEqual([[0, 0, "", 400, 400, 0]]);
    expect(PF(plan, [[90, 90]], 0)).toEqual([[0, 0, "", 400, 400, 0]]);
  });

  it("no plan in the reported months: attainment is empty and the rest of the plan is kept", () => {
    expect(PF([[0, 0, 50, 50]], [[3, 0]])).toEqual([[0, 3, "", 103, 100, 3]]);
  });

  it("a single column is one series with its periods running down; text numbers are read", () => {
    expect(PF([[100], [100], [200]], [["90"], ["110"], [""]]).map(close)).toEqual([
      [200, 200, 1, 400, 400, 0],
    ]);
    expect(PF(50, 40).map(close)).toEqual([[50, 40, 0.8, 40, 50, -10]]);
  });

  it.each([
    [
      [
        [
          [1, 2],
          [3, 4],
        ],
        [[1, 2]],
      ],
      "PLAN_FORECAST: actual_by_period: is 1 row × 2 columns but plan_by_period is 2 rows × 2 columns — give one row of actuals per plan row, for the plan's periods (or its first ones)",
    ],
    [
      [[[1, 2]], [[1, 2, 3]]],
      "PLAN_FORECAST: actual_by_period: is 1 row × 3 columns but plan_by_period is 1 row × 2 columns — give one row of actuals per plan row, for the plan's periods (or its first ones)",
    ],
    [
      [[[1, 2]], [[1, 2]], 3],
      "PLAN_FORECAST: periods_to_date: is 3 but the plan has 2 periods — enter how many of its periods are reported, 0 to 2",
    ],
    [
      [[[1, 2]], [[1, 2]], 1.5],
      "PLAN_FORECAST: periods_to_date: is 1.5 — must be a whole number; enter a number of periods such as 5",
    ],
    [
      [[[1, -2]], [[1]]],
      "PLAN_FORECAST: plan_by_period: item 2 is -2 — can't be negative; enter a volume or amount of 0 or more, such as 120",
    ],
    [
      [[[1, 2]], [["many"]]],
      'PLAN_FORECAST: actual_by_period: is "many", which is not a number — enter a volume or amount such as 120',
    ],
    [["", 1], "PLAN_FORECAST: plan_by_period: is empty — enter a volume or amount such as 120"],
  ])("%j", (args, message) => {
    expect(err(...args)).toBe(message);
  });
});
