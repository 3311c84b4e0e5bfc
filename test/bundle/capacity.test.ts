/**
 * HIRING_PLAN, SALES_CAPACITY and SDRS_NEEDED through dist/Code.js: published capacity figures,
 * the ramp indexed by month of tenure, attrition, and the hiring policy, recomputed by hand.
 */
import { loadCustomFunctions, thrownMessage } from "../../fakes/bundle";

const bundle = loadCustomFunctions();
const call = (name: string, ...args: unknown[]) => bundle.call(name, ...args);
const err = (name: string, ...args: unknown[]) => thrownMessage(() => call(name, ...args));
const grid = (value: unknown) => value as number[][];

/** Σ hires × ramp × survival: the capacity model written out, for one period. */
function rampedReps(
  hires: readonly number[],
  ramp: readonly number[],
  attrition: number,
  current: number,
  t: number,
): number {
  let productive = current * (1 - attrition) ** t;
  for (let h = 0; h <= t; h++) {
    const tenure = t - h;
    productive += hires[h] * (1 - attrition) ** tenure * (tenure < ramp.length ? ramp[tenure] : 1);
  }
  return productive;
}

describe("SALES_CAPACITY", () => {
  it("Tunguz's bookings capacity: 750 000 quota at 70% is 525 000 a year once ramped", () => {
    // tomtunguz.com/hiring-bookings-capacity: Σ ramp × quota × attainment; ramp 0%, 0%, 25%,
    // 50%, 75%, 100% by month; "$525k in bookings capacity ($750k quota at 70% attainment)".
    const out = grid(
      call(
        "SALES_CAPACITY",
        [[1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
        62500,
        [[0, 0, 0.25, 0.5, 0.75]],
        0.7,
      ),
    );
    expect(out[1]).toEqual([0, 0, 0.25, 0.5, 0.75, 1, 1, 1, 1, 1, 1, 1]);
    expect(out[2][11] * 12).toBeCloseTo(525000, 6);
    expect(out[2].slice(0, 6)).toEqual([0, 0, 10937.5, 21875, 32812.5, 43750]);
  });

  it("metrickittools' ramped and ramping reps: 892 500 + 180 000 = 1 072 500", () => {
    // metrickittools.com/guides/sales-capacity-guide: 7 ramped reps × 150k × 85% = 892.5k;
    // 3 ramping reps × 150k × 40% = 180k (their ramping line has no attainment: 100% here).
    const ramped = grid(call("SALES_CAPACITY", 0, 150000, "", 0.85, 0, 7));
    expect(ramped).toEqual([[7], [7], [892500]]);
    const ramping = grid(call("SALES_CAPACITY", 3, 150000, 0.4));
    expect(ramping[2][0]).toBeCloseTo(180000, 6);
    expect(ramped[2][0] + ramping[2][0]).toBeCloseTo(1072500, 6);
  });

  it("the ramp is indexed by month of tenure, 100% after it ends; fractions count as fractions", () => {
    const ramp = [0.1, 0.3, 0.6];
    const hires = [2, 0, 1, 0, 0, 3];
    const out = grid(call("SALES_CAPACITY", [hires], 10000, [ramp], 0.9, 0.05, 4));
    for (let t = 0; t < hires.length; t++) {
      expect(out[1][t]).toBeCloseTo(rampedReps(hires, ramp, 0.05, 4, t), 12);
      expect(out[2][t]).toBeCloseTo(rampedReps(hires, ramp, 0.05, 4, t) * 10000 * 0.9, 6);
    }
    // Headcount: every rep counts whole, less attrition.
    expect(out[0][0]).toBeCloseTo(6, 12);
    expect(out[0][2]).toBeCloseTo(6 * 0.95 ** 2 + 1, 12);
  });

  it("a quota per period, a column of hires, empty months as no hire", () => {
    const out = grid(call("SALES_CAPACITY", [[1], [""], [2]], [[100], [200], [300]], [[0.5]]));
    expect(out).toEqual([
      [1, 1, 3],
      [0.5, 1, 2],
      [50, 200, 600],
    ]);
  });

  it.each([
    [
      [[[1, 0, 0]], [[1000, 2000]]],
      "SALES_CAPACITY: quota_per_rep: has 2 values but hires has 3 periods — give one quota per rep for every period, or one for all",
    ],
    [
      [[[1, 0]], [[1000, ""]]],
      "SALES_CAPACITY: quota_per_rep: item 2 is empty — give the quota of a fully ramped rep for every period, or one for all",
    ],
    [
      [1, 1000, [[0, 1.5]]],
      "SALES_CAPACITY: ramp: item 2 is 1.5 — ramp factors are fractions (25% = 0.25): enter 0.015 or 1.5%",
    ],
    [
      [1, 0],
      "SALES_CAPACITY: quota_per_rep: is 0 — must be above 0; enter a quota per rep such as 50000",
    ],
    [
      [1, 1000, "", 3],
      "SALES_CAPACITY: attainment: is 3 — attainment is a share of quota (80% = 0.8): enter 0.03 or 3% (at most 200%)",
    ],
    [
      [1, 1000, "", 1, 5],
      "SALES_CAPACITY: attrition: is 5 — attrition is a share of the team per period (2% = 0.02): enter 0.05 or 5%",
    ],
  ])("refuses %j: %s", (args, message) => {
    expect(err("SALES_CAPACITY", ...(args as unknown[]))).toBe(message);
  });
});

describe("HIRING_PLAN", () => {
  it("the docs' example, month by month", () => {
    const out = grid(
      call(
        "HIRING_PLAN",
        [[100000, 100000, 100000, 150000, 150000, 150000]],
        25000,
        [[0, 0.5]],
        0.8,
        0,
        4,
      ),
    );
    expect(out).toEqual([
      [5, 5, 5, 7.5, 7.5, 7.5],
      [1, 3, 0, 0, 0, 0],
      [5, 8, 8, 8, 8, 8],
      [4, 4.5, 6.5, 8, 8, 8],
      [80000, 90000, 130000, 160000, 160000, 160000],
    ]);
  });

  it("rows 3–5 are SALES_CAPACITY of the hires in row 2", () => {
    const targets = [[120000, 130000, 150000, 150000, 180000, 200000, 210000, 230000]];
    const args = [40000, [[0, 0.25, 0.5, 0.75]], 0.85, 0.03, 2];
    const plan = grid(call("HIRING_PLAN", targets, ...args));
    const capacity = grid(call("SALES_CAPACITY", [plan[1]], ...args));
    expect(plan.slice(2)).toEqual(capacity);
  });

  it("hires a full ramp ahead; from a full ramp after the start, every target is met", () => {
    const ramp = [0, 0.25, 0.5, 0.75];
    const targets = [50000, 50000, 60000, 80000, 100000, 120000, 120000, 150000, 150000, 180000];
    const plan = grid(call("HIRING_PLAN", [targets], 20000, [ramp], 1, 0, 2));
    const hires = plan[1];
    // Needs 2.5, 2.5, 3, 4, 5, 6, 6, 7.5, 7.5, 9 ramped reps with 2 on the team: months 1, 4 and
    // 5 are less than a ramp from the start (hired in month 1); month 6's sixth rep is hired in
    // month 2, month 8's 1.5 more in month 4 (two reps), month 10's ninth in month 6.
    expect(hires).toEqual([3, 1, 0, 2, 0, 1, 0, 0, 0, 0]);
    for (let t = 0; t < targets.length; t++) {
      expect(Number.isInteger(hires[t])).toBe(true);
      if (t >= ramp.length) expect(plan[4][t]).toBeGreaterThanOrEqual(targets[t] - 1e-6);
      // Every rep hired by then, counted whole, covers the need.
      expect(plan[2][t]).toBeGreaterThanOrEqual(plan[0][t] - 1e-9);
    }
    // Month 1: two ramped reps (40 000) while the three hired then produce nothing yet.
    expect(plan[4][0]).toBe(40000);
  });

  it("a tiny first-month ramp never turns an early shortfall into a flood of hires", () => {
    const plan = grid(call("HIRING_PLAN", [[100000, 100000]], 10000, [[1e-300, 1e-6]]));
    expect(plan[1]).toEqual([10, 0]);
  });

  it('"none" gives exact fractions: with no ramp, capacity meets each target exactly', () => {
    const plan = grid(call("HIRING_PLAN", [[10000, 10000, 30000]], 10000, "", 1, 0, 1, "none"));
    expect(plan[1]).toEqual([0, 0, 2]);
    expect(plan[4]).toEqual([10000, 10000, 30000]);
    const fractional = grid(call("HIRING_PLAN", [[10000, 12500]], 10000, "", 1, 0, 1, "none"));
    expect(fractional[1]).toEqual([0, 0.25]);
  });

  it("attrition: replacement hires keep the team at the need", () => {
    const plan = grid(call("HIRING_PLAN", [new Array(12).fill(100000)], 10000, "", 1, 0.1, 10));
    // Ten reps lose 10% a month; whole hires bring the ramped reps back to at least 10.
    for (let t = 0; t < 12; t++) expect(plan[3][t]).toBeGreaterThanOrEqual(10 - 1e-9);
    expect(plan[1].reduce((a, b) => a + b, 0)).toBeGreaterThan(5);
  });

  it("empty periods have no target; a single target is one period", () => {
    expect(grid(call("HIRING_PLAN", [[10000, "", 20000]], 10000))[0]).toEqual([1, 0, 2]);
    expect(grid(call("HIRING_PLAN", 50000, 10000))).toEqual([[5], [5], [5], [5], [50000]]);
  });

  it("refuses an unknown rounding word", () => {
    expect(err("HIRING_PLAN", 50000, 10000, "", 1, 0, 0, "up")).toBe(
      'HIRING_PLAN: rounding: "up" is not an option — use one of "whole", "none"',
    );
  });
});

describe("SDRS_NEEDED", () => {
  it("opportunities ÷ opportunities per SDR, rounded up to whole SDRs after float noise", () => {
    expect(call("SDRS_NEEDED", [[57], [60], [0], [""]], 15)).toEqual([[4], [4], [0], [""]]);
    // 0.3 ÷ 0.1 is 2.9999999999999996 in floating point: 3 SDRs, not 3 rounded from noise to 4.
    expect(call("SDRS_NEEDED", 0.3 * 100, 0.1 * 100)).toBe(3);
    expect(call("SDRS_NEEDED", 57, 15, "none")).toBeCloseTo(3.8, 12);
    expect(call("SDRS_NEEDED", [[60, 45]], [[15, 0]])).toEqual([[4, ""]]);
  });

  it("a single zero opportunities-per-SDR is an error naming the fix", () => {
    expect(err("SDRS_NEEDED", 60, 0)).toBe(
      "SDRS_NEEDED: opportunities_per_sdr: is 0 — an SDR who sources no opportunities can't cover any; enter the opportunities one ramped SDR sources per period, such as 15",
    );
  });
});
