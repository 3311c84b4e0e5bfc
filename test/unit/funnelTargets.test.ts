import { funnelTargets, stageLeadTimes } from "../../src/core/funnelTargets";

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("stage lead times", () => {
  it("each stage waits through its own days and every stage below", () => {
    expect(stageLeadTimes([15, 30, 45], 30)).toEqual([3, 2.5, 1.5, 0]);
  });
  it("float noise does not create a fractional shift", () => {
    expect(stageLeadTimes([0.1, 0.2], 0.3)).toEqual([1, 0.6666666666666667, 0]);
  });
});

describe("funnelTargets", () => {
  it("shift 1.5: half at t − 1, half at t − 2 (SPEC §3)", () => {
    // 10 deals in period 3, 50% SQL → deal, 45 days at SQL ⇒ 20 SQLs, 1.5 periods earlier.
    expect(funnelTargets([0, 0, 0, 10], [0.5], [45], 30, "none")).toEqual([
      [0, 10, 10, 0],
      [0, 0, 0, 10],
    ]);
  });
  it("shift 1.25: three quarters at t − 1, one quarter at t − 2", () => {
    expect(funnelTargets([0, 0, 0, 10], [0.5], [37.5], 30, "none")).toEqual([
      [0, 5, 15, 0],
      [0, 0, 0, 10],
    ]);
  });
  it('"ramp": volume due before the first period is added to the first period', () => {
    // Deals in period 0 and 1 with a 1.5-period lead: 20 + (10 of period 1's 20) fall before.
    expect(funnelTargets([10, 10, 0], [0.5], [45], 30, "none", "ramp")).toEqual([
      [40, 0, 0],
      [10, 10, 0],
    ]);
  });
  it('"steady" (the default): volume due before the first period wraps round to the end', () => {
    // Period 0's 20 SQLs are due 1 and 2 periods before it: periods 2 and 1 (of 3).
    // Period 1's are due at 0 and 1 period before it: period 0 and period 2.
    expect(funnelTargets([10, 10, 0], [0.5], [45], 30, "none")).toEqual([
      [10, 10, 20],
      [10, 10, 0],
    ]);
    expect(funnelTargets([10, 10, 0], [0.5], [45], 30, "none", "steady")).toEqual(
      funnelTargets([10, 10, 0], [0.5], [45], 30, "none"),
    );
  });
  it("zero targets need nothing; a whole-period shift moves volume intact", () => {
    expect(funnelTargets([0, 0], [0.5], [30], 30, "none")).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(funnelTargets([0, 4], [0.5], [30], 30, "none")).toEqual([
      [8, 0],
      [0, 4],
    ]);
  });
  it("no days in stage: volume stays in the deal's period", () => {
    expect(funnelTargets([5, 10], [0.5, 0.5], [0, 0], 30, "none")).toEqual([
      [20, 40],
      [10, 20],
      [5, 10],
    ]);
  });
  it('"none" conserves volume: each row totals the exact need', () => {
    const deals = [3, 0, 7.5, 2, 9];
    const rates = [0.1, 0.3, 0.5];
    const out = funnelTargets(deals, rates, [20, 17, 41], 30, "none");
    const need = sum(deals);
    expect(sum(out[3])).toBeCloseTo(need, 9);
    expect(sum(out[2])).toBeCloseTo(need / 0.5, 9);
    expect(sum(out[0])).toBeCloseTo(need / 0.5 / 0.3 / 0.1, 9);
  });
  it('"end" rounds every cell up, after removing float noise', () => {
    expect(funnelTargets([0, 0, 0, 10], [0.3], [37.5], 30, "end")).toEqual([
      [0, 9, 25, 0],
      [0, 0, 0, 10],
    ]);
  });
});
