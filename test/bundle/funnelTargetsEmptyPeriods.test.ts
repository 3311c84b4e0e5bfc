/**
 * SPEC §3 FUNNEL_TARGETS: "`period_targets` keeps its full length (it lines up with the period
 * headers): an empty period has no target. […] the result always has one column per period."
 * Guards that period_targets (and a per-period avg_deal_size) is read as a period list, like
 * HIRING_PLAN's, not as a stage list: months not planned yet keep their columns, an empty month in
 * the middle is no target, and the steady pipeline wraps round to the plan's own last period.
 */
import { loadCustomFunctions } from "../../fakes/bundle";

const bundle = loadCustomFunctions();
const FT = (...args: unknown[]) => bundle.call("FUNNEL_TARGETS", ...args);

describe("FUNNEL_TARGETS: period_targets keeps one column per period (SPEC §3)", () => {
  it("months not planned yet at the end of the row still get their columns", () => {
    // B2:E2 = four month headers; only the first two months have a target so far.
    const plan = FT([[100000, 100000, "", ""]], 10000, 0.5, 45, 30, "none", "ramp") as unknown[][];
    // Two stages (SQL, won deals), four periods, lined up with the headers.
    expect(plan.map((row) => row.length)).toEqual([4, 4]);
    expect(plan[1]).toEqual([10, 10, 0, 0]);
  });

  it("an empty month in the middle has no target (it is not an error)", () => {
    expect(FT([[100000, "", 100000]], 10000, 0.5, 30, 30, "none", "ramp")).toEqual([
      [20, 20, 0],
      [10, 0, 10],
    ]);
  });

  it("steady pipeline wraps round to the plan's last period, not to the last filled one", () => {
    // Lead time 1 period: period 1's 20 SQLs entered in period 4 of the (repeating) plan.
    const plan = FT([[100000, 100000, "", ""]], 10000, 0.5, 30) as unknown[][];
    expect(plan[0]).toEqual([20, 0, 0, 20]);
  });

  it("a per-period deal size may be empty where its period has no target, not where it has one", () => {
    expect(FT([[100000, "", 100000]], [[10000, "", 20000]], 0.5, 30, 30, "none", "ramp")).toEqual([
      [20, 10, 0],
      [10, 0, 5],
    ]);
    expect(() => FT([[100000, 50000, ""]], [[10000, "", ""]], 0.5, 30)).toThrow(
      "FUNNEL_TARGETS: avg_deal_size: item 2 is empty but its period has a target — give the deal size of every period with a target, or one for all",
    );
  });
});
